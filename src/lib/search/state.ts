/**
 * A search as a URL: `/search/?q=nvidia&type=quote&country=India&sort=newest`. The search page reads
 * it on load and writes it on every change, so a search can be shared, bookmarked and reloaded.
 */
import { SEARCH_FILTERS, type SearchFilter } from './config.ts';

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  q: string;
  filters: Record<SearchFilter, string[]>;
  sort: Sort;
}

export function emptyFilters(): Record<SearchFilter, string[]> {
  return { type: [], country: [], layer: [], speaker: [], year: [] };
}

/**
 * @example readState(new URLSearchParams('q=chips&type=quote&type=source')).filters.type // → ['quote', 'source']
 */
export function readState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const key of SEARCH_FILTERS) filters[key] = [...new Set(params.getAll(key).filter((v) => v !== ''))];
  const sort = params.get('sort');
  return { q: (params.get('q') ?? '').trim(), filters, sort: SORTS.find((s) => s === sort) ?? 'relevance' };
}

/** @example writeState({ q: 'chips', filters: { ...emptyFilters(), type: ['quote'] }, sort: 'relevance' }) // → 'q=chips&type=quote' */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of SEARCH_FILTERS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params.toString();
}

export function hasFilters(state: SearchState): boolean {
  return SEARCH_FILTERS.some((key) => state.filters[key].length > 0);
}

/** Pagefind's filter object: values within a filter are alternatives, filters combine. */
export function pagefindFilters(filters: Record<SearchFilter, string[]>, except?: SearchFilter): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of SEARCH_FILTERS) if (key !== except && filters[key].length > 0) out[key] = { any: filters[key] };
  return out;
}

export function pagefindSort(sort: Sort): Record<string, 'asc' | 'desc'> | undefined {
  return sort === 'newest' ? { date: 'desc' } : sort === 'oldest' ? { date: 'asc' } : undefined;
}
