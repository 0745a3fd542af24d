// Views that fit the screen: on a laptop every column of the matrix is in view; on a phone a country's
// stack table reads as cards, every row's label, basis and sources in view, nothing hidden to the side.
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

  test('the matrix shows every layer at 1366 px, with nothing hidden to the right', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${session.origin}/matrix/`, { waitUntil: 'load' });
    const hidden = await page.evaluate(() => {
      const wrap = document.querySelector('table.matrix')?.closest('.table-wrap')?.getBoundingClientRect();
      return [...document.querySelectorAll('table.matrix thead th')]
        .filter((th) => wrap === undefined || th.getBoundingClientRect().right > wrap.right + 1)
        .map((th) => th.textContent?.trim());
    });
    expect(hidden).toEqual([]);
    await page.close();
  });
});
