// What the search page says and lists, from its state and results, without a browser (src/client/page-view.ts).
import { parse } from 'node-html-parser';
import { describe, expect, test, vi } from 'vitest';
import type { Suggestion } from '../../src/lib/search/name-match.ts';
import { emptyFilters, type SearchState } from '../../src/lib/search/state.ts';
import { describeFilters, facetsHtml, namedHtml, namedShown, noResultsHtml, statusText, withFilter } from '../../src/client/page-view.ts';

// The search bundle is given each collection's words when it is built (src/integrations/client-scripts.ts); so is this test.
vi.mock('../../src/lib/search/config.ts', async (original) => ({
  ...(await original<typeof import('../../src/lib/search/config.ts')>()),
  COLLECTION_WORDS: (await import('../../src/lib/search/page-tags.ts')).collectionWords(),
}));

const HOSTILE = `</script><script>alert(1)</script> Land & “Co” 'Ltd' <img src=x onerror=alert(2)>`;

const state = (q: string, filters: Partial<SearchState['filters']> = {}): SearchState => ({
  q,
  filters: { ...emptyFilters(), ...filters },
  sort: 'relevance',
});

const named = (name: string, url: string, own?: string): Suggestion =>
  ({ record: { n: name, t: 'Country', f: 'country', u: url, p: 0, ...(own ? { e: own } : {}) }, level: 0 }) as Suggestion;

const text = (markup: { markup: string }) => parse(markup.markup).textContent;

describe('the status line', () => {
  test('counts results in words that agree with the number', () => {
    expect(statusText(state('Qazinform'), { total: 1 })).toBe('1 result for “Qazinform”.');
    expect(statusText(state('chips'), { total: 12 })).toBe('12 results for “chips”.');
  });

  test('says what the results are filtered by, with types by their plural', () => {
    expect(statusText(state('huawei', { type: ['program'], country: ['India'] }), { total: 3 })).toBe(
      '3 results for “huawei” (filtered by Type: Programs and deals, Country: India).',
    );
    expect(statusText(state('', { year: ['2025'] }), { total: 40 })).toBe('40 results (filtered by Year: 2025).');
  });

  test('says when nothing is found', () => {
    expect(statusText(state('Stargate', { type: ['layer'] }), { total: 0 })).toBe(
      'No results for “Stargate” (filtered by Type: Stack layers).',
    );
  });

  test('names the corrected name the results are for, and what was typed', () => {
    expect(statusText(state('Huawie'), { total: 5, corrected: 'huawei' })).toBe(
      '5 results for “huawei”. No page has “Huawie”; these are for the name it is closest to.',
    );
  });

  test('names the words left out when no page has all of them', () => {
    expect(statusText(state('who supplies chips to Kazakhstan'), { total: 4, relaxed: ['who', 'to'] })).toBe(
      '4 results for “who supplies chips to Kazakhstan”. Without “who”, “to”: no page has every word asked for.',
    );
    expect(statusText(state('chips'), { total: 4, relaxed: [] })).toBe('4 results for “chips”.');
  });
});

describe('the facets', () => {
  const counts = {
    type: { quote: 3, country: 5, source: 0 },
    country: {},
    layer: { Chips: 2 },
    speaker: { [HOSTILE]: 1 },
    year: { '2024': 9, '2025': 1 },
  };

  test('label each filter and each value, with its count; types by their plural', () => {
    const root = parse(facetsHtml(counts, emptyFilters()).markup);
    expect(root.querySelectorAll('legend').map((l) => l.textContent)).toEqual(['Type', 'Country', 'Stack layer', 'Speaker', 'Year']);
    const type = root.querySelectorAll('fieldset')[0];
    expect(type?.querySelectorAll('label').map((l) => l.textContent.trim())).toEqual(['Countries (5)', 'Quotes (3)']);
  });

  test('list years newest first, and say when a filter has no value in the results', () => {
    const [, country, , , year] = parse(facetsHtml(counts, emptyFilters()).markup).querySelectorAll('fieldset');
    expect(year?.querySelectorAll('input').map((i) => i.getAttribute('value'))).toEqual(['2025', '2024']);
    expect(country?.textContent).toContain('None in these results');
  });

  test('tick the chosen values, and keep a chosen value the results no longer have', () => {
    const root = parse(facetsHtml(counts, { ...emptyFilters(), type: ['quote', 'event'] }).markup);
    const boxes = root.querySelectorAll('input[name="type"]');
    expect(boxes.map((b) => [b.getAttribute('value'), b.hasAttribute('checked')])).toEqual([
      ['country', false],
      ['quote', true],
      ['event', true],
    ]);
    expect(root.querySelector('input[value="event"]')?.parentNode?.textContent.trim()).toBe('Events (0)');
  });

  test('show a hostile value as text, and give it back unchanged as the checkbox value', () => {
    const root = parse(facetsHtml(counts, emptyFilters()).markup);
    expect(root.querySelectorAll('script, img').length).toBe(0);
    const speaker = root.querySelector('input[name="speaker"]');
    expect(speaker?.getAttribute('value')).toBe(HOSTILE);
    expect(speaker?.parentNode?.textContent).toBe(` ${HOSTILE} (1)`);
  });

  test('choosing and dropping a value changes only its own filter', () => {
    const filters = { ...emptyFilters(), type: ['quote'], year: ['2025'] };
    expect(withFilter(filters, 'type', 'source', true)).toEqual({ ...filters, type: ['quote', 'source'] });
    expect(withFilter(filters, 'type', 'quote', false)).toEqual({ ...filters, type: [] });
    expect(filters.type).toEqual(['quote']);
    expect(describeFilters(withFilter(filters, 'type', 'source', true))).toBe('Type: Quotes, Type: Sources, Year: 2025');
  });
});

describe('the named entries above the results', () => {
  test('leave out the entry already listed first (its link carries the highlight query) and show at most four', () => {
    const all = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => named(id.toUpperCase(), `/countries/${id}/`));
    expect(namedShown(all, '/countries/a/?highlight=a').map((s) => s.record.u)).toEqual([
      '/countries/b/',
      '/countries/c/',
      '/countries/d/',
      '/countries/e/',
    ]);
    expect(namedShown(all).length).toBe(4);
  });

  test('give each its type and name, and the entry’s own name for another of its names', () => {
    const root = parse(namedHtml([named('UAE', '/countries/united-arab-emirates/', 'United Arab Emirates')]).markup);
    expect(root.querySelector('a.named-link')?.getAttribute('href')).toBe('/countries/united-arab-emirates/');
    expect(root.textContent).toBe('Country UAE (United Arab Emirates)');
  });

  test('show a hostile name as text', () => {
    const root = parse(namedHtml([named(HOSTILE, '/countries/hostile-land/')]).markup);
    expect(root.querySelectorAll('script, img').length).toBe(0);
    expect(root.querySelector('.option-title')?.textContent).toBe(HOSTILE);
  });
});

describe('when nothing is found', () => {
  test('offer to remove each chosen filter, by name and value', () => {
    const root = parse(noResultsHtml({ ...emptyFilters(), type: ['layer'], speaker: [HOSTILE] }).markup);
    expect(root.querySelector('p')?.textContent).toBe('Try removing a filter:');
    const buttons = root.querySelectorAll('button.remove-filter');
    expect(buttons.map((b) => b.textContent)).toEqual(['Remove Type: Stack layers', `Remove Speaker: ${HOSTILE}`]);
    expect(buttons.map((b) => [b.getAttribute('data-filter'), b.getAttribute('data-value')])).toEqual([
      ['type', 'layer'],
      ['speaker', HOSTILE],
    ]);
    expect(root.querySelectorAll('script, img').length).toBe(0);
  });

  test('without filters, suggest other words', () => {
    expect(text(noResultsHtml(emptyFilters()))).toBe('Try other or fewer words, or browse the indexes linked at the top of the page.');
  });
});
