/** Vendor programs, government initiatives and deals, with their dated lifecycle. */
import { z } from 'astro/zod';
import { aliases, partialDate, shortNames, summary, updated, corrections } from '../lib/content/fields.ts';
import { atlasPageCitation } from '../lib/cite/entry-citation.ts';
import { formatDate, humanize } from '../lib/views/format.ts';
import { byName, commenters, indexItem, links } from '../lib/views/entry.ts';
import { milestoneAnchor, offerTermAnchor, STATUS_ANCHOR } from '../lib/site/routes.ts';
import { offerTerms } from '../lib/views/offers.ts';
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

/**
 * The terms of a program taken as an offer: what it leaves in the buyer's hands and what the vendor
 * keeps. Each term is a question with a small vocabulary of answers; "not-stated" is an answer of its
 * own (the sources are silent), never read as "no". The definitions are shown on /methodology/.
 */
export const OFFER_TERMS = {
  operator: {
    label: 'Operator',
    question: 'Who operates the infrastructure',
    values: {
      vendor: { label: 'Foreign vendor', definition: 'A foreign company that sells or supplies the offer runs it.' },
      'local-partner': {
        label: 'Local company',
        definition: 'A company of the country the program serves runs it, whoever supplies the technology.',
      },
      government: { label: 'Government', definition: 'A state body (ministry, agency, national laboratory or computing centre) runs it.' },
      joint: { label: 'Joint', definition: 'A source says two or more of these run it together.' },
    },
  },
  dataLocation: {
    label: 'Data location',
    question: "Where the offer's infrastructure holds the data, and whose law reaches it",
    values: {
      'in-country': {
        label: 'In the country',
        definition: 'A source places the data centre, cloud region or cluster in the country the program serves.',
      },
      abroad: { label: 'Abroad', definition: 'A source places it outside that country.' },
      mixed: { label: 'Mixed', definition: 'A source places parts of it in the country and parts outside.' },
    },
  },
  keys: {
    label: 'Keys and admin access',
    question: 'Who controls the encryption keys and administrative access',
    values: {
      buyer: { label: 'Buyer', definition: 'A source says the customer or the state holds them.' },
      vendor: { label: 'Vendor', definition: 'A source says the vendor or its staff hold them.' },
      shared: { label: 'Shared', definition: 'A source says the two share them.' },
    },
  },
  bundle: {
    label: 'Bundle',
    question: 'Which layers of the stack the offer itself supplies',
    values: {},
  },
  weights: {
    label: 'Model weights',
    question: "What access the buyer has to the model's weights",
    values: {
      open: { label: 'Open', definition: 'Published for anyone to download.' },
      licensed: { label: 'Licensed', definition: 'Given to the buyer or to users under a licence that restricts their use.' },
      closed: { label: 'Closed', definition: 'The model is offered as a service only; the vendor keeps the weights.' },
      none: { label: 'No model', definition: 'The sources say the offer includes no model.' },
    },
  },
  exportControl: {
    label: 'Export control',
    question: 'Whether export controls reach it',
    values: {
      'licence-required': {
        label: 'Licence required',
        definition: "A source says an export licence is needed for this program's chips or this buyer.",
      },
      'licence-delayed': { label: 'Licence delayed', definition: 'A source says a licence it needed was late and held it up.' },
      'licence-refused': { label: 'Licence refused', definition: 'A source says a licence it needed was refused.' },
      warning: { label: 'Government warning', definition: 'A government warned against the deal or its chips, with no licence decision.' },
    },
  },
  funding: {
    label: 'Funding',
    question: 'Who pays, and who owns the result',
    values: {
      'vendor-investment': { label: 'Vendor investment', definition: 'The vendor or its private partners pay.' },
      'state-funding': { label: 'State funding', definition: 'A government budget pays.' },
      loan: { label: 'Loan', definition: 'It is paid for with a loan.' },
      'sovereign-fund': { label: 'Sovereign fund', definition: "A state's investment fund pays." },
      mixed: { label: 'Mixed', definition: 'A source names payers of two or more of these kinds.' },
      'no-funding': {
        label: 'No money committed',
        definition: 'A source says no money is committed, as in a memorandum of understanding.',
      },
    },
  },
  exit: {
    label: 'Term and exit',
    question: 'What the sources say about its term, lock-in or switching',
    values: {
      'term-stated': { label: 'Term stated', definition: 'A source gives the duration or end date of the deal or contract.' },
      'lock-in-warned': {
        label: 'Lock-in warned',
        definition: 'A source warns of dependence on this deal, or reports a commitment that binds the buyer.',
      },
      'exit-planned': { label: 'Exit planned', definition: 'A source states a planned move away or a way to switch.' },
      'non-binding': { label: 'Non-binding', definition: 'A source says the agreement binds no one.' },
    },
  },
} as const satisfies Record<string, { label: string; question: string; values: Record<string, { label: string; definition: string }> }>;

export type OfferDimension = keyof typeof OFFER_TERMS;
export const OFFER_DIMENSIONS = Object.keys(OFFER_TERMS) as OfferDimension[];
export const NOT_STATED = 'not-stated';
export const NOT_STATED_LABEL = 'Not stated by the sources';

/** One term of an offer: an answer from its vocabulary with a note, its sources and their date, or "not-stated". */
const offerTerm = <V extends z.ZodType>(ref: RefSchema, value: V) =>
  z
    .object({
      value: value.describe('An answer from the vocabulary, or "not-stated" where no source speaks to it.'),
      note: z
        .string()
        .trim()
        .min(10, 'must say what the answer rests on')
        .optional()
        .describe('One line in our own words: what the answer rests on (none for "not-stated").'),
      sources: z.array(ref('sources')).default([]).describe('The sources that state the answer (none for "not-stated").'),
      asOf: partialDate.optional().describe('The date the sources speak of (none for "not-stated").'),
    })
    .strict();

/** A stated answer has a note, sources and a date; "not-stated" cites nothing and dates nothing. */
function checkTerm(
  term: {
    value: unknown;
    note?: string | undefined;
    sources: readonly unknown[];
    asOf?: string | undefined;
    law?: string | undefined;
    owner?: string | undefined;
  },
  ctx: z.RefinementCtx,
) {
  const stated = term.value !== NOT_STATED;
  if (stated) {
    if (term.sources.length === 0)
      ctx.addIssue({ code: 'custom', path: ['sources'], message: 'needs at least one source that states the answer' });
    if (!term.asOf) ctx.addIssue({ code: 'custom', path: ['asOf'], message: 'is required: the date the sources speak of' });
    if (!term.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'is required: what the answer rests on' });
    return;
  }
  // Nothing is said of an unstated term but that the sources are silent, so it cites nothing.
  if (term.sources.length > 0)
    ctx.addIssue({
      code: 'custom',
      path: ['sources'],
      message: 'must be empty where the answer is "not-stated": a source that states nothing is not cited',
    });
  for (const key of ['note', 'asOf', 'law', 'owner'] as const)
    if (term[key] !== undefined)
      ctx.addIssue({ code: 'custom', path: [key], message: 'must be left out where the answer is "not-stated"' });
}

/** A term's answers: "not-stated" and its vocabulary. */
const vocabulary = <D extends Exclude<OfferDimension, 'bundle'>>(dimension: D) =>
  z.enum([NOT_STATED, ...(Object.keys(OFFER_TERMS[dimension].values) as (keyof (typeof OFFER_TERMS)[D]['values'] & string)[])]);

/** The bundle's answer: "not-stated" or the layers the offer supplies. */
const bundled = (ref: RefSchema) =>
  z.union([z.literal(NOT_STATED), z.array(ref('layers')).min(1, 'needs at least one layer')], {
    error: 'must be "not-stated" or a list of layer ids such as [chips, cloud]',
  });

const offerSchema = (ref: RefSchema) =>
  z
    .object({
      operator: offerTerm(ref, vocabulary('operator')).superRefine(checkTerm),
      dataLocation: offerTerm(ref, vocabulary('dataLocation'))
        .extend({ law: z.string().trim().min(10).optional().describe('Whose law reaches the data, where a source says so.') })
        .superRefine(checkTerm),
      keys: offerTerm(ref, vocabulary('keys')).superRefine(checkTerm),
      bundle: offerTerm(ref, bundled(ref)).superRefine(checkTerm),
      weights: offerTerm(ref, vocabulary('weights')).superRefine(checkTerm),
      exportControl: offerTerm(ref, vocabulary('exportControl')).superRefine(checkTerm),
      funding: offerTerm(ref, vocabulary('funding'))
        .extend({ owner: z.string().trim().min(10).optional().describe('Who owns the result, where a source says so.') })
        .superRefine(checkTerm),
      exit: offerTerm(ref, vocabulary('exit')).superRefine(checkTerm),
    })
    .strict()
    .describe(
      'The program\'s terms as an offer, one answer per question (operator, data location, keys, bundle, weights, export control, funding, exit); "not-stated" where no source speaks to it.',
    );

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
      offer: offerSchema(ref),
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
      offerTerms: offerTerms(atlas, entry).map((term) => ({
        ...term,
        cites: cites(term.sources, { anchor: offerTermAnchor(term.dimension), label: `${term.label} term` }),
      })),
      quoteGroups: [{ heading: 'Quotes about this program', quotes: about }],
      linkGroups: [{ heading: 'Who commented', items: commenters(about) }],
    };
  },
  check,
  citedAbove: (entry) => [
    ...entry.data.statusSources,
    ...milestonesInOrder(entry).flatMap((m) => m.sources),
    ...OFFER_DIMENSIONS.flatMap((d) => entry.data.offer[d].sources),
  ],
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
