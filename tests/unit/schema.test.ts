import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { checkSchemas } from '../../src/lib/content/check.ts';
import { httpUrl, isoDay, partialDate } from '../../src/lib/content/fields.ts';

const layer = {
  name: 'Chips',
  order: 1,
  summary: 'The processors that train and run AI models.',
  questions: { technology: 'Whose accelerators are they?' },
  updated: '2026-11-26',
};

describe('dates (Astro trap: YAML and z.date() roll impossible days over)', () => {
  test('an unquoted impossible date is refused instead of becoming another day', () => {
    const parsed = yaml.load('date: 2024-13-45') as { date: unknown };
    expect(isoDay.safeParse(parsed.date).success).toBe(false);
    expect(partialDate.safeParse(parsed.date).success).toBe(false);
  });

  test('a quoted day that does not exist is refused', () => {
    expect(isoDay.safeParse('2024-02-30').success).toBe(false);
    expect(partialDate.safeParse('2024-02-30').success).toBe(false);
    expect(partialDate.safeParse('2025-13').success).toBe(false);
  });

  test('real days, months and years are kept exactly as written', () => {
    expect(isoDay.parse('2024-02-29')).toBe('2024-02-29');
    expect(partialDate.parse('2025-05')).toBe('2025-05');
    expect(partialDate.parse('2025')).toBe('2025');
  });
});

describe('httpUrl (Astro trap: z.url() accepts javascript: and data:)', () => {
  test.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/x', 'example.org'])(
    'refuses %s',
    (url) => {
      expect(httpUrl.safeParse(url).success).toBe(false);
    },
  );

  test('refuses characters that must be percent-encoded', () => {
    expect(httpUrl.safeParse('https://example.org/?x="y"').success).toBe(false);
    expect(httpUrl.safeParse('https://example.org/a b').success).toBe(false);
    expect(httpUrl.safeParse('https://example.org/?x=%22y%22&z=1').success).toBe(true);
  });

  test('accepts http and https URLs', () => {
    expect(httpUrl.parse('https://www.cerebras.net/blog/x')).toBe('https://www.cerebras.net/blog/x');
    expect(httpUrl.parse('http://samwinterlevy.com/research')).toBe('http://samwinterlevy.com/research');
  });
});

describe('strict schemas (Astro trap: unknown keys are dropped silently)', () => {
  test('a misspelt field is an error, not a lost value', () => {
    const result = checkSchemas.layers.safeParse({ ...layer, sumary: 'typo' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  test('nested objects are strict too', () => {
    const result = checkSchemas.quotes.safeParse({
      text: 'x',
      speaker: 'someone',
      source: 'a-source',
      context: 'A sentence of context about the quote.',
      about: { country: ['india'] },
      updated: '2026-11-26',
    });
    expect(result.success).toBe(false);
  });
});

describe('countries', () => {
  const country = {
    name: 'Testland',
    kind: 'country',
    iso2: 'TL',
    region: 'Somewhere',
    summary: 'Testland is building sovereign AI on imported chips.',
    strategy: 'partner-led',
    updated: '2026-11-26',
  };

  test('a bloc has no ISO code and a country needs one', () => {
    expect(checkSchemas.countries.safeParse({ ...country, kind: 'bloc' }).success).toBe(false);
    expect(checkSchemas.countries.safeParse({ ...country, iso2: null }).success).toBe(false);
    expect(checkSchemas.countries.safeParse({ ...country, kind: 'bloc', iso2: null }).success).toBe(true);
  });

  test('a layer has one row in a country’s stack', () => {
    const row = {
      layer: 'chips',
      reliance: 'us',
      basis: { technology: 'us' },
      asOf: '2025',
      note: 'Imported accelerators.',
      sources: ['a-source'],
    };
    const result = checkSchemas.countries.safeParse({ ...country, stack: [row, { ...row, reliance: 'china' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['stack', 1, 'layer']);
  });

  test('every stack row needs at least one source', () => {
    const stack = [
      { layer: 'chips', reliance: 'us', basis: { technology: 'us' }, asOf: '2025', note: 'Imported accelerators.', sources: [] },
    ];
    const result = checkSchemas.countries.safeParse({ ...country, stack });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['stack', 0, 'sources']);
  });
});

describe('sources', () => {
  test('a source without a URL must say that the URL is unconfirmed', () => {
    const source = { title: 'An article', publisher: 'Someone', kind: 'news', evidence: 'independent', updated: '2026-11-26' };
    expect(checkSchemas.sources.safeParse(source).success).toBe(false);
    expect(checkSchemas.sources.safeParse({ ...source, unconfirmed: ['url'] }).success).toBe(true);
  });
});
