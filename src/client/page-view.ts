/**
 * What the search page shows, as markup and text: from the search state and the results in, nothing
 * read from the page or fetched. page.ts puts it in the page.
 */
import type { Suggestion } from '../lib/search/name-match.ts';
import { COLLECTION_WORDS, FILTER_LABELS, SEARCH_FILTERS, type SearchFilter } from '../lib/search/config.ts';
import { hasFilters, type SearchState } from '../lib/search/state.ts';
import { html, type Html } from './html.ts';
import { pagePath } from './ranked.ts';

export type Filters = SearchState['filters'];
export type FacetCounts = Record<SearchFilter, Record<string, number>>;

/** Named entries shown above the results (the header box shows more). */
const NAMED_SHOWN = 4;

/** The status line before anything is asked. */
export const START_STATUS = 'Type to search entries, quotes and sources, or choose a filter.';

const TYPE_LABELS = Object.fromEntries(COLLECTION_WORDS.map((words) => [words.type, words.plural]));

/** A filter value as readers see it: a type by its collection's name ("Quotes"), other values as they are. */
export function valueLabel(key: SearchFilter, value: string): string {
  return key === 'type' ? (TYPE_LABELS[value] ?? value) : value;
}

/** A facet's values with their counts: those found, and those chosen even if none is found; years newest first, others by count. */
export function sortedValues(key: SearchFilter, counts: Record<string, number>, selected: readonly string[]): [string, number][] {
  const entries = Object.entries(counts).filter(([value, count]) => count > 0 || selected.includes(value));
  for (const value of selected) if (!(value in counts)) entries.push([value, 0]);
  if (key === 'year') return entries.sort((a, b) => b[0].localeCompare(a[0]));
  return entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The filters with one value chosen or dropped. */
export function withFilter(filters: Filters, key: SearchFilter, value: string, chosen: boolean): Filters {
  const values = new Set(filters[key]);
  if (chosen) values.add(value);
  else values.delete(value);
  return { ...filters, [key]: [...values] };
}

/** One fieldset per filter, each value a checkbox named by its filter, with its count. */
export function facetsHtml(counts: Partial<FacetCounts>, filters: Filters): Html {
  return html`${SEARCH_FILTERS.map((key) => {
    const values = sortedValues(key, counts[key] ?? {}, filters[key]);
    const boxes = values.map(
      ([value, count]) =>
        html`<label class="facet-value"><input type="checkbox" name="${key}" value="${value}"${filters[key].includes(value) && html` checked`}> ${valueLabel(key, value)} <span class="count">(${count})</span></label>`,
    );
    return html`<fieldset class="facet"><legend>${FILTER_LABELS[key]}</legend>${values.length === 0 && html`<p class="meta">None in these results</p>`}${boxes}</fieldset>`;
  })}`;
}

/** Entries whose names match, other than the one already listed first. */
export function namedShown(named: readonly Suggestion[], firstUrl?: string): Suggestion[] {
  const first = firstUrl && pagePath(firstUrl);
  return named.filter(({ record }) => record.u !== first).slice(0, NAMED_SHOWN);
}

/** The named entries, in one line above the results. */
export function namedHtml(named: readonly Suggestion[]): Html {
  return html`${named.map(
    ({ record }) =>
      html`<li><a href="${record.u}" class="named-link"><span class="option-type">${record.t}</span> <span class="option-title">${record.n}</span></a>${record.e && html`<span class="meta"> (${record.e})</span>`}</li>`,
  )}`;
}

/** "Type: Quotes, Country: India". */
export function describeFilters(filters: Filters): string {
  return SEARCH_FILTERS.flatMap((key) => filters[key].map((value) => `${FILTER_LABELS[key]}: ${valueLabel(key, value)}`)).join(', ');
}

/** What the search found, as the status line needs it (RankedSearch has these too). */
export interface Outcome {
  total: number;
  corrected?: string | undefined;
  relaxed?: readonly string[] | undefined;
}

/** "12 results for “chips” (filtered by Type: Quotes).", with what was asked instead when it differs from what was typed. */
export function statusText(state: SearchState, { total, corrected, relaxed }: Outcome): string {
  const what = state.q ? ` for “${corrected ?? state.q}”` : '';
  const filtered = hasFilters(state) ? ` (filtered by ${describeFilters(state.filters)})` : '';
  if (total === 0) return `No results${what}${filtered}.`;
  const note = corrected
    ? ` No page has “${state.q}”; these are for the name it is closest to.`
    : relaxed && relaxed.length > 0
      ? ` Without ${relaxed.map((word) => `“${word}”`).join(', ')}: no page has every word asked for.`
      : '';
  return `${total} ${total === 1 ? 'result' : 'results'}${what}${filtered}.${note}`;
}

/** What to try when nothing is found: a button per chosen filter value (its filter and value in data-filter, data-value), or other words. */
export function noResultsHtml(filters: Filters): Html {
  const chosen = SEARCH_FILTERS.flatMap((key) => filters[key].map((value) => [key, value] as const));
  if (chosen.length === 0) return html`<p>Try other or fewer words, or browse the indexes linked at the top of the page.</p>`;
  return html`<p>Try removing a filter:</p>${chosen.map(
    ([key, value]) =>
      html`<button type="button" class="remove-filter" data-filter="${key}" data-value="${value}">Remove ${FILTER_LABELS[key]}: ${valueLabel(key, value)}</button> `,
  )}`;
}
