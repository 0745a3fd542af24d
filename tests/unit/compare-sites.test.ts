// `npm run compare:sites`: what it reports for two folders (scripts/compare-sites.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { compareSites, formatDifference } from '../../scripts/compare-sites.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-compare-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function site(name: string, files: Record<string, string | Buffer>): string {
  const dir = join(work, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const page = '<!doctype html>\n<title>Testland</title>\n<p>Testland builds its own chips.</p>\n';

describe('comparing two built sites', () => {
  test('finds nothing between two copies', () => {
    const files = { 'index.html': page, 'pagefind/index.pf': Buffer.from([0, 1, 2]) };
    const result = compareSites(site('a', files), site('b', files));
    expect(result).toEqual({ compared: 2, onlyInA: [], onlyInB: [], differing: [] });
    expect(formatDifference(result, 'a', 'b')).toContain('2 files, all identical.');
  });

  test('lists the files only on one side and those that differ, with where a text file first differs', () => {
    const a = site('c', { 'index.html': page, 'sitemap.xml': '<urlset/>', 'pagefind/index.pf': Buffer.from([0, 1, 2]) });
    const b = site('d', { 'index.html': page.replace('its own', 'no'), 'extra.txt': 'x', 'pagefind/index.pf': Buffer.from([0, 1, 3]) });
    const result = compareSites(a, b);
    expect(result.onlyInA).toEqual(['sitemap.xml']);
    expect(result.onlyInB).toEqual(['extra.txt']);
    expect(result.differing.map((d) => d.path)).toEqual(['index.html', 'pagefind/index.pf']);
    expect(result.differing[0]?.detail).toMatch(/^line 3, column 20 /);
    expect(result.differing[0]?.detail).toContain('builds its own chips');
    expect(result.differing[0]?.detail).toContain('builds no chips');
    expect(result.differing[1]?.detail).toBe('binary, first differs at byte 2 (3 / 3 bytes)');
    expect(formatDifference(result, a, b)).toContain('4 files: 1 only in A, 1 only in B, 2 differ.');
  });
});
