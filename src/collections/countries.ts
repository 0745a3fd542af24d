/** Countries (and blocs of states): the case studies, with their dependencies layer by layer. */
import { z } from 'astro/zod';
import { aliases, shortNames, summary, updated } from '../lib/content/fields.ts';
import { atlasPageCitation } from '../lib/cite/entry-citation.ts';
import { byName, commenters, indexItem, lastRevised, links, linkTo } from '../lib/views/entry.ts';
import { stackAnchor } from '../lib/site/routes.ts';
import type { CollectionDef, RefSchema } from './types.ts';

/** Whose technology a country relies on at a layer of the stack. */
export const RELIANCE = ['domestic', 'us', 'china', 'mixed', 'other-foreign', 'unknown'] as const;
export type Reliance = (typeof RELIANCE)[number];
export const RELIANCE_LABELS: Record<Reliance, string> = {
  domestic: 'Domestic',
  us: 'United States',
  china: 'China',
  mixed: 'Mixed',
  'other-foreign': 'Other foreign',
  unknown: 'Unknown',
};

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

/** A row of a country's stack table: its reliance at one layer, with sources. */
const stackRow = (ref: RefSchema) =>
  z
    .object({
      layer: ref('layers').describe('The stack layer this row describes.'),
      reliance: z.enum(RELIANCE).describe('Whose technology the country relies on at this layer.'),
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
      updated,
      aliases,
    })
    .strict()
    .superRefine(checkCountry);

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
      ],
      alternateNames: data.alternateNames,
      stack: data.stack.map((row) => ({
        anchor: stackAnchor(row.layer.id),
        layer: linkTo(atlas, row.layer),
        reliance: row.reliance,
        relianceLabel: RELIANCE_LABELS[row.reliance],
        note: row.note,
        sources: cites(row.sources),
        vendorOnly: vendorOnly(row.sources),
      })),
      linkGroups: [
        { heading: 'Programs and deals in this country', items: links(atlas, referrers('programs')) },
        { heading: 'Organizations headquartered here', items: links(atlas, referrers('organizations', ['headquarters'])) },
        { heading: 'Who commented', items: commenters(about) },
      ],
      quoteGroups: [{ heading: 'Quotes about this country', quotes: about }],
    };
  },
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
