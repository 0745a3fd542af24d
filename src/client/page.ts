/** The search page: one box, facets with counts, results, all kept in the URL. */
import { COLLECTION_WORDS, FILTER_LABELS, SEARCH_FILTERS, type SearchFilter } from '../lib/search/config.ts';
import { hasFilters, pagefindFilters, pagefindSort, readState, writeState, type SearchState } from '../lib/search/state.ts';
import type { Suggestion } from '../lib/search/name-match.ts';
import { LatestOnly, pagefind, type FilterCounts, type PagefindData, type PagefindResult } from './pagefind.ts';
import { pagePath, rankedSearch } from './ranked.ts';
import { element, resultCard } from './render.ts';

const PAGE_SIZE = 20;
/** Named entries shown above the results (the header box shows more). */
const NAMED_SHOWN = 4;
const TYPE_LABELS = Object.fromEntries(COLLECTION_WORDS.map((words) => [words.type, words.plural]));

function valueLabel(key: SearchFilter, value: string): string {
  return key === 'type' ? (TYPE_LABELS[value] ?? value) : value;
}

function sortedValues(key: SearchFilter, counts: Record<string, number>, selected: string[]): [string, number][] {
  const entries = Object.entries(counts).filter(([value, count]) => count > 0 || selected.includes(value));
  for (const value of selected) if (!(value in counts)) entries.push([value, 0]);
  if (key === 'year') return entries.sort((a, b) => b[0].localeCompare(a[0]));
  return entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Mounts the search page on its app element (the form sits above it, outside). */
export function mountSearchPage(app: HTMLElement): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-input') as HTMLInputElement | null;
  const inApp = <T extends Element = HTMLElement>(id: string) => app.querySelector<T>(`#${id}`);
  const status = inApp('search-status');
  const suggestions = inApp('search-suggestions');
  const namedList = inApp('search-named');
  const facets = inApp('search-facets');
  const list = inApp('search-results');
  const more = inApp<HTMLButtonElement>('search-more');
  const sort = inApp<HTMLSelectElement>('search-sort');
  const toggle = inApp('search-filters-toggle');
  const filters = inApp('search-filters');
  if (!form || !input || !status || !suggestions || !namedList || !facets || !list || !more || !sort) return;
  toggle?.addEventListener('click', () => {
    const open = !filters?.classList.contains('open');
    filters?.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
  });

  let state: SearchState = readState(new URLSearchParams(window.location.search));
  input.value = state.q;
  sort.value = state.sort;
  const latest = new LatestOnly();
  let current: PagefindResult[] | undefined;
  let shown = 0;
  /** Pages already listed, so that "Show more" never lists one twice (a named entry is moved up). */
  const listed = new Set<string>();

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
    const next = current.slice(shown, shown + PAGE_SIZE);
    const data: PagefindData[] = (await Promise.all(next.map((result) => result.data()))).filter((item) => !listed.has(item.url));
    for (const item of data) listed.add(item.url);
    list.append(...data.map((item, i) => element('li', {}, resultCard(item, list.children.length + i))));
    shown += next.length;
    more.hidden = shown >= current.length;
  };

  /** Entries whose names match, other than one already listed first: in one line above the results. */
  const renderNamed = (named: Suggestion[], first?: string) => {
    const others = named.filter(({ record }) => record.u !== (first && pagePath(first))).slice(0, NAMED_SHOWN);
    namedList.replaceChildren(
      ...others.map(({ record }) =>
        element(
          'li',
          {},
          element('a', { href: record.u, class: 'named-link' }, element('span', { class: 'option-type' }, record.t), ' ', element('span', { class: 'option-title' }, record.n)),
          record.e ? element('span', { class: 'meta' }, ` (${record.e})`) : undefined,
        ),
      ),
    );
    namedList.hidden = others.length === 0;
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

  /** Counts per facet value; a facet with a selection is counted without its own selection (values in a facet are alternatives). The searches run at once. */
  const facetCounts = async (counted: FilterCounts, asked: string): Promise<Record<SearchFilter, Record<string, number>>> => {
    const engine = await pagefind();
    const entries = await Promise.all(
      SEARCH_FILTERS.map(async (key): Promise<[SearchFilter, Record<string, number>]> => {
        if (state.filters[key].length === 0) return [key, counted[key] ?? {}];
        const without = await engine.search(asked || null, { filters: pagefindFilters(state.filters, key) });
        return [key, without.filters[key] ?? {}];
      }),
    );
    return Object.fromEntries(entries) as Record<SearchFilter, Record<string, number>>;
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
      renderNamed([]);
      suggestions.replaceChildren();
      more.hidden = true;
      renderFacets(all as Record<SearchFilter, Record<string, number>>);
      status.textContent = 'Type to search entries, quotes and sources, or choose a filter.';
      return;
    }
    const options = { filters: pagefindFilters(state.filters), sort: pagefindSort(state.sort) };
    const found = await latest.run(async () => {
      const ranked = await rankedSearch(state.q, PAGE_SIZE, options);
      const counts = await facetCounts(ranked.search.filters, ranked.asked);
      return { ranked, counts };
    });
    if (!found) return;
    const { ranked } = found;
    current = ranked.results;
    shown = Math.min(PAGE_SIZE, ranked.results.length);
    listed.clear();
    for (const item of ranked.first) listed.add(item.url);
    list.replaceChildren(...ranked.first.map((item, i) => element('li', {}, resultCard(item, i))));
    more.hidden = shown >= ranked.results.length;
    renderFacets(found.counts);
    renderNamed(ranked.named, ranked.first[0]?.url);
    const total = ranked.results.length;
    const what = state.q ? ` for “${ranked.corrected ?? state.q}”` : '';
    const filtered = hasFilters(state) ? ` (filtered by ${describeFilters()})` : '';
    const note = ranked.corrected
      ? ` No page has “${state.q}”; these are for the name it is closest to.`
      : ranked.relaxed && ranked.relaxed.length > 0
        ? ` Without ${ranked.relaxed.map((word) => `“${word}”`).join(', ')}: no page has every word asked for.`
        : '';
    status.textContent = total === 0 ? `No results${what}${filtered}.` : `${total} ${total === 1 ? 'result' : 'results'}${what}${filtered}.${note}`;
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

  const links = () => [...namedList.querySelectorAll<HTMLAnchorElement>('a.named-link'), ...list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  const onListKey = (event: KeyboardEvent) => {
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
  };
  list.addEventListener('keydown', onListKey);
  namedList.addEventListener('keydown', onListKey);

  void run();
}
