// Views that fit the screen: on a laptop every column of the matrix and of the vendors tables is in
// view and the matrix's header row stays at the top; on a phone a country's stack table reads as cards,
// every row's label, basis and sources in view, and no view scrolls sideways.
import { describe, expect, test } from 'vitest';
import { browserSession } from '../setup/browser-session.ts';
import { SITE_DIR } from '../setup/paths.ts';

const session = browserSession(SITE_DIR);

describe('views that fit the screen', () => {
  test('shows every row with its sources inside the screen, and the page does not scroll sideways', async () => {
    const page = await session.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${session.origin}/countries/south-korea/`, { waitUntil: 'load' });
    const layout = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('table.stack tbody tr')];
      return {
        rows: rows.length,
        sourcesInView: rows.filter((row) => {
          const box = row.querySelector('td[data-label="Sources"] a')?.getBoundingClientRect();
          return box !== undefined && box.width > 0 && box.left >= 0 && box.right <= window.innerWidth;
        }).length,
        sideways: document.documentElement.scrollWidth > window.innerWidth,
      };
    });
    expect(layout.rows).toBeGreaterThan(3);
    expect(layout.sourcesInView).toBe(layout.rows);
    expect(layout.sideways).toBe(false);
    await page.close();
  });

  test.each([
    '/matrix/',
    '/matrix/by-region/',
    '/vendors/',
    '/offers/',
    '/offers/by-country/',
    '/organizations/nvidia/',
    '/compare/vendors/nvidia/huawei/microsoft/amazon-web-services/',
  ])('%s shows every column at 1366 px, with nothing hidden to the right', async (path) => {
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${session.origin}${path}`, { waitUntil: 'load' });
    const seen = await page.evaluate(() => {
      const tables = [...document.querySelectorAll('table.matrix, table.offers, table.compare')];
      const hidden = tables.flatMap((table) =>
        [...table.querySelectorAll('thead th')]
          .filter(
            (th) =>
              th.getBoundingClientRect().right >
              Math.min(window.innerWidth, table.closest('.table-wrap')?.getBoundingClientRect().right ?? Infinity) + 1,
          )
          .map((th) => th.textContent?.trim()),
      );
      return { tables: tables.length, hidden, sideways: document.documentElement.scrollWidth > window.innerWidth };
    });
    expect(seen.tables).toBeGreaterThan(0);
    expect(seen.hidden).toEqual([]);
    expect(seen.sideways).toBe(false);
    await page.close();
  });

  test('the matrix keeps its header row in view while its rows scroll past', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${session.origin}/matrix/`, { waitUntil: 'load' });
    const last = page.locator('table.matrix tbody tr').last();
    await last.scrollIntoViewIfNeeded();
    const header = await page.evaluate(() => {
      const th = document.querySelector('table.matrix thead th:nth-child(2)')?.getBoundingClientRect();
      return { top: th?.top ?? -1, bottom: th?.bottom ?? -1, scrolled: window.scrollY };
    });
    expect(header.scrolled).toBeGreaterThan(500);
    expect(header.top).toBeGreaterThanOrEqual(0);
    expect(header.bottom).toBeLessThan(120);
    await page.close();
  });

  test.each([
    '/timeline/',
    '/',
    '/vendors/',
    '/matrix/',
    '/offers/',
    '/programs/stargate-uae/',
    '/countries/malaysia/',
    '/compare/neighbours/malaysia/',
  ])('%s does not scroll sideways on a phone', async (path) => {
    const page = await session.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${session.origin}${path}`, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    await page.close();
  });
});
