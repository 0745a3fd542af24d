// What Zotero itself takes from the built Atlas: "Save to Zotero" on every entry page (Zotero's own
// translators, through its translation-server), and Zotero's import of every page's BibTeX, RIS and
// CSL-JSON. Each must give the work the page cites: an entry page as a web page of the Atlas, a source
// page as the original source, a quote page as the quote in the Atlas and, in its downloads, its source.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAtlas, type AtlasEntry } from '../../src/lib/graph/atlas.ts';
import { isoOfDate, type CitedWork, type CslItem } from '../../src/lib/cite/record.ts';
import { loadContent } from '../../src/lib/content/check.ts';
import { asBuilt } from '../setup/revised.ts';
import { citableEntry } from '../../src/lib/cite/head-metadata.ts';
import { absoluteUrl, entryUrl } from '../../src/lib/site/routes.ts';
import { serve } from '../../scripts/lib/serve.ts';
import { FIXTURE_DIR, FIXTURE_SITE_DIR, ROOT, SITE_DIR } from '../setup/paths.ts';
import { TEST_SITE } from '../setup/run-build.ts';
import { page } from '../setup/site.ts';
import { isoOfZoteroDate, ZOTERO_WEB, zotero, type ZoteroItem } from '../setup/zotero.ts';

/** The real Atlas, and the minimal fixture corpus (whose sources have personal authors and an unconfirmed URL). */
const CORPORA = [
  { label: 'the Atlas', content: `${ROOT}/content`, site: SITE_DIR, name: 'atlas' },
  { label: 'the minimal fixture corpus', content: FIXTURE_DIR, site: FIXTURE_SITE_DIR, name: 'fixture' },
] as const;

const ZOTERO_TYPES = { webpage: 'webpage', 'article-newspaper': 'newspaperArticle', report: 'report' } as const;

/** The Zotero fields a work should give, whatever path it takes into Zotero. */
function expected(item: CslItem) {
  const type = ZOTERO_TYPES[item.type];
  const container =
    type === 'report'
      ? { institution: item.publisher }
      : type === 'webpage'
        ? { websiteTitle: item['container-title'] }
        : { publicationTitle: item['container-title'] };
  return {
    itemType: type,
    title: item.title,
    ...container,
    date: item.issued && isoOfDate(item.issued),
    url: item.URL,
  };
}

function actual(item: ZoteroItem | undefined) {
  return {
    itemType: item?.itemType,
    title: item?.title,
    ...(item?.itemType === 'report'
      ? { institution: item.institution }
      : item?.itemType === 'webpage'
        ? { websiteTitle: item.websiteTitle }
        : { publicationTitle: item?.publicationTitle }),
    date: isoOfZoteroDate(item?.date),
    url: item?.url,
  };
}

/** No creator split into a first and a last name unless it is a person the record names. */
function creators(item: ZoteroItem | undefined) {
  return (item?.creators ?? []).map((c) => (c.name !== undefined ? { name: c.name } : { firstName: c.firstName, lastName: c.lastName }));
}

function expectedCreators(
  work: CitedWork,
  path: 'web' | 'import',
): ({ name: string } | { firstName: string | undefined; lastName: string })[] {
  return (work.item.author ?? []).flatMap((name): ({ name: string } | { firstName: string | undefined; lastName: string })[] =>
    'literal' in name ? (path === 'web' ? [] : [{ name: name.literal }]) : [{ firstName: name.given, lastName: name.family }],
  );
}

describe.skipIf(!ZOTERO_WEB).each(CORPORA)("Zotero's own translators on every entry page of $label", (corpus) => {
  const entries = asBuilt(loadContent(corpus.content, ROOT).entries, corpus.content);
  const atlas = createAtlas(entries);
  const siteDir = corpus.site;
  let origin = '';
  let close = async () => {};
  const web = new Map<string, { status: number; items: ZoteroItem[] }>();
  const imports = new Map<string, { status: number; items: ZoteroItem[] }>();
  const exportsDir = join(ROOT, `.tmp/zotero-imports-${corpus.name}`);
  const files = (entry: AtlasEntry) => ['bib', 'ris', 'json'].map((ext) => join(exportsDir, `${entry.collection}-${entry.id}.${ext}`));

  beforeAll(async () => {
    const server = await serve(siteDir);
    origin = server.origin;
    close = server.close;
    // Two translation-servers at once, one per half of the pages (each page is one request).
    const urls = entries.map((entry) => `${origin}${entryUrl(entry)}`);
    const halves = [urls.slice(0, Math.ceil(urls.length / 2)), urls.slice(Math.ceil(urls.length / 2))].filter((half) => half.length > 0);
    for (const answers of await Promise.all(halves.map((half) => zotero(half)))) for (const [url, answer] of answers) web.set(url, answer);
    // Each page's downloads, exactly as its "Cite this" panel shows them, and all pages' downloads of
    // each format in one file: Zotero imports a file of many records as it imports each, and one
    // import per format instead of one per page keeps the test's time flat as the Atlas grows.
    rmSync(exportsDir, { recursive: true, force: true });
    mkdirSync(exportsDir, { recursive: true });
    const formats = [
      { label: 'BibTeX', ext: 'bib' },
      { label: 'RIS', ext: 'ris' },
      { label: 'CSL-JSON', ext: 'json' },
    ] as const;
    const texts = new Map<string, string[]>(formats.map((f) => [f.ext, []]));
    for (const entry of entries) {
      const root = page(siteDir, entryUrl(entry));
      formats.forEach(({ label, ext }, i) => {
        const text = root.querySelector(`pre[data-citation="${label}"]`)?.text ?? '';
        writeFileSync(files(entry)[i] ?? '', text);
        texts.get(ext)?.push(text);
      });
    }
    const all = (ext: string) => join(exportsDir, `all.${ext}`);
    writeFileSync(all('bib'), (texts.get('bib') ?? []).join('\n\n'));
    writeFileSync(all('ris'), (texts.get('ris') ?? []).join('\n'));
    writeFileSync(all('json'), JSON.stringify((texts.get('json') ?? []).flatMap((text) => JSON.parse(text || '[]') as unknown[])));
    const imported = await zotero(
      formats.map((f) => all(f.ext)),
      { import: true },
    );
    // Zotero's items come back in the file's order: each page's works, in turn.
    formats.forEach(({ ext }, i) => {
      const { status, items } = imported.get(all(ext)) ?? { status: 0, items: [] };
      let next = 0;
      for (const entry of entries) {
        const count = citableEntry(atlas, entry, TEST_SITE).works.length;
        imports.set(files(entry)[i] ?? '', { status, items: items.slice(next, next + count) });
        next += count;
      }
    });
  }, 900_000);
  afterAll(() => close());

  test('every entry page is saved as the work it cites: type, title, website or publication, full date, URL, no split name', () => {
    const wrong: string[] = [];
    for (const entry of entries) {
      const [work] = citableEntry(atlas, entry, TEST_SITE).works;
      const answer = web.get(`${origin}${entryUrl(entry)}`);
      const item = answer?.items[0];
      if (!work || !item) {
        wrong.push(`${entry.collection}/${entry.id}: Zotero saved nothing (status ${answer?.status})`);
        continue;
      }
      // Where a source's own URL could not be confirmed, Zotero falls back to the page's address (it always fills one).
      const want = { ...expected(work.item), url: work.item.URL ?? absoluteUrl(entryUrl(entry), TEST_SITE) };
      if (JSON.stringify(actual(item)) !== JSON.stringify(want))
        wrong.push(`${entry.collection}/${entry.id}:\n  want ${JSON.stringify(want)}\n  got  ${JSON.stringify(actual(item))}`);
      if (JSON.stringify(creators(item)) !== JSON.stringify(expectedCreators(work, 'web')))
        wrong.push(`${entry.collection}/${entry.id}: creators ${JSON.stringify(item.creators)}`);
    }
    expect(wrong).toEqual([]);
  });

  if (corpus.name === 'atlas')
    test('entry pages of every collection are web pages of the Sovereign AI Atlas; source pages are the original sources', () => {
      const types = new Map<string, Set<string>>();
      for (const entry of entries) {
        const item = web.get(`${origin}${entryUrl(entry)}`)?.items[0];
        types.set(
          entry.collection,
          (types.get(entry.collection) ?? new Set()).add(
            `${item?.itemType} ${item?.websiteTitle ?? item?.publicationTitle ?? item?.institution}`,
          ),
        );
      }
      for (const collection of ['countries', 'programs', 'people', 'organizations', 'quotes', 'events', 'layers']) {
        expect([...(types.get(collection) ?? [])], collection).toEqual(['webpage Sovereign AI Atlas']);
      }
      const sources = [...(types.get('sources') ?? [])];
      expect(sources.some((t) => t.startsWith('newspaperArticle '))).toBe(true);
      expect(sources.some((t) => t.startsWith('report '))).toBe(true);
      expect(sources.filter((t) => t.endsWith('Sovereign AI Atlas'))).toEqual([]);
    });

  if (corpus.name === 'fixture')
    test('a source with personal authors is saved with each author split into first and last name', () => {
      const report = web.get(`${origin}/sources/fixture-report/`)?.items[0];
      expect(report).toMatchObject({
        itemType: 'report',
        institution: 'Fixture Press',
        date: '2025-05-22',
        url: 'https://example.org/report',
      });
      expect(creators(report)).toEqual([{ firstName: 'Ada', lastName: 'Example' }]);
    });

  test("each page's BibTeX, RIS and CSL-JSON import as the same works, with the accessed date", () => {
    const wrong: string[] = [];
    for (const entry of entries) {
      const { works } = citableEntry(atlas, entry, TEST_SITE);
      for (const file of files(entry)) {
        const items = imports.get(file)?.items ?? [];
        if (items.length !== works.length) wrong.push(`${file}: ${items.length} items, expected ${works.length}`);
        works.forEach((work, index) => {
          const want = expected(work.item);
          // BibTeX has no newspaper type that Zotero reads: a news article (@article, entrysubtype newspaper) imports as a journal article.
          if (file.endsWith('.bib') && want.itemType === 'newspaperArticle') Object.assign(want, { itemType: 'journalArticle' });
          const got = actual(items[index]);
          // Zotero's BibTeX import drops every pair of dollar signs as TeX math, escaped or not (BibTeX.js,
          // `value.replace(/\$([^$]+)\$/g, '$1')`): a known defect of the reader, not of the record.
          if (file.endsWith('.bib') && (work.item.title.match(/\$/g)?.length ?? 0) > 1) Object.assign(got, { title: want.title });
          if (JSON.stringify(got) !== JSON.stringify(want))
            wrong.push(`${file} [${index}]:\n  want ${JSON.stringify(want)}\n  got  ${JSON.stringify(got)}`);
          if (JSON.stringify(creators(items[index])) !== JSON.stringify(expectedCreators(work, 'import')))
            wrong.push(`${file} [${index}]: creators ${JSON.stringify(items[index]?.creators)}`);
          const accessed = page(siteDir, entryUrl(entry)).querySelector('[data-accessed]')?.text.replace(/\//g, '-');
          if (work.revised && isoOfZoteroDate(items[index]?.accessDate) !== isoOfZoteroDate(accessed))
            wrong.push(`${file} [${index}]: accessed ${items[index]?.accessDate}, page says ${accessed}`);
        });
      }
    }
    expect(wrong).toEqual([]);
  });

  if (corpus.name === 'atlas')
    test('a quote page saves the quote with its speaker, and its downloads carry the original source', () => {
      const quote = web.get(`${origin}/quotes/winter-levy-very-expensive-proposition/`)?.items[0];
      expect(quote).toMatchObject({
        itemType: 'webpage',
        title: 'Sam Winter-Levy: “a very, very expensive proposition”',
        websiteTitle: 'Sovereign AI Atlas',
      });
      const ris = imports.get(join(exportsDir, 'quotes-winter-levy-very-expensive-proposition.ris'))?.items ?? [];
      expect(ris[1]).toMatchObject({ itemType: 'newspaperArticle', publicationTitle: 'Rest of World' });
    });
});
