/** Countries (and blocs of states): the case studies, with their dependencies layer by layer. */
import { z } from 'astro/zod';
import { aliases, partialDate, shortNames, summary, updated, corrections } from '../lib/content/fields.ts';
import { atlasPageCitation } from '../lib/cite/entry-citation.ts';
import { byName, commenters, indexItem, lastRevised, links, linkTo } from '../lib/views/entry.ts';
import { offerRowsOf } from '../lib/views/offers.ts';
import { neighboursComparison } from '../lib/views/compare.ts';
import { stackAnchor } from '../lib/site/routes.ts';
import type { Atlas } from '../lib/graph/atlas.ts';
import type { Fact } from '../lib/views/entry.ts';
import { formatDate } from '../lib/views/format.ts';
import type { CollectionDef, GraphCheck, GraphLookup, RefSchema } from './types.ts';
import { QUESTIONS, RELIANCE, RELIANCE_LABELS, basisPhrase, decideReliance } from '../lib/content/reliance.ts';

export { RELIANCE, RELIANCE_LABELS, type Reliance } from '../lib/content/reliance.ts';

/** A country's overall approach. */
export const STRATEGIES = ['full-stack', 'niche-layer', 'partner-led', 'hedging', 'early'] as const;
export type Strategy = (typeof STRATEGIES)[number];
export const STRATEGY_LABELS: Record<Strategy, string> = {
  'full-stack': 'Full stack: building every layer',
  'niche-layer': 'Niche layer: focusing on one part of the stack',
  'partner-led': 'Partner-led: building with foreign vendors',
  hedging: 'Hedging between the US and China',
  early: 'Early stage',
};

/** An answer to one of a layer's questions: the place the sources point to. */
const answer = z.enum(RELIANCE).optional();

/** A row of a country's stack table: its reliance at one layer, with sources. */
const stackRow = (ref: RefSchema) =>
  z
    .object({
      layer: ref('layers').describe('The stack layer this row describes.'),
      reliance: z
        .enum(RELIANCE)
        .describe('Whose technology the country relies on at this layer: what the basis gives under the rule of /methodology/.'),
      basis: z
        .object({ technology: answer, operator: answer, owner: answer })
        .strict()
        .describe("The answer to each question the layer asks (see the layer's `questions`): the place the sources point to."),
      asOf: partialDate.describe('The date the sources speak of, with the precision known: the row describes the layer as of then.'),
      planned: z.boolean().default(false).describe('The capacity described is a plan, not yet in place at the as-of date.'),
      note: z
        .string()
        .trim()
        .min(10, 'must say what the reliance consists of')
        .describe('What the reliance consists of, in one or two sentences of our own.'),
      sources: z.array(ref('sources')).min(1, 'needs at least one source').describe('Sources for this row (at least one).'),
    })
    .strict();

const alternateName = z
  .object({
    name: z.string().trim().min(1).describe('The name as written in its script.'),
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language tag such as "ko" or "zh-Hans"')
      .describe('BCP 47 language tag.'),
  })
  .strict();

/** One row per layer, and an ISO code for a country but not for a bloc. */
function checkCountry(
  value: { kind: 'country' | 'bloc'; iso2: string | null; stack: { layer: { id: string } }[] },
  ctx: z.RefinementCtx,
): void {
  const seen = new Map<string, number>();
  value.stack.forEach((row, index) => {
    const first = seen.get(row.layer.id);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['stack', index, 'layer'],
        message: `this layer already has a row (stack[${first}]); merge the two`,
      });
    } else {
      seen.set(row.layer.id, index);
    }
  });
  if (value.kind === 'bloc' && value.iso2 !== null) ctx.addIssue({ code: 'custom', path: ['iso2'], message: 'must be null for a bloc' });
  if (value.kind === 'country' && value.iso2 === null)
    ctx.addIssue({ code: 'custom', path: ['iso2'], message: 'is required for a country' });
}

/** What a vendor's own claim is called in a note that rests on nothing else. */
const ATTRIBUTION = /\b(according to|says|said|announced|states|stated|claims|claimed|describes|described|vendor)\b/i;

/**
 * What the methodology's checks can read off a row: a planned row says it is a plan; a row whose every
 * source is vendor-originated says whose claim it is; a domestic answer rests on a source that is not.
 */
function rowWording(
  row: {
    note: string;
    planned: boolean;
    basis: Record<string, string | undefined>;
    sources: readonly { collection: 'sources'; id: string }[];
  },
  index: number,
  lookup: GraphLookup,
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const evidence = row.sources.map((ref) => lookup.get(ref)?.data.evidence);
  if (row.planned && !/\bplan/i.test(row.note))
    problems.push({ field: `stack[${index}].note`, message: 'must say that the row describes a plan (planned: true)' });
  if (evidence.length > 0 && evidence.every((e) => e === 'vendor') && !ATTRIBUTION.test(row.note))
    problems.push({
      field: `stack[${index}].note`,
      message: 'rests only on vendor-originated sources, so it must say whose claim it is ("according to …")',
    });
  // A source that failed to load is reported where it is; it is not held against the row.
  if (Object.values(row.basis).includes('domestic') && !evidence.some((e) => e !== 'vendor'))
    problems.push({
      field: `stack[${index}].sources`,
      message: 'answers "domestic" but cites only vendor-originated sources; a domestic answer needs another kind',
    });
  return problems;
}

/**
 * Each stack row answers exactly the questions its layer asks, and its label is the one the rule of
 * /methodology/ gives for those answers (src/lib/content/reliance.ts).
 */
const check: GraphCheck<'countries'> = (country, lookup) => {
  const problems: { field: string; message: string }[] = [];
  country.data.stack.forEach((row, index) => {
    const layer = lookup.get(row.layer);
    if (!layer) return;
    const asked = QUESTIONS.filter((q) => layer.data.questions[q] !== undefined);
    const answered = QUESTIONS.filter((q) => row.basis[q] !== undefined);
    const missing = asked.filter((q) => !answered.includes(q));
    const extra = answered.filter((q) => !asked.includes(q));
    if (missing.length > 0 || extra.length > 0) {
      const parts = [missing.length > 0 && `answer ${missing.join(', ')}`, extra.length > 0 && `drop ${extra.join(', ')}`].filter(Boolean);
      problems.push({
        field: `stack[${index}].basis`,
        message: `the ${layer.id} layer asks ${asked.join(', ') || 'nothing'}: ${parts.join(' and ')}`,
      });
      return;
    }
    problems.push(...rowWording(row, index, lookup));
    const decided = decideReliance(row.basis);
    if (decided !== row.reliance)
      problems.push({
        field: `stack[${index}].reliance`,
        message: `is "${row.reliance}", but its basis (${basisPhrase(row.basis)}) gives "${decided}" under the rule of /methodology/`,
      });
  });
  return { links: [], problems };
};

export const schema = (ref: RefSchema) =>
  z
    .object({
      name: z.string().trim().min(2).describe('English short name, e.g. "South Korea".'),
      shortNames,
      kind: z.enum(['country', 'bloc']).describe('`country` for a state, `bloc` for a union of states such as the EU.'),
      iso2: z
        .string()
        .regex(/^[A-Z]{2}$/, 'must be two capital letters (ISO 3166-1 alpha-2)')
        .nullable()
        .describe('ISO 3166-1 alpha-2 code in capitals; `null` for a bloc.'),
      region: z.string().trim().min(2).describe('World region, e.g. "East Asia".'),
      alternateNames: z
        .array(alternateName)
        .default([])
        .describe('Names in other scripts or languages (e.g. 대한민국), shown and indexed for search.'),
      summary: summary.describe('One sentence: what the country is doing about sovereign AI.'),
      strategy: z
        .enum(STRATEGIES)
        .describe('The overall approach: build every layer, pick one layer, lean on partners, play both sides, or just starting.'),
      stack: z.array(stackRow(ref)).default([]).describe('Reliance per layer of the AI stack, each row with its sources.'),
      sources: z.array(ref('sources')).default([]).describe('Further sources the page draws on (body citations are found in the text).'),
      corrections: corrections(ref),
      updated,
      aliases,
    })
    .strict()
    .superRefine(checkCountry);

/** The link to the country's comparison with its neighbours. */
function compareFact(atlas: Atlas, id: string): Fact[] {
  const comparison = neighboursComparison(atlas, id);
  if (!comparison) return [];
  const names = comparison.ids.slice(1).flatMap((other) => atlas.get({ collection: 'countries', id: other })?.data.name ?? []);
  return [
    {
      label: 'Compare',
      links: [{ href: comparison.href, label: `with its neighbours: ${names.join(', ')}` }],
    },
  ];
}

export default {
  labels: {
    singular: 'Country',
    plural: 'Countries',
    intro: 'Country case studies: what each state is building, and on whose chips, cloud and models.',
  },
  format: 'mdx',
  title: (entry) => entry.data.name,
  description: (entry) => entry.data.summary,
  date: lastRevised,
  index: {
    compare: byName,
    item: (_atlas, entry) => indexItem(entry, STRATEGY_LABELS[entry.data.strategy], entry.data.summary),
  },
  page(entry, { atlas, cites, vendorOnly, referrers, quotesAbout }) {
    const { data } = entry;
    const about = quotesAbout();
    return {
      lead: data.summary,
      facts: [
        { label: 'Strategy', text: STRATEGY_LABELS[data.strategy] },
        { label: 'Region', text: data.region },
        { label: 'Kind', text: data.kind === 'bloc' ? 'Bloc of states' : 'Country' },
        ...(data.iso2 ? [{ label: 'ISO code', text: data.iso2 }] : []),
        ...compareFact(atlas, entry.id),
      ],
      alternateNames: data.alternateNames,
      stack: data.stack.map((row) => {
        const layer = linkTo(atlas, row.layer);
        return {
          anchor: stackAnchor(row.layer.id),
          layer,
          reliance: row.reliance,
          relianceLabel: RELIANCE_LABELS[row.reliance],
          note: row.note,
          basis: basisPhrase(row.basis),
          asOf: row.asOf,
          asOfLabel: formatDate(row.asOf),
          planned: row.planned,
          sources: cites(row.sources, { anchor: stackAnchor(row.layer.id), label: `${layer.label} row` }),
          vendorOnly: vendorOnly(row.sources),
        };
      }),
      offers: {
        caption: `The terms of the offers ${data.name} took, side by side`,
        rows: offerRowsOf(atlas, referrers('programs', ['countries'])),
      },
      linkGroups: [
        { heading: 'Programs and deals in this country', items: links(atlas, referrers('programs')) },
        { heading: 'Organizations headquartered here', items: links(atlas, referrers('organizations', ['headquarters'])) },
        { heading: 'Who commented', items: commenters(about) },
      ],
      quoteGroups: [{ heading: 'Quotes about this country', quotes: about }],
    };
  },
  check,
  citedAbove: (entry) => entry.data.stack.flatMap((row) => row.sources),
  cite: atlasPageCitation,
  jsonLd: (_atlas, { data }) => ({
    '@type': 'Place',
    ...(data.alternateNames.length > 0 ? { alternateName: data.alternateNames.map((n) => n.name) } : {}),
    ...(data.iso2 ? { identifier: data.iso2 } : {}),
  }),
  search: {
    type: 'country',
    titleWeight: 10,
    suggest: { rank: 1, named: true },
    byYear: false,
    facets: (_atlas, entry) => ({ countries: [entry], layers: entry.data.stack.map((row) => row.layer) }),
  },
} satisfies CollectionDef<'countries'>;
