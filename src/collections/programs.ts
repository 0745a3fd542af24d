/** Vendor programs, government initiatives and deals, with their dated lifecycle. */
import { z } from 'astro/zod';
import { aliases, partialDate, shortNames, summary, updated, corrections } from '../lib/content/fields.ts';
import { atlasPageCitation } from '../lib/cite/entry-citation.ts';
import { formatDate, humanize } from '../lib/views/format.ts';
import { byName, commenters, indexItem, links } from '../lib/views/entry.ts';
import { milestoneAnchor, STATUS_ANCHOR } from '../lib/site/routes.ts';
import type { AtlasEntry, CollectionDef, EntryRef, GraphCheck, RefSchema } from './types.ts';

export const PROGRAM_KINDS = ['partnership', 'investment', 'cloud', 'model-release', 'export-policy', 'infrastructure', 'chip'] as const;
export const PROGRAM_STATUSES = ['announced', 'active', 'delayed', 'retracted', 'completed'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];

/** What each status claims, and what a source must show for it, as the methodology states it. */
export const STATUS_DEFINITIONS: Record<ProgramStatus, string> = {
  announced: 'Made public, with no later source showing work under way. A program known only from announcement-day sources stays here.',
  active: 'A source later than the announcement shows it running: capacity in use, money paid, a service open, a selection made.',
  delayed: 'A source reports that a date it was given has passed, or has been moved, without it being done.',
  retracted: 'A party to it withdrew or denied it in public.',
  completed: 'A source reports it delivered or finished.',
};

/** Stages of a program or deal, for its dated milestones. */
export const MILESTONE_STAGES = [
  'announced',
  'agreement-signed',
  'selection',
  'financing',
  'construction',
  'capacity-online',
  'launched',
  'expanded',
  'delayed',
  'retracted',
  'completed',
] as const;
export type MilestoneStage = (typeof MILESTONE_STAGES)[number];
export const MILESTONE_LABELS: Record<MilestoneStage, string> = {
  announced: 'Announced',
  'agreement-signed': 'Agreement signed',
  selection: 'Selection',
  financing: 'Financing',
  construction: 'Construction',
  'capacity-online': 'Capacity online',
  launched: 'Launched',
  expanded: 'Expanded',
  delayed: 'Delayed',
  retracted: 'Retracted',
  completed: 'Completed',
};

export const schema = (ref: RefSchema) => {
  const sourceList = z.array(ref('sources')).min(1, 'needs at least one source');
  return z
    .object({
      name: z.string().trim().min(2).describe('Name as the vendor or government styles it, e.g. "Stargate UAE".'),
      shortNames,
      kind: z.enum(PROGRAM_KINDS).describe('What sort of program or deal this is.'),
      vendors: z.array(ref('organizations')).default([]).describe('Companies and bodies that offer or run it.'),
      countries: z.array(ref('countries')).default([]).describe('Countries it takes place in or is aimed at.'),
      vendorCountries: z
        .array(
          z
            .object({
              vendor: ref('organizations').describe('One of the vendors.'),
              countries: z.array(ref('countries')).min(1, 'needs at least one country').describe('The countries its sources tie it to.'),
            })
            .strict(),
        )
        .default([])
        .describe(
          'Where a vendor takes part in only some of the countries (a local partner in a multi-country program): the countries its sources tie it to. A vendor not listed takes part in every country.',
        ),
      layers: z.array(ref('layers')).default([]).describe('Stack layers it touches.'),
      announced: partialDate
        .optional()
        .describe('When it was announced: "YYYY", "YYYY-MM" or "YYYY-MM-DD". Left out where no source dates the announcement.'),
      status: z.enum(PROGRAM_STATUSES).describe('Where it stands, as last confirmed by a source.'),
      statusAsOf: partialDate.describe('When a source last confirmed the status, with the precision known.'),
      statusSources: sourceList.describe('The sources that confirm the status (at least one).'),
      milestones: z
        .array(
          z
            .object({
              date: partialDate.describe('When it happened, with the precision known.'),
              stage: z.enum(MILESTONE_STAGES).describe('What kind of step it was.'),
              summary: z.string().trim().min(10, 'must say what happened').describe('What happened, in one sentence of our own.'),
              sources: sourceList.describe('Sources for this milestone (at least one).'),
            })
            .strict(),
        )
        .min(1, 'needs at least one milestone (when it was announced)')
        .describe(
          "The deal's dated lifecycle: announced, agreement signed, financing, construction, capacity online, delayed, retracted …",
        ),
      summary: summary.describe('One or two sentences in our own words.'),
      sources: sourceList.describe('Sources for the facts on the page (body citations are found in the text).'),
      corrections: corrections(ref),
      updated,
      aliases,
    })
    .strict();
};

/** A program's milestones in date order: the order of its page's anchors (#milestone-1 …) and of the timeline. */
export function milestonesInOrder(program: AtlasEntry<'programs'>) {
  return [...program.data.milestones].sort((a, b) => a.date.localeCompare(b.date));
}

/** The date of a program's earliest recorded milestone. */
export function firstRecorded(program: AtlasEntry<'programs'>): string {
  return milestonesInOrder(program)[0]?.date ?? program.data.updated;
}

/** The date a program is ordered by: its announcement, or its first recorded step. */
export function programDate(program: AtlasEntry<'programs'>): string {
  return program.data.announced ?? firstRecorded(program);
}

/** "announced May 2025", or the first recorded step where no source dates the announcement. */
export function announcedPhrase(program: AtlasEntry<'programs'>): string {
  return program.data.announced
    ? `announced ${formatDate(program.data.announced)}`
    : `first recorded ${formatDate(firstRecorded(program))}`;
}

/** A vendor's countries name a vendor and countries of the program itself. */
const check: GraphCheck<'programs'> = (program) => {
  const problems: { field: string; message: string }[] = [];
  const vendors = new Set(program.data.vendors.map((v) => v.id));
  const countries = new Set(program.data.countries.map((c) => c.id));
  program.data.vendorCountries.forEach((tie, i) => {
    if (!vendors.has(tie.vendor.id))
      problems.push({ field: `vendorCountries[${i}].vendor`, message: `"${tie.vendor.id}" is not one of the program's vendors` });
    tie.countries.forEach((c, j) => {
      if (!countries.has(c.id))
        problems.push({ field: `vendorCountries[${i}].countries[${j}]`, message: `"${c.id}" is not one of the program's countries` });
    });
  });
  return { links: [], problems };
};

/** The countries where a vendor takes part in a program, as its sources tie them. */
export function vendorCountriesOf(program: AtlasEntry<'programs'>, vendorId: string): EntryRef<'countries'>[] {
  return program.data.vendorCountries.find((tie) => tie.vendor.id === vendorId)?.countries ?? program.data.countries;
}

export default {
  labels: {
    singular: 'Program or deal',
    plural: 'Programs and deals',
    intro: 'Vendor programs, government initiatives and deals that shape who depends on whom.',
  },
  format: 'mdx',
  title: (entry) => entry.data.name,
  description: (entry) => entry.data.summary,
  date: (entry) =>
    entry.data.announced ? { date: entry.data.announced, kind: 'announced' } : { date: firstRecorded(entry), kind: 'date' },
  index: {
    compare: byName,
    item: (_atlas, entry) => indexItem(entry, `${humanize(entry.data.status)}, ${announcedPhrase(entry)}`, entry.data.summary),
  },
  page(entry, { atlas, cites, vendorOnly, quotesAbout }) {
    const { data } = entry;
    const about = quotesAbout();
    return {
      lead: data.summary,
      status: {
        label: humanize(data.status),
        asOf: formatDate(data.statusAsOf),
        sources: cites(data.statusSources, { anchor: STATUS_ANCHOR, label: 'Status' }),
      },
      milestones: milestonesInOrder(entry).map((m, i) => ({
        anchor: milestoneAnchor(i + 1),
        date: m.date,
        dateLabel: formatDate(m.date),
        stage: MILESTONE_LABELS[m.stage],
        summary: m.summary,
        sources: cites(m.sources, { anchor: milestoneAnchor(i + 1), label: formatDate(m.date) }),
        vendorOnly: vendorOnly(m.sources),
      })),
      facts: [
        { label: 'Kind', text: humanize(data.kind) },
        { label: 'Announced', text: data.announced ? formatDate(data.announced) : 'not dated by the sources' },
        { label: 'Vendors', links: links(atlas, data.vendors) },
        { label: 'Countries', links: links(atlas, data.countries) },
        { label: 'Stack layers', links: links(atlas, data.layers) },
      ],
      quoteGroups: [{ heading: 'Quotes about this program', quotes: about }],
      linkGroups: [{ heading: 'Who commented', items: commenters(about) }],
    };
  },
  check,
  citedAbove: (entry) => [...entry.data.statusSources, ...milestonesInOrder(entry).flatMap((m) => m.sources)],
  cite: atlasPageCitation,
  jsonLd: (_atlas, { data }, link) => ({
    '@type': 'CreativeWork',
    ...(data.announced ? { dateCreated: data.announced } : {}),
    creator: data.vendors.map((v) => link(v, 'Organization')),
    spatialCoverage: data.countries.map((c) => link(c, 'Place')),
  }),
  search: {
    type: 'program',
    titleWeight: 10,
    suggest: { rank: 4, named: true },
    byYear: true,
    facets: (_atlas, { data }) => ({ countries: data.countries, layers: data.layers }),
  },
} satisfies CollectionDef<'programs'>;
