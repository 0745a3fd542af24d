/** Search settings shared by the build (what gets indexed) and the browser (what gets asked). */
import { BASE, pagefindUrl } from '../site/routes.ts';

/** What the browser knows of a collection: its `type` filter value and its names, and whether its entries are named things. */
export interface CollectionWords {
  type: string;
  singular: string;
  plural: string;
  named: boolean;
}

/**
 * Each collection's words, in registry order. The bundles get them from the registry when they are
 * built (src/integrations/client-scripts.ts), so the browser never loads the schemas.
 */
export const COLLECTION_WORDS: readonly CollectionWords[] =
  (typeof import.meta.env === 'undefined' ? undefined : import.meta.env.ATLAS_COLLECTIONS) ?? [];

/** The filters readers can narrow a search by, in the order the search page shows them. */
export const SEARCH_FILTERS = ['type', 'country', 'layer', 'speaker', 'year'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export const FILTER_LABELS: Record<SearchFilter, string> = {
  type: 'Type',
  country: 'Country',
  layer: 'Stack layer',
  speaker: 'Speaker',
  year: 'Year',
};

/** The query parameter that carries search terms to the page a result opens, for highlighting. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Where Pagefind's index and scripts are published (under the site's base path). */
export const PAGEFIND_PATH = pagefindUrl();

/**
 * The options the Atlas gives Pagefind in the browser. Entries vary from one-line quotes to long case
 * studies; the ranking keeps short pages from crowding out the entry that is about the term (measured
 * on the Atlas's own queries). Pagefind would otherwise start a Web Worker and load its WebAssembly
 * there: another 43 kB script and a worker start before the first result. On the main thread the
 * benchmark's first searches were about 10% faster (docs/benchmarks.md). Pagefind indexes pages by
 * their path in the built folder; `baseUrl` puts the site's base path in front of every result URL.
 */
export const PAGEFIND_OPTIONS = {
  baseUrl: BASE,
  noWorker: true,
  highlightParam: HIGHLIGHT_PARAM,
  excerptLength: 28,
  ranking: { pageLength: 0.2, termFrequency: 0.5 },
} as const;
