/**
 * The header search box: a combobox. As the reader types it offers, first, the entries whose name
 * matches (from the names index, which answers before Pagefind has loaded), then the full-text
 * results, then the search page. Arrow keys move through all of them, Enter opens the active one
 * (or the full search page), Escape closes the list.
 */
import { formatDate } from '../lib/views/format.ts';
import type { Suggestion } from '../lib/search/name-match.ts';
import { preloadNames, suggestNames } from './names.ts';
import { LatestOnly, pagefind, type PagefindData } from './pagefind.ts';
import { pagePath, rankedSearch, thingsFirst, type RankedSearch } from './ranked.ts';
import { element, quoteByline } from './render.ts';

const LIMIT = 8;
const NAMES = 5;

/** What a result option says under its title: a quote's speaker, outlet and date; a source's publisher and date. */
function resultDetail(meta: PagefindData['meta']): string | undefined {
  if (meta['quote']) return quoteByline(meta);
  const date = meta['date'] ? formatDate(meta['date']) : undefined;
  return [meta['publisher'], meta['type'] === 'Source' || meta['type'] === 'Event' ? date : undefined].filter(Boolean).join(' · ') || undefined;
}

/** "All 12 results", "The one result", "No matches". */
function allResultsLabel(query: string, total: number, corrected?: string): string {
  const asked = corrected ? `“${corrected}” (you typed “${query}”)` : `“${query}”`;
  if (total === 0) return `No matches for “${query}”: open the search page`;
  return total === 1 ? `The 1 result for ${asked} on the search page` : `All ${total} results for ${asked}`;
}

export function mountHeaderSearch(form: HTMLFormElement): void {
  if (form.dataset['mounted']) return;
  form.dataset['mounted'] = 'true';
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  if (!input) return;
  const listbox = element('ul', { id: 'site-search-options', role: 'listbox', class: 'search-options', 'aria-label': 'Suggestions and results' });
  const status = element('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  const panel = element('div', { class: 'search-panel', hidden: '' }, listbox);
  form.append(panel, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');

  const latest = new LatestOnly();
  let active = -1;
  /** Escape closed the list: results still arriving for the query fill it, but do not open it again. */
  let dismissed = false;
  const options = () => [...listbox.querySelectorAll<HTMLLIElement>('[role="option"]')];

  const deselect = () => {
    for (const option of options()) option.setAttribute('aria-selected', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const close = () => {
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    deselect();
  };
  const open = () => {
    panel.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const activate = (index: number) => {
    const all = options();
    if (all.length === 0) return;
    active = (index + all.length) % all.length;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    const current = all[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    }
  };

  const option = (kind: 'name' | 'result' | 'all', href: string, type: string, title: string, detail?: string) =>
    element(
      'li',
      { role: 'option', 'aria-selected': 'false', class: `option-${kind}` },
      element('a', { href, tabindex: '-1' }, element('span', { class: 'option-type' }, type), ' ', element('span', { class: 'option-title' }, title)),
      detail ? element('span', { class: 'option-detail' }, detail) : undefined,
    );

  /** Names first, then full-text results not already named, then the search page (once results are in). */
  const render = (query: string, named: Suggestion[], found?: { data: PagefindData[]; ranked: RankedSearch }) => {
    const keep = active >= 0 ? options()[active]?.querySelector('a')?.getAttribute('href') : undefined;
    const nameUrls = new Set(named.map((s) => s.record.u));
    const items = named.map(({ record }) => option('name', record.u, record.t, record.n, record.e ? `${record.e}` : undefined));
    if (found) {
      for (const data of found.data) {
        if (nameUrls.has(pagePath(data.url))) continue;
        const title = data.meta['quote'] ? `“${data.meta['quote']}”` : (data.meta['title'] ?? data.url);
        items.push(option('result', data.url, data.meta['type'] ?? 'Entry', title, resultDetail(data.meta)));
      }
      const total = found.ranked.results.length;
      items.push(option('all', `${form.action}?q=${encodeURIComponent(query)}`, 'Search', allResultsLabel(query, total, found.ranked.corrected)));
      status.textContent = total === 0 ? `No results for ${query}` : `${named.length > 0 ? `${named.length} named, ` : ''}${total} ${total === 1 ? 'result' : 'results'}`;
    } else if (named.length > 0) {
      status.textContent = `${named.length} named`;
    }
    items.forEach((item, index) => (item.id = `site-search-option-${index}`));
    listbox.replaceChildren(...items);
    // Results arriving after the reader has moved to an option keep that option active.
    deselect();
    if (keep) {
      const again = options().findIndex((o) => o.querySelector('a')?.getAttribute('href') === keep);
      if (again >= 0) activate(again);
    }
    if (items.length > 0 && !dismissed) open();
  };

  const update = async () => {
    const query = input.value.trim();
    if (query === '') {
      await latest.run(async () => undefined);
      close();
      listbox.replaceChildren();
      return;
    }
    let named: Suggestion[] = [];
    let settled = false;
    // Names answer first: they render as soon as their file is in, without waiting for Pagefind.
    const names = suggestNames(query, NAMES).then((found) => {
      named = found;
      if (input.value.trim() === query && found.length > 0 && !settled) render(query, found);
    });
    // The first result is shown as soon as its data is in; the rest follow in one update.
    const found = await latest.run(async () => {
      const ranked = await rankedSearch(query, 1);
      await names;
      return ranked;
    });
    settled = true;
    if (!found || input.value.trim() !== query) return;
    render(query, named.slice(0, NAMES), { data: found.first, ranked: found });
    if (found.results.length <= 1) return;
    const rest = await Promise.all(found.results.slice(0, LIMIT).map((result) => result.data()));
    const shown = new Set(found.first.map((item) => item.url));
    const others = rest.filter((item) => !shown.has(item.url));
    // As on the search page: after an entry the query names, the other entries before events, quotes and sources.
    const all = [...found.first, ...(found.pinned > 0 ? thingsFirst(others) : others)].slice(0, LIMIT);
    if (input.value.trim() === query) render(query, named.slice(0, NAMES), { data: all, ranked: found });
  };

  input.addEventListener('input', () => {
    dismissed = false;
    void update();
  });
  // Start loading the index and the names as soon as the box has focus, before the first keystroke.
  void pagefind();
  void preloadNames();
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (panel.hidden) {
        if (input.value.trim() !== '' && options().length > 0) {
          event.preventDefault();
          dismissed = false;
          open();
        }
        return;
      }
      event.preventDefault();
      activate(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && active >= 0 && !panel.hidden) {
      event.preventDefault();
      const link = options()[active]?.querySelector('a');
      if (link) window.location.assign(link.href);
    } else if (event.key === 'Escape') {
      if (!panel.hidden) {
        event.preventDefault();
        dismissed = true;
        close();
      } else {
        input.blur();
      }
    }
  });
  document.addEventListener('click', (event) => {
    if (form.contains(event.target as Node)) return;
    dismissed = true;
    close();
  });
  void update();
}
