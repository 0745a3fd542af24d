/**
 * The order of an entry's sources: the order of their first appearance on its page. The sources cited
 * above the body come first (a program's status and lifecycle, a country's stack table, as its module
 * says), then the body's citations in reading order, then every other source the entry names. The
 * page's list of sources and the remark plugin, which numbers the body's citations, both read it.
 */
import { collectionDef, type AtlasEntry, type CollectionName } from '../../collections/index.ts';
import { collectRefs } from '../graph/references.ts';
import { findCitations } from './body-citations.ts';

/** The ids of an entry's sources, each once, in order of first appearance on its page. */
export function citationOrder<C extends CollectionName>(entry: AtlasEntry<C>): string[] {
  const ids = new Set<string>();
  for (const ref of collectionDef(entry.collection).citedAbove?.(entry) ?? []) ids.add(ref.id);
  if (entry.body) for (const { id } of findCitations(entry.body)) ids.add(id);
  for (const ref of collectRefs(entry.data)) if (ref.collection === 'sources') ids.add(ref.id);
  return [...ids];
}
