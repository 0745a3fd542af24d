// The compare page in Chromium: the set named in the address is shown, the form changes it (and the
// address with it), a prepared comparison loads no script until "Change the comparison" is opened,
// and nothing breaks the Content-Security-Policy.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserSession } from '../setup/browser-session.ts';
import { SITE_DIR } from '../setup/paths.ts';
import { page as builtPage } from '../setup/site.ts';

const session = browserSession(SITE_DIR);

async function open(path: string): Promise<{ page: Page; errors: string[]; scripts: string[] }> {
  const page = await session.browser.newPage({ viewport: { width: 1366, height: 900 } });
  const errors: string[] = [];
  const scripts: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(`${session.origin}${path}`, { waitUntil: 'networkidle' });
  return { page, errors, scripts };
}

const headings = (page: Page) => page.locator('table.compare thead th a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

describe('comparing in a browser', () => {
  test('shows the set its address names, the same table as the prepared page of that set', async () => {
    const prepared = '/compare/neighbours/malaysia/';
    const ids = builtPage(SITE_DIR, prepared)
      .querySelectorAll('table.compare thead th a')
      .map((a) => (a.getAttribute('href') ?? '').split('/').filter(Boolean)[1] ?? '');
    expect(ids).toHaveLength(4);
    const { page, errors } = await open(`/compare/?countries=${ids.join(',')}`);
    await page.waitForSelector('table.compare');
    expect(await headings(page)).toEqual(ids.map((id) => `/countries/${id}/`));
    // Cell by cell, the same text, links and dates as the prepared page, which needs no script.
    const shown = await page
      .locator('table.compare tbody td')
      .evaluateAll((cells) =>
        cells.map((td) => [
          td.textContent?.replace(/\s+/g, ' ').trim(),
          ...[...td.querySelectorAll('a, time')].map((e) => e.getAttribute('href') ?? e.getAttribute('datetime')),
        ]),
      );
    const built = builtPage(SITE_DIR, prepared ?? '')
      .querySelectorAll('table.compare tbody td')
      .map((td) => [
        td.textContent.replace(/\s+/g, ' ').trim(),
        ...td.querySelectorAll('a, time').map((e) => e.getAttribute('href') ?? e.getAttribute('datetime')),
      ]);
    expect(shown.length).toBeGreaterThan(20);
    expect(shown).toEqual(built);
    expect(await page.locator('[role="status"]').textContent()).toContain('Showing 4');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the form changes the set, and the address with it', async () => {
    const { page, errors } = await open('/compare/');
    await page.selectOption('select[name="kind"]', 'vendors');
    const entries = page.locator('select[name="entry"]');
    await entries.nth(0).selectOption('huawei');
    await entries.nth(1).selectOption('nvidia');
    await Promise.all([page.waitForURL(/vendors=huawei,nvidia$/), page.click('form.compare-form button[type="submit"]')]);
    await page.waitForSelector('table.compare');
    expect(await headings(page)).toEqual(['/organizations/huawei/', '/organizations/nvidia/']);
    // The form shows the set that is shown.
    expect(await page.locator('select[name="kind"]').inputValue()).toBe('vendors');
    expect(await entries.nth(1).inputValue()).toBe('nvidia');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('an address naming fewer than two known entries says so', async () => {
    const { page } = await open('/compare/?countries=atlantis,malaysia');
    await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent !== '');
    expect(await page.locator('[role="status"]').textContent()).toContain('Choose at least 2');
    expect(await page.locator('table.compare').count()).toBe(0);
    await page.close();
  });

  test('a prepared comparison loads no script until the reader asks to change it', async () => {
    const { page, errors, scripts } = await open('/compare/programs/stargate-uae/stargate-norway/stargate-uk/');
    expect(await page.locator('table.compare').count()).toBe(1);
    expect(scripts).toEqual([]);
    await page.click('details.compare-change summary');
    await page.waitForSelector('details.compare-change select[name="entry"]');
    expect(scripts.some((s) => s.includes('/_atlas/compare.'))).toBe(true);
    expect(await page.locator('details.compare-change select[name="kind"]').inputValue()).toBe('programs');
    expect(await page.locator('details.compare-change select[name="entry"]').nth(2).inputValue()).toBe('stargate-uk');
    expect(errors).toEqual([]);
    await page.close();
  });
});
