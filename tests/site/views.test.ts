import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/check.ts';
import { entryUrl } from '../../src/lib/site/routes.ts';
import { ROOT, SITE_DIR } from '../setup/paths.ts';
import { page, text } from '../setup/site.ts';

const content = loadContent(`${ROOT}/content`, ROOT);
const countries = content.entries.filter((e) => e.collection === 'countries');
const VIEWS = ['/matrix/', '/map/', '/timeline/', '/vendors/'];

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
  const timeline = page(SITE_DIR, '/timeline/');

  test('lists every event by year, each linking to its countries, programs and sources', () => {
    const events = content.entries.filter((e) => e.collection === 'events');
    for (const event of events) {
      const item = timeline.getElementById(`event-${event.id}`);
      expect(item, event.file).not.toBeNull();
      const year = String(event.data['date']).slice(0, 4);
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

  test('each country’s events appear on its page', () => {
    for (const event of content.entries.filter((e) => e.collection === 'events')) {
      for (const country of event.data['countries'] as { collection: 'countries'; id: string }[]) {
        expect(
          page(SITE_DIR, entryUrl(country)).querySelector(`main a[href="${entryUrl(event)}"]`),
          `${event.file} on ${country.id}`,
        ).not.toBeNull();
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
      .find((tr) => tr.querySelector('th a')?.getAttribute('href') === '/organizations/huawei/');
    expect(huawei).toBeDefined();
    expect(huawei?.querySelectorAll('td a').map((a) => a.getAttribute('href'))).toEqual(
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
