/**
 * Matching names to what a reader typed, the same way in the build (src/lib/search/names-index.ts writes the names
 * index) and in the browser (src/client/names.ts reads it): how a name is folded, which prefix file
 * holds it, and how well it matches a query.
 */
import { distance } from 'fastest-levenshtein';

/** One name of one entry. */
export interface NameRecord {
  /** The name as written. */
  n: string;
  /** The entry's own name, where `n` is another of its names. */
  e?: string;
  /** Its type, as readers see it ("Country"). */
  t: string;
  /** Its type as the search's `type` filter value ("country"). */
  f: string;
  /** Its page. */
  u: string;
  /** Its collection's place in the order named things are suggested (lower first). */
  p: number;
}

/** Words too common to key a name by; they still count when a name is matched. */
const UNKEYED = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'de', 'la', 'le', 'du', 'des']);

/**
 * A name or a query reduced to what a reader's spelling does not change: lower case, accents
 * dropped, apostrophes and dots dropped (America's → americas, U.S. → us), hyphens and other
 * punctuation as spaces (Winter-Levy → winter levy).
 * @example foldName('Việt Nam') // → 'viet nam'
 * @example foldName('Sam Winter-Levy') // → 'sam winter levy'
 */
export function foldName(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      // Hangul and other scripts decompose into letters, not marks: put them back together.
      .normalize('NFC')
      .toLowerCase()
      .replace(/['’.]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .replace(/đ/g, 'd')
      .replace(/ł/g, 'l')
      .replace(/ø/g, 'o')
      .replace(/ß/g, 'ss')
  );
}

/** The words a folded name is keyed by. */
export function keyedWords(folded: string): string[] {
  return [...new Set(folded.split(' ').filter((word) => word !== '' && !UNKEYED.has(word)))];
}

/** Characters, not UTF-16 units: a prefix never splits a character. */
export const prefix = (word: string, length: number): string => [...word].slice(0, length).join('');

/** The file a prefix is published in: the prefix itself where it is plain ASCII, otherwise its UTF-8 bytes in hex. */
export function keyFile(key: string): string {
  return /^[a-z0-9]+$/.test(key)
    ? `${key}.json`
    : `x${[...new TextEncoder().encode(key)].map((b) => b.toString(16).padStart(2, '0')).join('')}.json`;
}

/**
 * The prefixes whose files can hold names with a word starting with `word`: the longest published
 * prefix of it, or, where the index is split finer than `word` is long, every prefix that extends it.
 * @example keysFor('sovereign', ['so', 'sov', 'sove']) // → ['sove']
 * @example keysFor('sov', ['so', 'sovereign', 'sovi']) // → ['sovereign', 'sovi']
 */
export function keysFor(word: string, keys: readonly string[]): string[] {
  let best = '';
  for (const key of keys) if (word.startsWith(key) && key.length > best.length) best = key;
  const finer = keys.filter((key) => key.startsWith(word) && key !== word);
  // A prefix that was split keeps only words that end there, shorter than `word` unless equal to it.
  const keep = best !== '' && (finer.length === 0 || best === word);
  return [...(keep ? [best] : []), ...finer];
}

/** How well a name matches a query: 0 the same name, 1 the name starts with it, 2 every word of it starts a word of the name, 3 the name contains it; undefined for no match (see `nearLevel` for misspellings). */
export function matchLevel(foldedName: string, foldedQuery: string): number | undefined {
  if (foldedQuery === '') return undefined;
  if (foldedName === foldedQuery || foldedName.replace(/ /g, '') === foldedQuery.replace(/ /g, '')) return 0;
  if (foldedName.startsWith(foldedQuery)) return 1;
  const nameWords = foldedName.split(' ');
  const queryWords = foldedQuery.split(' ');
  if (queryWords.every((q) => nameWords.some((w) => w.startsWith(q)))) return 2;
  if (foldedName.includes(foldedQuery)) return 3;
  return undefined;
}

/** A misspelt name: every word of the query is a word of the name, or one or two letters away from one. */
export const NEAR = 4;

/** How many letters a typed word may be off (Levenshtein distance): none under four letters, one under six, two beyond (a swap of two letters counts two). */
const tolerance = (word: string) => (word.length < 4 ? 0 : word.length < 6 ? 1 : 2);

/**
 * For a query no name matches: the words of the name that the query's words stand for, where each
 * of them is a word of the name or a near miss of one; undefined otherwise.
 * @example nearWords('sam winter levi', 'huawie') // → undefined
 * @example nearWords('huawei', 'huawie') // → ['huawei']
 */
export function nearWords(foldedName: string, foldedQuery: string): string[] | undefined {
  const nameWords = foldedName.split(' ');
  const out: string[] = [];
  for (const word of foldedQuery.split(' ')) {
    const allowed = tolerance(word);
    const match =
      nameWords.find((w) => w === word) ??
      nameWords.find((w) => allowed > 0 && Math.abs(w.length - word.length) <= allowed && distance(w, word) <= allowed);
    if (!match) return undefined;
    out.push(match);
  }
  return out;
}

export interface Suggestion {
  record: NameRecord;
  level: number;
  /** For a misspelt query: the query as the name spells it. */
  corrected?: string;
}

/**
 * The entries whose names match a query, best first: by match level, then named things before events,
 * then shorter names; one suggestion per entry (its best-matching name). Only where no name matches
 * are misspelt names (level NEAR) suggested, each with the query as the name spells it.
 */
export function suggest(records: Iterable<NameRecord>, query: string, limit = 6): Suggestion[] {
  const folded = foldName(query);
  const all = [...records];
  const best = new Map<string, Suggestion & { length: number }>();
  const offer = (candidate: Suggestion & { length: number }) => {
    const seen = best.get(candidate.record.u);
    if (!seen || candidate.level < seen.level || (candidate.level === seen.level && candidate.length < seen.length))
      best.set(candidate.record.u, candidate);
  };
  for (const record of all) {
    const name = foldName(record.n);
    const level = matchLevel(name, folded);
    if (level !== undefined) offer({ record, level, length: name.length });
  }
  if (best.size === 0) {
    for (const record of all) {
      const name = foldName(record.n);
      const near = nearWords(name, folded);
      if (near) offer({ record, level: NEAR, corrected: near.join(' '), length: name.length });
    }
  }
  return [...best.values()]
    .sort((a, b) => a.level - b.level || a.record.p - b.record.p || a.length - b.length || a.record.n.localeCompare(b.record.n))
    .slice(0, limit)
    .map(({ length: _, ...suggestion }) => suggestion);
}

/** The word of a query that picks the names file: its longest keyed word. */
export function lookupWord(query: string): string | undefined {
  return keyedWords(foldName(query)).sort((a, b) => [...b].length - [...a].length)[0];
}
