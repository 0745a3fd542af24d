/**
 * What the header search box lists, as markup and text: from the query, the names and the results in,
 * nothing read from the page or fetched. header.ts puts it in the page.
 */
import { formatDate } from '../lib/views/format.ts';
import type { Suggestion } from '../lib/search/name-match.ts';
import { html, type Html } from './html.ts';
import type { PagefindData } from './pagefind.ts';
import { pagePath } from './ranked.ts';
import { quoteByline, resultTitle } from './render.ts';

export interface HeaderOption {
  kind: 'name' | 'result' | 'all';
  href: string;
  type: string;
  title: string;
  detail?: string | undefined;
}

/** The results as far as the box lists them. */
export interface HeaderResults {
  data: readonly PagefindData[];
  total: number;
  corrected?: string | undefined;
}

/** What a result option says under its title: a quote's speaker, outlet and date; a source's publisher and date. */
export function resultDetail(meta: PagefindData['meta']): string | undefined {
  if (meta['quote']) return quoteByline(meta);
  const date = meta['date'] ? formatDate(meta['date']) : undefined;
  return (
    [meta['publisher'], meta['type'] === 'Source' || meta['type'] === 'Event' ? date : undefined].filter(Boolean).join(' · ') || undefined
  );
}

/** "All 12 results", "The one result", "No matches". */
export function allResultsLabel(query: string, total: number, corrected?: string): string {
  const asked = corrected ? `“${corrected}” (you typed “${query}”)` : `“${query}”`;
  if (total === 0) return `No matches for “${query}”: open the search page`;
  return total === 1 ? `The 1 result for ${asked} on the search page` : `All ${total} results for ${asked}`;
}

/** Names first, then full-text results not already named, then the search page (once results are in). */
export function headerOptions(query: string, named: readonly Suggestion[], searchPage: string, found?: HeaderResults): HeaderOption[] {
  const options: HeaderOption[] = named.map(({ record }) => ({
    kind: 'name',
    href: record.u,
    type: record.t,
    title: record.n,
    detail: record.e,
  }));
  if (!found) return options;
  const nameUrls = new Set(named.map((s) => s.record.u));
  for (const data of found.data) {
    if (nameUrls.has(pagePath(data.url))) continue;
    options.push({
      kind: 'result',
      href: data.url,
      type: data.meta['type'] ?? 'Entry',
      title: resultTitle(data),
      detail: resultDetail(data.meta),
    });
  }
  options.push({
    kind: 'all',
    href: `${searchPage}?q=${encodeURIComponent(query)}`,
    type: 'Search',
    title: allResultsLabel(query, found.total, found.corrected),
  });
  return options;
}

/** What a screen reader hears once the list changes: "2 named, 14 results". */
export function headerStatus(query: string, named: number, total?: number): string {
  if (total === undefined) return `${named} named`;
  if (total === 0) return `No results for ${query}`;
  return `${named > 0 ? `${named} named, ` : ''}${total} ${total === 1 ? 'result' : 'results'}`;
}

/** The options of the listbox; each option's id is its place in the list. */
export function optionsHtml(options: readonly HeaderOption[]): Html {
  return html`${options.map(
    ({ kind, href, type, title, detail }, index) =>
      html`<li role="option" aria-selected="false" class="option-${kind}" id="site-search-option-${index}"><a href="${href}" tabindex="-1"><span class="option-type">${type}</span> <span class="option-title">${title}</span></a>${detail && html`<span class="option-detail">${detail}</span>`}</li>`,
  )}`;
}
