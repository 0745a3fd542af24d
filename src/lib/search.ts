/**
 * What Pagefind learns about each entry page: filters (type, country, layer, speaker, year),
 * metadata shown in results, and the date used for sorting. Computed here, rendered by SearchTags.astro.
 */
import type { Atlas, AtlasEntry } from './atlas.ts';
import type { Ref } from './references.ts';
import { COLLECTION_LABELS } from './labels.ts';
import { NAMED_COLLECTIONS, SEARCH_TYPES, type SearchFilter } from './search-config.ts';
import { speakerRef, titleOf } from './views.ts';

export interface SearchTags {
  filters: [SearchFilter, string][];
  meta: [string, string][];
  /** ISO date (or year / year-month) for "newest first"; absent for undated entries. */
  date?: string | undefined;
}

function names(atlas: Atlas, refs: readonly Ref[]): string[] {
  return refs.flatMap((ref) => {
    const entry = atlas.get(ref);
    return entry ? [titleOf(entry)] : [];
  });
}

/**
 * The names an entry is known by, for an entry that is a named thing (not a quote, source or event):
 * its name, its short names and its names in other scripts and languages.
 */
export function entryNames(entry: AtlasEntry): string[] {
  if (!(NAMED_COLLECTIONS as readonly string[]).includes(entry.collection)) return [];
  const data = entry.data as { alternateNames?: { name: string }[]; shortNames?: string[] };
  return [...new Set([titleOf(entry), ...(data.shortNames ?? []), ...(data.alternateNames ?? []).map((n) => n.name)])];
}

/** The date an entry is about, or when it was last revised where it is about no single date; and which it is. */
function entryDate(entry: AtlasEntry): { date: string; kind: string } | undefined {
  const data = entry.data as Record<string, unknown>;
  for (const key of ['date', 'announced', 'published', 'updated']) {
    const value = data[key];
    if (typeof value === 'string') return { date: value, kind: key };
  }
  return undefined;
}

export function searchTags(atlas: Atlas, entry: AtlasEntry): SearchTags {
  const countries: Ref[] = [];
  const layers: Ref[] = [];
  const speakers: string[] = [];
  const meta: [string, string][] = [['type', COLLECTION_LABELS[entry.collection].singular]];

  switch (entry.collection) {
    case 'countries': {
      const { data } = entry as AtlasEntry<'countries'>;
      countries.push(entry);
      layers.push(...data.stack.map((row) => row.layer));
      break;
    }
    case 'programs': {
      const { data } = entry as AtlasEntry<'programs'>;
      countries.push(...data.countries);
      layers.push(...data.layers);
      break;
    }
    case 'people':
      speakers.push(titleOf(entry));
      break;
    case 'organizations': {
      const { data } = entry as AtlasEntry<'organizations'>;
      if (data.headquarters) countries.push(data.headquarters);
      layers.push(...data.layers);
      break;
    }
    case 'quotes': {
      const { data } = entry as AtlasEntry<'quotes'>;
      countries.push(...data.about.countries);
      layers.push(...data.about.layers);
      const speaker = names(atlas, [speakerRef(atlas, data.speaker)])[0] ?? data.speaker;
      const source = names(atlas, [data.source])[0] ?? data.source.id;
      const outlet = atlas.get({ collection: 'sources', id: data.source.id })?.data.publisher;
      speakers.push(speaker);
      // Its own words are a quote's title for search (its page's heading only names the speaker).
      meta.push(['title', `“${data.text}”`], ['quote', data.text], ['speaker', speaker], ['source', source]);
      if (outlet) meta.push(['outlet', outlet]);
      break;
    }
    case 'events': {
      const { data } = entry as AtlasEntry<'events'>;
      countries.push(...data.countries);
      break;
    }
    case 'layers':
      layers.push(entry);
      break;
    case 'sources': {
      const { data } = entry as AtlasEntry<'sources'>;
      meta.push(['publisher', data.publisher]);
      break;
    }
  }

  const dated = entryDate(entry);
  const date = dated?.date;
  // Results say what the date is: "Announced …", "Last changed on …"; an event's or a source's date stands alone.
  if (dated) meta.push(['date', dated.date], ['dateKind', dated.kind]);
  const unique = (values: string[]) => [...new Set(values)];
  const filters: [SearchFilter, string][] = [
    ['type', SEARCH_TYPES[entry.collection]],
    ...unique(names(atlas, countries)).map((name): [SearchFilter, string] => ['country', name]),
    ...unique(names(atlas, layers)).map((name): [SearchFilter, string] => ['layer', name]),
    ...unique(speakers).map((name): [SearchFilter, string] => ['speaker', name]),
  ];
  const year = entry.collection === 'countries' || entry.collection === 'people' || entry.collection === 'organizations' ? undefined : date;
  if (year) filters.push(['year', year.slice(0, 4)]);
  return { filters, meta, date };
}
