/** Search results, as the search page and the header box show them. Content from the index is escaped; only Pagefind's excerpts (already escaped, with <mark>) are markup. */
import { formatDate } from '../lib/views/format.ts';
import { html, pagefindMarkup, type Html } from './html.ts';
import type { PagefindData } from './pagefind.ts';

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) if (child !== undefined) node.append(child);
  return node;
}

/** Who said a quote, in which outlet, when: "— Sam Winter-Levy, in Rest of World, 12 February 2024". The same in the header box and on the search page. */
export function quoteByline(meta: PagefindData['meta']): string {
  const date = meta['date'] ? formatDate(meta['date']) : undefined;
  const outlet = meta['outlet'] ?? meta['source'];
  return `— ${[meta['speaker'], outlet && `in ${outlet}`, date].filter(Boolean).join(', ')}`;
}

/** A quote's own words are its title; other entries are titled by name. */
export function resultTitle(data: PagefindData): string {
  return data.meta['quote'] ? `“${data.meta['quote']}”` : (data.meta['title'] ?? data.url);
}

/** The publisher and what the date is: an entry about no single date was last changed then, a program announced then. */
export function resultDetails(meta: PagefindData['meta']): string {
  const date = meta['date'] ? formatDate(meta['date']) : undefined;
  const when =
    date && (meta['dateKind'] === 'updated' ? `Last changed on ${date}` : meta['dateKind'] === 'announced' ? `Announced ${date}` : date);
  return [meta['publisher'], when].filter(Boolean).join(' · ');
}

/** One result as a card: kind of entry, title link, then the quote's byline or an excerpt, then sections. */
export function resultCard(data: PagefindData, index: number): Html {
  const { meta } = data;
  const details = resultDetails(meta);
  const body = meta['quote']
    ? html`<p class="result-meta">${quoteByline(meta)}</p>`
    : html`<p class="result-excerpt">${pagefindMarkup(data.excerpt)}</p>${details && html`<p class="result-meta">${details}</p>`}`;
  const sections = data.sub_results.filter((sub) => sub.anchor && sub.url !== data.url).slice(0, 3);
  const list =
    sections.length > 0 &&
    html`<ul class="result-sections" aria-label="Matching sections">${sections.map(
      (sub) => html`<li><a href="${sub.url}">${sub.title}</a><p class="result-section-excerpt">${pagefindMarkup(sub.excerpt)}</p></li>`,
    )}</ul>`;
  return html`<article class="result"${meta['date'] && html` data-date="${meta['date']}"`}><p class="result-type">${meta['type'] ?? 'Entry'}</p><h2 class="result-title"><a href="${data.url}" class="result-link" data-result-index="${index}">${resultTitle(data)}</a></h2>${body}${list}</article>`;
}

/** Results as list items, numbered on from `start` (the results already listed). */
export function resultItems(items: readonly PagefindData[], start = 0): Html {
  return html`${items.map((item, i) => html`<li>${resultCard(item, start + i)}</li>`)}`;
}
