/** Dated events for the timeline. */
import { z } from 'astro/zod';
import { aliases, partialDate, summary, updated, corrections } from '../lib/content/fields.ts';
import { atlasPageCitation } from '../lib/cite/entry-citation.ts';
import { formatDate } from '../lib/views/format.ts';
import { indexItem, links } from '../lib/views/entry.ts';
import type { CollectionDef, RefSchema } from './types.ts';

export const schema = (ref: RefSchema) =>
  z
    .object({
      date: partialDate.describe('When it happened, with the precision known.'),
      title: z.string().trim().min(4).describe('A short headline of our own.'),
      summary: summary.describe('One or two sentences of our own.'),
      countries: z.array(ref('countries')).default([]).describe('Countries involved.'),
      programs: z.array(ref('programs')).default([]).describe('Programs or deals it belongs to.'),
      organizations: z.array(ref('organizations')).default([]).describe('Organizations involved.'),
      sources: z.array(ref('sources')).min(1, 'needs at least one source').describe('Sources for the event (at least one).'),
      corrections: corrections(ref),
      updated,
      aliases,
    })
    .strict();

export default {
  labels: { singular: 'Event', plural: 'Events', intro: 'Dated events, oldest first.' },
  format: 'yaml',
  title: (entry) => entry.data.title,
  description: (entry) => entry.data.summary,
  date: (entry) => ({ date: entry.data.date, kind: 'date' }),
  index: {
    compare: (a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id),
    item: (_atlas, entry) => indexItem(entry, formatDate(entry.data.date), entry.data.summary),
  },
  page(entry, { atlas, vendorOnly }) {
    const { data } = entry;
    return {
      lead: data.summary,
      vendorOnly: vendorOnly(data.sources),
      facts: [
        { label: 'Date', text: formatDate(data.date) },
        { label: 'Countries', links: links(atlas, data.countries) },
        { label: 'Programs', links: links(atlas, data.programs) },
        { label: 'Organizations', links: links(atlas, data.organizations) },
      ],
    };
  },
  cite: atlasPageCitation,
  jsonLd: (_atlas, { data }) => ({ '@type': 'Event', startDate: data.date }),
  search: {
    type: 'event',
    titleWeight: 5,
    // Suggested by its title, after every named thing of the same match.
    suggest: { rank: 6, named: false },
    byYear: true,
    facets: (_atlas, { data }) => ({ countries: data.countries }),
  },
} satisfies CollectionDef<'events'>;
