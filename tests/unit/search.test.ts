import { describe, expect, test } from 'vitest';
import { createAtlas, type AtlasEntry } from '../../src/lib/graph/atlas.ts';
import { loadContent } from '../../src/lib/content/check.ts';
import { searchTags } from '../../src/lib/search/page-tags.ts';
import { emptyFilters, pagefindFilters, pagefindSort, readState, writeState } from '../../src/lib/search/state.ts';
import { FIXTURE_DIR, ROOT } from '../setup/paths.ts';

const atlas = createAtlas(loadContent(FIXTURE_DIR, ROOT).entries);
const tagsOf = (collection: AtlasEntry['collection'], id: string) => {
  const entry = atlas.get({ collection, id });
  if (!entry) throw new Error(`no fixture ${collection}/${id}`);
  return searchTags(atlas, entry);
};

describe('searchTags', () => {
  test('a quote is filtered by type, speaker, country, layer and year, and carries its text, speaker and source', () => {
    const tags = tagsOf('quotes', 'ada-chips');
    expect(tags.filters).toEqual([
      ['type', 'quote'],
      ['country', 'Testland'],
      ['layer', 'Chips'],
      ['speaker', 'Ada Example'],
      ['year', '2025'],
    ]);
    expect(Object.fromEntries(tags.meta)).toMatchObject({
      type: 'Quote',
      quote: 'Chips are bought, stacks are built.',
      speaker: 'Ada Example',
      source: 'A fixture report on sovereign AI',
      date: '2025-05-22',
    });
  });

  test('an organization speaking a quote is its speaker', () => {
    expect(Object.fromEntries(tagsOf('quotes', 'vendor-pitch').meta)['speaker']).toBe('Vendor Co');
  });

  test('a country is filtered by itself and by the layers of its stack, without a year', () => {
    const tags = tagsOf('countries', 'testland');
    expect(tags.filters).toEqual([
      ['type', 'country'],
      ['country', 'Testland'],
      ['layer', 'Chips'],
      ['layer', 'Cloud'],
    ]);
  });

  test('a program sorts by its announcement and is filtered by its countries and layers', () => {
    const tags = tagsOf('programs', 'vendor-sovereign-cloud');
    expect(tags.date).toBe('2025-05');
    expect(tags.filters).toEqual([
      ['type', 'program'],
      ['country', 'Testland'],
      ['layer', 'Cloud'],
      ['year', '2025'],
    ]);
  });
});

describe('search state in the URL', () => {
  test('round-trips a query, several values of a filter, and a sort', () => {
    const state = readState(new URLSearchParams('q=chips+export&type=quote&type=source&country=South+Korea&sort=newest'));
    expect(state).toEqual({
      q: 'chips export',
      filters: { ...emptyFilters(), type: ['quote', 'source'], country: ['South Korea'] },
      sort: 'newest',
    });
    expect(readState(new URLSearchParams(writeState(state)))).toEqual(state);
  });

  test('ignores unknown parameters and sorts', () => {
    expect(readState(new URLSearchParams('q=x&colour=red&sort=random'))).toEqual({ q: 'x', filters: emptyFilters(), sort: 'relevance' });
  });

  test('an empty search is an empty query string', () => {
    expect(writeState({ q: '', filters: emptyFilters(), sort: 'relevance' })).toBe('');
  });

  test('values within a filter are alternatives; a facet can be left out to count its own values', () => {
    const filters = { ...emptyFilters(), type: ['quote', 'source'], year: ['2025'] };
    expect(pagefindFilters(filters)).toEqual({ type: { any: ['quote', 'source'] }, year: { any: ['2025'] } });
    expect(pagefindFilters(filters, 'type')).toEqual({ year: { any: ['2025'] } });
    expect(pagefindSort('newest')).toEqual({ date: 'desc' });
    expect(pagefindSort('relevance')).toBeUndefined();
  });
});
