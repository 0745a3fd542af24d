// The scale benchmark's synthetic corpus: valid Atlas content, in the proportions and with the
// cross-links the benchmark promises, and the same corpus for the same seed.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { corpusCounts, writeCorpus } from '../../scripts/bench-corpus.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { entriesOf } from '../../src/lib/graph/atlas.ts';
import type { CollectionName } from '../../src/collections/index.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const realContent = resolve('content');
const ENTRIES = 500;
const dir = join(work, 'a');
const counts = writeCorpus(dir, ENTRIES, 11, realContent);
const checked = checkContent(dir, work);
const entries = <C extends CollectionName>(collection: C) => entriesOf(checked.entries, collection);

describe('the benchmark corpus', () => {
  test('passes the content check the build runs', () => {
    expect(checked.problems).toEqual([]);
    expect(checked.entries).toHaveLength(ENTRIES);
  });

  test('has every kind of entry, about 40% of them quotes', () => {
    expect(counts).toEqual(corpusCounts(ENTRIES));
    for (const [collection, count] of Object.entries(counts))
      expect(
        checked.entries.filter((e) => e.collection === collection),
        collection,
      ).toHaveLength(count);
    expect(counts.quotes / ENTRIES).toBeCloseTo(0.4, 2);
    for (const size of [1000, 10_000, 30_000]) {
      const sized = corpusCounts(size);
      expect(Object.values(sized).reduce((sum, n) => sum + n, 0)).toBe(size);
      expect(sized.quotes / size).toBeCloseTo(0.4, 2);
    }
  });

  test('links each quote to 1–3 entries and each program to 1–5 countries', () => {
    for (const quote of entries('quotes')) {
      const linked = Object.values(quote.data.about).reduce<number>((sum, list) => sum + list.length, 0);
      expect(linked, quote.id).toBeGreaterThanOrEqual(1);
      expect(linked, quote.id).toBeLessThanOrEqual(3);
    }
    const countryCounts = entries('programs').map((program) => program.data.countries.length);
    expect(Math.min(...countryCounts)).toBe(1);
    expect(Math.max(...countryCounts)).toBe(5);
  });

  test('draws varied words from the real content', () => {
    const words = new Set(
      entries('quotes')
        .map((quote) => quote.data.text.toLowerCase())
        .join(' ')
        .split(/[^a-z]+/)
        .filter(Boolean),
    );
    expect(words.size).toBeGreaterThan(500);
    expect(words.has('sovereign')).toBe(true);
  });

  test('is the same for the same seed and differs for another', () => {
    const again = join(work, 'b');
    const other = join(work, 'c');
    writeCorpus(again, ENTRIES, 11, realContent);
    writeCorpus(other, ENTRIES, 12, realContent);
    const text = (root: string) => readFileSync(join(root, 'quotes', 'quote-1.yaml'), 'utf8');
    expect(readdirSync(join(again, 'quotes')).sort()).toEqual(readdirSync(join(dir, 'quotes')).sort());
    expect(text(again)).toBe(text(dir));
    expect(text(other)).not.toBe(text(dir));
  });
});
