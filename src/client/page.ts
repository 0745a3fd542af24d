/**
 * The search page: one box, facets with counts, results, all kept in the URL. This file wires the
 * reader's input, the URL (src/lib/search/state.ts) and Pagefind to the page; what the page shows is
 * in page-view.ts.
 */
import type { Suggestion } from '../lib/search/name-match.ts';
import { SEARCH_FILTERS, type SearchFilter } from '../lib/search/config.ts';
import { hasFilters, pagefindFilters, pagefindSort, readState, writeState, type SearchState } from '../lib/search/state.ts';
import { LatestOnly, pagefind, type FilterCounts, type PagefindData, type PagefindResult } from './pagefind.ts';
import { facetsHtml, namedHtml, namedShown, noResultsHtml, START_STATUS, statusText, withFilter, type FacetCounts } from './page-view.ts';
import { rankedSearch, type RankedSearch } from './ranked.ts';
import { resultItems } from './render.ts';

const PAGE_SIZE = 20;

/** The page's parts; the form sits above the app element, outside it. */
interface Parts {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  suggestions: HTMLElement;
  named: HTMLElement;
  facets: HTMLElement;
  list: HTMLElement;
  more: HTMLButtonElement;
  sort: HTMLSelectElement;
  toggle: HTMLElement | null;
  filters: HTMLElement | null;
}

function findParts(app: HTMLElement): Parts | undefined {
  const inApp = <T extends Element = HTMLElement>(id: string) => app.querySelector<T>(`#${id}`);
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-input') as HTMLInputElement | null;
  const [status, suggestions, named, facets, list] = [
    'search-status',
    'search-suggestions',
    'search-named',
    'search-facets',
    'search-results',
  ].map((id) => inApp(id));
  const more = inApp<HTMLButtonElement>('search-more');
  const sort = inApp<HTMLSelectElement>('search-sort');
  if (!form || !input || !status || !suggestions || !named || !facets || !list || !more || !sort) return undefined;
  return {
    form,
    input,
    status,
    suggestions,
    named,
    facets,
    list,
    more,
    sort,
    toggle: inApp('search-filters-toggle'),
    filters: inApp('search-filters'),
  };
}

const isFilter = (name: string): name is SearchFilter => (SEARCH_FILTERS as readonly string[]).includes(name);

/** The search as it stands, and how much of its results the page lists. */
class SearchPage {
  #state: SearchState;
  readonly #parts: Parts;
  readonly #latest = new LatestOnly();
  #current: PagefindResult[] | undefined;
  #shown = 0;
  /** Pages already listed, so that "Show more" never lists one twice (a named entry is moved up). */
  readonly #listed = new Set<string>();

  constructor(parts: Parts, state: SearchState) {
    this.#parts = parts;
    this.#state = state;
    parts.input.value = state.q;
    parts.sort.value = state.sort;
  }

  get state(): SearchState {
    return this.#state;
  }

  /** Changes the search and runs it. */
  change(change: Partial<SearchState>): void {
    this.#state = { ...this.#state, ...change };
    void this.run();
  }

  /** Puts the search in the URL, asks Pagefind and shows what it found, unless a newer run has started since. */
  async run(): Promise<void> {
    const query = writeState(this.#state);
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
    const engine = await pagefind();
    // Loading the filter index first makes every search return counts per filter value.
    await engine.filters();
    if (!this.#state.q && !hasFilters(this.#state)) {
      const all = await this.#latest.run(() => engine.filters());
      if (all) this.#showStart(all);
      return;
    }
    const options = { filters: pagefindFilters(this.#state.filters), sort: pagefindSort(this.#state.sort) };
    const found = await this.#latest.run(async () => {
      const ranked = await rankedSearch(this.#state.q, PAGE_SIZE, options);
      const counts = await this.#facetCounts(ranked.search.filters, ranked.asked);
      return { ranked, counts };
    });
    if (found) this.#showFound(found.ranked, found.counts);
  }

  async showMore(): Promise<void> {
    const { list, more } = this.#parts;
    if (!this.#current) return;
    const next = this.#current.slice(this.#shown, this.#shown + PAGE_SIZE);
    const data: PagefindData[] = (await Promise.all(next.map((result) => result.data()))).filter((item) => !this.#listed.has(item.url));
    for (const item of data) this.#listed.add(item.url);
    list.insertAdjacentHTML('beforeend', resultItems(data, list.children.length).markup);
    this.#shown += next.length;
    more.hidden = this.#shown >= this.#current.length;
  }

  /** Nothing asked: no results, and every filter value with its count. */
  #showStart(all: FilterCounts): void {
    const { list, suggestions, more, status } = this.#parts;
    this.#current = undefined;
    this.#shown = 0;
    list.replaceChildren();
    this.#showNamed([]);
    suggestions.replaceChildren();
    more.hidden = true;
    this.#showFacets(all);
    status.textContent = START_STATUS;
  }

  #showFound(ranked: RankedSearch, counts: FacetCounts): void {
    const { list, more, status, suggestions } = this.#parts;
    this.#current = ranked.results;
    this.#shown = Math.min(PAGE_SIZE, ranked.results.length);
    this.#listed.clear();
    for (const item of ranked.first) this.#listed.add(item.url);
    list.innerHTML = resultItems(ranked.first).markup;
    more.hidden = this.#shown >= ranked.results.length;
    this.#showFacets(counts);
    this.#showNamed(namedShown(ranked.named, ranked.first[0]?.url));
    const total = ranked.results.length;
    status.textContent = statusText(this.#state, { total, corrected: ranked.corrected, relaxed: ranked.relaxed });
    if (total === 0) suggestions.innerHTML = noResultsHtml(this.#state.filters).markup;
    else suggestions.replaceChildren();
  }

  #showFacets(counts: Partial<FacetCounts>): void {
    this.#parts.facets.innerHTML = facetsHtml(counts, this.#state.filters).markup;
  }

  #showNamed(named: readonly Suggestion[]): void {
    this.#parts.named.innerHTML = namedHtml(named).markup;
    this.#parts.named.hidden = named.length === 0;
  }

  /** Counts per facet value; a facet with a selection is counted without its own selection (values in a facet are alternatives). The searches run at once. */
  async #facetCounts(counted: FilterCounts, asked: string): Promise<FacetCounts> {
    const engine = await pagefind();
    const entries = await Promise.all(
      SEARCH_FILTERS.map(async (key): Promise<[SearchFilter, Record<string, number>]> => {
        if (this.#state.filters[key].length === 0) return [key, counted[key] ?? {}];
        const without = await engine.search(asked || null, { filters: pagefindFilters(this.#state.filters, key) });
        return [key, without.filters[key] ?? {}];
      }),
    );
    return Object.fromEntries(entries) as FacetCounts;
  }
}

/** The box, the sort, the facets' checkboxes and the buttons that remove a filter. */
function wireControls({ form, input, sort, more, facets, suggestions, toggle, filters }: Parts, page: SearchPage): void {
  toggle?.addEventListener('click', () => {
    const open = !filters?.classList.contains('open');
    filters?.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
  });
  input.addEventListener('input', () => page.change({ q: input.value.trim() }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    page.change({ q: input.value.trim() });
  });
  sort.addEventListener('change', () => page.change({ sort: readState(new URLSearchParams({ sort: sort.value })).sort }));
  more.addEventListener('click', () => void page.showMore());
  facets.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !isFilter(box.name)) return;
    page.change({ filters: withFilter(page.state.filters, box.name, box.value, box.checked) });
  });
  suggestions.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('button.remove-filter') : null;
    const key = button?.dataset['filter'];
    const value = button?.dataset['value'];
    if (key === undefined || value === undefined || !isFilter(key)) return;
    page.change({ filters: withFilter(page.state.filters, key, value, false) });
  });
}

/** ArrowDown from the box to the first link; arrows through the named entries, then the results; Escape back to the box. */
function wireArrowKeys({ input, named, list }: Parts): void {
  const links = () => [
    ...named.querySelectorAll<HTMLAnchorElement>('a.named-link'),
    ...list.querySelectorAll<HTMLAnchorElement>('a.result-link'),
  ];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (first) {
      event.preventDefault();
      first.focus();
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
  named.addEventListener('keydown', onListKey);
}

/** Mounts the search page on its app element. */
export function mountSearchPage(app: HTMLElement): void {
  const parts = findParts(app);
  if (!parts) return;
  const page = new SearchPage(parts, readState(new URLSearchParams(window.location.search)));
  wireControls(parts, page);
  wireArrowKeys(parts);
  void page.run();
}
