// Links from a quote to its passage, followed in a real browser: Chromium scrolls to the words a text
// fragment names. Each page stands in for a source that prints the quote deep down its text.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/check.ts';
import { entriesOf } from '../../src/lib/graph/atlas.ts';
import { passageUrl } from '../../src/lib/cite/text-fragment.ts';
import { escapeHtml } from '../../src/lib/site/escape.ts';
import { browserSession } from '../setup/browser-session.ts';
import { ROOT } from '../setup/paths.ts';

const DIR = join(ROOT, '.tmp/fragment-pages');
const quotes = entriesOf(loadContent(`${ROOT}/content`, ROOT).entries, 'quotes').map((q) => ({ id: q.id, text: q.data.text }));
const tricky = [
  { id: 'commas-and-dashes', text: 'It is a long-term, state-of-the-art bet — not a quick win, and not a “sovereign” shortcut.' },
  { id: 'non-latin', text: '主权人工智能 – 국가 AI 전략, “sovereign” in any script' },
];
const cases = [...quotes, ...tricky];

/** A source page: a long run of other text, then the quote, as the source prints it. */
function sourcePage(text: string): string {
  const filler = Array.from({ length: 80 }, (_, i) => `<p>Paragraph ${i + 1} of the article, about something else entirely.</p>`).join(
    '\n',
  );
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Source</title><body>${filler}<p id="passage">The speaker said ${escapeHtml(text)} and went on.</p>${filler}</body></html>`;
}

rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
for (const c of cases) writeFileSync(join(DIR, `${c.id}.html`), sourcePage(c.text));

const session = browserSession(DIR);

describe('a quote links to its passage', () => {
  test('Chromium scrolls every quote’s text fragment to the quote in its source', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1000, height: 700 } });
    const missed: string[] = [];
    for (const c of cases) {
      const url = passageUrl(`${session.origin}/${c.id}.html`, c.text);
      if (!url) continue;
      await page.goto('about:blank');
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(150);
      const visible = await page.evaluate(() => {
        const box = document.getElementById('passage')?.getBoundingClientRect();
        return window.scrollY > 500 && box !== undefined && box.bottom > 0 && box.top < window.innerHeight;
      });
      if (!visible) missed.push(`${c.id}: ${url}`);
    }
    expect(missed).toEqual([]);
    await page.close();
  });
});
