// The Atlas renders APA and Chicago with CSL styles reduced to the one shape it cites (src/lib/csl/).
// These tests render the same records with the full styles (APA from citation-js, Chicago from the CSL
// project) and require the same output, for every title in the Atlas and for titles chosen to reach
// citeproc's punctuation, quotation and case rules.
import { resolve } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import chicagoInfo from '@citation/csl-style-chicago-note-bibliography/info.json?raw';
import { describe, expect, test } from 'vitest';
import { cslItem, renderCitations } from '../../src/lib/citation.ts';
import { loadContent } from '../../src/lib/content-check.ts';
import { ROOT } from '../setup/paths.ts';

plugins.config.get('@csl').styles.add('full-chicago', (JSON.parse(chicagoInfo) as { content: string }).content);
const FULL = { apa: 'apa', chicago: 'full-chicago' } as const;

const TRICKY_TITLES = [
  'Is sovereign AI a myth?',
  'Ends with exclamation!',
  'Ends with a period.',
  'Ends with “a quotation.”',
  'A title with "straight quotes" inside',
  'Nvidia’s and “curly” quotes',
  "It's an apostrophe",
  'Chips, clouds & data: who owns what',
  '</script><script>alert(1)</script>',
  'Tom & Jerry <b>bold</b> and <i>italic</i>',
  'x < y > z',
  '한국의 주권 AI',
  'Président Macron on AI',
  'the lower-case start of a title',
  'UPPER CASE TITLE',
  'iPhone and eBay in a title',
  'A title: with a colon, and of the stop words in it',
  'Semicolon; then more — and a dash…',
  'Ending in (parentheses)',
  '100% of it',
];

/** Every title the Atlas's pages carry, as the entry page passes it to the citation. */
function atlasTitles(): string[] {
  const { entries } = loadContent(resolve(ROOT, 'content'), ROOT);
  return entries.map((entry) => {
    const data = entry.data as Record<string, unknown>;
    const title = String(data['name'] ?? data['title'] ?? data['text'] ?? entry.id);
    return title.replace(/“/g, '‘').replace(/”/g, '’');
  });
}

function fullStyle(format: keyof typeof FULL, title: string, updated: string): string {
  const item = cslItem({ key: 'k', title, url: 'https://atlas.example/countries/x/?a=1&b=2', updated }, [1111, 11, 11]);
  const html = new Cite(item).format('bibliography', { template: FULL[format], format: 'html', lang: 'en-US' }) as string;
  return (/<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '').trim();
}

describe('the reduced APA and Chicago styles', () => {
  const titles = [...TRICKY_TITLES, ...atlasTitles()];
  // Every month, and days with one and two digits.
  const days = Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, '0')}-${m % 2 ? '09' : '28'}`);

  test('cover the whole Atlas and the tricky titles', () => {
    expect(titles.length).toBeGreaterThan(TRICKY_TITLES.length + 200);
  });

  for (const format of ['apa', 'chicago'] as const) {
    test(`${format}: same output as the full style for every title`, () => {
      const mismatches: string[] = [];
      titles.forEach((title, index) => {
        const updated = days[index % days.length] ?? '2026-11-26';
        const entry = { key: 'k', title, url: 'https://atlas.example/countries/x/?a=1&b=2', updated };
        const ours = renderCitations(entry, [2026, 12, 3]).find((c) => c.format === format)?.html;
        const full = fullStyle(format, title, updated);
        if (ours !== full) mismatches.push(`${title}\n  full:    ${full}\n  reduced: ${ours}`);
      });
      expect(mismatches).toEqual([]);
    });
  }
});
