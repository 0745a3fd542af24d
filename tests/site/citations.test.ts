import { describe, expect, test } from 'vitest';
import { FIXTURE_SITE_DIR, SITE_DIR } from '../setup/paths.ts';
import { page, sitePages } from '../setup/site.ts';

/** Citations on a page whose number points at no entry of the page's own source list. */
function danglingCitations(dir: string): string[] {
  const dangling: string[] = [];
  for (const path of sitePages(dir)) {
    const root = page(dir, path);
    const listed = new Set(root.querySelectorAll('ol.sources li[id]').map((li) => li.id));
    for (const cite of root.querySelectorAll('a.cite, a.cite-list')) {
      const target = (cite.getAttribute('href') ?? '').replace(/^#/, '');
      if (!listed.has(target)) dangling.push(`${path} → #${target}`);
    }
  }
  return dangling;
}

describe('footnotes', () => {
  test('no citation on any page of the Atlas points nowhere', () => {
    expect(danglingCitations(SITE_DIR)).toEqual([]);
  });

  test('no citation in the fixture corpus points nowhere', () => {
    expect(danglingCitations(FIXTURE_SITE_DIR)).toEqual([]);
  });
});
