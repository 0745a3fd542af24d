/**
 * What reference managers and search engines read from a page: Dublin Core and OpenGraph tags (Zotero's
 * Embedded Metadata translator, Wikipedia's Citoid), Highwire Press tags where they decide a type, and
 * schema.org JSON-LD. Every tag comes from the page's citation record (src/lib/cite/record.ts), so what
 * Zotero saves from the page is what its BibTeX, RIS and CSL-JSON give.
 *
 * - An entry page is a web page of the Atlas: `og:type` website, the Atlas as website, the day of its
 *   last revision. No Highwire tag and no creator tag: Zotero reads `citation_title` as a journal
 *   article and splits every `citation_author` or `DC.creator` into a first and a last name.
 * - A source page stands for the original work: its own title, authors, date and URL, its publisher as
 *   publication or website, and a type Zotero and Citoid both read (a report by the Highwire
 *   `citation_technical_report_institution` tag, a news article by `og:type` article (Citoid) and
 *   `DC.type` newspaperArticle (Zotero), a web page by
 *   `og:type` website).
 */
import { collectionDef, type AtlasEntry, type CollectionName } from '../../collections/index.ts';
import type { JsonLdLink } from '../../collections/types.ts';
import type { Atlas } from '../graph/atlas.ts';
import { citationKey, isoOfDate, SITE_NAME, type CitableEntry, type CitedWork, type CslName } from './record.ts';
import { absoluteUrl, entryUrl, homeUrl } from '../site/routes.ts';
import { titleOf, type EntryView } from '../views/entry.ts';

export { citationKey };

export interface MetaTag {
  /** `name` for Highwire and Dublin Core, `property` for OpenGraph. */
  attribute: 'name' | 'property';
  key: string;
  content: string;
}

/** What a page's head carries for reference managers and link previews. */
export interface HeadMetadata {
  tags: MetaTag[];
  jsonLd?: Record<string, unknown> | undefined;
}

/** An entry page's metadata, with its JSON-LD and the work its tags describe. */
export interface PageMetadata extends HeadMetadata {
  jsonLd: Record<string, unknown>;
  /** The page's own cited work: the Atlas page, or for a source the original work. */
  citedWork: CitedWork | undefined;
}

/** A page that is not an entry (home, indexes, views, search, data): a web page of the Atlas, with no date or author. */
export function sitePageMetadata(page: { title: string; url?: string | undefined; description?: string | undefined }): HeadMetadata {
  const property = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
  return {
    tags: [
      property('og:type', 'website'),
      property('og:title', page.title),
      ...(page.url ? [property('og:url', page.url)] : []),
      property('og:site_name', SITE_NAME),
      ...(page.description ? [property('og:description', page.description)] : []),
    ],
  };
}

/** What "Cite this" cites for an entry: the page itself, or for a source the original work, or for a quote both. */
export function citableEntry<C extends CollectionName>(atlas: Atlas, entry: AtlasEntry<C>, site: string): CitableEntry {
  return collectionDef(entry.collection).cite(atlas, entry, site);
}

/** A CSL name as one string, given name first. */
function fullName(name: CslName): string {
  return 'literal' in name ? name.literal : [name.given, name.family].filter(Boolean).join(' ');
}

/** The Dublin Core and OpenGraph tags (and Highwire for reports) of a cited work. */
export function workTags(work: CitedWork, pageUrl: string, description: string | undefined): MetaTag[] {
  const { item } = work;
  const name = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
  const property = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
  const date = item.issued ? isoOfDate(item.issued) : undefined;
  const site = item['container-title'] ?? item.publisher;
  const people = work.revised ? [] : (item.author ?? []).map(fullName);
  // Zotero and Citoid take a report's type only from this Highwire tag, and Citoid only when it comes
  // before any other `citation_` tag.
  const highwire =
    item.type === 'report'
      ? [
          ...(item.publisher ? [name('citation_technical_report_institution', item.publisher)] : []),
          name('citation_title', item.title),
          ...people.map((person) => name('citation_author', person)),
          ...(date ? [name('citation_publication_date', date)] : []),
          ...(item.URL ? [name('citation_public_url', item.URL)] : []),
        ]
      : [];
  return [
    ...highwire,
    name('DC.title', item.title),
    ...people.map((person) => name('DC.creator', person)),
    ...(item.publisher ? [name('DC.publisher', item.publisher)] : []),
    // Zotero takes a news article's publication and a web page's website from DC.source.
    ...(!work.revised && item['container-title'] ? [name('DC.source', item['container-title'])] : []),
    ...(date ? [name('DC.date', date)] : []),
    ...(item.URL ? [name('DC.identifier', item.URL)] : []),
    ...(item.language ? [name('DC.language', item.language)] : []),
    // Zotero's type for a news article (its own item-type name, which Dublin Core allows as a type);
    // without it Zotero falls back to a web page.
    ...(item.type === 'article-newspaper' ? [name('DC.type', 'newspaperArticle')] : []),
    ...(description ? [name('DC.description', description)] : []),
    // A news article is an OpenGraph article (Citoid: newspaperArticle); anything else a website (webpage).
    property('og:type', item.type === 'article-newspaper' ? 'article' : 'website'),
    property('og:title', item.title),
    // The work's own address, so Zotero keeps it; the page's canonical link stays the Atlas's.
    property('og:url', item.URL ?? pageUrl),
    ...(site ? [property('og:site_name', site)] : []),
    ...(item.language === 'en' ? [property('og:locale', 'en_US')] : []),
    ...(description ? [property('og:description', description)] : []),
    ...(item.type === 'article-newspaper' && date ? [property('article:published_time', date)] : []),
  ];
}

/** The schema.org entity a page is about: the shared fields, then those its collection adds. */
function entity<C extends CollectionName>(
  atlas: Atlas,
  entry: AtlasEntry<C>,
  site: string,
  url: string,
  description: string | undefined,
): Record<string, unknown> {
  const link: JsonLdLink = (ref, type) => {
    const target = atlas.get(ref);
    return { '@type': type, name: target ? titleOf(target) : ref.id, url: absoluteUrl(entryUrl(ref), site) };
  };
  const { '@type': type, ...own } = collectionDef(entry.collection).jsonLd(atlas, entry, link, site);
  return { '@type': type, '@id': `${url}#entity`, name: titleOf(entry), url, ...(description ? { description } : {}), ...own };
}

/** Every tag and the JSON-LD of an entry page, from its citation record. */
export function pageMetadata<C extends CollectionName>(atlas: Atlas, entry: AtlasEntry<C>, view: EntryView, site: string): PageMetadata {
  const url = absoluteUrl(view.url, site);
  const title = view.headTitle ?? view.title;
  const updated = entry.data.updated;
  const { description } = view;
  const [work] = citableEntry(atlas, entry, site).works;
  const tags = work ? workTags(work, url, description) : [];
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': url,
    url,
    name: title,
    dateModified: updated,
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: absoluteUrl(homeUrl(), site) },
    mainEntity: entity(atlas, entry, site, url, description),
  };
  return { tags, jsonLd, citedWork: work };
}
