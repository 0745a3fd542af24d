/**
 * What a page of the Atlas is, as a reference manager records it: one CSL-JSON item per cited work.
 * Every citation format, the page's meta tags and its JSON-LD are derived from these items, so Zotero,
 * Citoid, the styled citations and the BibTeX, RIS and CSL-JSON downloads describe the same work.
 *
 * - An entry page is a web page of the Atlas, dated by its last revision, with the Atlas as its group
 *   author and website.
 * - A source page stands for the original work (a news article, a report, a web page), as a reader
 *   citing it needs it: its own title, publisher, authors, date and URL, never the Atlas's.
 * - A quote page is cited as the Atlas page that gives the quote, together with its original source.
 */
export const SITE_NAME = 'Sovereign AI Atlas';

/** A CSL name: an institution as one literal name, or a person split into family and given names. */
export type CslName = { literal: string } | { family: string; given?: string };

/** The CSL types the Atlas cites; each maps to one Zotero item type. */
export type CslType = 'webpage' | 'article-newspaper' | 'report';

export interface CslDate {
  /** Year, month and day, as far as they are known. */
  'date-parts': [number[]];
}

export interface CslItem {
  id: string;
  'citation-key': string;
  type: CslType;
  title: string;
  author?: CslName[];
  'container-title'?: string;
  publisher?: string;
  URL?: string;
  issued?: CslDate;
  accessed?: CslDate;
  /** Who is quoted and where, on a quote's citation (Zotero's abstract). */
  abstract?: string;
  /** How the issued date is meant: "last modified" for a revised page (Chicago 17, 14.206). */
  status?: string;
  language?: string;
}

/** One work a page asks to be cited by. */
export interface CitedWork {
  item: CslItem;
  /** The work is a page of the Atlas, dated by its last revision; its accessed date is the reader's. */
  revised: boolean;
}

/** What a page is cited as: usually one work; a quote adds its original source. */
export interface CitableEntry {
  /** The citation key of the page's own work, unique across the Atlas. */
  key: string;
  works: CitedWork[];
  /** The line that introduces the second work, e.g. "Where Jensen Huang said it". */
  originalLabel?: string;
}

/** Where a source record's kind puts it among the types reference managers know. */
export const SOURCE_CSL_TYPES = {
  news: 'article-newspaper',
  report: 'report',
  government: 'report',
  academic: 'report',
  'press-release': 'webpage',
  company: 'webpage',
} as const satisfies Record<string, CslType>;

/**
 * A date with the precision known as CSL date parts.
 * @example dateParts('2024-12') // → { 'date-parts': [[2024, 12]] }
 */
export function dateParts(date: string): CslDate {
  return { 'date-parts': [date.split('-').map(Number)] };
}

/**
 * CSL date parts back to an ISO date with the precision they have.
 * @example isoOfDate({ 'date-parts': [[2024, 12]] }) // → '2024-12'
 */
export function isoOfDate(date: CslDate): string {
  return date['date-parts'][0].map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-');
}

/**
 * A person's name as CSL wants it. Only the last word is taken as the family name, as Zotero does
 * with names it reads from a page, so the page and its downloads agree.
 * @example personName('Sam Winter-Levy') // → { family: 'Winter-Levy', given: 'Sam' }
 */
export function personName(name: string): CslName {
  const words = name.trim().split(/\s+/);
  const family = words.pop() ?? name;
  return words.length > 0 ? { family, given: words.join(' ') } : { family };
}

/** The citation key of a page: BibTeX keys allow no hyphens. @example citationKey({ collection: 'countries', id: 'south-korea' }) // → 'atlas_countries_south_korea' */
export function citationKey(ref: { collection: string; id: string }): string {
  return `atlas_${ref.collection}_${ref.id}`.replace(/-/g, '_');
}

/** A page of the Atlas: its group author is the Atlas, which is also the website and its publisher. */
export function atlasPageWork(page: {
  key: string;
  title: string;
  url: string;
  updated: string;
  abstract?: string | undefined;
}): CitedWork {
  return {
    revised: true,
    item: {
      id: page.key,
      'citation-key': page.key,
      type: 'webpage',
      title: page.title,
      author: [{ literal: SITE_NAME }],
      'container-title': SITE_NAME,
      publisher: SITE_NAME,
      URL: page.url,
      issued: dateParts(page.updated),
      language: 'en',
      ...(page.abstract ? { abstract: page.abstract } : {}),
    },
  };
}

/** The fields of a source record the citation needs; those listed under `unconfirmed` are left out. */
export interface SourceRecord {
  title: string;
  publisher: string;
  authors: string[];
  published?: string | undefined;
  url?: string | undefined;
  accessed?: string | undefined;
  kind: keyof typeof SOURCE_CSL_TYPES;
  unconfirmed: readonly string[];
}

/**
 * The original work a source record describes. A field the record marks unconfirmed is left empty
 * rather than guessed; a title that is only a description stays in its [brackets], as APA 7 writes
 * a work without a known title.
 */
export function sourceWork(key: string, source: SourceRecord): CitedWork {
  const confirmed = (field: string) => !source.unconfirmed.includes(field);
  const type = SOURCE_CSL_TYPES[source.kind];
  const publisher = confirmed('publisher') ? source.publisher : undefined;
  return {
    revised: false,
    item: {
      id: key,
      'citation-key': key,
      type,
      title: source.title,
      ...(confirmed('authors') && source.authors.length > 0 ? { author: source.authors.map(personName) } : {}),
      // A news article or a web page appears in a publication or on a website; a report is published by a body.
      ...(publisher ? (type === 'report' ? { publisher } : { 'container-title': publisher }) : {}),
      ...(source.url && confirmed('url') ? { URL: source.url } : {}),
      ...(source.published && confirmed('published') ? { issued: dateParts(source.published) } : {}),
      ...(source.accessed ? { accessed: dateParts(source.accessed) } : {}),
    },
  };
}

export type StyleName = 'apa' | 'mla' | 'chicago';

const nameOf = (name: CslName | undefined) => (name && 'literal' in name ? name.literal : undefined);

/**
 * The item as each style's guide wants it where CSL cannot say so (CSL cannot compare two variables):
 * - APA 7: when the author and the site name are the same, the site name is omitted;
 * - MLA 9: a work by an organization that also publishes it begins with its title, and a publisher
 *   that is the website itself is not repeated;
 * - Chicago 17: a page whose owner is its author names the owner once, and a revised page's date
 *   reads "last modified" (14.206).
 */
export function styleItem(work: CitedWork, style: StyleName): CslItem {
  const { author, 'container-title': site, publisher, accessed, ...rest } = work.item;
  const group = author?.length === 1 ? nameOf(author[0]) : undefined;
  const withAccessed = accessed ? { accessed } : {};
  switch (style) {
    case 'apa':
      return {
        ...rest,
        ...withAccessed,
        ...(author ? { author } : {}),
        ...(site && site !== group ? { 'container-title': site } : {}),
        ...(publisher && publisher !== group && publisher !== site ? { publisher } : {}),
      };
    case 'mla':
      return {
        ...rest,
        ...withAccessed,
        ...(author && group !== site && group !== publisher ? { author } : {}),
        ...(site ? { 'container-title': site } : {}),
        ...(publisher && publisher !== site ? { publisher } : {}),
      };
    case 'chicago': {
      const owner = group !== undefined && (group === site || group === publisher);
      return {
        ...rest,
        ...withAccessed,
        ...(author && !owner ? { author } : {}),
        ...(site && !(owner && site === group) ? { 'container-title': site } : {}),
        ...(owner ? { publisher: group } : publisher ? { publisher } : {}),
        ...(work.revised ? { status: 'last modified' } : {}),
      };
    }
  }
}

/** The item as the CSL-JSON download gives it: everything known, with the reader's accessed date. */
export function exportItem(work: CitedWork, accessed: [number, number, number]): CslItem {
  return work.revised ? { ...work.item, accessed: { 'date-parts': [accessed] } } : work.item;
}

/**
 * A title that only describes the work, written in [brackets] where the headline is not known.
 * @example isDescriptiveTitle('[Report on chips]') // → true
 */
export function isDescriptiveTitle(title: string): boolean {
  return /^\[[^\]]+\]$/.test(title.trim());
}

/** A descriptive title without its brackets, to be shown as a description. */
export function withoutBrackets(title: string): string {
  return isDescriptiveTitle(title) ? title.trim().slice(1, -1) : title;
}
