// What Wikipedia's citation service reads from the built Atlas. Citoid asks Zotero's translation-server
// first (tests/site/zotero.test.ts) and, where Zotero has no answer, scrapes the page itself with npm
// html-metadata. These tests run html-metadata on every entry page and check the values under the keys
// Citoid's own translators read (wikimedia/citoid lib/Scraper.js and lib/translators/): the type from
// any Highwire tag (a journal article unless a report's institution comes first), else og:type; the
// title, the site or publication from og:site_name, the date from Highwire, og:published_time or
// DC.date, and the creators from Highwire or DC.creator.
import { readFileSync } from 'node:fs';
import metadata from 'html-metadata';
import { beforeAll, describe, expect, test } from 'vitest';
import { createAtlas } from '../../src/lib/graph/atlas.ts';
import { isoOfDate, type CslItem } from '../../src/lib/cite/record.ts';
import { loadContent } from '../../src/lib/content/check.ts';
import { asBuilt } from '../setup/revised.ts';
import { citableEntry } from '../../src/lib/cite/head-metadata.ts';
import { entryUrl } from '../../src/lib/site/routes.ts';
import { ROOT, SITE_DIR } from '../setup/paths.ts';
import { TEST_SITE } from '../setup/run-build.ts';
import { fileFor } from '../setup/site.ts';

const entries = asBuilt(loadContent(`${ROOT}/content`, ROOT).entries);
const atlas = createAtlas(entries);

type Scraped = Record<string, Record<string, unknown> | undefined>;

/** The item type Citoid gives a page, by its rule (Scraper.js addItemType, openGraph.js types). */
function citoidType(scraped: Scraped): string {
  const highwire = scraped['highwirePress'];
  if (highwire) {
    for (const key of Object.keys(highwire)) {
      if (key === 'journal_title' || key === 'title' || key === 'series_title') return 'journalArticle';
      if (key === 'technical_report_institution') return 'report';
    }
    return 'journalArticle';
  }
  const og = scraped['openGraph']?.['type'];
  if (og === 'website') return 'webpage';
  if (og === 'article') return 'newspaperArticle';
  return 'webpage';
}

const first = (...values: unknown[]) => values.find((v) => typeof v === 'string' && v !== '') as string | undefined;
const list = (value: unknown) => (Array.isArray(value) ? value : value === undefined ? [] : [value]) as string[];

function citoid(scraped: Scraped) {
  const hw = scraped['highwirePress'] ?? {};
  const og = scraped['openGraph'] ?? {};
  const dc = scraped['dublinCore'] ?? {};
  const type = citoidType(scraped);
  return {
    itemType: type,
    title: first(hw['title'], og['title'], dc['title']),
    container: type === 'report' ? first(hw['technical_report_institution'], dc['publisher']) : first(og['site_name']),
    date: first(hw['date'], hw['publication_date'], og['published_time'], dc['date']),
    creators: list(hw['author']).length > 0 ? list(hw['author']) : list(dc['creator']),
    generalAuthor: scraped['general']?.['author'],
  };
}

function expected(item: CslItem, revised: boolean) {
  const type = { webpage: 'webpage', 'article-newspaper': 'newspaperArticle', report: 'report' }[item.type];
  return {
    itemType: type,
    title: item.title,
    container: type === 'report' ? item.publisher : item['container-title'],
    date: item.issued && isoOfDate(item.issued),
    creators: revised ? [] : (item.author ?? []).map((n) => ('literal' in n ? n.literal : [n.given, n.family].filter(Boolean).join(' '))),
    generalAuthor: undefined,
  };
}

describe('Citoid (npm html-metadata) on every entry page', () => {
  const scraped = new Map<string, Scraped>();
  beforeAll(async () => {
    for (const entry of entries) {
      const html = readFileSync(fileFor(SITE_DIR, entryUrl(entry)) ?? '', 'utf8');
      scraped.set(`${entry.collection}/${entry.id}`, await metadata.loadFromString(html));
    }
  });

  test('every page gives the type, title, site or publication, full date and creators of the work it cites', () => {
    const wrong: string[] = [];
    for (const entry of entries) {
      const [work] = citableEntry(atlas, entry, TEST_SITE).works;
      const got = citoid(scraped.get(`${entry.collection}/${entry.id}`) ?? {});
      const want = work ? expected(work.item, work.revised) : undefined;
      if (JSON.stringify(got) !== JSON.stringify(want))
        wrong.push(`${entry.collection}/${entry.id}:\n  want ${JSON.stringify(want)}\n  got  ${JSON.stringify(got)}`);
    }
    expect(wrong).toEqual([]);
  });

  test('entry pages carry no Highwire tag and no author, so Citoid does not take them for journal articles by a person', () => {
    for (const entry of entries.filter((e) => e.collection !== 'sources')) {
      const page = scraped.get(`${entry.collection}/${entry.id}`) ?? {};
      expect(page['highwirePress'], entry.id).toBeUndefined();
      expect(page['dublinCore']?.['creator'], entry.id).toBeUndefined();
      expect(page['openGraph']?.['site_name'], entry.id).toBe('Sovereign AI Atlas');
    }
  });
});
