// "Cite this" in a real browser: citations readable without JavaScript; opening the panel loads copy
// buttons and sets the accessed date to today.
import { describe, expect, test } from 'vitest';
import { accessedText } from '../../src/lib/cite-dates.ts';
import { browserSession } from '../setup/browser-session.ts';
import { SITE_DIR } from '../setup/paths.ts';

const session = browserSession(SITE_DIR);

describe('cite this', () => {
  test('opening the panel sets today’s accessed date and copies a citation to the clipboard', async () => {
    const context = await session.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.origin });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${session.origin}/quotes/yew-bundling-dependencies/`, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);

    await page.click('#cite summary');
    await page.waitForSelector('#cite button.copy');
    expect(scripts.some((url) => url.includes('/_atlas/cite.'))).toBe(true);

    const today = await page.evaluate(() => {
      const now = new Date();
      return [now.getFullYear(), now.getMonth() + 1, now.getDate()] as [number, number, number];
    });
    expect(await page.textContent('[data-accessed="mla"]')).toBe(accessedText('mla', today));
    expect(await page.textContent('[data-accessed="bibtex"]')).toBe(accessedText('bibtex', today));

    await page.click('#cite section:has(h3:text("MLA 9")) button.copy');
    await page.waitForFunction(() => document.querySelector('#cite section:nth-of-type(2) button.copy')?.textContent === 'Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^“Rui-Jie Yew: ‘are you selling your chips/);
    expect(copied).toContain(`Accessed ${accessedText('mla', today)}.`);
    expect(copied).toContain('/quotes/yew-bundling-dependencies/');
    await context.close();
  });
});
