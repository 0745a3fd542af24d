/** DOM for search results. Content from the index is set as text; only Pagefind's excerpts (already escaped, with <mark>) are HTML. */
import { formatDate } from '../lib/views/format.ts';
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

/** Pagefind's excerpt: entity-encoded text with <mark> around matches, safe as HTML. */
export function excerpt(html: string, className = 'result-excerpt'): HTMLParagraphElement {
  const paragraph = element('p', { class: className });
  paragraph.innerHTML = html;
  return paragraph;
}

/** Who said a quote, in which outlet, when: "— Sam Winter-Levy, in Rest of World, 12 February 2024". The same in the header box and on the search page. */
export function quoteByline(meta: PagefindData['meta']): string {
  const date = meta['date'] ? formatDate(meta['date']) : undefined;
  const outlet = meta['outlet'] ?? meta['source'];
  return `— ${[meta['speaker'], outlet && `in ${outlet}`, date].filter(Boolean).join(', ')}`;
}

/** One result as a card: kind of entry, title link, then the quote or an excerpt, then sections. */
export function resultCard(data: PagefindData, index: number): HTMLElement {
  const { meta } = data;
  const date = meta['date'] ? formatDate(meta['date']) : undefined;
  // A quote's own words are its title; other entries are titled by name.
  const heading = meta['quote'] ? `“${meta['quote']}”` : (meta['title'] ?? data.url);
  const title = element('a', { href: data.url, class: 'result-link', 'data-result-index': String(index) }, heading);
  const card = element('article', { class: 'result', ...(meta['date'] ? { 'data-date': meta['date'] } : {}) }, element('p', { class: 'result-type' }, meta['type'] ?? 'Entry'), element('h2', { class: 'result-title' }, title));
  if (meta['quote']) {
    card.append(element('p', { class: 'result-meta' }, quoteByline(meta)));
  } else {
    card.append(excerpt(data.excerpt));
    const when = date && (meta['dateKind'] === 'updated' ? `Last changed on ${date}` : meta['dateKind'] === 'announced' ? `Announced ${date}` : date);
    const details = [meta['publisher'], when].filter(Boolean).join(' · ');
    if (details) card.append(element('p', { class: 'result-meta' }, details));
  }
  const sections = data.sub_results.filter((sub) => sub.anchor && sub.url !== data.url).slice(0, 3);
  if (sections.length > 0) {
    card.append(
      element(
        'ul',
        { class: 'result-sections', 'aria-label': 'Matching sections' },
        ...sections.map((sub) => element('li', {}, element('a', { href: sub.url }, sub.title), excerpt(sub.excerpt, 'result-section-excerpt'))),
      ),
    );
  }
  return card;
}
