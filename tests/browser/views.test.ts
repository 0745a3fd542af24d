// Screenshots of each view, taken in Chromium so a person can look at them. They are test artifacts
// (test-results/screenshots/), not committed.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { browserSession } from '../setup/browser-session.ts';
import { ROOT, SITE_DIR } from '../setup/paths.ts';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
const session = browserSession(SITE_DIR);
mkdirSync(SHOTS, { recursive: true });

describe('views in a browser', () => {
  const VIEWS = [
    '/',
    '/matrix/',
    '/matrix/by-region/',
    '/map/',
    '/timeline/',
    '/timeline/region/europe/',
    '/timeline/country/japan/',
    '/vendors/',
    '/offers/',
    '/compare/neighbours/malaysia/',
  ];
  const SCREENS = { desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } } as const;
  test.each(VIEWS.flatMap((path) => (['desktop', 'phone'] as const).map((screen) => [path, screen] as const)))(
    '%s renders on a %s screen and is saved as a screenshot',
    async (path, screen) => {
      const page = await session.browser.newPage({ viewport: SCREENS[screen] });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${session.origin}${path}`, { waitUntil: 'networkidle' });
      const name = path === '/' ? 'home' : path.replace(/^\/|\/$/g, '').replace(/\//g, '-');
      const file = join(SHOTS, `${name}-${screen}.png`);
      await page.screenshot({ path: file, fullPage: true });
      expect(statSync(file).size).toBeGreaterThan(10_000);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  test('a small country is on the map as a dot with its name', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/map/`);
    expect(await page.textContent('svg a[data-iso="SG"] title')).toMatch(/^Singapore: /);
    const box = await page.locator('svg a[data-iso="SG"] path').boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(2);
    await page.close();
  });

  test('hovering a country on the map shows its name', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.origin}/map/`);
    expect(await page.textContent('svg a[data-iso="KR"] title')).toBe('South Korea: Full stack: building every layer');
    await Promise.all([page.waitForURL(/\/countries\/south-korea\/$/), page.click('svg a[data-iso="KR"]')]);
    await page.close();
  });
});
