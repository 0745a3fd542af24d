import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/check.ts';
import { entryUrl, timelineUrl } from '../../src/lib/site/routes.ts';
import { regionKey } from '../../src/lib/views/timeline.ts';
import { ROOT, SITE_DIR } from '../setup/paths.ts';
import { page, text } from '../setup/site.ts';

const content = loadContent(`${ROOT}/content`, ROOT);
const countries = content.entries.filter((e) => e.collection === 'countries');
const VIEWS = [
  '/matrix/',
  '/matrix/by-region/',
  '/map/',
  '/timeline/',
  '/timeline/year/2025/',
  '/timeline/country/japan/oldest/',
  '/vendors/',
  '/offers/',
  '/offers/by-country/',
  '/offers/by-date/',
  '/compare/neighbours/malaysia/',
];

describe('the dependency matrix', () => {
  const matrix = page(SITE_DIR, '/matrix/');

  test('has a row for every country, under its strategy', () => {
    for (const country of countries) {
      const row = matrix.querySelector(`tr[data-country="${country.id}"]`);
      expect(row, country.file).not.toBeNull();
      expect(row?.querySelector('th[scope="row"] a')?.getAttribute('href')).toBe(entryUrl(country));
    }
    const groups = matrix.querySelectorAll('th[scope="rowgroup"]').map((th) => text(th));
    expect(groups.length).toBeGreaterThanOrEqual(3);
  });

  test('every cell with a stack row says its reliance in words and links to the note and a source', () => {
    for (const country of countries) {
      const stack = country.data['stack'] as { layer: { id: string }; reliance: string }[];
      const row = matrix.querySelector(`tr[data-country="${country.id}"]`);
      const links = row?.querySelectorAll('td.cell a.reliance') ?? [];
      expect(links.length, country.file).toBe(stack.length);
      for (const cell of stack) {
        const link = row?.querySelector(`a[href="${entryUrl(country)}#stack-${cell.layer.id}"]`);
        expect(text(link), `${country.file} ${cell.layer.id}`).not.toBe('');
        expect(link?.getAttribute('class')).toContain(`reliance-${cell.reliance}`);
        expect(link?.parentNode?.querySelector('a.cell-source')?.getAttribute('href'), `${country.file} ${cell.layer.id}`).toMatch(
          /^\/sources\//,
        );
      }
    }
  });

  test('is a real table for screen readers, with a caption and header cells', () => {
    expect(matrix.querySelector('table caption')).not.toBeNull();
    expect(matrix.querySelectorAll('thead th[scope="col"]').length).toBe(9);
  });
});

describe('the world map', () => {
  const map = page(SITE_DIR, '/map/');

  test('draws every country with an ISO code as a linked, titled shape, and lists them below', () => {
    for (const country of countries) {
      const iso = country.data['iso2'];
      const list =
        map.querySelector(`main ul a[href="${entryUrl(country)}"]`) ?? map.querySelector(`main p a[href="${entryUrl(country)}"]`);
      expect(list, `${country.file} listed`).not.toBeNull();
      if (typeof iso !== 'string') continue;
      const shape = map.querySelector(`svg a[data-iso="${iso}"]`);
      expect(shape, `${country.file} drawn`).not.toBeNull();
      expect(shape?.getAttribute('href')).toBe(entryUrl(country));
      expect(text(shape?.querySelector('title'))).toContain(String(country.data['name']));
      expect(shape?.querySelector('path')?.getAttribute('class')).toContain(`strategy-${String(country.data['strategy'])}`);
    }
  });

  test('notes blocs in the legend area, and the home page shows the map and links to the matrix', () => {
    expect(text(map.querySelector('main'))).toContain('Blocs are not drawn as one shape: European Union');
    const home = page(SITE_DIR, '/');
    expect(home.querySelectorAll('svg a[data-iso]').length).toBe(countries.filter((c) => c.data['iso2']).length);
    expect(home.querySelector('main a[href="/matrix/"]')).not.toBeNull();
  });
});

describe('the timeline', () => {
  const events = content.entries.filter((e) => e.collection === 'events');
  const regionOf = new Map(countries.map((c) => [c.id, String(c.data['region'])]));
  /** Every page of a list, following its pager from the first. */
  const pagesOf = (first: string) => {
    const root = page(SITE_DIR, first);
    const others = root.querySelectorAll('nav.pager a').map((a) => a.getAttribute('href') ?? '');
    return [root, ...others.map((href) => page(SITE_DIR, href))];
  };
  const itemsOf = (first: string) => pagesOf(first).flatMap((root) => root.querySelectorAll('ol.timeline > li'));
  const dates = (first: string) => itemsOf(first).map((li) => li.querySelector('time')?.getAttribute('datetime') ?? '');

  test('is newest first in pages of at most 40, every item once; oldest first is one link away', () => {
    const newest = itemsOf('/timeline/');
    const ids = newest.map((li) => li.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const event of events) expect(ids, event.file).toContain(`event-${event.id}`);
    for (const root of pagesOf('/timeline/')) expect(root.querySelectorAll('ol.timeline > li').length).toBeLessThanOrEqual(40);
    const down = dates('/timeline/');
    expect(down).toEqual([...down].sort().reverse());
    const timeline = page(SITE_DIR, '/timeline/');
    expect(timeline.querySelector('.timeline-filters a[href="/timeline/oldest/"]')).not.toBeNull();
    const up = dates('/timeline/oldest/');
    expect(up).toEqual([...down].sort());
  });

  test('each event is on its year’s page, under its year, linking to its countries and sources', () => {
    for (const event of events) {
      const year = String(event.data['date']).slice(0, 4);
      const item = pagesOf(`/timeline/year/${year}/`)
        .map((root) => root.getElementById(`event-${event.id}`))
        .find(Boolean);
      expect(item, event.file).toBeDefined();
      expect(item?.closest('section')?.querySelector('h2')?.id, event.file).toBe(`year-${year}`);
      const hrefs = item?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? [];
      for (const ref of [
        ...(event.data['countries'] as { collection: 'countries'; id: string }[]),
        ...(event.data['sources'] as { collection: 'sources'; id: string }[]),
      ]) {
        expect(hrefs, event.file).toContain(entryUrl(ref));
      }
    }
  });

  test('a country’s or a region’s page holds exactly the events that name it, and links to every other choice', () => {
    const japan = new Set(itemsOf('/timeline/country/japan/').map((li) => li.id));
    const named = events.filter((e) => (e.data['countries'] as { id: string }[]).some((c) => c.id === 'japan'));
    expect(named.length).toBeGreaterThan(5);
    for (const event of events) expect(japan.has(`event-${event.id}`), event.file).toBe(named.includes(event));
    const europe = new Set(itemsOf('/timeline/region/europe/').map((li) => li.id));
    for (const event of events) {
      const inEurope = (event.data['countries'] as { id: string }[]).some((c) => regionOf.get(c.id) === 'Europe');
      expect(europe.has(`event-${event.id}`), event.file).toBe(inEurope);
    }
    const filters = page(SITE_DIR, '/timeline/country/japan/').querySelector('.timeline-filters');
    expect(filters?.querySelectorAll('[aria-current="page"]').map((el) => el.textContent)).toEqual([
      'Newest first',
      expect.stringMatching(/^Japan \(\d+\)$/),
    ]);
    for (const country of countries.filter(
      (c) => c.id !== 'japan' && events.some((e) => (e.data['countries'] as { id: string }[]).some((x) => x.id === c.id)),
    ))
      expect(filters?.querySelector(`a[href="/timeline/country/${country.id}/"]`), country.id).not.toBeNull();
    for (const region of new Set(regionOf.values()))
      expect(filters?.querySelector(`a[href="${timelineUrl({ kind: 'region', key: regionKey(region) })}"]`), region).not.toBeNull();
  });

  test('each country’s events appear on its page', () => {
    for (const event of events) {
      for (const country of event.data['countries'] as { collection: 'countries'; id: string }[]) {
        expect(
          page(SITE_DIR, entryUrl(country)).querySelector(`main a[href="${entryUrl(event)}"]`),
          `${event.file} on ${country.id}`,
        ).not.toBeNull();
      }
    }
  });
});

describe('the field by region', () => {
  test('the home page lists every country under its region, with the region’s timeline', () => {
    const home = page(SITE_DIR, '/');
    for (const country of countries) {
      const link = home.querySelector(`.regions a[href="${entryUrl(country)}"]`);
      expect(link, country.file).not.toBeNull();
      expect(text(link?.closest('section')?.querySelector('h3')), country.file).toBe(String(country.data['region']));
    }
    expect(home.querySelectorAll('.regions section').length).toBe(new Set(countries.map((c) => c.data['region'])).size);
  });

  test('/matrix/by-region/ groups the same rows by region', () => {
    const matrix = page(SITE_DIR, '/matrix/by-region/');
    for (const country of countries) {
      const row = matrix.querySelector(`tr[data-country="${country.id}"]`);
      expect(row, country.file).not.toBeNull();
      expect(text(row?.closest('tbody')?.querySelector('th[scope="rowgroup"]')), country.file).toBe(String(country.data['region']));
    }
  });

  test('/vendors/ has one table per region whose columns are that region’s countries', () => {
    const vendors = page(SITE_DIR, '/vendors/');
    const tables = vendors.querySelectorAll('table.vendors');
    expect(tables.length).toBeGreaterThan(3);
    for (const table of tables) {
      const region = text(table.closest('section')?.querySelector('h2'));
      const columns = table.querySelectorAll('thead th[scope="col"] a').map((a) => a.getAttribute('href'));
      expect(columns.length, region).toBeGreaterThan(0);
      for (const href of columns) {
        const country = countries.find((c) => entryUrl(c) === href);
        expect(country?.data['region'], `${href} under ${region}`).toBe(region);
      }
    }
  });
});

describe('vendor footprints', () => {
  test('an organization page shows the programs it runs, their countries and layers', () => {
    const nvidia = page(SITE_DIR, '/organizations/nvidia/');
    const table = nvidia.querySelector('#footprint')?.closest('section')?.querySelector('table');
    expect(table).not.toBeNull();
    const rows = table?.querySelectorAll('tbody tr') ?? [];
    expect(rows.map((r) => r.querySelector('th a')?.getAttribute('href'))).toEqual(
      expect.arrayContaining(['/programs/nvidia-sovereign-ai/', '/programs/stargate-uae/']),
    );
    expect(text(table)).toContain('South Korea');
  });

  test('/vendors/ crosses vendors with countries', () => {
    const vendors = page(SITE_DIR, '/vendors/');
    const huawei = vendors
      .querySelectorAll('tbody tr')
      .filter((tr) => tr.querySelector('th a')?.getAttribute('href') === '/organizations/huawei/');
    expect(huawei.length).toBeGreaterThan(1);
    expect(huawei.flatMap((tr) => tr.querySelectorAll('td a').map((a) => a.getAttribute('href')))).toEqual(
      expect.arrayContaining(['/programs/huawei-malaysia/']),
    );
  });
});

describe('views are static', () => {
  test.each(VIEWS)('%s loads no script but the on-demand loader', (path) => {
    const root = page(SITE_DIR, path);
    expect(root.querySelectorAll('script[src]').length).toBe(0);
    expect(root.querySelectorAll('script').length).toBe(1);
  });
});
