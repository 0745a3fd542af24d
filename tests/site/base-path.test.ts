// The minimal corpus built for a GitHub Pages project site (https://example-org.github.io/atlas/):
// everything a reader, a crawler or a reference manager follows must stay under /atlas/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { relativeFiles } from '../../scripts/lib/files.ts';
import { BASE_PATH, BASE_SITE_ADDRESS, BASE_SITE_DIR } from '../setup/paths.ts';
import { fileFor, page, sitePages } from '../setup/site.ts';

const ORIGIN = new URL(BASE_SITE_ADDRESS).origin;

/** The file a path of the published site answers with, served under /atlas/; undefined if none. */
function served(path: string): string | undefined {
  return path.startsWith(BASE_PATH) ? fileFor(BASE_SITE_DIR, `/${path.slice(BASE_PATH.length)}`) : undefined;
}

/** What is wrong with a URL a page of the site points at, or undefined if it stays on the site and resolves. */
function problem(value: string): string | undefined {
  if (value.startsWith('#')) return undefined;
  let path = value;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) {
    const url = new URL(value, ORIGIN);
    if (url.origin !== ORIGIN) return undefined;
    if (!url.href.startsWith(BASE_SITE_ADDRESS)) return 'outside the site address';
    path = url.pathname;
  } else if (!value.startsWith(BASE_PATH)) {
    return `not under ${BASE_PATH}`;
  }
  return served(path.split(/[?#]/)[0] ?? path) ? undefined : 'no such file';
}

/** Every URL an element of the page points at: links, sources, form actions, on-demand modules, redirects. */
function pointers(path: string): string[] {
  const root = page(BASE_SITE_DIR, path);
  const values: string[] = [];
  for (const attribute of ['href', 'src', 'action', 'data-module']) {
    for (const element of root.querySelectorAll(`[${attribute}]`)) values.push(element.getAttribute(attribute) ?? '');
  }
  for (const element of root.querySelectorAll('[srcset]')) {
    values.push(...(element.getAttribute('srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''));
  }
  // Where the loader imports Pagefind from: the folder must hold Pagefind's script.
  for (const element of root.querySelectorAll('[data-search-files]'))
    values.push(`${element.getAttribute('data-search-files') ?? ''}pagefind.js`);
  for (const element of root.querySelectorAll('meta[http-equiv="refresh"]')) {
    values.push(/url=(.+)$/i.exec(element.getAttribute('content') ?? '')?.[1] ?? '(no url)');
  }
  return values;
}

const pages = sitePages(BASE_SITE_DIR);

describe('a site published under a path', () => {
  test('was built with every page type', () => {
    expect(pages).toEqual(
      expect.arrayContaining(['/', '/404.html', '/search/', '/countries/testland/', '/programs/vendor-cloud/', '/data/']),
    );
  });

  test('every internal href, src, srcset, action and module starts with the path and resolves under it', () => {
    const broken = pages.flatMap((path) =>
      pointers(path).flatMap((value) => (problem(value) ? [`${path} → ${value} (${problem(value)})`] : [])),
    );
    expect(broken).toEqual([]);
  });

  test('names no address of its own outside the path, anywhere in a page or a data file', () => {
    const own = new RegExp(`${ORIGIN.replace(/[.]/g, '\\.')}(?!${BASE_PATH})[^"'<\\s]*`, 'g');
    const outside = relativeFiles(BASE_SITE_DIR)
      .filter((file) => /\.(html|json|csv|xml|txt)$/.test(file) && !file.startsWith('pagefind/'))
      .flatMap((file) => [...readFileSync(join(BASE_SITE_DIR, file), 'utf8').matchAll(own)].map((m) => `${file}: ${m[0]}`));
    expect([...new Set(outside)]).toEqual([]);
  });

  test('gives every page a canonical URL and og:url under the path', () => {
    for (const path of pages.filter((p) => p !== '/404.html')) {
      const root = page(BASE_SITE_DIR, path);
      const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      expect(canonical, path).toMatch(new RegExp(`^${BASE_SITE_ADDRESS}`));
      expect(problem(canonical), `${path} canonical ${canonical}`).toBeUndefined();
      // A source's og:url may be the publication's own address; one on the site must be under the path.
      const og = root.querySelector('meta[property="og:url"]')?.getAttribute('content');
      if (og !== undefined) expect(problem(og), `${path} og:url ${og}`).toBeUndefined();
    }
    expect(page(BASE_SITE_DIR, '/countries/testland/').querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${BASE_SITE_ADDRESS}countries/testland/`,
    );
    // Served at every missing address, the 404 page claims none of them.
    expect(page(BASE_SITE_DIR, '/404.html').querySelector('link[rel="canonical"], meta[property="og:url"]')).toBeNull();
  });

  test('redirects old ids under the path, by page and in _redirects', () => {
    const refresh = page(BASE_SITE_DIR, '/programs/vendor-cloud/').querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
    expect(refresh).toBe(`0; url=${BASE_PATH}programs/vendor-sovereign-cloud/`);
    const rules = readFileSync(join(BASE_SITE_DIR, '_redirects'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(' '));
    expect(rules.length).toBeGreaterThan(0);
    for (const [from, to, status] of rules) {
      expect(from).toMatch(new RegExp(`^${BASE_PATH}programs/vendor-cloud/?$`));
      expect(problem(to ?? ''), to).toBeUndefined();
      expect(status).toBe('301');
    }
  });

  test('sends its headers for paths under the path', () => {
    const patterns = readFileSync(join(BASE_SITE_DIR, '_headers'), 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith(' '));
    expect(patterns).toEqual([`${BASE_PATH}_astro/*`, `${BASE_PATH}_atlas/*`, `${BASE_PATH}*`]);
  });

  test('lists pages in its sitemap and feed by their URLs under the path', () => {
    const locs = (file: string) =>
      [...readFileSync(join(BASE_SITE_DIR, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(locs('sitemap-index.xml')).toEqual([`${BASE_SITE_ADDRESS}sitemap-0.xml`]);
    const urls = locs('sitemap-0.xml');
    expect(urls).toContain(`${BASE_SITE_ADDRESS}countries/testland/`);
    expect(urls.filter((url) => problem(url) !== undefined)).toEqual([]);
    expect(urls).not.toContain(`${BASE_SITE_ADDRESS}programs/vendor-cloud/`);

    const feed = readFileSync(join(BASE_SITE_DIR, 'feed.xml'), 'utf8');
    const links = [...feed.matchAll(/<(?:link|guid)[^>]*>([^<]+)<\/(?:link|guid)>/g)].map((m) => m[1] ?? '');
    expect(links[0]).toBe(BASE_SITE_ADDRESS);
    expect(links.length).toBeGreaterThan(2);
    expect(links.filter((url) => problem(url) !== undefined)).toEqual([]);
    expect(readFileSync(join(BASE_SITE_DIR, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${BASE_SITE_ADDRESS}sitemap-index.xml`);
  });

  test('gives every record of the data downloads its permalink under the path', () => {
    const all = JSON.parse(readFileSync(join(BASE_SITE_DIR, 'data', 'atlas.json'), 'utf8')) as Record<string, { permalink: string }[]>;
    const permalinks = Object.values(all)
      .flat()
      .map((record) => record.permalink);
    expect(permalinks.length).toBeGreaterThan(5);
    expect(permalinks.filter((url) => problem(url) !== undefined)).toEqual([]);
  });

  test('points the search forms and Pagefind at files under the path', () => {
    for (const path of ['/404.html', '/search/', '/countries/testland/']) {
      const forms = page(BASE_SITE_DIR, path).querySelectorAll('form[role="search"]');
      expect(forms.length, path).toBeGreaterThan(0);
      for (const form of forms) expect(form.getAttribute('action'), path).toBe(`${BASE_PATH}search/`);
    }
    expect(page(BASE_SITE_DIR, '/').querySelector('#site-search')?.getAttribute('data-search-files')).toBe(`${BASE_PATH}pagefind/`);
  });
});
