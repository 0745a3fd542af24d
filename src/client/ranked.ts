/**
 * The ranked results the search box and the search page show for a query. Pagefind's order, with
 * three things Pagefind cannot do itself (docs/search.md has the measurements):
 * - the entry the query names comes first (Pagefind ranks by the words a page holds, so an event or a
 *   source that repeats a name can outrank the entry of that name), then the other entries that
 *   mention it, then events, quotes and sources;
 * - a query that misspells a name, and finds nothing or only words that resemble it, is asked again as
 *   the name is spelled;
 * - a query whose words no page holds all of (a question such as "who supplies chips to Kazakhstan")
 *   is asked again without its question words, then with one word left out at a time.
 * Exported from the search bundle too, so the relevance test set (scripts/relevance.ts) measures
 * exactly this order.
 */
import { foldName, NEAR, type Suggestion } from '../lib/search/name-match.ts';
import { COLLECTION_WORDS } from '../lib/search/config.ts';
import { suggestNames } from './names.ts';
import { pagefind, type PagefindData, type PagefindResult, type PagefindSearch, type SearchOptions } from './pagefind.ts';

export interface RankedSearch {
  search: PagefindSearch;
  /** Every result, best first (Pagefind's handles; data loads on demand). */
  results: PagefindResult[];
  /** Data of the first `count` results, in the order shown. */
  first: PagefindData[];
  /** Entries whose names match the query (for suggestions). */
  named: Suggestion[];
  /** How many of `first` are there because the query names them (0 when none is). */
  pinned: number;
  /** The query as asked of Pagefind (its results are the ones counted per filter value). */
  asked: string;
  /** Where the query differs from what was typed: a misspelling corrected … */
  corrected?: string | undefined;
  /** … or the words left out because no page holds all of them. */
  relaxed?: string[] | undefined;
}

/** A result's page, without the highlight query Pagefind adds: what names and other results are compared by. */
export const pagePath = (url: string): string => url.replace(/[?#].*$/, '');

/** Words a question is made of that say nothing about what is asked for. */
const QUESTION_WORDS = new Set(
  'who whom whose what which where when why how is are was were does do did has have had can could will would should the a an of to in on for from by with and or about into at as'.split(
    ' ',
  ),
);

/** The types of entries that are things with names, as Pagefind's `type` metadata gives them. */
const THINGS = new Set(COLLECTION_WORDS.filter((words) => words.named).map((words) => words.singular));

/** The words that make a query a question. */
const QUESTION_OPENERS = new Set(['who', 'whom', 'whose', 'what', 'which', 'where', 'when', 'why', 'how']);

/** Below this many results, a query of several words is also asked with fewer of them. */
const RELAX_BELOW = 3;

/**
 * Results of a query of several words that no page holds all of: first with the question words left
 * out, then, if still too few, with each other word left out in turn; merged by Pagefind's score.
 */
async function relax(
  engine: Awaited<ReturnType<typeof pagefind>>,
  query: string,
  options: SearchOptions,
  have: PagefindResult[],
): Promise<{ results: PagefindResult[]; left: string[] } | undefined> {
  const words = query.split(/\s+/).filter(Boolean);
  const content = words.filter((word) => !QUESTION_WORDS.has(foldName(word)));
  if (words.length < 2 || content.length === 0) return undefined;
  const tries: string[][] = [];
  if (content.length < words.length) tries.push(content);
  if (content.length >= 2)
    for (let skip = 0; skip < content.length && tries.length < 8; skip++) tries.push(content.filter((_, i) => i !== skip));
  const seen = new Map(have.map((result) => [result.id, result]));
  const left = new Set<string>();
  for (const attempt of tries) {
    const found = await engine.search(attempt.join(' '), options);
    if (found.results.length === 0) continue;
    for (const word of words) if (!attempt.includes(word)) left.add(word);
    for (const result of found.results) if (!seen.has(result.id)) seen.set(result.id, result);
    // Question words alone left out is enough when it finds as many as asked for.
    if (attempt === content && found.results.length >= RELAX_BELOW) break;
  }
  if (seen.size === have.length) return undefined;
  const ids = new Set(have.map((result) => result.id));
  const added = [...seen.values()].filter((result) => !ids.has(result.id)).sort((a, b) => b.score - a.score);
  return { results: [...have, ...added], left: [...left] };
}

/**
 * Runs a query; loads the first `count` results and puts the entries named exactly by the query first.
 * A named entry that is not among them (a short name such as "UAE", or a one-word name such as "Cloud",
 * is outranked by the many pages that use it) is found by a search for its own name among entries of
 * its type, with the reader's other filters. A sorted search (newest,
 * oldest) keeps its order.
 */
export async function rankedSearch(query: string, count: number, options: SearchOptions = {}): Promise<RankedSearch> {
  const engine = await pagefind();
  // A question is asked by its content words ("who supplies chips to Kazakhstan" → "supplies chips Kazakhstan").
  const words = query.split(/\s+/).filter(Boolean);
  const content = words.filter((word) => !QUESTION_WORDS.has(foldName(word)));
  const question = words.length >= 3 && QUESTION_OPENERS.has(foldName(words[0] ?? '')) && content.length > 0;
  const asked = question ? content.join(' ') : query;
  const [main, named] = await Promise.all([engine.search(asked || null, options), query ? suggestNames(query) : Promise.resolve([])]);
  let search = main;
  let results = search.results;
  let corrected: string | undefined;
  let relaxed: string[] | undefined = question ? words.filter((word) => !content.includes(word)) : undefined;
  if (named[0]?.level === NEAR && named[0].corrected && (results.length === 0 || !(await holdsWords(results, asked)))) {
    corrected = named[0].corrected;
    search = await engine.search(corrected, options);
    results = search.results;
  }
  if (query && results.length < RELAX_BELOW) {
    const wider = await relax(engine, corrected ?? asked, options, results);
    if (wider) [results, relaxed] = [wider.results, [...new Set([...(relaxed ?? []), ...wider.left])]];
  }
  const first = await Promise.all(results.slice(0, count).map((result) => result.data()));
  // The entries named by the query, or by the query as corrected.
  const exact = named.filter((s) => s.level === 0 || (corrected !== undefined && s.level === NEAR && foldName(s.record.n) === corrected));
  if (options.sort) return { search, results, first, named, pinned: 0, asked: corrected ?? asked, corrected, relaxed };
  if (exact.length === 0)
    return { search, results, first: quotesOfSpeakerFirst(asked, first), named, pinned: 0, asked: corrected ?? asked, corrected, relaxed };
  const pinned = await Promise.all(
    exact.map(async ({ record }) => {
      const loaded = first.find((item) => pagePath(item.url) === record.u);
      if (loaded) return loaded;
      // Its own name among entries of its type (a filter for another type leaves it out).
      const types = options.filters?.['type']?.any;
      if (types && !types.includes(record.f)) return undefined;
      const own = await engine.search(record.e ?? record.n, { ...options, filters: { ...options.filters, type: { any: [record.f] } } });
      const candidates = await Promise.all(own.results.slice(0, 5).map((result) => result.data()));
      return candidates.find((item) => pagePath(item.url) === record.u);
    }),
  );
  const top = pinned.filter((item): item is PagefindData => item !== undefined);
  const urls = new Set(top.map((item) => pagePath(item.url)));
  // After the entry the query names, the other entries that mention it, then the events, quotes and
  // sources (each kind in Pagefind's order). The entries are asked for apart, up to half the results
  // shown: in a large Atlas the events and sources that repeat a name fill Pagefind's first results
  // ("Huawei": twenty of them), and the other half keeps the events, quotes and sources in view.
  const mentions = count > top.length ? await entriesMentioning(engine, asked, Math.ceil(count / 2), options) : [];
  const rest = [...mentions, ...first].filter((item) => {
    const path = pagePath(item.url);
    return urls.has(path) ? false : (urls.add(path), true);
  });
  const ordered = [...top, ...thingsFirst(rest)].slice(0, Math.max(count, top.length));
  return { search, results, first: ordered, named, pinned: top.length, asked: corrected ?? asked, corrected, relaxed };
}

/**
 * Whether the first results hold the query's words as typed. Pagefind also matches words that only
 * resemble them ("Nvida" finds pages about NVLink): when none of its first results marks a word the
 * reader typed, and a name is one or two letters away, the query is taken as that name misspelt.
 */
async function holdsWords(results: readonly PagefindResult[], query: string): Promise<boolean> {
  const asked = foldName(query).split(' ');
  // A word as typed, or as stemmed ("centres" marks "centre"), or begun ("Indone" marks "Indonesia").
  const typed = (word: string) => asked.some((a) => word.startsWith(a) || (a.startsWith(word) && word.length >= Math.max(3, a.length - 3)));
  const first = await Promise.all(results.slice(0, 5).map((result) => result.data()));
  return first.some((item) =>
    [...item.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].some((m) =>
      foldName(m[1] ?? '')
        .split(' ')
        .some(typed),
    ),
  );
}

/** The first `count` entries that are things with names (no event, quote or source) holding the query's words. */
async function entriesMentioning(
  engine: Awaited<ReturnType<typeof pagefind>>,
  query: string,
  count: number,
  options: SearchOptions,
): Promise<PagefindData[]> {
  const chosen = options.filters?.['type']?.any;
  const types = COLLECTION_WORDS.filter((words) => words.named && (!chosen || chosen.includes(words.type))).map((words) => words.type);
  if (types.length === 0) return [];
  const found = await engine.search(query, { ...options, filters: { ...options.filters, type: { any: types } } });
  return Promise.all(found.results.slice(0, count).map((result) => result.data()));
}

/**
 * A query of a speaker's name and some of their words ("Huang data", "Winter-Levy choke"): the quotes
 * of that speaker that hold every other word come first, in the order given.
 * @example quotesOfSpeakerFirst('Huang data', items) // Huang's quotes with "data…" first
 */
export function quotesOfSpeakerFirst(query: string, items: readonly PagefindData[]): PagefindData[] {
  const wordsOf = (text: string | undefined) =>
    foldName(text ?? '')
      .split(' ')
      .filter(Boolean);
  const asked = wordsOf(query).filter((word) => !QUESTION_WORDS.has(word));
  if (asked.length < 2) return [...items];
  const bySpeaker = (item: PagefindData) => {
    const speaker = new Set(wordsOf(item.meta['speaker']));
    const said = wordsOf(item.meta['quote']);
    const others = asked.filter((word) => !speaker.has(word));
    return others.length > 0 && others.length < asked.length && others.every((word) => said.some((w) => w.startsWith(word)));
  };
  return [...items.filter(bySpeaker), ...items.filter((item) => !bySpeaker(item))];
}

/** Entries that are things with names first, then events, quotes and sources, each in the order given. */
export function thingsFirst(items: readonly PagefindData[]): PagefindData[] {
  const isThing = (item: PagefindData) => THINGS.has(item.meta['type'] ?? '');
  return [...items.filter(isThing), ...items.filter((item) => !isThing(item))];
}

/** The URLs of the first `limit` results for a query, in the order readers see them. */
export async function rankedUrls(query: string, limit = 10, options: SearchOptions = {}): Promise<string[]> {
  const { first } = await rankedSearch(query, limit, options);
  return first.map((item) => pagePath(item.url));
}
