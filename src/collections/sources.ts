/** Bibliographic records: the publication behind every claim, and what kind of evidence it is. */
import { z } from 'astro/zod';
import { aliases, httpUrl, isoDay, partialDate, updated, corrections } from '../lib/content/fields.ts';
import { sourceRecordWork } from '../lib/cite/entry-citation.ts';
import { citationKey } from '../lib/cite/record.ts';
import { formatDate, humanize } from '../lib/views/format.ts';
import { dedupe, indexItem, links, listWords, waybackLookup } from '../lib/views/entry.ts';
import { COLLECTIONS, collectionDef } from './index.ts';
import type { CollectionDef, RefSchema } from './types.ts';

export const SOURCE_KINDS = ['news', 'report', 'press-release', 'government', 'academic', 'company'] as const;

/**
 * What kind of evidence a source is. Readers of a field driven by vendor announcements need to see
 * which claims rest only on what a vendor says about itself.
 */
export const EVIDENCE_KINDS = ['primary', 'independent', 'vendor', 'interview', 'secondary'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const EVIDENCE_LABELS: Record<EvidenceKind, string> = {
  primary: 'Primary document',
  independent: 'Independent reporting',
  vendor: 'Vendor-originated',
  interview: 'Interview',
  secondary: 'Secondary copy',
};

/** What each kind of evidence is, as the methodology states it. */
export const EVIDENCE_DEFINITIONS: Record<EvidenceKind, string> = {
  primary: 'A government document, filing, contract or official statement of a party, read in the original.',
  independent: 'Reporting by an outlet that is not a party to the story.',
  vendor:
    'A press release, keynote, company page or company blog of a party to the deal: what a vendor or its partner says about itself. A claim whose every source is of this kind is marked “vendor claim”.',
  interview: 'The words of a person interviewed, as the interviewer publishes them.',
  secondary: "A copy, translation or summary of another outlet's report, such as a syndicated wire story.",
};

/** Fields of a source record that can be marked as not confirmed. */
export const CONFIRMABLE_SOURCE_FIELDS = ['title', 'authors', 'published', 'url', 'publisher'] as const;
type ConfirmableField = (typeof CONFIRMABLE_SOURCE_FIELDS)[number];
const UNCONFIRMED_WORDS: Record<ConfirmableField, string> = {
  url: 'URL',
  authors: 'authors',
  title: 'title',
  published: 'publication date',
  publisher: 'publisher',
};

export const schema = (ref: RefSchema) =>
  z
    .object({
      title: z
        .string()
        .trim()
        .min(2)
        .describe('Headline or document title; a descriptive title in [brackets] when the exact one is not known.'),
      publisher: z.string().trim().min(2).describe('Outlet or body that published it.'),
      authors: z.array(z.string().trim().min(2)).default([]).describe('Authors, where known.'),
      published: partialDate.optional().describe('Publication date with the precision known.'),
      url: httpUrl.optional().describe('Where to read it (http/https only).'),
      archived: httpUrl.optional().describe('A copy in a web archive, e.g. https://web.archive.org/web/2025/https://…'),
      accessed: isoDay.optional().describe('Day the Atlas last read it, "YYYY-MM-DD".'),
      kind: z.enum(SOURCE_KINDS).describe('What kind of publication it is.'),
      evidence: z
        .enum(EVIDENCE_KINDS)
        .describe(
          'What kind of evidence it is: primary (a government document, filing or contract), independent (reporting by an outlet not party to the story), vendor (a press release, keynote or company blog of a party to the deal), interview (the words of a person interviewed), or secondary (a copy or summary of another publication).',
        ),
      unconfirmed: z
        .array(z.enum(CONFIRMABLE_SOURCE_FIELDS))
        .default([])
        .describe('Fields whose value could not be confirmed; shown on the source page and in citations.'),
      note: z.string().trim().min(2).optional().describe('A short note on the record (syndicated copy, what could not be read …).'),
      corrections: corrections(ref),
      updated,
      aliases,
    })
    .strict()
    .superRefine((value, ctx) => {
      if (value.url === undefined && !value.unconfirmed.includes('url')) {
        ctx.addIssue({ code: 'custom', path: ['url'], message: 'is required (or list "url" under unconfirmed)' });
      }
    });

/** The caution a source page shows when some of its fields could not be confirmed. */
function unconfirmedNotice(unconfirmed: readonly ConfirmableField[]): string | undefined {
  if (unconfirmed.length === 0) return undefined;
  const title = unconfirmed.includes('title') ? 'The title shown is a description, not the published headline.' : '';
  return `Not confirmed: the ${listWords(unconfirmed.map((f) => UNCONFIRMED_WORDS[f]))} of this source could not be confirmed. ${title}`.trim();
}

export default {
  labels: { singular: 'Source', plural: 'Sources', intro: 'The bibliographic record behind every claim in the Atlas.' },
  format: 'yaml',
  title: (entry) => entry.data.title,
  description: (entry) => entry.data.note,
  date: (entry) =>
    entry.data.published ? { date: entry.data.published, kind: 'published' } : { date: entry.data.updated, kind: 'updated' },
  index: {
    compare: (a, b) => a.data.publisher.localeCompare(b.data.publisher) || a.data.title.localeCompare(b.data.title),
    item: (_atlas, entry) =>
      indexItem(entry, [entry.data.publisher, entry.data.published && formatDate(entry.data.published)].filter(Boolean).join(', ')),
  },
  page(entry, { atlas, backlinks }) {
    const { data } = entry;
    const citing = dedupe(backlinks.map((b) => b.from));
    return {
      lead: data.note,
      notice: unconfirmedNotice(data.unconfirmed),
      facts: [
        { label: 'Publisher', text: data.publisher },
        ...(data.authors.length > 0 ? [{ label: 'Authors', text: data.authors.join('; ') }] : []),
        ...(data.published ? [{ label: 'Published', text: formatDate(data.published) }] : []),
        { label: 'Kind', text: humanize(data.kind) },
        { label: 'Evidence', text: EVIDENCE_LABELS[data.evidence] },
        ...(data.url ? [{ label: 'URL', text: data.url, href: data.url }] : []),
        ...(data.archived
          ? [{ label: 'Archived copy', text: data.archived, href: data.archived }]
          : data.url
            ? [{ label: 'Archived copies', text: 'Look the page up in the Wayback Machine', href: waybackLookup(data.url) }]
            : []),
        ...(data.accessed ? [{ label: 'Accessed', text: formatDate(data.accessed) }] : []),
        ...(data.unconfirmed.length > 0 ? [{ label: 'Not confirmed', text: data.unconfirmed.join(', ') }] : []),
      ],
      linkGroups: COLLECTIONS.map((collection) => ({
        heading: `Cited by ${collectionDef(collection).labels.plural.toLowerCase()}`,
        items: links(
          atlas,
          citing.filter((ref) => ref.collection === collection),
        ),
      })),
      timeline: false,
    };
  },
  cite: (_atlas, entry) => ({ key: citationKey(entry), works: [sourceRecordWork(entry)] }),
  jsonLd: (_atlas, { data }) => ({
    '@type': 'CreativeWork',
    publisher: { '@type': 'Organization', name: data.publisher },
    ...(data.authors.length > 0 ? { author: data.authors.map((a) => ({ '@type': 'Person', name: a })) } : {}),
    ...(data.published ? { datePublished: data.published } : {}),
    ...(data.url ? { sameAs: data.url } : {}),
    ...(data.archived ? { archivedAt: data.archived } : {}),
  }),
  search: {
    type: 'source',
    titleWeight: 5,
    byYear: true,
    facets: (_atlas, { data }) => ({ meta: [['publisher', data.publisher]] }),
  },
} satisfies CollectionDef<'sources'>;
