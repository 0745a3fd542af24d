// The relevance test set: queries generated from the content (every name, every quote, every source)
// plus hand-written ones, asked in headless Chromium of a built site through the search bundle's own
// ranking, and scored as hits@1, hits@5 and mean reciprocal rank per group.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createAtlas, type AnyEntry, type Atlas } from '../src/lib/graph/atlas.ts';
import { entryUrl } from '../src/lib/site/routes.ts';
import { PAGEFIND_OPTIONS, PAGEFIND_PATH } from '../src/lib/search/config.ts';
import { namedCollections } from '../src/lib/search/page-tags.ts';
import { entryNames } from '../src/lib/search/page-tags.ts';
import { speakerRef, titleOf } from '../src/lib/views/entry.ts';
import { launchBrowser } from './lib/browser.ts';
import { walkFiles } from './lib/files.ts';
import { serve } from './lib/serve.ts';

export const GROUPS = ['names', 'quote words', 'quote speaker', 'source title', 'source publisher', 'hand-written'] as const;
export type Group = (typeof GROUPS)[number];

export interface RelevanceQuery {
  group: Group;
  query: string;
  /** Pages that must all be found within `within` results. */
  expect: string[];
  within: number;
  /** What the query stands for, for a failure report. */
  note?: string | undefined;
}

/** How far down each generated group's expected page may be and still count as found. */
export const WITHIN: Record<Group, number> = {
  names: 1,
  'quote words': 3,
  'quote speaker': 3,
  'source title': 3,
  'source publisher': 5,
  'hand-written': 5,
};

/** The share of a group's queries that must be found within its depth (`npm test` fails below it). */
export const REQUIRED: Record<Group, number> = {
  names: 1,
  'quote words': 0.95,
  'quote speaker': 0.95,
  'source title': 0.95,
  'source publisher': 0.95,
  'hand-written': 0.95,
};

const STOPWORDS = new Set(
  'a an and are as at be been but by for from had has have he her his i if in into is it its of on or our over she so than that the their them then there these they this those to under up was we were what when which who will with would you your not no more most also about after all can could do does only other such very just than out new one two'.split(
    ' ',
  ),
);

/** Words as a reader would type them: letters and digits, inner hyphens and apostrophes kept. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
}

const fold = (word: string) => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** How many indexed pages hold each folded word: the rarer a word, the more it tells pages apart. */
export function documentFrequencies(siteDir: string): { df: Map<string, number>; pages: number } {
  const folder = join(siteDir, 'pagefind', 'fragment');
  const df = new Map<string, number>();
  const files = walkFiles(folder);
  for (const file of files) {
    const raw = gunzipSync(readFileSync(file)).subarray('pagefind_dcd'.length).toString('utf8');
    const fragment = JSON.parse(raw) as { content: string; meta: Record<string, string> };
    const seen = new Set([...words(fragment.content), ...words(Object.values(fragment.meta).join(' '))].map(fold));
    for (const word of seen) df.set(word, (df.get(word) ?? 0) + 1);
  }
  return { df, pages: files.length };
}

/** The run of four words (all of them if fewer) whose content words are rarest on the site. */
function mostDistinctiveRun(text: string[], idf: (word: string) => number): string[] {
  let best = text;
  if (text.length > 4) {
    let bestScore = -Infinity;
    for (let i = 0; i + 4 <= text.length; i++) {
      const window = text.slice(i, i + 4);
      const score = window.reduce((sum, w) => sum + (STOPWORDS.has(fold(w)) ? 0 : idf(w)), 0);
      if (score > bestScore) [best, bestScore] = [window, score];
    }
  }
  return best;
}

/**
 * The queries generated from the content of an Atlas.
 * - names: each entry's name, short names and other-script names, and each event's title → its page first;
 * - quote words: the quote's most distinctive run of four words (all of them if fewer) → the quote in the top 3;
 * - quote speaker: the speaker's family name (an organization's full name) and the quote's rarest word → the quote in the top 3;
 * - source title: the title → the source in the top 3;
 * - source publisher: the publisher and the title's rarest word → the source in the top 5.
 */
export function generatedQueries(atlas: Atlas, frequencies: { df: Map<string, number>; pages: number }): RelevanceQuery[] {
  const idf = (word: string) => Math.log(frequencies.pages / (frequencies.df.get(fold(word)) ?? 1));
  const rarest = (text: string, exclude: string) => {
    const skip = new Set(words(exclude).map(fold));
    // A topic word is a content word a reader would type: no stopword, no contraction, no short word.
    const candidates = words(text).filter((w) => !STOPWORDS.has(fold(w)) && !skip.has(fold(w)) && w.length > 3 && !/['’]/.test(w));
    return candidates.sort((a, b) => idf(b) - idf(a))[0];
  };
  const queries: RelevanceQuery[] = [];
  const add = (group: Group, query: string, url: string, note?: string) =>
    queries.push({ group, query, expect: [url], within: WITHIN[group], note });

  for (const collection of namedCollections()) {
    for (const entry of atlas.list(collection))
      for (const name of entryNames(entry)) add('names', name, entryUrl(entry), `${collection}/${entry.id}`);
  }
  // An event is named by its title.
  for (const event of atlas.list('events')) add('names', event.data.title, entryUrl(event), `events/${event.id}`);
  for (const quote of atlas.list('quotes')) {
    const url = entryUrl(quote);
    add('quote words', mostDistinctiveRun(words(quote.data.text), idf).join(' '), url, quote.id);
    const speaker = atlas.get(speakerRef(atlas, quote.data.speaker));
    if (speaker) {
      const name = titleOf(speaker);
      // A person by family name, as readers cite them (a name that ends in a number, as in the benchmark's corpus, in full).
      const family = words(name).at(-1) ?? name;
      const who = speaker.collection === 'people' && /\p{L}/u.test(family) ? family : name;
      const topic = rarest(quote.data.text, name) ?? rarest(quote.data.context ?? '', name);
      if (topic) add('quote speaker', `${who} ${topic}`, url, quote.id);
    }
  }
  for (const source of atlas.list('sources')) {
    const url = entryUrl(source);
    add('source title', source.data.title, url, source.id);
    const topic = rarest(source.data.title, source.data.publisher);
    if (topic) add('source publisher', `${source.data.publisher} ${topic}`, url, source.id);
  }
  return queries;
}

/** Hand-written queries (tests/search/queries.json): `{ query, expect: [url, …], note }`, each within the top 5. */
export function handWrittenQueries(file: string): RelevanceQuery[] {
  const list = JSON.parse(readFileSync(file, 'utf8')) as { query: string; expect: string[]; note?: string }[];
  return list.map((q) => ({ group: 'hand-written', query: q.query, expect: q.expect, within: WITHIN['hand-written'], note: q.note }));
}

export function atlasFrom(entries: readonly AnyEntry[]): Atlas {
  return createAtlas(entries);
}

export interface Ranked extends RelevanceQuery {
  /** 1-based rank of the expected page that ranks lowest (Infinity if any is missing from the first 10). */
  rank: number;
  top: string[];
}

interface InPageQueries {
  /** The search bundle, which exports `rankedUrls`. */
  script: string;
  pagefindScript: string;
  pagefindOptions: typeof PAGEFIND_OPTIONS;
  asked: string[];
  ranking: Record<string, unknown> | undefined;
  order: 'atlas' | 'pagefind';
}

/** Runs in the page: the first ten URLs for each query, in the search bundle's order or in Pagefind's own. */
async function topTenInPage({ script, pagefindScript, pagefindOptions, asked, ranking, order }: InPageQueries): Promise<string[][]> {
  // Written as a string so that no bundler (Vitest's, when a test runs this) rewrites the import.
  const load = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;
  type Data = { url: string };
  type Pagefind = { options(o: unknown): Promise<void>; search(q: string): Promise<{ results: { data(): Promise<Data> }[] }> };
  type Atlas = { rankedUrls(q: string, limit: number): Promise<string[]> };
  const out: string[][] = [];
  if (order === 'pagefind') {
    const pagefind = (await load(pagefindScript)) as Pagefind;
    await pagefind.options(ranking ? { ...pagefindOptions, ranking } : pagefindOptions);
    for (const query of asked) {
      const found = await pagefind.search(query);
      out.push((await Promise.all(found.results.slice(0, 10).map((r) => r.data()))).map((d) => d.url.replace(/[?#].*$/, '')));
    }
    return out;
  }
  const atlas = (await load(script)) as Atlas;
  for (const query of asked) out.push(await atlas.rankedUrls(query, 10));
  return out;
}

/**
 * Asks every query of the built site in one Chromium page, through the search bundle's `rankedUrls`
 * (the order the search box and the search page show), or with `order: 'pagefind'` through Pagefind's
 * own API alone, with the Atlas's options. The site must be built for the root of a domain.
 */
export async function rankQueries(
  siteDir: string,
  queries: readonly RelevanceQuery[],
  /** `ranking`: other ranking parameters for Pagefind's own order, to compare them with the Atlas's. */
  options: { ranking?: Record<string, unknown> | undefined; order?: 'atlas' | 'pagefind' } = {},
): Promise<Ranked[]> {
  const { ranking, order = 'atlas' } = options;
  const home = readFileSync(join(siteDir, 'about', 'index.html'), 'utf8');
  const script = /id="site-search"[^>]*data-module="([^"]+)"/.exec(home)?.[1];
  if (!script) throw new Error(`${siteDir}/about/index.html has no search form with a data-module`);
  const bare = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Relevance</title></head><body></body></html>';
  const server = await serve(siteDir, { '/__relevance.html': bare });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/__relevance.html`);
    const tops = await page.evaluate(topTenInPage, {
      script,
      pagefindScript: `${PAGEFIND_PATH}pagefind.js`,
      pagefindOptions: PAGEFIND_OPTIONS,
      asked: queries.map((q) => q.query),
      ranking,
      order,
    });
    return queries.map((q, i) => {
      const top = tops[i] ?? [];
      const ranks = q.expect.map((url) => top.indexOf(url) + 1 || Infinity);
      return { ...q, rank: Math.max(...ranks), top };
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

export interface GroupScore {
  group: Group;
  queries: number;
  hitsAt1: number;
  hitsAt5: number;
  mrr: number;
  /** Share found within the group's depth. */
  found: number;
  required: number;
}

export function score(ranked: readonly Ranked[]): GroupScore[] {
  return GROUPS.flatMap((group) => {
    const rows = ranked.filter((r) => r.group === group);
    if (rows.length === 0) return [];
    const share = (test: (r: Ranked) => boolean) => rows.filter(test).length / rows.length;
    return [
      {
        group,
        queries: rows.length,
        hitsAt1: share((r) => r.rank <= 1),
        hitsAt5: share((r) => r.rank <= 5),
        mrr: rows.reduce((sum, r) => sum + (Number.isFinite(r.rank) ? 1 / r.rank : 0), 0) / rows.length,
        found: share((r) => r.rank <= r.within),
        required: REQUIRED[group],
      },
    ];
  });
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A markdown table of the scores. */
export function scoreTable(scores: readonly GroupScore[]): string {
  return [
    '| group | queries | hits@1 | hits@5 | MRR | found within depth | required |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...scores.map(
      (s) =>
        `| ${s.group} | ${s.queries} | ${pct(s.hitsAt1)} | ${pct(s.hitsAt5)} | ${s.mrr.toFixed(3)} | ${pct(s.found)} (top ${WITHIN[s.group]}) | ${pct(s.required)} |`,
    ),
  ].join('\n');
}

/** The queries that missed their depth, one line each. */
export function misses(ranked: readonly Ranked[]): string[] {
  return ranked
    .filter((r) => r.rank > r.within)
    .map(
      (r) =>
        `[${r.group}] “${r.query}” → ${r.expect.join(', ')} at ${Number.isFinite(r.rank) ? r.rank : '>10'}; got ${r.top.slice(0, 3).join(' ')}`,
    );
}
