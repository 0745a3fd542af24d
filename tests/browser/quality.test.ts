// Accessibility (axe-core, WCAG 2.2 AA, light and dark), visible keyboard focus, and a strict
// Content-Security-Policy that no page breaks: no violation and no console error on any page type.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserSession } from '../setup/browser-session.ts';
import { SITE_DIR } from '../setup/paths.ts';

const session = browserSession(SITE_DIR);

/** One page of each type: home, every index, one entry per collection, search with results, the views, data, 404. */
const PAGES = [
  '/',
  '/countries/',
  '/programs/',
  '/people/',
  '/organizations/',
  '/quotes/',
  '/sources/',
  '/events/',
  '/layers/',
  '/countries/south-korea/',
  '/programs/stargate-uae/',
  '/people/sam-winter-levy/',
  '/organizations/nvidia/',
  '/quotes/winter-levy-very-expensive-proposition/',
  '/sources/cna-malaysia-huawei-retraction/',
  '/events/2025-05-22-stargate-uae-announced/',
  '/layers/chips/',
  '/search/?q=nvidia',
  '/matrix/',
  '/matrix/by-region/',
  '/map/',
  '/timeline/',
  '/timeline/country/japan/oldest/',
  '/vendors/',
  '/offers/',
  '/offers/by-date/',
  '/compare/?countries=malaysia,indonesia',
  '/compare/vendors/nvidia/huawei/microsoft/amazon-web-services/',
  '/data/',
  '/about/',
  '/404.html',
];

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${session.origin}${path}`, { waitUntil: 'networkidle' });
  if (path.startsWith('/search/')) await page.waitForSelector('#search-results .result');
  if (path.startsWith('/compare/?')) await page.waitForSelector('table.compare');
}

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`no WCAG 2.2 AA violations on any page type (${scheme} colour scheme)`, async () => {
      const context = await session.browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of PAGES) {
        await open(page, path);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        for (const violation of results.violations) {
          found.push(`${path}: ${violation.id} (${violation.nodes.length}): ${violation.nodes[0]?.target.join(' ')}`);
        }
      }
      await context.close();
      expect(found).toEqual([]);
    });
  }

  test('keyboard focus is visible on links, the search box and buttons', async () => {
    const page = await session.browser.newPage();
    await open(page, '/countries/india/');
    for (let i = 0; i < 4; i += 1) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return { tag: element.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(outline.style, `${outline.tag} ${i}`).not.toBe('none');
      expect(outline.width, `${outline.tag} ${i}`).toBeGreaterThanOrEqual(2);
    }
    await page.close();
  });
});

describe('content security policy', () => {
  test('no page type, nor a search, nor opening "Cite this", causes a CSP violation or a console error', async () => {
    const page = await session.browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    for (const path of PAGES.filter((p) => p !== '/404.html')) {
      await open(page, path);
      if (path.endsWith('/south-korea/')) {
        await page.focus('#site-search-input');
        await page.keyboard.type('chips');
        await page.waitForSelector('#site-search-options [role="option"]');
        await page.click('#cite summary');
        await page.waitForSelector('#cite button.copy');
      }
    }
    await open(page, '/countries/india/?highlight=chips');
    await page.waitForSelector('mark');
    await page.close();
    expect(problems).toEqual([]);
  });

  test('every page declares the policy, with the inline loader allowed by its hash only', async () => {
    const page = await session.browser.newPage();
    await open(page, '/countries/south-korea/');
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
    expect(policy).not.toContain('unsafe-inline');
    await page.close();
  });
});
