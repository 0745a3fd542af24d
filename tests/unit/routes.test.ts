import { describe, expect, test } from 'vitest';
import {
  aboutUrl,
  absoluteUrl,
  astroAssetsUrl,
  BASE,
  bundleUrl,
  collectionUrl,
  dataUrl,
  entryUrl,
  faviconUrl,
  feedUrl,
  homeUrl,
  milestoneAnchor,
  milestoneUrl,
  normalizeBase,
  pagefindUrl,
  quoteAnchor,
  searchUrl,
  sitemapUrl,
  sitePath,
  sourceAnchor,
  stackAnchor,
  stackRowUrl,
  viewUrl,
} from '../../src/lib/site/routes.ts';

describe('entryUrl', () => {
  test('puts an entry at /<collection>/<id>/ with a trailing slash', () => {
    expect(entryUrl({ collection: 'countries', id: 'south-korea' })).toBe('/countries/south-korea/');
    expect(entryUrl({ collection: 'quotes', id: 'yew-bundling' })).toBe('/quotes/yew-bundling/');
  });

  test('depends on the id only, so retitling an entry changes no URL', () => {
    const before = { collection: 'programs' as const, id: 'stargate-uae', data: { name: 'Stargate UAE' } };
    const after = { ...before, data: { name: 'Stargate UAE (1 GW cluster)' } };
    expect(entryUrl(after)).toBe(entryUrl(before));
  });
});

describe('collectionUrl', () => {
  test('gives each collection its index page', () => {
    expect(collectionUrl('sources')).toBe('/sources/');
  });
});

describe('anchors', () => {
  test('name quotes, sources and stack rows predictably', () => {
    expect(quoteAnchor('huang-only-platform')).toBe('quote-huang-only-platform');
    expect(sourceAnchor('cna-malaysia-huawei-retraction')).toBe('source-cna-malaysia-huawei-retraction');
    expect(stackAnchor('chips')).toBe('stack-chips');
    expect(milestoneAnchor(2)).toBe('milestone-2');
  });

  test('point at a stack row or a milestone on its entry page, under the base', () => {
    expect(stackRowUrl('india', 'chips')).toBe('/countries/india/#stack-chips');
    expect(milestoneUrl('stargate-uae', 2)).toBe('/programs/stargate-uae/#milestone-2');
    expect(stackRowUrl('india', 'chips', '/atlas/')).toBe('/atlas/countries/india/#stack-chips');
  });
});

describe('views, data and feed', () => {
  test('live at fixed addresses', () => {
    expect(viewUrl('matrix')).toBe('/matrix/');
    expect(dataUrl()).toBe('/data/');
    expect(dataUrl('countries.csv')).toBe('/data/countries.csv');
    expect(feedUrl()).toBe('/feed.xml');
  });
});

describe('absoluteUrl', () => {
  test('joins a path to the configured site', () => {
    expect(absoluteUrl('/countries/india/', 'https://atlas.example')).toBe('https://atlas.example/countries/india/');
  });
});

describe('a site under a path', () => {
  const base = '/atlas/';

  test('every path carries the base', () => {
    expect(homeUrl(base)).toBe('/atlas/');
    expect(entryUrl({ collection: 'countries', id: 'south-korea' }, base)).toBe('/atlas/countries/south-korea/');
    expect(collectionUrl('sources', base)).toBe('/atlas/sources/');
    expect(viewUrl('matrix', base)).toBe('/atlas/matrix/');
    expect(dataUrl('countries.csv', base)).toBe('/atlas/data/countries.csv');
    expect(feedUrl(base)).toBe('/atlas/feed.xml');
    expect(sitemapUrl(base)).toBe('/atlas/sitemap-index.xml');
    expect(searchUrl(base)).toBe('/atlas/search/');
    expect(aboutUrl(base)).toBe('/atlas/about/');
    expect(faviconUrl(base)).toBe('/atlas/favicon.svg');
    expect(pagefindUrl('pagefind.js', base)).toBe('/atlas/pagefind/pagefind.js');
    expect(bundleUrl('search.0123456789.js', base)).toBe('/atlas/_atlas/search.0123456789.js');
    expect(astroAssetsUrl(base)).toBe('/atlas/_astro/');
  });

  test('takes the base with or without its slashes', () => {
    for (const written of ['atlas', '/atlas', 'atlas/', '/atlas/']) expect(sitePath('countries/', written)).toBe('/atlas/countries/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/')).toBe('/');
  });

  test('defaults to the root outside a build (Vite sets no base in plain tests)', () => {
    expect(BASE).toBe('/');
    expect(homeUrl()).toBe('/');
  });

  test('an absolute URL names the base once', () => {
    expect(absoluteUrl(entryUrl({ collection: 'countries', id: 'india' }, base), 'https://example-org.github.io/atlas/')).toBe(
      'https://example-org.github.io/atlas/countries/india/',
    );
  });
});
