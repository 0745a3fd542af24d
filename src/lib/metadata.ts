/**
 * What reference managers and search engines read from an entry page: Highwire Press tags (Zotero,
 * Google Scholar), Dublin Core, OpenGraph, and schema.org JSON-LD by type.
 */
import type { Atlas, AtlasEntry } from './atlas.ts';
import { SITE_NAME, type CitableEntry } from './citation.ts';
import { absoluteUrl, entryUrl, homeUrl } from './routes.ts';
import { headTitleOf, speakerRef, titleOf, type EntryView } from './views.ts';

export interface MetaTag {
  /** `name` for Highwire and Dublin Core, `property` for OpenGraph. */
  attribute: 'name' | 'property';
  key: string;
  content: string;
}

export interface PageMetadata {
  tags: MetaTag[];
  jsonLd: Record<string, unknown>;
}

/** @example slashDate('2026-11-26') // → '2026/11/26' (Highwire's form) */
export function slashDate(day: string): string {
  return day.replace(/-/g, '/');
}

/** The citation key of an entry: BibTeX keys allow no hyphens. @example citationKey({ collection: 'countries', id: 'south-korea' }) // → 'atlas_countries_south_korea' */
export function citationKey(ref: { collection: string; id: string }): string {
  return `atlas_${ref.collection}_${ref.id}`.replace(/-/g, '_');
}

/** What "Cite this" needs to know about an entry. */
export function citableEntry(atlas: Atlas, entry: AtlasEntry, site: string): CitableEntry {
  return {
    key: citationKey(entry),
    // MLA and Chicago put titles in double quotes, so quotation marks inside a title become single ones.
    title: headTitleOf(atlas, entry).replace(/“/g, '‘').replace(/”/g, '’'),
    url: absoluteUrl(entryUrl(entry), site),
    updated: entry.data.updated,
  };
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
      return { '@type': 'DefinedTerm', ...base, inDefinedTermSet: absoluteUrl('/layers/', site) };
  }
}

/** Every tag and the JSON-LD of an entry page. */
export function pageMetadata(atlas: Atlas, entry: AtlasEntry, view: EntryView, site: string): PageMetadata {
  const url = absoluteUrl(view.url, site);
  const title = view.headTitle ?? view.title;
  const updated = entry.data.updated;
  const description = view.lead ?? view.quote?.context;
  const name = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
  const property = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
  const tags: MetaTag[] = [
    name('citation_title', title),
    name('citation_author', SITE_NAME),
    name('citation_publisher', SITE_NAME),
    name('citation_publication_date', slashDate(updated)),
    name('citation_online_date', slashDate(updated)),
    name('citation_public_url', url),
    name('citation_language', 'en'),
    name('DC.title', title),
    name('DC.creator', SITE_NAME),
    name('DC.publisher', SITE_NAME),
    name('DC.date', updated),
    name('DC.identifier', url),
    name('DC.type', 'Text'),
    name('DC.format', 'text/html'),
    name('DC.language', 'en'),
    ...(description ? [name('DC.description', description)] : []),
    property('og:type', 'article'),
    property('og:title', title),
    property('og:url', url),
    property('og:site_name', SITE_NAME),
    property('og:locale', 'en_US'),
    ...(description ? [property('og:description', description)] : []),
    property('article:modified_time', updated),
  ];
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
