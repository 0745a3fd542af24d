// What a search result and the header box's list say, without a browser (src/client/render.ts, header-view.ts, html.ts).
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import type { Suggestion } from '../../src/lib/search/name-match.ts';
import { allResultsLabel, headerOptions, headerStatus, optionsHtml, resultDetail } from '../../src/client/header-view.ts';
import { html, pagefindMarkup } from '../../src/client/html.ts';
import type { PagefindData } from '../../src/client/pagefind.ts';
import { resultCard, resultItems } from '../../src/client/render.ts';

const HOSTILE = `</script><script>alert(1)</script> Land & “Co” 'Ltd' <img src=x onerror=alert(2)>`;

const result = (url: string, meta: PagefindData['meta'], extra: Partial<PagefindData> = {}): PagefindData => ({
  url,
  excerpt: 'sovereign <mark>chips</mark> &amp; cloud',
  meta,
  sub_results: [],
  ...extra,
});

const quote = result('/quotes/winter-levy/?highlight=expensive', {
  type: 'Quote',
  quote: 'a very, very expensive proposition',
  speaker: 'Sam Winter-Levy',
  outlet: 'Rest of World',
  date: '2024-02-12',
});

describe('html', () => {
  test('escapes every value but markup it was given', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${'"x" & y'}">${inner}${[inner, inner]}${undefined}${false}${0}</p>`.markup).toBe(
      '<p title="&quot;x&quot; &amp; y"><b>&lt;i&gt;</b><b>&lt;i&gt;</b><b>&lt;i&gt;</b>0</p>',
    );
    expect(html`${pagefindMarkup('<mark>a</mark>')}`.markup).toBe('<mark>a</mark>');
  });
});

describe('a result card', () => {
  test('says what kind of entry it is and links its title, numbered in the list', () => {
    const root = parse(
      resultItems([result('/countries/india/', { type: 'Country', title: 'India' }), result('/countries/peru/', {})], 20).markup,
    );
    expect(root.querySelectorAll('.result-type').map((p) => p.textContent)).toEqual(['Country', 'Entry']);
    const links = root.querySelectorAll('a.result-link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('data-result-index')])).toEqual([
      ['India', '/countries/india/', '20'],
      ['/countries/peru/', '/countries/peru/', '21'],
    ]);
  });

  test('shows a quote as its own words, with its speaker, outlet and date', () => {
    const root = parse(resultCard(quote, 0).markup);
    expect(root.querySelector('.result-title')?.textContent).toBe('“a very, very expensive proposition”');
    expect(root.querySelector('.result-meta')?.textContent).toBe('— Sam Winter-Levy, in Rest of World, 12 February 2024');
    expect(root.querySelector('.result-excerpt')).toBeNull();
    expect(root.querySelector('article')?.getAttribute('data-date')).toBe('2024-02-12');
  });

  test('says what its date is', () => {
    const meta = (card: string) => parse(card).querySelector('.result-meta')?.textContent;
    expect(meta(resultCard(result('/countries/malaysia/', { type: 'Country', date: '2026-11-03', dateKind: 'updated' }), 0).markup)).toBe(
      'Last changed on 3 November 2026',
    );
    expect(meta(resultCard(result('/programs/p/', { type: 'Program or deal', date: '2024-05', dateKind: 'announced' }), 0).markup)).toBe(
      'Announced May 2024',
    );
    expect(meta(resultCard(result('/sources/s/', { type: 'Source', publisher: 'Reuters', date: '2025-01-02' }), 0).markup)).toBe(
      'Reuters · 2 January 2025',
    );
    expect(meta(resultCard(result('/layers/chips/', { type: 'Stack layer' }), 0).markup)).toBeUndefined();
  });

  test('keeps Pagefind’s marks in the excerpt and links at most three matching sections of other pages', () => {
    const sub = (n: number, anchor = true) => ({
      title: `Part ${n}`,
      url: `/countries/india/#part-${n}`,
      excerpt: `<mark>chips</mark> ${n}`,
      ...(anchor ? { anchor: { id: `part-${n}` } } : {}),
    });
    const card = resultCard(
      result(
        '/countries/india/',
        { type: 'Country', title: 'India' },
        { sub_results: [{ ...sub(0), url: '/countries/india/' }, sub(1), sub(2, false), sub(3), sub(4), sub(5)] },
      ),
      0,
    );
    const root = parse(card.markup);
    expect(root.querySelector('.result-excerpt')?.innerHTML).toBe('sovereign <mark>chips</mark> &amp; cloud');
    expect(root.querySelectorAll('.result-sections a').map((a) => a.getAttribute('href'))).toEqual([
      '/countries/india/#part-1',
      '/countries/india/#part-3',
      '/countries/india/#part-4',
    ]);
    expect(root.querySelectorAll('.result-section-excerpt mark').length).toBe(3);
  });

  test('shows hostile titles, bylines and dates as text', () => {
    const card = resultCard(result('/quotes/q/', { type: HOSTILE, quote: HOSTILE, speaker: HOSTILE, date: `"><img src=x>` }), 0);
    const root = parse(card.markup);
    expect(root.querySelectorAll('script, img').length).toBe(0);
    expect(root.querySelector('.result-title')?.textContent).toBe(`“${HOSTILE}”`);
    expect(root.querySelector('.result-type')?.textContent).toBe(HOSTILE);
    expect(root.querySelector('article')?.getAttribute('data-date')).toBe(`"><img src=x>`);
  });
});

describe('the header box', () => {
  const name = (n: string, u: string, e?: string): Suggestion =>
    ({ record: { n, t: 'Organization', f: 'organization', u, p: 1, ...(e ? { e } : {}) }, level: 0 }) as Suggestion;

  test('“All N results”, “The 1 result”, or no match, with the corrected name and what was typed', () => {
    expect(allResultsLabel('chips', 12)).toBe('All 12 results for “chips”');
    expect(allResultsLabel('Qazinform', 1)).toBe('The 1 result for “Qazinform” on the search page');
    expect(allResultsLabel('zzz', 0)).toBe('No matches for “zzz”: open the search page');
    expect(allResultsLabel('Huawie', 7, 'huawei')).toBe('All 7 results for “huawei” (you typed “Huawie”)');
  });

  test('tells a screen reader how many names and results there are', () => {
    expect(headerStatus('nvidia', 2)).toBe('2 named');
    expect(headerStatus('nvidia', 2, 14)).toBe('2 named, 14 results');
    expect(headerStatus('Qazinform', 0, 1)).toBe('1 result');
    expect(headerStatus('zzz', 0, 0)).toBe('No results for zzz');
  });

  test('lists names first, then results not already named, then the search page', () => {
    const options = headerOptions(
      'nvidia ai',
      [name('Nvidia', '/organizations/nvidia/', 'NVIDIA Corporation')],
      'https://atlas.test/search/',
      {
        data: [result('/organizations/nvidia/?highlight=nvidia', { type: 'Organization', title: 'Nvidia' }), quote],
        total: 9,
      },
    );
    expect(options.map((o) => [o.kind, o.href, o.title])).toEqual([
      ['name', '/organizations/nvidia/', 'Nvidia'],
      ['result', quote.url, '“a very, very expensive proposition”'],
      ['all', 'https://atlas.test/search/?q=nvidia%20ai', 'All 9 results for “nvidia ai”'],
    ]);
    expect(options[0]?.detail).toBe('NVIDIA Corporation');
    expect(headerOptions('nvidia', [name('Nvidia', '/organizations/nvidia/')], '/search/').map((o) => o.kind)).toEqual(['name']);
  });

  test('gives a quote its byline, a source and an event their date, other entries their publisher only', () => {
    expect(resultDetail(quote.meta)).toBe('— Sam Winter-Levy, in Rest of World, 12 February 2024');
    expect(resultDetail({ type: 'Source', publisher: 'Reuters', date: '2025-01' })).toBe('Reuters · January 2025');
    expect(resultDetail({ type: 'Event', date: '2025-01-02' })).toBe('2 January 2025');
    expect(resultDetail({ type: 'Program or deal', publisher: 'Nvidia', date: '2025-01-02' })).toBe('Nvidia');
    expect(resultDetail({ type: 'Country', date: '2025-01-02' })).toBeUndefined();
  });

  test('numbers the options for aria-activedescendant and shows hostile names as text', () => {
    const root = parse(
      optionsHtml(headerOptions(HOSTILE, [name(HOSTILE, '/countries/hostile-land/', HOSTILE)], '/search/', { data: [], total: 0 })).markup,
    );
    expect(root.querySelectorAll('[role="option"]').map((o) => [o.id, o.getAttribute('class')])).toEqual([
      ['site-search-option-0', 'option-name'],
      ['site-search-option-1', 'option-all'],
    ]);
    expect(root.querySelectorAll('script, img').length).toBe(0);
    expect(root.querySelector('.option-title')?.textContent).toBe(HOSTILE);
    expect(root.querySelector('.option-detail')?.textContent).toBe(HOSTILE);
    expect(root.querySelector('.option-all a')?.getAttribute('href')).toBe(`/search/?q=${encodeURIComponent(HOSTILE)}`);
  });
});
