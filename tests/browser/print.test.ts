// Print, as Chromium prints it to A4 from the print stylesheet: no search box or navigation, the
// permanent URL, every source's address in full, the citation panel open, a page number on every
// page, and nothing cut off at the page's edge. The PDF's text is read with pdftotext (poppler-utils).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/check.ts';
import { browserSession } from '../setup/browser-session.ts';
import { ROOT, SITE_DIR } from '../setup/paths.ts';
import { page as builtPage } from '../setup/site.ts';

const session = browserSession(SITE_DIR);
try {
  execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
} catch {
  throw new Error('pdftotext is not installed: apt-get install poppler-utils (the print test reads the PDFs Chromium prints with it)');
}
const OUT = join(ROOT, '.tmp/print');
mkdirSync(OUT, { recursive: true });
const content = loadContent(`${ROOT}/content`, ROOT);
const sourceUrls = new Map(
  content.entries.filter((e) => e.collection === 'sources').map((e) => [e.id, e.data['url'] as string | undefined]),
);

/** The page printed to PDF by Chromium, and the PDF's text, one string per printed page. */
async function printed(path: string): Promise<{ pages: string[]; overflow: string[] }> {
  // The A4 text column, 210 mm less 2 × 14 mm of margin, as CSS pixels.
  const column = Math.floor((182 / 25.4) * 96);
  const page = await session.browser.newPage({ viewport: { width: column, height: 1000 } });
  await page.goto(`${session.origin}${path}`, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  // Anything wider than the text column would be cut off at the page's edge.
  const overflow = await page.evaluate(
    (width) =>
      [...document.querySelectorAll('main *')]
        .filter((e) => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > width + 2)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`)
        .slice(0, 5),
    column,
  );
  const file = join(OUT, `${path.replaceAll('/', '_')}.pdf`);
  await page.pdf({ path: file, preferCSSPageSize: true });
  await page.close();
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return { pages: text.split('\f').filter((p) => p.trim().length > 0), overflow };
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('printing a page', () => {
  test.each(['/countries/south-korea/', '/countries/malaysia/', '/programs/stargate-uae/'])(
    '%s prints without the search box or navigation, with every source’s URL and the citations',
    async (path) => {
      const { pages, overflow } = await printed(path);
      const all = pages.join('\n');
      expect(pages.length).toBeGreaterThan(1);
      expect(all).not.toContain('Search the Atlas');
      expect(all).not.toMatch(/Matrix\s+Map\s+Timeline/);
      // The permanent URL at the top, a page number and the Atlas's name at the foot of every page.
      expect(pages[0]).toContain(`https://atlas.test${path}`);
      pages.forEach((text, i) => {
        expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
        expect(text, `page ${i + 1}`).toContain('Sovereign AI Atlas');
      });
      // Every source with an address has it printed in full.
      const listed = builtPage(SITE_DIR, path)
        .querySelectorAll('ol.sources > li')
        .map((li) => li.getAttribute('id')?.replace(/^source-/, '') ?? '');
      expect(listed.length).toBeGreaterThan(3);
      for (const id of listed) {
        const url = sourceUrls.get(id);
        if (url) expect(squeeze(all), id).toContain(squeeze(url));
      }
      // The citation panel is printed open.
      expect(all).toContain('APA 7');
      expect(squeeze(all)).toContain(squeeze(`Sovereign AI Atlas. (`));
      expect(all).toContain('@online{');
      expect(overflow).toEqual([]);
    },
  );

  test('a case study’s headings are all printed, in order', async () => {
    const path = '/countries/south-korea/';
    const headings = builtPage(SITE_DIR, path)
      .querySelectorAll('main h2')
      .map((h) => h.textContent.trim())
      .filter((h) => h !== 'Cite this entry');
    const { pages } = await printed(path);
    const all = pages.join('\n');
    let from = 0;
    for (const heading of headings) {
      const at = all.indexOf(heading, from);
      expect(at, heading).toBeGreaterThanOrEqual(0);
      from = at;
    }
  });
});
