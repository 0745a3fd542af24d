/** The layers of the AI stack, from chips to standards: the taxonomy every dependency is filed under. */
import { z } from 'astro/zod';
import { aliases, summary, updated, corrections } from '../lib/content/fields.ts';
import { atlasPageCitation } from '../lib/cite/entry-citation.ts';
import { indexItem, lastRevised, links } from '../lib/views/entry.ts';
import { absoluteUrl, collectionUrl, stackRowUrl } from '../lib/site/routes.ts';
import { RELIANCE_LABELS } from './countries.ts';
import type { CollectionDef, RefSchema } from './types.ts';

export const schema = (ref: RefSchema) =>
  z
    .object({
      name: z.string().trim().min(2).describe('Display name, e.g. "Chips".'),
      order: z.number().int().min(1).describe('Position from the bottom of the stack (1 = chips).'),
      summary: summary.describe('One or two sentences of our own.'),
      questions: z
        .object({
          technology: z.string().trim().min(10).optional().describe('The technology question, e.g. "Who designs the accelerators?"'),
          operator: z.string().trim().min(10).optional().describe('The operator question, e.g. "Who runs the facilities?"'),
          owner: z.string().trim().min(10).optional().describe('The owner question, e.g. "Who owns the facilities?"'),
        })
        .strict()
        .refine((q) => Object.keys(q).length > 0, { message: 'must ask at least one of technology, operator, owner' })
        .describe(
          "What a reliance label at this layer is decided by: the questions asked of a country's main capacity (see /methodology/).",
        ),
      corrections: corrections(ref),
      updated,
      aliases,
    })
    .strict();

export default {
  labels: { singular: 'Stack layer', plural: 'Stack layers', intro: 'The layers of the AI stack, from chips to standards.' },
  format: 'yaml',
  title: (entry) => entry.data.name,
  description: (entry) => entry.data.summary,
  date: lastRevised,
  index: {
    compare: (a, b) => a.data.order - b.data.order,
    item: (_atlas, entry) => indexItem(entry, undefined, entry.data.summary),
  },
  page(entry, { atlas, referrers, quotesAbout }) {
    const countries = referrers('countries', ['stack.layer']).flatMap((ref) => {
      const country = atlas.get(ref);
      const row = country?.data.stack.find((r) => r.layer.id === entry.id);
      if (!country || !row) return [];
      return [{ href: stackRowUrl(country.id, entry.id), label: country.data.name, note: RELIANCE_LABELS[row.reliance] }];
    });
    return {
      lead: entry.data.summary,
      facts: [{ label: 'Position in the stack', text: String(entry.data.order) }],
      linkGroups: [
        { heading: 'Countries at this layer', items: countries },
        { heading: 'Programs at this layer', items: links(atlas, referrers('programs', ['layers'])) },
        { heading: 'Organizations at this layer', items: links(atlas, referrers('organizations', ['layers'])) },
      ],
      quoteGroups: [{ heading: 'Quotes about this layer', quotes: quotesAbout() }],
    };
  },
  cite: atlasPageCitation,
  jsonLd: (_atlas, _entry, _link, site) => ({ '@type': 'DefinedTerm', inDefinedTermSet: absoluteUrl(collectionUrl('layers'), site) }),
  search: {
    type: 'layer',
    titleWeight: 10,
    suggest: { rank: 5, named: true },
    // Narrowed by the year of its last revision, as every entry that is not a country, person or organization.
    byYear: true,
    facets: (_atlas, entry) => ({ layers: [entry] }),
  },
} satisfies CollectionDef<'layers'>;
