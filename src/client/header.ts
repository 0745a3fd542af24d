/**
 * The header search box: a combobox whose options are live results. Arrow keys move through them,
 * Enter opens the active one (or the full search page), Escape closes the list.
 */
import { LatestOnly, pagefind, type PagefindData } from './pagefind.ts';
import { element } from './render.ts';

const LIMIT = 8;

export function mountHeaderSearch(form: HTMLFormElement): void {
  if (form.dataset['mounted']) return;
  form.dataset['mounted'] = 'true';
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  if (!input) return;
  const listbox = element('ul', { id: 'site-search-options', role: 'listbox', class: 'search-options', 'aria-label': 'Search results' });
  const status = element('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  const panel = element('div', { class: 'search-panel', hidden: '' }, listbox);
  form.append(panel, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');

  const latest = new LatestOnly();
  let active = -1;
  const options = () => [...listbox.querySelectorAll<HTMLLIElement>('[role="option"]')];

  const close = () => {
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
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

  const option = (index: number, href: string, kind: string, title: string, detail?: string) =>
    element(
      'li',
      { id: `site-search-option-${index}`, role: 'option', 'aria-selected': 'false' },
      element('a', { href, tabindex: '-1' }, element('span', { class: 'option-type' }, kind), ' ', element('span', { class: 'option-title' }, title)),
      detail ? element('span', { class: 'option-detail' }, detail) : undefined,
    );

  const render = (query: string, results: PagefindData[], total: number) => {
    listbox.replaceChildren(
      ...results.map((data, index) => option(index, data.url, data.meta['type'] ?? 'Entry', data.meta['heading'] ?? data.meta['title'] ?? data.url)),
      option(results.length, `${form.action}?q=${encodeURIComponent(query)}`, 'Search', total === 0 ? `No matches for “${query}”: open the search page` : `All ${total} results for “${query}”`),
    );
    status.textContent = total === 0 ? `No results for ${query}` : `${total} results`;
    active = -1;
    input.removeAttribute('aria-activedescendant');
    open();
  };

  const update = async () => {
    const query = input.value.trim();
    if (query === '') {
      await latest.run(async () => undefined);
      close();
      return;
    }
    // The first result is shown as soon as its data arrives; the rest follow in one update.
    const found = await latest.run(async () => {
      const search = await (await pagefind()).search(query);
      const first = search.results[0] ? [await search.results[0].data()] : [];
      return { search, first };
    });
    if (!found || input.value.trim() !== query) return;
    const total = found.search.results.length;
    render(query, found.first, total);
    if (total <= 1) return;
    const all = await Promise.all(found.search.results.slice(0, LIMIT).map((result) => result.data()));
    if (input.value.trim() === query && active === -1) render(query, all, total);
  };

  input.addEventListener('input', () => void update());
  // Start loading the index as soon as the box has focus, before the first keystroke.
  void pagefind();
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (panel.hidden) {
        if (input.value.trim() !== '') open();
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
        close();
      } else {
        input.blur();
      }
    }
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
  void update();
}
