/** Experts, executives and officials: their arguments and their words. */
import { z } from 'astro/zod';
import { aliases, shortNames, summary, updated, corrections, replies } from '../lib/content/fields.ts';
import { atlasPageCitation } from '../lib/cite/entry-citation.ts';
import { humanize } from '../lib/views/format.ts';
import { indexItem, lastRevised, linkTo } from '../lib/views/entry.ts';
import type { CollectionDef, RefSchema } from './types.ts';

export const PERSON_KINDS = ['expert', 'executive', 'official'] as const;

export const schema = (ref: RefSchema) =>
  z
    .object({
      name: z.string().trim().min(2).describe('Full name as published.'),
      shortNames,
      kind: z.enum(PERSON_KINDS).describe('Why they are in the Atlas.'),
      role: z.string().trim().min(2).describe('Role as described by the source, e.g. "Fellow".'),
      affiliation: ref('organizations').optional().describe('Organization they are affiliated with, if a source confirms one.'),
      stance: summary.describe('Their viewpoint in one sentence, in our words.'),
      sources: z.array(ref('sources')).min(1, 'needs at least one source').describe('Sources for the facts on the page.'),
      replies: replies(ref),
      corrections: corrections(ref),
      updated,
      aliases,
    })
    .strict();

export default {
  labels: { singular: 'Person', plural: 'People', intro: 'Experts, executives and officials, with their arguments and their words.' },
  format: 'mdx',
  title: (entry) => entry.data.name,
  description: (entry) => entry.data.stance,
  date: lastRevised,
  index: { item: (_atlas, entry) => indexItem(entry, entry.data.role, entry.data.stance) },
  page(entry, { atlas, quotesBy }) {
    const { data } = entry;
    return {
      lead: data.stance,
      facts: [
        { label: 'Role', text: data.role },
        { label: 'Kind', text: humanize(data.kind) },
        ...(data.affiliation ? [{ label: 'Affiliation', links: [linkTo(atlas, data.affiliation)] }] : []),
      ],
      quoteGroups: [{ heading: 'Their quotes', quotes: quotesBy() }],
    };
  },
  cite: atlasPageCitation,
  jsonLd: (_atlas, { data }, link) => ({
    '@type': 'Person',
    jobTitle: data.role,
    ...(data.affiliation ? { affiliation: link(data.affiliation, 'Organization') } : {}),
  }),
  search: {
    type: 'person',
    titleWeight: 10,
    suggest: { rank: 3, named: true },
    byYear: false,
    facets: (_atlas, entry) => ({ speakers: [entry.data.name] }),
  },
} satisfies CollectionDef<'people'>;
