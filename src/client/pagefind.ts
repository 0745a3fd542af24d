/** Loading Pagefind in the browser, and running only the latest of overlapping searches. */
import { HIGHLIGHT_PARAM, PAGEFIND_PATH } from '../lib/search-config.ts';

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

export interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindData> }[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
  unfilteredResultCount: number;
}

export interface SearchOptions {
  filters?: PagefindFilters | undefined;
  sort?: Record<string, 'asc' | 'desc'> | undefined;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindSearch>;
  filters(): Promise<FilterCounts>;
}

let loading: Promise<Pagefind> | undefined;

/** Pagefind's own module, loaded once, on first use. */
export function pagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${PAGEFIND_PATH}pagefind.js`)) as Pagefind;
    // Entries vary from one-line quotes to long case studies; these settings keep short pages from
    // crowding out the entry that is about the term (measured on the Atlas's own queries).
    // Pagefind would otherwise start a Web Worker and load its WebAssembly there: another 43 kB script
    // and a worker start before the first result. On the main thread a first search in the benchmark
    // shows its first result in about half the time, and a search takes a few milliseconds, so the
    // page stays responsive without the worker (docs/benchmarks.md).
    await module.options({
      noWorker: true,
      highlightParam: HIGHLIGHT_PARAM,
      excerptLength: 28,
      ranking: { pageLength: 0.2, termFrequency: 0.5 },
    });
    await module.init();
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
