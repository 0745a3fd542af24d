import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/serve.ts';

/**
 * One browser and one static server for a test file: started before its tests, closed after.
 * @param mount the path the site is served under (see `serve`)
 * @example const session = browserSession(SITE_DIR); … await session.browser.newPage()
 */
export function browserSession(dir: string, mount = '/'): { browser: Browser; origin: string } {
  const session = {} as { browser: Browser; origin: string; close?: () => Promise<void> };
  beforeAll(async () => {
    const server = await serve(dir, {}, mount);
    session.origin = server.origin;
    session.close = server.close;
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.close?.();
  });
  return session;
}
