/**
 * The whole Atlas in memory: every entry by collection and id, and the backlink index — built once
 * per build from whatever loaded the entries (Astro's collections on the site, files in tests).
 */
import { COLLECTIONS, isEntryOf, type AnyEntry, type AtlasEntry, type CollectionName, type EntryRef } from '../../collections/index.ts';
import { buildGraph, refKey, type Backlink, type Problem } from './graph.ts';

export type { AnyEntry, AtlasEntry, EntryData } from '../../collections/index.ts';

export interface Atlas {
  /** All entries of a collection, in file-name order. */
  list<C extends CollectionName>(collection: C): AtlasEntry<C>[];
  /** One entry, or undefined. */
  get<C extends CollectionName>(ref: EntryRef<C>): AtlasEntry<C> | undefined;
  /** Who links to an entry. */
  backlinks(ref: EntryRef): Backlink[];
  /** Old ids that redirect to a current entry. */
  aliases: Map<string, EntryRef>;
  problems: Problem[];
}

type ByCollection = { [C in CollectionName]: Map<string, AtlasEntry<C>> };
type Lists = { [C in CollectionName]: AtlasEntry<C>[] };

// Object.fromEntries cannot say which key holds which collection's entries; each does hold its own.
function emptyIndex(): ByCollection {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, new Map()])) as ByCollection;
}

function sortedLists(index: ByCollection): Lists {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, [...index[c].values()].sort((a, b) => a.id.localeCompare(b.id))])) as Lists;
}

function add<C extends CollectionName>(index: ByCollection, entry: AtlasEntry<C>): void {
  index[entry.collection].set(entry.id, entry);
}

/** The entries of one collection in a list of entries of any. */
export function entriesOf<C extends CollectionName>(entries: readonly AnyEntry[], collection: C): AtlasEntry<C>[] {
  return entries.filter((entry) => isEntryOf(entry, collection));
}

/** Index entries once: lookups are maps, backlinks come from one pass over all references. */
export function createAtlas(entries: readonly AnyEntry[]): Atlas {
  const byCollection = emptyIndex();
  for (const entry of entries) add(byCollection, entry);
  const lists = sortedLists(byCollection);
  const graph = buildGraph(entries.map((entry) => ({ ...entry, file: `${entry.collection}/${entry.id}` })));
  return {
    list: (collection) => lists[collection],
    get: (ref) => byCollection[ref.collection].get(ref.id),
    backlinks: (ref) => graph.backlinks.get(refKey(ref)) ?? [],
    aliases: graph.aliases,
    problems: graph.problems,
  };
}
