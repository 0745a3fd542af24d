/**
 * The header search box: a combobox. As the reader types it offers, first, the entries whose name
 * matches (from the names index, which answers before Pagefind has loaded), then the full-text
 * results, then the search page. Arrow keys move through all of them, Enter opens the active one
 * (or the full search page), Escape closes the list. What the list says is in header-view.ts, how it
 * opens, closes and moves in combobox.ts.
 */
import type { Suggestion } from '../lib/search/name-match.ts';
import { Combobox } from './combobox.ts';
import { headerOptions, headerStatus, optionsHtml, type HeaderResults } from './header-view.ts';
import { preloadNames, suggestNames } from './names.ts';
import { LatestOnly, pagefind } from './pagefind.ts';
import { quotesOfSpeakerFirst, rankedSearch, thingsFirst } from './ranked.ts';

const LIMIT = 8;
const NAMES = 5;

/** Lists what the box holds: names as soon as they are in, then the first result, then the rest. */
function searcher(form: HTMLFormElement, input: HTMLInputElement, box: Combobox): () => Promise<void> {
  const latest = new LatestOnly();
  const show = (query: string, named: Suggestion[], found?: HeaderResults) =>
    box.show(optionsHtml(headerOptions(query, named, form.action, found)).markup, headerStatus(query, named.length, found?.total));
  return async () => {
    const query = input.value.trim();
    if (query === '') {
      await latest.run(async () => undefined);
      box.clear();
      return;
    }
    let named: Suggestion[] = [];
    let settled = false;
    // Names answer first: they render as soon as their file is in, without waiting for Pagefind.
    const names = suggestNames(query, NAMES).then((found) => {
      named = found;
      if (input.value.trim() === query && found.length > 0 && !settled) show(query, found);
    });
    // The first result is shown as soon as its data is in; the rest follow in one update.
    const found = await latest.run(async () => {
      const ranked = await rankedSearch(query, 1);
      await names;
      return ranked;
    });
    settled = true;
    if (!found || input.value.trim() !== query) return;
    const results = { total: found.results.length, corrected: found.corrected };
    show(query, named.slice(0, NAMES), { ...results, data: found.first });
    if (found.results.length <= 1) return;
    const rest = await Promise.all(found.results.slice(0, LIMIT).map((result) => result.data()));
    const shown = new Set(found.first.map((item) => item.url));
    const others = rest.filter((item) => !shown.has(item.url));
    // As on the search page: after an entry the query names, the other entries before events, quotes and sources.
    const all = [...found.first, ...(found.pinned > 0 ? thingsFirst(others) : quotesOfSpeakerFirst(found.asked, others))].slice(0, LIMIT);
    if (input.value.trim() === query) show(query, named.slice(0, NAMES), { ...results, data: all });
  };
}

export function mountHeaderSearch(form: HTMLFormElement): void {
  if (form.dataset['mounted']) return;
  form.dataset['mounted'] = 'true';
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  if (!input) return;
  const box = new Combobox(form, input);
  const update = searcher(form, input, box);
  input.addEventListener('input', () => {
    box.dismissed = false;
    void update();
  });
  // Start loading the index and the names as soon as the box has focus, before the first keystroke.
  void pagefind();
  void preloadNames();
  input.addEventListener('keydown', (event) => box.onKey(event));
  document.addEventListener('click', (event) => {
    if (form.contains(event.target as Node)) return;
    box.dismissed = true;
    box.close();
  });
  void update();
}
