/** The names index in the browser: suggestions as the reader types, from one small file per query. */
import { keyFile, keysFor, lookupWord, suggest, type NameRecord, type Suggestion } from '../lib/search/name-match.ts';
import { namesUrl } from '../lib/site/routes.ts';

let keys: Promise<string[]> | undefined;
const files = new Map<string, Promise<NameRecord[]>>();

async function json<T>(url: string, fallback: T): Promise<T> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as T) : fallback;
  } catch {
    return fallback;
  }
}

/** Starts loading the list of prefixes (called when search is first asked for). */
export function preloadNames(): Promise<string[]> {
  keys ??= json<string[]>(namesUrl(), []);
  return keys;
}

/** A lookup word shorter than this in Latin script waits for one more character (one letter matches too much). */
const SHORTEST = 2;
/** At most this many files are read for one query. */
const MAX_FILES = 4;

/** Entries whose name, short name or other-script name matches the query, best first. */
export async function suggestNames(query: string, limit = 6): Promise<Suggestion[]> {
  const word = lookupWord(query);
  if (!word || ([...word].length < SHORTEST && /^[a-z0-9]+$/.test(word))) return [];
  const wanted = keysFor(word, await preloadNames());
  if (wanted.length === 0 || wanted.length > MAX_FILES) return [];
  const lists = await Promise.all(
    wanted.map((key) => {
      let file = files.get(key);
      if (!file) files.set(key, (file = json<NameRecord[]>(namesUrl(keyFile(key)), [])));
      return file;
    }),
  );
  return suggest(lists.flat(), query, limit);
}
