/**
 * The whole Atlas in memory: every entry by collection and id, and the backlink index — built once
 * per build from whatever loaded the entries (Astro's collections on the site, files in tests).
 */
import { z } from 'astro/zod';
import { buildGraph, refKey, type Backlink, type GraphEntry, type Problem } from './graph.ts';
import type { Ref } from './references.ts';
import { COLLECTIONS, createSchemas, type CollectionName } from './schema.ts';

/** Entry data as pages see it: references resolved to `{ collection, id }` as Astro's `reference()` gives them. */
const resolvedSchemas = createSchemas((collection) => z.object({ collection: z.literal(collection), id: z.string() }));
export type EntryData<C extends CollectionName> = z.output<(typeof resolvedSchemas)[C]>;

export interface AtlasEntry<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  data: EntryData<C>;
  body?: string | undefined;
}

export interface Atlas {
  /** All entries of a collection, in file-name order. */
  list<C extends CollectionName>(collection: C): AtlasEntry<C>[];
  /** One entry, or undefined. */
  get<C extends CollectionName>(ref: { collection: C; id: string }): AtlasEntry<C> | undefined;
  /** Who links to an entry. */
  backlinks(ref: Ref): Backlink[];
  /** Old ids that redirect to a current entry. */
  aliases: Map<string, Ref>;
  problems: Problem[];
}

/** Index entries once: lookups are maps, backlinks come from one pass over all references. */
export function createAtlas(entries: readonly AtlasEntry[]): Atlas {
  const byCollection = new Map<CollectionName, AtlasEntry[]>(COLLECTIONS.map((c) => [c, []]));
  const byKey = new Map<string, AtlasEntry>();
  for (const entry of entries) {
    byCollection.get(entry.collection)?.push(entry);
    byKey.set(refKey(entry), entry);
  }
  for (const list of byCollection.values()) list.sort((a, b) => a.id.localeCompare(b.id));
  const graphEntries: GraphEntry[] = entries.map((entry) => ({
    collection: entry.collection,
    id: entry.id,
    file: `${entry.collection}/${entry.id}`,
    data: entry.data as Record<string, unknown>,
    body: entry.body,
  }));
  const graph = buildGraph(graphEntries);
  return {
    list: <C extends CollectionName>(collection: C) => (byCollection.get(collection) ?? []) as AtlasEntry<C>[],
    get: <C extends CollectionName>(ref: { collection: C; id: string }) => byKey.get(refKey(ref)) as AtlasEntry<C> | undefined,
    backlinks: (ref) => graph.backlinks.get(refKey(ref)) ?? [],
    aliases: graph.aliases,
    problems: graph.problems,
  };
}
