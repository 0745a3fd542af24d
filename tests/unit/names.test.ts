import { describe, expect, test } from 'vitest';
import { createAtlas } from '../../src/lib/graph/atlas.ts';
import { loadContent } from '../../src/lib/content/check.ts';
import { foldName, keyedWords, keysFor, lookupWord, matchLevel, NEAR, suggest, type NameRecord } from '../../src/lib/search/name-match.ts';
import { nameBuckets, nameRecords } from '../../src/lib/search/names-index.ts';
import { entryText, otherSpellings } from '../../src/lib/search/spellings.ts';
import { FIXTURE_DIR, ROOT } from '../setup/paths.ts';

const record = (n: string, u: string, p = 0, e?: string): NameRecord => ({ n, t: 'Country', f: 'country', u, p, ...(e ? { e } : {}) });

describe('folding names and queries', () => {
  test.each([
    ['Việt Nam', 'viet nam'],
    ['Sam Winter-Levy', 'sam winter levy'],
    ['U.S.', 'us'],
    ["America's AI Action Plan", 'americas ai action plan'],
    ['Perú', 'peru'],
    ['대한민국', '대한민국'],
  ])('%s → %s', (name, folded) => expect(foldName(name)).toBe(folded));

  test('names are keyed by their words, not by their stopwords', () => {
    expect(keyedWords(foldName('Carnegie Endowment for International Peace'))).toEqual(['carnegie', 'endowment', 'international', 'peace']);
  });
});

describe('matching a name', () => {
  test.each([
    ['estonia', 'estonia', 0],
    ['sam winter levy', 'samwinter levy', 0],
    ['kazakhstan national supercomputer', 'kazakhstan', 1],
    ['aws european sovereign cloud', 'sovereign clo', 2],
    ['sam winter levy', 'inter', 3],
    ['estonia', 'latvia', undefined],
  ])('“%s” for “%s”: level %s', (name, query, level) => expect(matchLevel(name, query)).toBe(level));

  test('suggestions put the same name first, then named things before events, then shorter names; one per entry', () => {
    const records = [
      record('Malaysia unveils its own edge-AI chip', '/events/chip/', 5),
      record('Malaysia', '/countries/malaysia/', 0),
      record('Malaysia’s Huawei Ascend AI server announcement', '/programs/huawei-malaysia/', 3),
      record('Malaysia', '/countries/malaysia/', 0),
    ];
    expect(suggest(records, 'malaysia').map((s) => s.record.u)).toEqual([
      '/countries/malaysia/',
      '/programs/huawei-malaysia/',
      '/events/chip/',
    ]);
  });

  test('a misspelt name is suggested, with the query as the name spells it, only where nothing matches', () => {
    const records = [record('Huawei', '/organizations/huawei/'), record('Huawei AI partnerships', '/programs/huawei-sovereign-ai/', 3)];
    const [first] = suggest(records, 'huawie');
    expect(first?.level).toBe(NEAR);
    expect(first?.corrected).toBe('huawei');
    expect(suggest(records, 'huaw').every((s) => s.level < NEAR)).toBe(true);
    // Short words are never "corrected": "US" is not a misspelt "UK".
    expect(suggest([record('UK', '/countries/uk/')], 'us')).toEqual([]);
  });
});

describe('the names index', () => {
  const atlas = createAtlas(loadContent(FIXTURE_DIR, ROOT).entries);

  test('lists every named entry under each of its words, and an entry’s other names point to it', () => {
    const records = nameRecords(atlas);
    expect(records.some((r) => r.u === '/countries/testland/' && r.n === 'Testland' && r.t === 'Country' && r.f === 'country')).toBe(true);
    expect(records.every((r) => !r.u.startsWith('/quotes/') && !r.u.startsWith('/sources/'))).toBe(true);
    const buckets = nameBuckets(records);
    expect(buckets.get('te')?.map((r) => r.u)).toContain('/countries/testland/');
  });

  test('a prefix holding too many names is split by one more character, and a query finds the right file', () => {
    const many = Array.from({ length: 30 }, (_, i) => record(`Sovereign ${i} Cloud`, `/programs/p${i}/`));
    const buckets = nameBuckets([...many, record('Soviet archive', '/sources/x/'), record('So', '/countries/so/')], 10);
    const keys = [...buckets.keys()].sort();
    // "so" keeps the word that ends there; the others split down to "sovi" (one name) and "sovereign" (a whole word, which cannot split).
    expect(keys.filter((k) => k.startsWith('so'))).toEqual(['so', 'sovereign', 'sovi']);
    expect(buckets.get('so')?.map((r) => r.n)).toEqual(['So']);
    expect(keysFor('sov', keys)).toEqual(['sovereign', 'sovi']);
    for (const [key, list] of buckets) if (list.length > 10) expect([...key].length, key).toBeGreaterThan(3);
    const word = lookupWord('sovereign clo') ?? '';
    const found = keysFor(word, keys).flatMap((key) => buckets.get(key) ?? []);
    expect(suggest(found, 'sovereign 12 clo').map((s) => s.record.u)).toEqual(['/programs/p12/']);
  });
});

describe('other spellings', () => {
  test('British and American spellings, and a country with its adjective, stand for each other', () => {
    expect(otherSpellings('An export licence for the Korean data centre')).toEqual(['center', 'korea', 'koreans', 'license']);
    expect(otherSpellings('The programme will digitise records')).toEqual(['digitize', 'program']);
    expect(otherSpellings('Emirati investors')).toEqual(['emirates', 'emiratis']);
  });

  test('an entry’s words are its texts, not its field names or the entries it refers to', () => {
    const quote = {
      text: 'A licence to build',
      speaker: 'someone',
      about: { programs: [{ collection: 'programs', id: 'centre-programme' }] },
      url: 'https://example.org/organisation',
    };
    expect(otherSpellings(entryText(quote))).toEqual(['license']);
    // The names of the entries it refers to are on its page, so they count.
    expect(otherSpellings(entryText(quote, '', (ref) => (ref.id === 'centre-programme' ? 'A national programme' : undefined)))).toEqual([
      'license',
      'program',
    ]);
  });

  test('words that only look like -ise verbs keep their spelling', () => {
    expect(otherSpellings('a promise of turquoise noise and expertise')).toEqual([]);
  });
});
