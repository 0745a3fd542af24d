import { describe, expect, test } from 'vitest';
import { FIXTURE_SITE_DIR, SITE_DIR } from '../setup/paths.ts';
import { fileFor, page, sitePages } from '../setup/site.ts';

/** Every internal link and #anchor that does not resolve in a built site: `page → href (why)`. */
function brokenLinks(dir: string): string[] {
  const broken: string[] = [];
  for (const path of sitePages(dir)) {
    const root = page(dir, path);
    for (const element of root.querySelectorAll('[href]')) {
      const href = element.getAttribute('href') ?? '';
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
      const url = new URL(href, `http://atlas.test${path}`);
      const target = fileFor(dir, url.pathname);
      if (!target) {
        broken.push(`${path} → ${href} (no such page)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !page(dir, url.pathname).getElementById(anchor)) {
        broken.push(`${path} → ${href} (no element with id "${anchor}")`);
      }
    }
  }
  return broken;
}

describe('internal links', () => {
  test('every internal href and #anchor in the Atlas resolves', () => {
    expect(brokenLinks(SITE_DIR)).toEqual([]);
  });

  test('every internal href and #anchor in the fixture corpus resolves', () => {
    expect(brokenLinks(FIXTURE_SITE_DIR)).toEqual([]);
  });
});
