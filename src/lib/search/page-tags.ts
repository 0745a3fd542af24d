/**
 * What Pagefind learns about each entry page: filters (type, country, layer, speaker, year),
 * metadata shown in results, and the date used for sorting. Each collection's module says which
 * filters its entries have (`search.facets`); computed here, rendered by SearchTags.astro.
 */
import { collectionDef, COLLECTIONS, type AtlasEntry, type CollectionName, type EntryRef } from '../../collections/index.ts';
import type { Atlas } from '../graph/atlas.ts';
import { titleOf } from '../views/entry.ts';
import type { CollectionWords, SearchFilter } from './config.ts';

export interface SearchTags {
  filters: [SearchFilter, string][];
  meta: [string, string][];
  /** ISO date (or year / year-month) for "newest first"; absent for undated entries. */
  date?: string | undefined;
}

function names(atlas: Atlas, refs: readonly EntryRef[]): string[] {
  return refs.flatMap((ref) => {
    const entry = atlas.get(ref);
    return entry ? [titleOf(entry)] : [];
  });
}

/**
 * The collections whose entries the names index suggests, in the order it lists them: named things
 * (countries, organizations, people …) before events.
 */
export function suggestedCollections(): CollectionName[] {
  return COLLECTIONS.filter((c) => collectionDef(c).search.suggest).sort(
    (a, b) => (collectionDef(a).search.suggest?.rank ?? 0) - (collectionDef(b).search.suggest?.rank ?? 0),
  );
}

/**
 * The collections whose entries are named things (not quotes, sources or events): searched and
 * suggested by name, and listed, after the entry a query names, before events, quotes and sources.
 */
export function namedCollections(): CollectionName[] {
  return suggestedCollections().filter((c) => collectionDef(c).search.suggest?.named);
}

/**
 * The names an entry is known by, for an entry that is a named thing (not a quote, source or event):
 * its name, its short names and its names in other scripts and languages.
 */
export function entryNames<C extends CollectionName>(entry: AtlasEntry<C>): string[] {
  if (!collectionDef(entry.collection).search.suggest?.named) return [];
  const { data } = entry;
  const shortNames = 'shortNames' in data ? data.shortNames : [];
  const alternateNames = 'alternateNames' in data ? data.alternateNames.map((n) => n.name) : [];
  return [...new Set([titleOf(entry), ...shortNames, ...alternateNames])];
}

export function searchTags<C extends CollectionName>(atlas: Atlas, entry: AtlasEntry<C>): SearchTags {
  const def = collectionDef(entry.collection);
  const facets = def.search.facets(atlas, entry);
  const dated = def.date(entry);
  // Results say what the date is: "Announced …", "Last changed on …"; an event's or a source's date stands alone.
  const meta: [string, string][] = [['type', def.labels.singular], ...(facets.meta ?? []), ['date', dated.date], ['dateKind', dated.kind]];
  const unique = (values: string[]) => [...new Set(values)];
  const filters: [SearchFilter, string][] = [
    ['type', def.search.type],
    ...unique(names(atlas, facets.countries ?? [])).map((name): [SearchFilter, string] => ['country', name]),
    ...unique(names(atlas, facets.layers ?? [])).map((name): [SearchFilter, string] => ['layer', name]),
    ...unique([...(facets.speakers ?? [])]).map((name): [SearchFilter, string] => ['speaker', name]),
  ];
  if (def.search.byYear) filters.push(['year', dated.date.slice(0, 4)]);
  return { filters, meta, date: dated.date };
}

/** What the browser bundles are told about each collection (src/lib/search/config.ts). */
export function collectionWords(): CollectionWords[] {
  return COLLECTIONS.map((name) => {
    const { labels, search } = collectionDef(name);
    return { type: search.type, singular: labels.singular, plural: labels.plural, named: search.suggest?.named ?? false };
  });
}
