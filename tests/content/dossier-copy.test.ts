/**
 * Our own words against the research dossiers: no entry shares a run of twelve words with them. The
 * dossiers (../shared/sources/dossier*.md) paraphrase their sources and carry verbatim excerpts, so a
 * run copied from them is either their paraphrase or a source's wording, and neither is ours. Words in
 * quotation marks are quotes, which must be verbatim, and are left out; so are quote texts and source
 * records (titles and publishers are copied on purpose).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { copyWords } from '../../src/lib/content/article-fingerprint.ts';
import { ROOT } from '../setup/paths.ts';
import { sharedFile } from '../setup/shared.ts';

const RUN = 12;
const folder = sharedFile('sources');
const CONTENT = resolve(ROOT, 'content');

/** Every entry file but source records, read as it stands (the schema check is another test's). */
function entries(): { file: string; data: unknown; body: string }[] {
  return readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(mdx|yaml)$/.test(f) && !f.startsWith('sources'))
    .map((f) => {
      const text = readFileSync(resolve(CONTENT, f), 'utf8');
      const parts = f.endsWith('.mdx') ? /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) : null;
      return { file: `content/${f}`, data: parse(parts ? (parts[1] ?? '') : text) as unknown, body: parts?.[2] ?? '' };
    });
}

/** Every string in an entry's data, however deep, but a quote's own words. */
function strings(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key === 'text' ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

/** A text without what stands in quotation marks. */
function unquoted(text: string): string {
  return text.replace(/“[^”]*”/g, ' ').replace(/"[^"\n]*"/g, ' ');
}

function runs(words: readonly string[]): string[] {
  return Array.from({ length: Math.max(0, words.length - RUN + 1) }, (_, i) => words.slice(i, i + RUN).join(' '));
}

describe.skipIf(folder === undefined)('our own words against the dossiers', () => {
  const dossiers = readdirSync(folder ?? '.').filter((f) => /^dossier.*\.md$/.test(f));
  const dossierRuns = new Set(dossiers.flatMap((f) => runs(copyWords(readFileSync(resolve(folder ?? '.', f), 'utf8')))));

  test('the dossiers are there to compare with', () => {
    expect(dossiers.length).toBeGreaterThanOrEqual(4);
    expect(dossierRuns.size).toBeGreaterThan(50_000);
  });

  test(`no entry shares a run of ${RUN} words with a dossier, outside quotation marks`, () => {
    const copied = entries().flatMap((entry) => {
        const own = unquoted([entry.body, ...strings(entry.data)].join('\n'));
        const found = [...new Set(runs(copyWords(own)))].filter((run) => dossierRuns.has(run));
        return found.length > 0 ? [`${entry.file}: ${found.length} run(s), e.g. "${found[0]}"`] : [];
      });
    expect(copied).toEqual([]);
  });
});
