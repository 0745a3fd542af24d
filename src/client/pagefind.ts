/** Loading Pagefind in the browser, and running only the latest of overlapping searches. */
import { PAGEFIND_OPTIONS, PAGEFIND_PATH } from '../lib/search/config.ts';

export type FilterCounts = Record<string, Record<string, number>>;
export type PagefindFilters = Record<string, { any: string[] }>;

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string };
}

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
  unfilteredResultCount: number;
}

export interface SearchOptions {
  filters?: PagefindFilters | undefined;
  sort?: Record<string, 'asc' | 'desc'> | undefined;
}

/**
 * Resolves soon after Pagefind has its index metadata and WebAssembly. `init()` only starts loading
 * them, and a search that arrives before they are in checks again every 50 ms, so a first search
 * would lose up to 50 ms waiting; a search that starts after this resolves does not wait at all.
 * `preload('')` waits the same way and then does nothing (an empty query loads no index chunk), so a
 * few of them started 10 ms apart notice within about 10 ms.
 */
function ready(module: Pagefind): Promise<void> {
  return Promise.race(
    [0, 10, 20, 30, 40].map(
      (delay) => new Promise<void>((settle) => setTimeout(() => void module.preload('').then(settle, settle), delay)),
    ),
  );
}

interface Pagefind {
  preload(term: string): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindSearch>;
  filters(): Promise<FilterCounts>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Pagefind splits every query into graphemes with Intl.Segmenter, and the browser loads the
 * segmentation data on first use: about 50 ms in headless Chromium on the benchmark machine, which
 * would fall between the first keystroke and the first result. Done here, it overlaps the download
 * of Pagefind's files instead.
 */
function warmUpSegmenter(): void {
  if (typeof Intl.Segmenter !== 'function') return;
  const language = document.documentElement.lang || 'en';
  for (const part of new Intl.Segmenter(language, { granularity: 'grapheme' }).segment('atlas')) void part;
}

/** Pagefind's own module, loaded once, on first use. */
export function pagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${PAGEFIND_PATH}pagefind.js`)) as Pagefind;
    await module.options(PAGEFIND_OPTIONS);
    await module.init();
    warmUpSegmenter();
    await ready(module);
    return module;
  })();
  return loading;
}

/**
 * Runs searches as fast as the reader types, with no input delay: each call supersedes the previous
 * one, and a search that finishes after a newer one started is dropped (resolves to undefined).
 */
export class LatestOnly {
  #latest = 0;

  async run<T>(task: () => Promise<T>): Promise<T | undefined> {
    const ticket = ++this.#latest;
    const result = await task();
    return ticket === this.#latest ? result : undefined;
  }
}
