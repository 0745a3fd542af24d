import { describe, expect, test } from 'vitest';
import { createAtlas, type AtlasEntry } from '../../src/lib/graph/atlas.ts';
import { loadContent } from '../../src/lib/content/check.ts';
import { scriptJson } from '../../src/lib/site/escape.ts';
import { citationKey, pageMetadata } from '../../src/lib/cite/head-metadata.ts';
import { entryView } from '../../src/lib/views/entry.ts';
import { FIXTURE_DIR, ROOT } from '../setup/paths.ts';

const atlas = createAtlas(loadContent(FIXTURE_DIR, ROOT).entries);
const SITE = 'https://atlas.example/';

function metadataOf(collection: AtlasEntry['collection'], id: string) {
  const entry = atlas.get({ collection, id });
  if (!entry) throw new Error(`no fixture ${collection}/${id}`);
  return pageMetadata(atlas, entry, entryView(atlas, entry), SITE);
}

const tag = (metadata: ReturnType<typeof metadataOf>, key: string) => metadata.tags.find((t) => t.key === key)?.content;

describe('pageMetadata', () => {
  test('gives reference managers a web page of the Atlas: title, website, day, URL, and no author or Highwire tag', () => {
    const metadata = metadataOf('countries', 'testland');
    expect(tag(metadata, 'DC.title')).toBe('Testland');
    expect(tag(metadata, 'og:site_name')).toBe('Sovereign AI Atlas');
    expect(tag(metadata, 'og:type')).toBe('website');
    expect(tag(metadata, 'DC.date')).toBe('2026-11-26');
    expect(tag(metadata, 'DC.identifier')).toBe('https://atlas.example/countries/testland/');
    expect(tag(metadata, 'og:url')).toBe('https://atlas.example/countries/testland/');
    expect(metadata.tags.find((t) => t.key === 'og:title')?.attribute).toBe('property');
    expect(metadata.tags.filter((t) => t.key.startsWith('citation_') || t.key === 'DC.creator')).toEqual([]);
  });

  test('gives a source page the original work: its title, publisher, date and own URL', () => {
    const metadata = metadataOf('sources', 'fixture-report');
    expect(tag(metadata, 'DC.title')).toBe('A fixture report on sovereign AI');
    expect(tag(metadata, 'og:url')).toBe('https://example.org/report');
    expect(tag(metadata, 'og:site_name')).not.toBe('Sovereign AI Atlas');
  });

  test('describes a country as a Place with its native names and ISO code', () => {
    expect(metadataOf('countries', 'testland').jsonLd['mainEntity']).toMatchObject({
      '@type': 'Place',
      name: 'Testland',
      alternateName: ['테스트랜드'],
      identifier: 'TL',
    });
  });

  test('describes a quote as a Quotation with its creator and the work it is based on', () => {
    expect(metadataOf('quotes', 'ada-chips').jsonLd['mainEntity']).toMatchObject({
      '@type': 'Quotation',
      text: 'Chips are bought, stacks are built.',
      creator: { '@type': 'Person', name: 'Ada Example', url: 'https://atlas.example/people/ada-example/' },
      isBasedOn: { '@type': 'CreativeWork', name: 'A fixture report on sovereign AI', url: 'https://example.org/report' },
    });
    expect(metadataOf('quotes', 'vendor-pitch').jsonLd['mainEntity']).toMatchObject({
      creator: { '@type': 'Organization', name: 'Vendor Co' },
    });
  });

  test('describes people, organizations, programs, sources, events and layers by their schema.org types', () => {
    expect((metadataOf('people', 'ada-example').jsonLd['mainEntity'] as Record<string, unknown>)['@type']).toBe('Person');
    expect((metadataOf('organizations', 'vendor-co').jsonLd['mainEntity'] as Record<string, unknown>)['@type']).toBe('Organization');
    expect((metadataOf('programs', 'vendor-sovereign-cloud').jsonLd['mainEntity'] as Record<string, unknown>)['@type']).toBe(
      'CreativeWork',
    );
    expect((metadataOf('sources', 'fixture-report').jsonLd['mainEntity'] as Record<string, unknown>)['@type']).toBe('CreativeWork');
    expect((metadataOf('events', '2025-05-22-cloud-announced').jsonLd['mainEntity'] as Record<string, unknown>)['@type']).toBe('Event');
    expect((metadataOf('layers', 'chips').jsonLd['mainEntity'] as Record<string, unknown>)['@type']).toBe('DefinedTerm');
  });
});

describe('helpers', () => {
  test('dates and citation keys in the forms their readers expect', () => {
    expect(citationKey({ collection: 'countries', id: 'south-korea' })).toBe('atlas_countries_south_korea');
  });

  test('JSON-LD cannot be closed by content', () => {
    const json = scriptJson({ name: '</script><script>alert(1)</script>', line: 'a\u2028b' });
    expect(json).not.toContain('</script');
    expect(json).not.toContain('\u2028');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>', line: 'a\u2028b' });
  });
});
