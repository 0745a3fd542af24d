/** Vendors, government agencies, think tanks, universities, labs and consortiums. */
import { z } from 'astro/zod';
import { aliases, httpUrl, shortNames, summary, updated, corrections, replies } from '../lib/content/fields.ts';
import { atlasPageCitation } from '../lib/cite/entry-citation.ts';
import { humanize } from '../lib/views/format.ts';
import { byName, indexItem, lastRevised, links, linkTo } from '../lib/views/entry.ts';
import { vendorFootprint } from '../lib/views/overview.ts';
import { offerRowsOf } from '../lib/views/offers.ts';
import type { CollectionDef, RefSchema } from './types.ts';

export const ORGANIZATION_KINDS = ['company', 'government', 'think-tank', 'university', 'lab', 'media', 'consortium'] as const;

export const schema = (ref: RefSchema) =>
  z
    .object({
      name: z.string().trim().min(2).describe('Name as the organization styles it.'),
      shortNames,
      kind: z.enum(ORGANIZATION_KINDS).describe('What sort of organization this is.'),
      headquarters: ref('countries').optional().describe('Country of its headquarters, where it is in the Atlas.'),
      layers: z.array(ref('layers')).default([]).describe('Stack layers it supplies or works on.'),
      summary: summary.describe('One or two sentences in our own words.'),
      website: httpUrl.optional().describe('Official website.'),
      sources: z.array(ref('sources')).default([]).describe('Sources for the facts on the page.'),
      replies: replies(ref),
      corrections: corrections(ref),
      updated,
      aliases,
    })
    .strict();

export default {
  labels: { singular: 'Organization', plural: 'Organizations', intro: 'Vendors, agencies, think tanks, universities and labs.' },
  format: 'mdx',
  title: (entry) => entry.data.name,
  description: (entry) => entry.data.summary,
  date: lastRevised,
  index: {
    compare: byName,
    item: (_atlas, entry) => indexItem(entry, humanize(entry.data.kind), entry.data.summary),
  },
  page(entry, { atlas, referrers, quotesAbout, quotesBy }) {
    const { data } = entry;
    const spoken = quotesBy();
    return {
      lead: data.summary,
      facts: [
        { label: 'Kind', text: humanize(data.kind) },
        ...(data.headquarters ? [{ label: 'Headquarters', links: [linkTo(atlas, data.headquarters)] }] : []),
        ...(data.layers.length > 0 ? [{ label: 'Stack layers', links: links(atlas, data.layers) }] : []),
        ...(data.website ? [{ label: 'Website', text: data.website, href: data.website }] : []),
      ],
      footprint: vendorFootprint(atlas, entry),
      offers: {
        caption: `The terms of the offers ${data.name} takes part in, side by side`,
        rows: offerRowsOf(atlas, referrers('programs', ['vendors'])),
      },
      linkGroups: [
        { heading: 'Programs and deals', items: links(atlas, referrers('programs', ['vendors'])) },
        { heading: 'People', items: links(atlas, referrers('people', ['affiliation'])) },
      ],
      quoteGroups: [
        { heading: 'Quotes by this organization', quotes: spoken },
        // A quote shows once per page (its anchor must be unique), under "by" if the organization said it.
        { heading: 'Quotes about this organization', quotes: quotesAbout().filter((q) => !spoken.some((s) => s.id === q.id)) },
      ],
    };
  },
  cite: atlasPageCitation,
  jsonLd: (_atlas, { data }) => ({ '@type': 'Organization', ...(data.website ? { sameAs: data.website } : {}) }),
  search: {
    type: 'organization',
    titleWeight: 10,
    suggest: { rank: 2, named: true },
    byYear: false,
    facets: (_atlas, { data }) => ({ countries: data.headquarters ? [data.headquarters] : [], layers: data.layers }),
  },
} satisfies CollectionDef<'organizations'>;
