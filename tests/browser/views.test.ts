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
  test.each(['matrix', 'map', 'timeline', 'vendors'])('/%s/ renders and is saved as a screenshot', async (view) => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${session.origin}/${view}/`, { waitUntil: 'networkidle' });
    const file = join(SHOTS, `${view}.png`);
    await page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
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
