// The Pagefind index the build writes while Astro renders: every entry page in it, once, with the
// text and filters of the page as built, and nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { SITE_DIR, SITE_LOG } from '../setup/paths.ts';
import { page, sitePages } from '../setup/site.ts';

const PAGEFIND_DIR = join(SITE_DIR, 'pagefind');

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** Pagefind's files are gzip-compressed and start with its signature once inflated. */
const inflate = (file: string) => gunzipSync(readFileSync(file)).subarray('pagefind_dcd'.length).toString('utf8');
const fragments: Fragment[] = readdirSync(join(PAGEFIND_DIR, 'fragment')).map(
  (name) => JSON.parse(inflate(join(PAGEFIND_DIR, 'fragment', name))) as Fragment,
);
const bodyPages = sitePages(SITE_DIR).filter((path) => page(SITE_DIR, path).querySelector('[data-pagefind-body]') !== null);

describe('the search index', () => {
  test('holds every page with searchable content, once, and no other page', () => {
    const urls = fragments.map((fragment) => fragment.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect([...urls].sort()).toEqual([...bodyPages].sort());
    const entry = JSON.parse(readFileSync(join(PAGEFIND_DIR, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(bodyPages.length);
    expect(readFileSync(SITE_LOG, 'utf8')).toContain(`Pagefind indexed ${bodyPages.length} pages`);
  });

  test('has each page as it was built: its title, text and filters', () => {
    const india = fragments.find((fragment) => fragment.url === '/countries/india/');
    expect(india, 'the India case study is indexed').toBeDefined();
    const built = page(SITE_DIR, '/countries/india/');
    expect(india?.meta['title']).toBe(built.querySelector('[data-pagefind-body] h1')?.textContent.trim());
    expect(india?.filters['type']).toEqual(['country']);
    const prose = built
      .querySelectorAll('[data-pagefind-body] p')
      .map((paragraph) => paragraph.textContent.replace(/\s+/g, ' ').trim())
      .filter((text) => text.length > 80);
    expect(prose.length).toBeGreaterThan(2);
    for (const text of prose) expect(india?.content.replace(/\s+/g, ' ')).toContain(text.slice(0, 60));
  });
});
