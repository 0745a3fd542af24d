/**
 * What the content cites, checked against the research dossiers (../shared/sources/dossier*.md), whose
 * every source carries a verbatim excerpt of the page it was read from:
 * - no invented URL: every address in the content appears in a dossier or in the seed article;
 * - quotes: every quote not taken from the seed article appears word for word in a dossier, and no quote
 *   rests on a page that a dossier's "Check of 1 December 2026" found not to print its words (not found,
 *   only a variant wording, or found only at another page, which is then the page to cite).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../setup/paths.ts';
import { sharedFile } from '../setup/shared.ts';

const folder = sharedFile('sources');
const article = sharedFile('seeds/rest-of-world-sovereign-ai.txt');
const CONTENT = resolve(ROOT, 'content');
const ARTICLE_SOURCE = 'rest-of-world-sovereign-ai';

/** Text folded so typographic quotes, apostrophes and line breaks do not decide a match. */
function folded(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

function files(collection: string): { file: string; text: string }[] {
  const dir = resolve(CONTENT, collection);
  return readdirSync(dir)
    .filter((f) => /\.(mdx|yaml)$/.test(f))
    .map((f) => ({ file: `content/${collection}/${f}`, text: readFileSync(resolve(dir, f), 'utf8') }));
}

/** A source tag (S12, T4, E2, F102) and the URL the dossier's source list gives it. */
function sourceList(dossier: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const match of dossier.matchAll(/^- ([A-Z]\d+)\. .*?(https?:\/\/\S+)\s*$/gm)) tags.set(match[1] ?? '', match[2] ?? '');
  return tags;
}

/** The tags a dossier's check found not to print the quoted words on the cited page. */
function unconfirmedQuotes(dossier: string): Set<string> {
  const check = dossier.split(/^## Check of 1 December 2026.*$/m)[1] ?? '';
  const refused = check.split('\n').filter((line) => /not found verbatim|only variant wordings|verbatim only at another page/i.test(line));
  return new Set(refused.flatMap((line) => [...line.matchAll(/\b([A-Z]\d+)\b/g)].map((m) => m[1] ?? '')));
}

describe.skipIf(folder === undefined || article === undefined)('what the content cites, against the dossiers', () => {
  const dossiers = readdirSync(folder ?? '.')
    .filter((f) => /^dossier.*\.md$/.test(f))
    .map((f) => ({ name: f, text: readFileSync(resolve(folder ?? '.', f), 'utf8') }));
  const everything = [...dossiers.map((d) => d.text), readFileSync(article ?? '', 'utf8')].join('\n');
  const sources = new Map(
    files('sources').map(({ file, text }) => [file.replace(/^content\/sources\/|\.yaml$/g, ''), parse(text) as { url?: string }]),
  );

  test('every address in the content appears in a dossier or in the seed article: no invented URL', () => {
    const invented: string[] = [];
    for (const collection of readdirSync(CONTENT)) {
      for (const { file, text } of files(collection)) {
        for (const [url] of text.matchAll(/https?:\/\/[^\s"'<>)\]]+/g)) {
          const home = /^https?:\/\/([^/]+)\/?$/.exec(url);
          // A home page passes where a dossier names its site.
          const known = everything.includes(url) || (home !== null && everything.includes((home[1] ?? '').replace(/^www\./, '')));
          if (!known) invented.push(`${file}: ${url}`);
        }
      }
    }
    expect(invented).toEqual([]);
  });

  test('every quote not from the seed article is word for word in a dossier', () => {
    const text = folded(dossiers.map((d) => d.text).join('\n'));
    const missing = files('quotes').flatMap(({ file, text: yaml }) => {
      const quote = parse(yaml) as { text: string; source: string };
      return quote.source === ARTICLE_SOURCE || text.includes(folded(quote.text)) ? [] : [`${file}: "${quote.text}"`];
    });
    expect(missing).toEqual([]);
  });

  test("no quote rests on a page that a dossier's check found not to print its words", () => {
    const refused = new Map<string, string>();
    for (const dossier of dossiers) {
      const urls = sourceList(dossier.text);
      for (const tag of unconfirmedQuotes(dossier.text)) {
        const url = urls.get(tag);
        if (url) refused.set(url, `${dossier.name} ${tag}`);
      }
    }
    expect(refused.size).toBeGreaterThan(10);
    const resting = files('quotes').flatMap(({ file, text: yaml }) => {
      const quote = parse(yaml) as { source: string };
      const url = sources.get(quote.source)?.url;
      const why = url && refused.get(url);
      return why ? [`${file}: its source ${quote.source} is ${why}, whose words the check did not find on the page`] : [];
    });
    expect(resting).toEqual([]);
  });
});
