// Search cost in headless Chromium against a built site served on 127.0.0.1: bytes downloaded from
// /pagefind/ and milliseconds from keystroke to first result, for a cold start and then warm.
import { PAGEFIND_OPTIONS, PAGEFIND_PATH } from '../src/lib/search/config.ts';
import type { Page } from 'playwright-core';
import { launchBrowser } from './lib/browser.ts';
import { serve } from './lib/serve.ts';

export interface SearchTiming {
  query: string;
  run: Run;
  ms: number;
  /** Through the search box: milliseconds to the first name suggestion, where the query names something. */
  suggestionMs?: number | undefined;
  /** What the page fetched from /pagefind/ for this query (measured through the search box only). */
  pagefindBytes?: number;
  /** What it fetched of the names index (/search/names.json and /search/names/). */
  namesBytes?: number;
}

export interface TimingSummary {
  /** Distinct queries, and how many times each cold and each warm search was timed. */
  queries: number;
  samples: number;
  coldMsMedian: number;
  coldMsWorst: number;
  warmMsMedian: number;
  warmMsWorst: number;
}

export interface SearchSummary extends TimingSummary {
  /** Pagefind's files and the names index together, for the first query. */
  firstQueryBytesMedian: number;
  firstQueryBytesWorst: number;
  /** The names index's share of it. */
  firstQueryNamesBytesMedian: number;
  firstQueryNamesBytesWorst: number;
  /** First name suggestion, for the queries that got one: how many, and the median and worst times. */
  suggestions: { cold: number; warm: number; coldMsMedian: number; coldMsWorst: number; warmMsMedian: number; warmMsWorst: number };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Medians and worst cases of cold and warm searches, over rows from one or more runs. */
export function summarizeTimings(rows: readonly SearchTiming[]): TimingSummary {
  const ms = (run: Run) => rows.filter((r) => r.run === run).map((r) => r.ms);
  return {
    queries: new Set(rows.map((r) => r.query)).size,
    samples: ms('cold').length,
    coldMsMedian: median(ms('cold')),
    coldMsWorst: Math.max(...ms('cold')),
    warmMsMedian: median(ms('warm')),
    warmMsWorst: Math.max(...ms('warm')),
  };
}

/** The same, with the bytes the first search downloaded. */
export function summarizeSearch(rows: readonly SearchTiming[]): SearchSummary {
  const cold = rows.filter((r) => r.run === 'cold');
  const bytes = cold.map((r) => (r.pagefindBytes ?? 0) + (r.namesBytes ?? 0));
  const names = cold.map((r) => r.namesBytes ?? 0);
  const suggested = (run: Run) => rows.filter((r) => r.run === run && r.suggestionMs !== undefined).map((r) => r.suggestionMs ?? 0);
  const worst = (values: number[]) => (values.length > 0 ? Math.max(...values) : 0);
  return {
    ...summarizeTimings(rows),
    firstQueryBytesMedian: median(bytes),
    firstQueryBytesWorst: Math.max(...bytes),
    firstQueryNamesBytesMedian: median(names),
    firstQueryNamesBytesWorst: Math.max(...names),
    suggestions: {
      cold: suggested('cold').length,
      warm: suggested('warm').length,
      coldMsMedian: median(suggested('cold')),
      coldMsWorst: worst(suggested('cold')),
      warmMsMedian: median(suggested('warm')),
      warmMsWorst: worst(suggested('warm')),
    },
  };
}

type Run = 'cold' | 'warm';

/**
 * Opens `path` in a fresh browser context for each query, then calls `measure` twice on that page: for
 * the query (cold) and for the next one in the list (warm). Waits for the network to be idle after each.
 */
async function eachQuery(
  dir: string,
  path: string,
  queries: readonly string[],
  measure: (page: Page, run: Run, text: string) => Promise<void>,
  extraPages: Record<string, string> = {},
): Promise<void> {
  const server = await serve(dir, extraPages);
  const browser = await launchBrowser();
  try {
    for (const [index, query] of queries.entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
      for (const [run, text] of [
        ['cold', query],
        ['warm', queries[(index + 1) % queries.length] ?? query],
      ] as const) {
        await measure(page, run, text);
        await page.waitForLoadState('networkidle');
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Runs in the page: focuses the header box (which loads the search client), types the whole query as
 * one input event, and times the first full-text result (or, for a query with none, the line that says
 * so) and on the way the first name suggestion, each checked every animation frame.
 */
async function typeIntoSearchBox(typed: string): Promise<{ ms: number; suggestionMs: number | undefined; started: number }> {
  const input = document.getElementById('site-search-input') as HTMLInputElement;
  const started = performance.now();
  input.focus();
  while (!document.getElementById('site-search')?.dataset['mounted']) await new Promise((r) => setTimeout(r, 1));
  let suggestionMs: number | undefined;
  const done = new Promise<number>((settle) => {
    const check = () => {
      const options = document.getElementById('site-search-options');
      if (suggestionMs === undefined && options?.querySelector('.option-name')) suggestionMs = performance.now() - started;
      const last = options?.querySelector('[role="option"].option-all');
      if (options?.querySelector('.option-result') || last?.textContent?.includes(`“${typed.trim()}”`)) settle(performance.now() - started);
      else requestAnimationFrame(check);
    };
    check();
  });
  input.value = typed;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const ms = await done;
  // A suggestion may land after the first result: give it the rest of the query's loading.
  for (let waited = 0; suggestionMs === undefined && waited < 300; waited += 16) {
    await new Promise((r) => requestAnimationFrame(r));
    if (document.querySelector('#site-search-options .option-name')) suggestionMs = performance.now() - started;
  }
  return { ms, suggestionMs, started };
}

/**
 * Runs in the page: what it fetched since `since` from /pagefind/ and from the names index, as its own
 * Resource Timing records it (reading bodies through the DevTools protocol instead would slow the very
 * loading being timed).
 */
function bytesFetchedSince(since: number): number[] {
  return ['/pagefind/', '/search/names'].map((prefix) =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= since && new URL(entry.name).pathname.startsWith(prefix))
      .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0),
  );
}

/**
 * For each query: a fresh browser context opens a page, focuses the header box (loading the search
 * client) and types the query as one input event (cold); then asks the next query (warm).
 * @param startPath a page of the site with the header search box
 */
export async function measureSearch(
  dir: string,
  queries: readonly string[],
  startPath = '/about/',
): Promise<{ rows: SearchTiming[]; summary: SearchSummary }> {
  const rows: SearchTiming[] = [];
  await eachQuery(dir, startPath, queries, async (page, run, text) => {
    // Clearing the box focuses it, which starts loading search: only the warm run may do it.
    if (run === 'warm') {
      await page.fill('#site-search-input', '');
      await page.waitForFunction(() => document.querySelector('#site-search .search-panel')?.hasAttribute('hidden') ?? true);
    }
    const { ms, suggestionMs, started } = await page.evaluate(typeIntoSearchBox, text);
    // Let late responses (the other results' fragments) land before counting them.
    await page.waitForLoadState('networkidle');
    const [pagefindBytes, namesBytes] = await page.evaluate(bytesFetchedSince, started);
    rows.push({
      query: text,
      run,
      ms: Math.round(ms),
      suggestionMs: suggestionMs === undefined ? undefined : Math.round(suggestionMs),
      pagefindBytes: pagefindBytes ?? 0,
      namesBytes: namesBytes ?? 0,
    });
  });
  return { rows, summary: summarizeSearch(rows) };
}

/** A bare page beside the site, with nothing on it but what Pagefind needs (its language). */
const BARE_PAGE_PATH = '/__bench/pagefind-alone.html';
const BARE_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind alone</title></head><body><p id="out"></p></body></html>';

/**
 * The floor under the Atlas's figures: the same queries asked of the same index through Pagefind's
 * own API (same options), from a bare page with no Atlas code, layout or styles. Cold: from importing
 * pagefind.js to the first result's title on screen, in a fresh browser context; warm: the next query
 * in the same page. Like the search box, each query then loads the rest of its first eight results
 * (untimed). The difference from measureSearch is what the Atlas's search box adds.
 */
export async function measurePagefindAlone(
  dir: string,
  queries: readonly string[],
): Promise<{ rows: SearchTiming[]; summary: TimingSummary }> {
  const rows: SearchTiming[] = [];
  await eachQuery(
    dir,
    BARE_PAGE_PATH,
    queries,
    async (page, run, text) => {
      const ms = await page.evaluate(
        async ({ typed, script, options, first }) => {
          interface Module {
            options(options: unknown): Promise<void>;
            init(): Promise<void>;
            search(term: string): Promise<{ results: { data(): Promise<{ meta: Record<string, string> }> }[] }>;
          }
          const started = performance.now();
          const pagefind = (await import(script)) as Module;
          if (first) {
            await pagefind.options(options);
            await pagefind.init();
          }
          const found = await pagefind.search(typed);
          const data = await found.results[0]?.data();
          (document.getElementById('out') as HTMLElement).textContent = data?.meta['title'] ?? 'no result';
          await new Promise((painted) => requestAnimationFrame(painted));
          const ms = performance.now() - started;
          // Untimed, as in the search box: the rest of the first eight results.
          await Promise.all(found.results.slice(1, 8).map((result) => result.data()));
          return ms;
        },
        { typed: text, script: `${PAGEFIND_PATH}pagefind.js`, options: PAGEFIND_OPTIONS, first: run === 'cold' },
      );
      rows.push({ query: text, run, ms: Math.round(ms) });
    },
    { [BARE_PAGE_PATH]: BARE_PAGE },
  );
  return { rows, summary: summarizeTimings(rows) };
}
