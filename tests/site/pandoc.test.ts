// What pandoc (Debian's, as LaTeX and Markdown writers use it) reads from every page's BibTeX, as
// BibTeX and as biblatex: the record's type, title and date with the precision it has.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createAtlas } from '../../src/lib/graph/atlas.ts';
import { loadContent } from '../../src/lib/content/check.ts';
import { asBuilt } from '../setup/revised.ts';
import { citableEntry } from '../../src/lib/cite/head-metadata.ts';
import { entryUrl } from '../../src/lib/site/routes.ts';
import { ROOT, SITE_DIR } from '../setup/paths.ts';
import { TEST_SITE } from '../setup/run-build.ts';
import { page } from '../setup/site.ts';

const entries = asBuilt(loadContent(`${ROOT}/content`, ROOT).entries);
const atlas = createAtlas(entries);

interface PandocItem {
  id: string;
  type: string;
  title?: string;
  issued?: { 'date-parts': number[][] };
  'container-title'?: string;
  publisher?: string;
}

/** A title with every apostrophe and quotation mark the same, straight or curly, single or double. */
const quotesAlike = (title: string) => title.replace(/[‘’'“”"]/g, "'");

/** Debian's pandoc (`apt-get install pandoc`; .ci/run installs it). */
const PANDOC = spawnSync('pandoc', ['--version']).status === 0;
if (!PANDOC && process.env['ATLAS_REQUIRE_SHARED'] === '1') throw new Error('pandoc is needed (ATLAS_REQUIRE_SHARED=1) but not installed');

describe.skipIf(!PANDOC)('pandoc reads every page’s BibTeX', () => {
  const file = join(ROOT, '.tmp/pandoc/all.bib');
  mkdirSync(join(ROOT, '.tmp/pandoc'), { recursive: true });
  writeFileSync(
    file,
    entries.map((entry) => page(SITE_DIR, entryUrl(entry)).querySelector('pre[data-citation="BibTeX"]')?.text ?? '').join('\n\n'),
  );

  for (const reader of ['bibtex', 'biblatex'] as const) {
    test(`as ${reader}: every record with its type and its date to the day`, () => {
      const items = JSON.parse(
        execFileSync('pandoc', ['-f', reader, '-t', 'csljson', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
      ) as PandocItem[];
      const byId = new Map(items.map((item) => [item.id, item]));
      const wrong: string[] = [];
      for (const entry of entries) {
        for (const { item } of citableEntry(atlas, entry, TEST_SITE).works) {
          const got = byId.get(item['citation-key']);
          const want = { type: item.type, issued: item.issued?.['date-parts'], container: item['container-title'] ?? item.publisher };
          const have = { type: got?.type, issued: got?.issued?.['date-parts'], container: got?.['container-title'] ?? got?.publisher };
          // LaTeX prints a straight apostrophe as a typographic one, as pandoc does: "Tom’s Hardware".
          if (JSON.stringify(want).replace(/’/g, "'") !== JSON.stringify(have).replace(/’/g, "'"))
            wrong.push(`${item['citation-key']}: want ${JSON.stringify(want)}, got ${JSON.stringify(have)}`);
          // pandoc lower-cases unprotected words for CSL: the braced capitals must survive. Its CSL
          // output gives a quoted phrase double quotes (‘revised’ → “revised”), as CSL styles nest them.
          if (quotesAlike(got?.title ?? '') !== quotesAlike(item.title)) wrong.push(`${item['citation-key']}: title ${got?.title}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});
