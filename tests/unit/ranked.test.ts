// The reordering the search bundle does on Pagefind's results, where the reader's query names a speaker.
import { describe, expect, test } from 'vitest';
import { quotesOfSpeakerFirst } from '../../src/client/ranked.ts';
import type { PagefindData } from '../../src/client/pagefind.ts';

const result = (url: string, meta: Record<string, string>): PagefindData => ({ url, meta }) as unknown as PagefindData;
const person = result('/people/jensen-huang/', { type: 'Person', title: 'Jensen Huang' });
const source = result('/sources/huang-summit/', { type: 'Source', title: 'Huang at the summit' });
const other = result('/quotes/huang-data/', { type: 'Quote', speaker: 'Jensen Huang', quote: 'Own the production of your data.' });
const wanted = result('/quotes/huang-factory/', {
  type: 'Quote',
  speaker: 'Jensen Huang',
  quote: 'Together we’re going to build Japan’s largest AI factory.',
});
const levy = result('/quotes/levy/', { type: 'Quote', speaker: 'Sam Winter-Levy', quote: 'A niche choke point.' });

describe('a query of a speaker’s name and their words', () => {
  test('puts the quotes of that speaker holding the other words first, keeping the given order otherwise', () => {
    expect(quotesOfSpeakerFirst('Huang going', [source, person, other, wanted]).map((r) => r.url)).toEqual([
      '/quotes/huang-factory/',
      '/sources/huang-summit/',
      '/people/jensen-huang/',
      '/quotes/huang-data/',
    ]);
    // A hyphenated name and a word begun: "Winter-Levy choke" finds the quote.
    expect(quotesOfSpeakerFirst('Winter-Levy chok', [source, levy])[0]?.url).toBe('/quotes/levy/');
  });

  test('changes nothing for a name alone, for words alone, or for words the quote does not hold', () => {
    const items = [source, person, other, wanted];
    for (const query of ['Jensen Huang', 'Huang', 'largest factory', 'Huang chips'])
      expect(
        quotesOfSpeakerFirst(query, items).map((r) => r.url),
        query,
      ).toEqual(items.map((r) => r.url));
  });
});
