/** The search page: one box, facets with counts, results, all kept in the URL. */
import { COLLECTION_LABELS } from '../lib/labels.ts';
import { FILTER_LABELS, SEARCH_FILTERS, SEARCH_TYPES, type SearchFilter } from '../lib/search-config.ts';
import { hasFilters, pagefindFilters, pagefindSort, readState, writeState, type SearchState } from '../lib/search-state.ts';
import { LatestOnly, pagefind, type FilterCounts, type PagefindData, type PagefindSearch } from './pagefind.ts';
import { element, resultCard } from './render.ts';

const PAGE_SIZE = 20;
const TYPE_LABELS = Object.fromEntries(
  Object.entries(SEARCH_TYPES).map(([collection, code]) => [code, COLLECTION_LABELS[collection as keyof typeof COLLECTION_LABELS].plural]),
);

function valueLabel(key: SearchFilter, value: string): string {
  return key === 'type' ? (TYPE_LABELS[value] ?? value) : value;
}

function sortedValues(key: SearchFilter, counts: Record<string, number>, selected: string[]): [string, number][] {
  const entries = Object.entries(counts).filter(([value, count]) => count > 0 || selected.includes(value));
  for (const value of selected) if (!(value in counts)) entries.push([value, 0]);
  if (key === 'year') return entries.sort((a, b) => b[0].localeCompare(a[0]));
  return entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export function mountSearchPage(app: HTMLElement): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-input') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const suggestions = document.getElementById('search-suggestions');
  const facets = document.getElementById('search-facets');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more') as HTMLButtonElement | null;
  const sort = document.getElementById('search-sort') as HTMLSelectElement | null;
  if (!form || !input || !status || !suggestions || !facets || !list || !more || !sort) return;
  app.hidden = false;

  let state: SearchState = readState(new URLSearchParams(window.location.search));
  input.value = state.q;
  sort.value = state.sort;
  const latest = new LatestOnly();
  let current: PagefindSearch | undefined;
  let shown = 0;

  const renderFacets = (counts: Record<SearchFilter, Record<string, number>>) => {
    facets.replaceChildren(
      ...SEARCH_FILTERS.map((key) => {
        const values = sortedValues(key, counts[key] ?? {}, state.filters[key]);
        const fieldset = element('fieldset', { class: 'facet' }, element('legend', {}, FILTER_LABELS[key]));
        if (values.length === 0) fieldset.append(element('p', { class: 'meta' }, 'None in these results'));
        for (const [value, count] of values) {
          const box = element('input', { type: 'checkbox', name: key, value });
          box.checked = state.filters[key].includes(value);
          box.addEventListener('change', () => {
            const chosen = new Set(state.filters[key]);
            if (box.checked) chosen.add(value);
            else chosen.delete(value);
            state = { ...state, filters: { ...state.filters, [key]: [...chosen] } };
            void run();
          });
          fieldset.append(element('label', { class: 'facet-value' }, box, ` ${valueLabel(key, value)} `, element('span', { class: 'count' }, `(${count})`)));
        }
        return fieldset;
      }),
    );
  };

  const showMore = async () => {
    if (!current) return;
    const next = current.results.slice(shown, shown + PAGE_SIZE);
    const data: PagefindData[] = await Promise.all(next.map((result) => result.data()));
    list.append(...data.map((item, i) => element('li', {}, resultCard(item, shown + i))));
    shown += data.length;
    more.hidden = shown >= current.results.length;
  };

  const describeFilters = () =>
    SEARCH_FILTERS.flatMap((key) => state.filters[key].map((value) => `${FILTER_LABELS[key]}: ${valueLabel(key, value)}`)).join(', ');

  const suggest = () => {
    suggestions.replaceChildren();
    if (hasFilters(state)) {
      suggestions.append(element('p', {}, 'Try removing a filter:'));
      for (const key of SEARCH_FILTERS) {
        for (const value of state.filters[key]) {
          const button = element('button', { type: 'button', class: 'remove-filter' }, `Remove ${FILTER_LABELS[key]}: ${valueLabel(key, value)}`);
          button.addEventListener('click', () => {
            state = { ...state, filters: { ...state.filters, [key]: state.filters[key].filter((v) => v !== value) } };
            void run();
          });
          suggestions.append(button, ' ');
        }
      }
    } else {
      suggestions.append(element('p', {}, 'Try other or fewer words, or browse the indexes linked at the top of the page.'));
    }
  };

  /** Counts per facet value; a facet with a selection is counted without its own selection (values in a facet are alternatives). */
  const facetCounts = async (search: PagefindSearch): Promise<Record<SearchFilter, Record<string, number>>> => {
    const engine = await pagefind();
    const counts = {} as Record<SearchFilter, Record<string, number>>;
    for (const key of SEARCH_FILTERS) {
      if (state.filters[key].length === 0) {
        counts[key] = search.filters[key] ?? {};
      } else {
        const without = await engine.search(state.q || null, { filters: pagefindFilters(state.filters, key) });
        counts[key] = without.filters[key] ?? {};
      }
    }
    return counts;
  };

  const run = async (): Promise<void> => {
    const query = writeState(state);
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
    const engine = await pagefind();
    // Loading the filter index first makes every search return counts per filter value.
    await engine.filters();
    if (!state.q && !hasFilters(state)) {
      const all: FilterCounts | undefined = await latest.run(() => engine.filters());
      if (!all) return;
      current = undefined;
      shown = 0;
      list.replaceChildren();
      suggestions.replaceChildren();
      more.hidden = true;
      renderFacets(all as Record<SearchFilter, Record<string, number>>);
      status.textContent = 'Type to search entries, quotes and sources, or choose a filter.';
      return;
    }
    const options = { filters: pagefindFilters(state.filters), sort: pagefindSort(state.sort) };
    const found = await latest.run(async () => {
      const search = await engine.search(state.q || null, options);
      const [first, counts] = await Promise.all([
        Promise.all(search.results.slice(0, PAGE_SIZE).map((result) => result.data())),
        facetCounts(search),
      ]);
      return { search, first, counts };
    });
    if (!found) return;
    current = found.search;
    shown = found.first.length;
    list.replaceChildren(...found.first.map((item, i) => element('li', {}, resultCard(item, i))));
    more.hidden = shown >= found.search.results.length;
    renderFacets(found.counts);
    const total = found.search.results.length;
    const what = state.q ? ` for “${state.q}”` : '';
    const filtered = hasFilters(state) ? ` (filtered by ${describeFilters()})` : '';
    status.textContent = total === 0 ? `No results${what}${filtered}.` : `${total} ${total === 1 ? 'result' : 'results'}${what}${filtered}.`;
    if (total === 0) suggest();
    else suggestions.replaceChildren();
  };

  input.addEventListener('input', () => {
    state = { ...state, q: input.value.trim() };
    void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, q: input.value.trim() };
    void run();
  });
  sort.addEventListener('change', () => {
    state = { ...state, sort: readState(new URLSearchParams({ sort: sort.value })).sort };
    void run();
  });
  more.addEventListener('click', () => void showMore());

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (index === -1) return;
      const next = index + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    }
  });

  void run();
}
