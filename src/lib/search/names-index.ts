/**
 * The names index: every name an entry is known by (its name, short names, names in other scripts;
 * an event's title), for suggestions as the reader types and for putting the entry a query names
 * first. Pagefind ranks pages by the words they hold and cannot tell "the page whose name is the
 * query" from "a page that mentions it" (docs/search.md has the measurement).
 *
 * The index is split by word prefix so that a query loads one small file: each name is listed under
 * the first two characters of each of its words (stopwords aside), and a prefix with more than
 * BUCKET_LIMIT names is split again by one more character, down to whole words. `names.json` lists
 * the prefixes there are (src/pages/search/). How names are folded, keyed and matched is in
 * name-match.ts, which the browser uses too.
 */
import { collectionDef, type AtlasEntry, type CollectionName } from '../../collections/index.ts';
import type { Atlas } from '../graph/atlas.ts';
import { foldName, keyedWords, prefix, type NameRecord } from './name-match.ts';
import { entryUrl } from '../site/routes.ts';
import { entryNames, suggestedCollections } from './page-tags.ts';
import { titleOf } from '../views/entry.ts';

/** A prefix holding more names than this is split by one more character. */
export const BUCKET_LIMIT = 120;
const FIRST_KEY_LENGTH = 2;

const built = new WeakMap<Atlas, Map<string, NameRecord[]>>();

/** The names index of an Atlas, computed once per build. */
export function namesIndex(atlas: Atlas): Map<string, NameRecord[]> {
  let index = built.get(atlas);
  if (!index) built.set(atlas, (index = nameBuckets(nameRecords(atlas))));
  return index;
}

/** The names index: each prefix and the names listed under it. */
export function nameBuckets(records: readonly NameRecord[], limit = BUCKET_LIMIT): Map<string, NameRecord[]> {
  const buckets = new Map<string, NameRecord[]>();
  const place = (items: { record: NameRecord; word: string }[], length: number) => {
    const byKey = new Map<string, { record: NameRecord; word: string }[]>();
    for (const item of items) {
      const key = prefix(item.word, length);
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(item);
    }
    for (const [key, list] of byKey) {
      // Words no longer than the key stay at this key; the others split further when it is too full.
      const longer = list.filter((item) => [...item.word].length > length);
      if (list.length > limit && longer.length > 0) {
        const ending = list.filter((item) => [...item.word].length <= length);
        if (ending.length > 0) buckets.set(key, unique(ending.map((item) => item.record)));
        place(longer, length + 1);
      } else {
        buckets.set(key, unique(list.map((item) => item.record)));
      }
    }
  };
  place(
    records.flatMap((record) => keyedWords(foldName(record.n)).map((word) => ({ record, word }))),
    FIRST_KEY_LENGTH,
  );
  return buckets;
}

function unique(records: NameRecord[]): NameRecord[] {
  return [...new Set(records)];
}

/** The names of one entry: a named thing's every name, or another entry's title alone (an event's). */
function recordsOf<C extends CollectionName>(entry: AtlasEntry<C>, p: number): NameRecord[] {
  const def = collectionDef(entry.collection);
  const title = titleOf(entry);
  const names = def.search.suggest?.named ? entryNames(entry) : [title];
  const t = def.labels.singular;
  const f = def.search.type;
  const u = entryUrl(entry);
  return names.map((n): NameRecord => (n === title ? { n, t, f, u, p } : { n, e: title, t, f, u, p }));
}

export function nameRecords(atlas: Atlas): NameRecord[] {
  return suggestedCollections().flatMap((collection, p) => atlas.list(collection).flatMap((entry) => recordsOf(entry, p)));
}
