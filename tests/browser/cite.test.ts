// "Cite this" in a real browser: citations readable without JavaScript; opening the panel loads copy
// buttons and sets the accessed date to today.
import { describe, expect, test } from 'vitest';
import { accessedText } from '../../src/lib/cite/dates.ts';
import { browserSession } from '../setup/browser-session.ts';
import { SITE_DIR } from '../setup/paths.ts';

const session = browserSession(SITE_DIR);

describe('cite this', () => {
  test('opening the panel sets today’s accessed date and copies citations as rich and plain text', async () => {
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
    expect(await page.textContent('[data-accessed="bibtex"]')).toBe(accessedText('bibtex', today));
    expect(await page.textContent('[data-accessed="ris"]')).toBe(accessedText('ris', today));

    // A styled citation goes to the clipboard as rich text (italics kept) and as plain text.
    await page.click('#cite section:has(h3:text("APA 7")) button.copy >> nth=0');
    await page.waitForFunction(() => document.querySelector('#cite section:nth-of-type(1) button.copy')?.textContent === 'Copied');
    const rich = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return {
        types: item?.types ?? [],
        html: await (await item?.getType('text/html'))?.text(),
        plain: await (await item?.getType('text/plain'))?.text(),
      };
    });
    expect(rich.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(rich.html).toMatch(/<i>Rui-Jie Yew: “are you selling your chips/);
    expect(rich.plain).toMatch(/^Sovereign AI Atlas\. \(\d{4}, \w+ \d+\)\. Rui-Jie Yew: “are you selling your chips/);
    expect(rich.plain).toContain('/quotes/yew-bundling-dependencies/');

    // A record is copied as plain text, with today's accessed date.
    await page.click('#cite section:has(h3:text("BibTeX")) button.copy');
    await page.waitForFunction(() => document.querySelector('#cite section:nth-of-type(4) button.copy')?.textContent === 'Copied');
    const bibtex = await page.evaluate(() => navigator.clipboard.readText());
    expect(bibtex).toMatch(/^@online\{atlas_quotes_yew_bundling_dependencies,/);
    expect(bibtex).toContain(`urldate = {${accessedText('bibtex', today)}}`);
    await context.close();
  });
});
