import { describe, expect, test } from 'vitest';
import { FIXTURE_SITE_DIR, HOSTILE_SITE_DIR, SITE_DIR } from '../setup/paths.ts';
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

/** External links that are not well-formed http(s) URLs, or that open a new tab without rel="noopener noreferrer". */
function badExternalLinks(dir: string): string[] {
  const bad: string[] = [];
  for (const path of sitePages(dir)) {
    for (const element of page(dir, path).querySelectorAll('a[href]')) {
      const href = element.getAttribute('href') ?? '';
      if (!/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
      let url: URL | undefined;
      try {
        url = new URL(href);
      } catch {
        bad.push(`${path} → ${href} (not a URL)`);
        continue;
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:') bad.push(`${path} → ${href} (not http(s))`);
      if (element.getAttribute('target') === '_blank') {
        const rel = (element.getAttribute('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer'))
          bad.push(`${path} → ${href} (new tab without rel="noopener noreferrer")`);
      }
    }
  }
  return bad;
}

describe('external links', () => {
  test('every external link in the Atlas is a well-formed http(s) URL', () => {
    expect(badExternalLinks(SITE_DIR)).toEqual([]);
  });

  test('every external link in the hostile corpus is a well-formed http(s) URL', () => {
    expect(badExternalLinks(HOSTILE_SITE_DIR)).toEqual([]);
  });
});

describe('the 404 page', () => {
  test('offers search and the indexes', () => {
    const notFound = page(SITE_DIR, '/404.html');
    expect(notFound.querySelector('main form[role="search"][action="/search/"] input[name="q"]')).not.toBeNull();
    expect(notFound.querySelector('main a[href="/countries/"]')).not.toBeNull();
  });
});
