import { describe, expect, test } from 'vitest';
import { absoluteUrl, collectionUrl, dataUrl, entryUrl, feedUrl, milestoneAnchor, quoteAnchor, sourceAnchor, stackAnchor, viewUrl } from '../../src/lib/routes.ts';

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
