// Compare: prepared comparisons as pages of their own (each country with its neighbours, linked from
// its page), every cell dated and sourced or marked "No data", and the columns the compare page's
// script reads, which render to the very table the prepared page shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/check.ts';
import { compareTable, NO_DATA } from '../../src/client/compare-view.ts';
import type { CompareColumn } from '../../src/lib/views/compare.ts';
import { compareDataUrl, entryUrl, neighboursUrl } from '../../src/lib/site/routes.ts';
import { ROOT, SITE_DIR } from '../setup/paths.ts';
import { page, text } from '../setup/site.ts';

const content = loadContent(`${ROOT}/content`, ROOT);
const countries = content.entries.filter((e) => e.collection === 'countries');
const layers = content.entries
  .filter((e) => e.collection === 'layers')
  .sort((a, b) => (a.data['order'] as number) - (b.data['order'] as number));
const json = <T>(url: string): T => JSON.parse(readFileSync(join(SITE_DIR, url), 'utf8')) as T;
const choices = json<{ min: number; max: number; kinds: { kind: string; label: string; rows: string[]; entries: { id: string }[] }[] }>(
  compareDataUrl(),
);

/** The prepared comparison a country's page links to, as its entries' ids. */
function neighboursOf(country: (typeof countries)[number]): string[] {
  const link = page(SITE_DIR, entryUrl(country))
    .querySelectorAll('dl.facts a')
    .map((a) => a.getAttribute('href') ?? '')
    .find((href) => href.startsWith('/compare/'));
  expect(link, country.file).toBe(`/compare/neighbours/${country.id}/`);
  return page(SITE_DIR, link ?? '')
    .querySelectorAll('table.compare thead th a')
    .map((a) => (a.getAttribute('href') ?? '').replace(/^\/countries\/|\/$/g, ''));
}

describe('prepared comparisons', () => {
  test('every country page links to a comparison with up to three neighbours, of its region where it has any', () => {
    for (const country of countries) {
      const ids = neighboursOf(country);
      expect(ids[0], country.file).toBe(country.id);
      expect(ids.length, country.file).toBeGreaterThanOrEqual(2);
      expect(ids.length, country.file).toBeLessThanOrEqual(4);
      const sameRegion = countries.filter((c) => c.id !== country.id && c.data['region'] === country.data['region']);
      if (sameRegion.length > 0)
        for (const id of ids.slice(1))
          expect(
            sameRegion.map((c) => c.id),
            `${country.file}: ${id}`,
          ).toContain(id);
    }
  });

  test('a country comparison shows each stack row as recorded, dated and sourced, and “No data” where there is none', () => {
    for (const country of countries.slice(0, 12)) {
      const ids = neighboursOf(country);
      const root = page(SITE_DIR, neighboursUrl(country.id));
      const table = root.querySelector('table.compare');
      const headings = table?.querySelectorAll('thead th a').map((a) => a.getAttribute('href'));
      expect(headings, country.file).toEqual(ids.map((id) => `/countries/${id}/`));
      const rows = table?.querySelectorAll('tbody tr') ?? [];
      ids.forEach((id, column) => {
        const entry = countries.find((c) => c.id === id);
        const stack = entry?.data['stack'] as { layer: { id: string }; asOf: string; sources: { id: string }[] }[];
        layers.forEach((layer) => {
          const tr = rows.find((r) => text(r.querySelector('th')) === layer.data['name']);
          const cell = tr?.querySelectorAll('td')[column];
          const row = stack.find((r) => r.layer.id === layer.id);
          const where = `${id}: ${layer.id}`;
          if (!row) {
            expect(text(cell), where).toBe(NO_DATA);
            return;
          }
          expect(cell?.querySelector('a')?.getAttribute('href'), where).toBe(`/countries/${id}/#stack-${layer.id}`);
          expect(cell?.querySelector('time')?.getAttribute('datetime'), where).toBe(row.asOf);
          expect(
            cell?.querySelectorAll('.term-sources a').map((a) => a.getAttribute('href')),
            where,
          ).toEqual(row.sources.map((s) => `/sources/${s.id}/`));
        });
      });
    }
  });

  test('the columns the compare page reads render to the very table a prepared page shows', () => {
    const list = page(SITE_DIR, '/compare/')
      .querySelectorAll('main ul.entry-list a')
      .map((a) => a.getAttribute('href') ?? '');
    expect(list.length).toBe(countries.length + 2);
    for (const href of list) {
      const root = page(SITE_DIR, href);
      const heads = root.querySelectorAll('table.compare thead th a').map((a) => (a.getAttribute('href') ?? '').split('/').filter(Boolean));
      const kind = heads[0]?.[0] === 'organizations' ? 'vendors' : (heads[0]?.[0] ?? '');
      const columns = heads.map(([, id]) => json<CompareColumn>(compareDataUrl(kind, id)));
      const rows = choices.kinds.find((k) => k.kind === kind)?.rows ?? [];
      const caption = text(root.querySelector('table.compare caption'));
      const shown = root.querySelector('.table-wrap:has(table.compare)')?.toString();
      expect(shown, href).toBe(compareTable(caption, rows, columns).markup);
    }
  });

  test('what can be compared: every country and program, and each vendor with an offer', () => {
    const kinds = Object.fromEntries(choices.kinds.map((k) => [k.kind, k.entries.map((e) => e.id)]));
    expect(kinds['countries']?.sort()).toEqual(countries.map((c) => c.id).sort());
    expect(kinds['programs']?.length).toBe(content.entries.filter((e) => e.collection === 'programs').length);
    const vendors = new Set(
      content.entries.filter((e) => e.collection === 'programs').flatMap((p) => (p.data['vendors'] as { id: string }[]).map((v) => v.id)),
    );
    expect(kinds['vendors']?.sort()).toEqual([...vendors].sort());
    expect([choices.min, choices.max]).toEqual([2, 4]);
  });
});
