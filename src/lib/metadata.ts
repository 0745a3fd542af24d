/**
 * What reference managers and search engines read from a page: Dublin Core and OpenGraph tags (Zotero's
 * Embedded Metadata translator, Wikipedia's Citoid), Highwire Press tags where they decide a type, and
 * schema.org JSON-LD. Every tag comes from the page's citation record (src/lib/cite-record.ts), so what
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
import type { Atlas, AtlasEntry } from './atlas.ts';
import { atlasPageWork, citationKey, isoOfDate, sourceWork, SITE_NAME, type CitableEntry, type CitedWork, type CslName } from './cite-record.ts';
import { formatDate } from './labels.ts';
import { absoluteUrl, collectionUrl, entryUrl, homeUrl } from './routes.ts';
import { headTitleOf, speakerRef, titleOf, type EntryView } from './views.ts';

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

/** An entry page's metadata, with its JSON-LD. */
export interface PageMetadata extends HeadMetadata {
  jsonLd: Record<string, unknown>;
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

/** The source record of an entry of the sources collection, as the citation record needs it. */
function sourceRecordWork(source: AtlasEntry<'sources'>): CitedWork {
  return sourceWork(citationKey(source), source.data);
}

/** What "Cite this" cites for an entry: the page itself, or for a source the original work, or for a quote both. */
export function citableEntry(atlas: Atlas, entry: AtlasEntry, site: string): CitableEntry {
  const key = citationKey(entry);
  if (entry.collection === 'sources') return { key, works: [sourceRecordWork(entry as AtlasEntry<'sources'>)] };
  const url = absoluteUrl(entryUrl(entry), site);
  const title = headTitleOf(atlas, entry);
  if (entry.collection !== 'quotes') return { key, works: [atlasPageWork({ key, title, url, updated: entry.data.updated })] };
  const quote = entry as AtlasEntry<'quotes'>;
  const speaker = atlas.get(speakerRef(atlas, quote.data.speaker));
  const speakerName = speaker ? titleOf(speaker) : quote.data.speaker;
  const source = atlas.get({ collection: 'sources', id: quote.data.source.id });
  // Where it was said, from the source's confirmed fields only.
  const original = source ? sourceRecordWork(source).item : undefined;
  const where = original ? [original.title, original['container-title'] ?? original.publisher, original.issued && formatDate(isoOfDate(original.issued))].filter(Boolean).join(', ') : quote.data.source.id;
  const abstract = `${speakerName}${quote.data.date ? `, ${formatDate(quote.data.date)}` : ''}, quoted from: ${where}`;
  return {
    key,
    works: [atlasPageWork({ key, title, url, updated: quote.data.updated, abstract }), ...(source ? [sourceRecordWork(source)] : [])],
    originalLabel: `Where ${speakerName} was quoted`,
  };
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

function entity(atlas: Atlas, entry: AtlasEntry, site: string, url: string): Record<string, unknown> {
  const data = entry.data as Record<string, unknown>;
  const name = titleOf(entry);
  const description = typeof data['summary'] === 'string' ? data['summary'] : typeof data['stance'] === 'string' ? data['stance'] : undefined;
  const base = { '@id': `${url}#entity`, name, url, ...(description ? { description } : {}) };
  const link = (ref: { collection: string; id: string }, type: string) => {
    const target = atlas.get(ref as { collection: AtlasEntry['collection']; id: string });
    return { '@type': type, name: target ? titleOf(target) : ref.id, url: absoluteUrl(entryUrl(ref as { collection: AtlasEntry['collection']; id: string }), site) };
  };
  switch (entry.collection) {
    case 'countries': {
      const { data: country } = entry as AtlasEntry<'countries'>;
      return {
        '@type': 'Place',
        ...base,
        ...(country.alternateNames.length > 0 ? { alternateName: country.alternateNames.map((n) => n.name) } : {}),
        ...(country.iso2 ? { identifier: country.iso2 } : {}),
      };
    }
    case 'programs': {
      const { data: program } = entry as AtlasEntry<'programs'>;
      return {
        '@type': 'CreativeWork',
        ...base,
        dateCreated: program.announced,
        creator: program.vendors.map((v) => link(v, 'Organization')),
        spatialCoverage: program.countries.map((c) => link(c, 'Place')),
      };
    }
    case 'people': {
      const { data: person } = entry as AtlasEntry<'people'>;
      return { '@type': 'Person', ...base, jobTitle: person.role, ...(person.affiliation ? { affiliation: link(person.affiliation, 'Organization') } : {}) };
    }
    case 'organizations': {
      const { data: organization } = entry as AtlasEntry<'organizations'>;
      return { '@type': 'Organization', ...base, ...(organization.website ? { sameAs: organization.website } : {}) };
    }
    case 'quotes': {
      const { data: quote } = entry as AtlasEntry<'quotes'>;
      const speaker = speakerRef(atlas, quote.speaker);
      const source = atlas.get({ collection: 'sources', id: quote.source.id });
      return {
        '@type': 'Quotation',
        ...base,
        text: quote.text,
        creator: link(speaker, speaker.collection === 'people' ? 'Person' : 'Organization'),
        isBasedOn: {
          '@type': 'CreativeWork',
          name: source ? source.data.title : quote.source.id,
          ...(source?.data.url ? { url: source.data.url } : {}),
          ...(source ? { publisher: { '@type': 'Organization', name: source.data.publisher } } : {}),
        },
        ...(quote.date ? { dateCreated: quote.date } : {}),
      };
    }
    case 'sources': {
      const { data: source } = entry as AtlasEntry<'sources'>;
      return {
        '@type': 'CreativeWork',
        ...base,
        publisher: { '@type': 'Organization', name: source.publisher },
        ...(source.authors.length > 0 ? { author: source.authors.map((a) => ({ '@type': 'Person', name: a })) } : {}),
        ...(source.published ? { datePublished: source.published } : {}),
        ...(source.url ? { sameAs: source.url } : {}),
        ...(source.archived ? { archivedAt: source.archived } : {}),
      };
    }
    case 'events': {
      const { data: event } = entry as AtlasEntry<'events'>;
      return { '@type': 'Event', ...base, startDate: event.date };
    }
    case 'layers':
      return { '@type': 'DefinedTerm', ...base, inDefinedTermSet: absoluteUrl(collectionUrl('layers'), site) };
  }
}

/** Every tag and the JSON-LD of an entry page, from its citation record. */
export function pageMetadata(atlas: Atlas, entry: AtlasEntry, view: EntryView, site: string): PageMetadata {
  const url = absoluteUrl(view.url, site);
  const title = view.headTitle ?? view.title;
  const updated = entry.data.updated;
  const description = view.lead ?? view.quote?.context;
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
    mainEntity: entity(atlas, entry, site, url),
  };
  return { tags, jsonLd };
}
