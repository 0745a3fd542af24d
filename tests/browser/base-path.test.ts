// The minimal corpus built for https://example-org.github.io/atlas/ and served under /atlas/ on
// 127.0.0.1, as GitHub Pages serves a project site: search, its results and the on-demand scripts work,
// and nothing is asked of the server outside /atlas/ (which answers 404 there).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { BASE_PATH, BASE_SITE_DIR } from '../setup/paths.ts';
import { browserSession } from '../setup/browser-session.ts';

const session = browserSession(BASE_SITE_DIR, BASE_PATH);
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  page = await session.browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  // A request cancelled because the test moved on to another page (net::ERR_ABORTED) is no failure of the site.
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    if (reason !== 'net::ERR_ABORTED') problems.push(`${request.url()}: ${reason}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.url()}: HTTP ${response.status()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
});

beforeEach(() => {
  problems.length = 0;
});

afterAll(async () => {
  await page.close();
});

/** Opens a path of the site and requires a page with a heading. */
async function open(path: string): Promise<void> {
  const response = await page.goto(`${session.origin}${path}`);
  expect(response?.status(), path).toBe(200);
  expect(await page.locator('h1').count(), path).toBeGreaterThan(0);
}

describe('a site served under /atlas/', () => {
  test('the header search box finds entries whose links stay under /atlas/ and open real pages', async () => {
    await open(`${BASE_PATH}countries/testland/`);
    await page.focus('#site-search-input');
    await page.keyboard.type('Vendor');
    // Names come first; the last option (the full search page) is there from the first full-text result on; wait for the rest.
    await page.waitForSelector('#site-search-options .option-all');
    await page.waitForFunction(() => document.querySelectorAll('#site-search-options [role="option"]').length > 2);
    const paths = await page.$$eval('#site-search-options [role="option"] a', (links) =>
      links.map((a) => (a as HTMLAnchorElement).pathname),
    );
    expect(paths.length).toBeGreaterThan(2);
    expect(paths.filter((path) => !path.startsWith('/atlas/'))).toEqual([]);
    expect(paths.at(-1)).toBe('/atlas/search/');

    // Enter on the first full-text result opens it, and the page highlights the words searched for.
    await page.waitForLoadState('networkidle');
    const first = await page.$$eval('#site-search-options [role="option"]', (options) =>
      options.findIndex((o) => o.classList.contains('option-result')),
    );
    expect(first).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= first; i++) await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL((url) => url.searchParams.has('highlight')), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname.startsWith('/atlas/')).toBe(true);
    await page.waitForSelector('mark');

    for (const path of new Set(paths)) await open(path);
    expect(problems).toEqual([]);
  });

  test('the search page gives results under /atlas/', async () => {
    await open(`${BASE_PATH}search/?q=Testland`);
    await page.waitForSelector('#search-results a.result-link');
    const paths = await page.$$eval('#search-results a', (links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((path) => !path.startsWith('/atlas/'))).toEqual([]);
    await page.waitForLoadState('networkidle');
    await page.click('#search-results a.result-link');
    await page.waitForSelector('mark');
    expect(new URL(page.url()).pathname.startsWith('/atlas/')).toBe(true);
    expect(problems).toEqual([]);
  });

  test('"Cite this" loads its script from under /atlas/', async () => {
    await open(`${BASE_PATH}countries/testland/`);
    await page.click('#cite summary');
    await page.waitForSelector('#cite button.copy');
    expect(problems).toEqual([]);
  });
});
