import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/check.ts';
import { entryUrl } from '../../src/lib/site/routes.ts';
import { COLLECTIONS } from '../../src/collections/index.ts';
import { brokenPromises, publishedUrls, readManifest } from '../../src/lib/site/url-contract.ts';
import { FIXTURE_SITE_DIR, HOSTILE_DIR, HOSTILE_SITE_DIR, ROOT, SITE_DIR, URL_MANIFEST } from '../setup/paths.ts';
import { page, sitePages, text } from '../setup/site.ts';
import { revisedDay } from '../setup/revised.ts';
import { formatDate } from '../../src/lib/views/format.ts';

const content = loadContent(`${ROOT}/content`, ROOT);
const JSON_LD_TYPES: Record<string, string> = {
  countries: 'Place',
  programs: 'CreativeWork',
  people: 'Person',
  organizations: 'Organization',
  quotes: 'Quotation',
  sources: 'CreativeWork',
  events: 'Event',
  layers: 'DefinedTerm',
};

function meta(root: ReturnType<typeof page>, key: string): string | undefined {
  return (root.querySelector(`meta[name="${key}"]`) ?? root.querySelector(`meta[property="${key}"]`))?.getAttribute('content');
}

function jsonLd(root: ReturnType<typeof page>): Record<string, unknown> {
  const script = root.querySelector('script[type="application/ld+json"]');
  return JSON.parse(script?.textContent ?? '{}') as Record<string, unknown>;
}

describe('metadata that reference managers read', () => {
  test('every entry page has Dublin Core, OpenGraph and canonical tags for the work it cites', () => {
    for (const entry of content.entries) {
      const root = page(SITE_DIR, entryUrl(entry));
      const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      const updated = revisedDay(entry);
      expect(canonical, entry.file).toMatch(new RegExp(`^https?://[^/]+${entryUrl(entry)}$`));
      const title = meta(root, 'DC.title');
      expect(title, entry.file).toBeTruthy();
      expect(meta(root, 'og:title'), entry.file).toBe(title);
      if (entry.collection === 'sources') {
        // A source page stands for the original: its own title, URL and date, never the Atlas as site.
        expect(title, entry.file).toBe(entry.data['title']);
        expect(meta(root, 'og:url'), entry.file).toBe(
          entry.data['url'] && !(entry.data['unconfirmed'] as string[]).includes('url') ? entry.data['url'] : canonical,
        );
        expect(meta(root, 'og:site_name'), entry.file).toBe(entry.data['publisher']);
        continue;
      }
      if (entry.collection !== 'quotes') expect(title, entry.file).toBe(text(root.querySelector('h1')));
      expect(meta(root, 'DC.publisher'), entry.file).toBe('Sovereign AI Atlas');
      expect(meta(root, 'og:site_name'), entry.file).toBe('Sovereign AI Atlas');
      expect(meta(root, 'DC.identifier'), entry.file).toBe(canonical);
      expect(meta(root, 'DC.date'), entry.file).toBe(updated);
      expect(meta(root, 'og:url'), entry.file).toBe(canonical);
      expect(meta(root, 'citation_title'), entry.file).toBeUndefined();
    }
  });

  test('a quote page’s title is the speaker and every word of the quote, never cut', () => {
    for (const entry of content.entries.filter((e) => e.collection === 'quotes')) {
      const title = meta(page(SITE_DIR, entryUrl(entry)), 'DC.title') ?? '';
      const quoted = `“${String(entry.data['text'])}”`;
      expect(title, entry.file).toContain(quoted);
      // An ellipsis in the title is the quote's own (the source's words joined), never a cut.
      expect(title.replace(quoted, ''), entry.file).not.toContain('…');
    }
  });

  test('every entry page has schema.org JSON-LD of its type', () => {
    for (const entry of content.entries) {
      const data = jsonLd(page(SITE_DIR, entryUrl(entry)));
      expect(data['@type'], entry.file).toBe('WebPage');
      expect(data['dateModified'], entry.file).toBe(revisedDay(entry));
      const main = data['mainEntity'] as Record<string, unknown>;
      expect(main['@type'], entry.file).toBe(JSON_LD_TYPES[entry.collection]);
    }
    const quote = jsonLd(page(SITE_DIR, '/quotes/winter-levy-very-expensive-proposition/'))['mainEntity'] as Record<string, unknown>;
    expect(quote['text']).toBe('a very, very expensive proposition');
    expect(quote['creator']).toMatchObject({ '@type': 'Person', name: 'Sam Winter-Levy' });
    expect(quote['isBasedOn']).toMatchObject({ '@type': 'CreativeWork', publisher: { name: 'Rest of World' } });
  });
});

describe('cite this', () => {
  test('every entry page offers all six formats in the HTML, with its canonical URL and update date', () => {
    for (const entry of content.entries) {
      const root = page(SITE_DIR, entryUrl(entry));
      const cite = root.querySelector('details#cite');
      expect(cite, entry.file).not.toBeNull();
      const labels = cite?.querySelectorAll('h3').map((h) => text(h));
      expect(labels, entry.file).toEqual(['APA 7', 'MLA 9', 'Chicago 17 (notes and bibliography)', 'BibTeX', 'RIS', 'CSL-JSON']);
      const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      // Every citation of the page itself links its permanent URL (a quote's original source and a source page cite the original).
      if (entry.collection !== 'sources') {
        for (const block of cite?.querySelectorAll('[data-citation]') ?? [])
          if (!/was quoted/.test(block.getAttribute('data-citation') ?? '')) expect(text(block), entry.file).toContain(canonical);
      }
      const csl = JSON.parse(text(cite?.querySelector('pre[data-citation="CSL-JSON"]'))) as Record<string, unknown>[];
      // Citations are rendered apart from the page (on a worker thread): each page must carry its own.
      expect(csl[0]?.['title'], entry.file).toBe(meta(root, 'DC.title'));
      if (entry.collection === 'sources') continue;
      const [year, month, day] = revisedDay(entry).split('-').map(Number);
      expect(csl[0]?.['issued'], entry.file).toEqual({ 'date-parts': [[year, month, day]] });
    }
  });
});

describe('citation keys', () => {
  test('every record has its own BibTeX key and RIS ID, the same wherever the same work is cited', () => {
    const works = new Map<string, Set<string>>();
    for (const entry of content.entries) {
      const root = page(SITE_DIR, entryUrl(entry));
      const bibtex = text(root.querySelector('pre[data-citation="BibTeX"]'));
      const ris = root.querySelector('pre[data-citation="RIS"]')?.text ?? '';
      const keys = [...bibtex.matchAll(/@\w+\{([^,]+),/g)].map((m) => m[1] ?? '');
      const ids = [...ris.matchAll(/^ID {2}- (.+)$/gm)].map((m) => m[1] ?? '');
      const titles = [...ris.matchAll(/^TI {2}- (.+)$/gm)].map((m) => m[1] ?? '');
      expect(ids, entry.file).toEqual(keys);
      keys.forEach((key, i) => works.set(key, (works.get(key) ?? new Set()).add(titles[i] ?? '')));
    }
    expect([...works].filter(([, titles]) => titles.size > 1)).toEqual([]);
    expect(works.size).toBe(content.entries.length);
  });
});

describe('source pages', () => {
  test('show the full record, a way to find archived copies, and what cites the source', () => {
    const root = page(SITE_DIR, '/sources/cna-malaysia-huawei-retraction/');
    const facts = text(root.querySelector('.facts'));
    expect(facts).toContain('CNA (Channel NewsAsia)');
    expect(facts).toContain('21 May 2025');
    expect(root.querySelector('a[href^="https://web.archive.org/web/*/https://www.channelnewsasia.com/"]')).not.toBeNull();
    expect(root.querySelectorAll('h2').map((h) => text(h))).toEqual(expect.arrayContaining(['Cited by countries', 'Cited by events']));
  });
});

describe('the permanent-URL contract', () => {
  const manifest = readManifest(URL_MANIFEST);

  test('every URL the Atlas has ever published still answers with its page or a redirect', () => {
    expect(manifest.length).toBeGreaterThan(250);
    expect(brokenPromises(SITE_DIR, manifest)).toEqual([]);
  });

  test('every URL of this build is in the manifest (run `npm run urls:update` after adding entries)', () => {
    const known = new Set(manifest);
    expect(publishedUrls(SITE_DIR).filter((url) => !known.has(url))).toEqual([]);
  });

  test('a removed URL breaks the contract', () => {
    expect(brokenPromises(FIXTURE_SITE_DIR, ['/programs/vendor-sovereign-cloud/', '/programs/gone/'])).toEqual(['/programs/gone/']);
  });

  test('a renamed entry keeps its old URL: a redirect page with refresh, canonical and a visible link, and a 301 for hosts', () => {
    expect(brokenPromises(FIXTURE_SITE_DIR, ['/programs/vendor-cloud/'])).toEqual([]);
    const old = page(FIXTURE_SITE_DIR, '/programs/vendor-cloud/');
    expect(old.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/programs/vendor-sovereign-cloud/');
    expect(old.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/\/programs\/vendor-sovereign-cloud\/$/);
    expect(old.querySelector('main a')?.getAttribute('href')).toBe('/programs/vendor-sovereign-cloud/');
    const redirects = readFileSync(join(FIXTURE_SITE_DIR, '_redirects'), 'utf8');
    expect(redirects).toContain('/programs/vendor-cloud/ /programs/vendor-sovereign-cloud/ 301');
  });

  test('every entry says when it was last changed, the date its citations carry, and its permanent link', () => {
    const root = page(SITE_DIR, '/programs/stargate-uae/');
    const entry = content.entries.find((e) => e.collection === 'programs' && e.id === 'stargate-uae');
    const day = formatDate(entry ? revisedDay(entry) : '');
    expect(text(root.querySelector('main'))).toMatch(
      new RegExp(`Last changed on ${day}\\. Permanent link: https?://\\S+/programs/stargate-uae/`),
    );
    expect(text(root.querySelector('#cite'))).toContain(`cites the version last changed on ${day}`);
  });
});

describe('data downloads', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);

  test('each collection as JSON validates against its generated JSON Schema', () => {
    for (const collection of COLLECTIONS) {
      const records = JSON.parse(readFileSync(join(SITE_DIR, 'data', `${collection}.json`), 'utf8')) as Record<string, unknown>[];
      const schema = JSON.parse(readFileSync(join(SITE_DIR, 'data', `${collection}.schema.json`), 'utf8')) as object;
      const validate = ajv.compile(schema);
      expect(records.length, collection).toBe(content.entries.filter((e) => e.collection === collection).length);
      for (const record of records) expect(validate(record) ? [] : validate.errors, `${collection}/${String(record['id'])}`).toEqual([]);
    }
  });

  test('each collection as CSV has a row per entry with its id and permanent link', () => {
    for (const collection of COLLECTIONS) {
      const rows = parseCsv(readFileSync(join(SITE_DIR, 'data', `${collection}.csv`), 'utf8'), { columns: true }) as Record<
        string,
        string
      >[];
      expect(rows.length, collection).toBe(content.entries.filter((e) => e.collection === collection).length);
      for (const row of rows) expect(row['permalink'], collection).toMatch(new RegExp(`/${collection}/${row['id']}/$`));
    }
  });

  test('the all-in-one file holds every collection, and the data page explains fields, license and citation', () => {
    const all = JSON.parse(readFileSync(join(SITE_DIR, 'data', 'atlas.json'), 'utf8')) as Record<string, unknown[]>;
    expect(Object.keys(all)).toEqual([...COLLECTIONS]);
    const root = page(SITE_DIR, '/data/');
    const body = text(root.querySelector('main'));
    expect(body).toContain('CC BY 4.0');
    expect(root.querySelector('#fields-countries')).not.toBeNull();
    expect(body).toContain('Reliance per layer of the AI stack');
    expect(root.querySelector('details#cite')).not.toBeNull();
  });
});

describe('feeds and sitemap', () => {
  const xml = new XMLParser({ ignoreAttributes: false });

  test('the RSS feed lists what changed, with links to the change on each entry page', () => {
    const feed = xml.parse(readFileSync(join(SITE_DIR, 'feed.xml'), 'utf8')) as {
      rss: { channel: { item: { link: string; pubDate: string }[] } };
    };
    const items = feed.rss.channel.item;
    expect(items.length).toBeGreaterThan(50);
    for (const item of items)
      expect(item.link).toMatch(/^https?:\/\/[^/]+\/[a-z]+\/[a-z0-9-]+\/#(change-[0-9a-f]{7}|correction-\d+|revised-\d{4}-\d{2}-\d{2})$/);
  });

  test('the sitemap lists every entry page and no redirect', () => {
    const index = readFileSync(join(SITE_DIR, 'sitemap-0.xml'), 'utf8');
    for (const entry of content.entries) expect(index, entry.file).toContain(`${entryUrl(entry)}</loc>`);
    expect(readFileSync(join(SITE_DIR, 'sitemap.xml'), 'utf8')).toContain('/sitemap-0.xml</loc>');
    const fixture = readFileSync(join(FIXTURE_SITE_DIR, 'sitemap-0.xml'), 'utf8');
    expect(fixture).toContain('/programs/vendor-sovereign-cloud/</loc>');
    expect(fixture).not.toContain('/programs/vendor-cloud/</loc>');
  });
});

describe('hostile content comes out as text', () => {
  const hostile = loadContent(HOSTILE_DIR, ROOT);
  const pages = sitePages(HOSTILE_SITE_DIR);

  test('no page of the hostile corpus contains an element its content tried to inject', () => {
    for (const path of pages) {
      const root = page(HOSTILE_SITE_DIR, path);
      expect(root.querySelectorAll('img, iframe').length, path).toBe(0);
      // citeproc reads <i>, <b>, <sup>, <sub> in titles as rich text inside formatted citations; nowhere else.
      expect(root.querySelectorAll('b').filter((b) => !b.closest('.cite-this')).length, path).toBe(0);
      const scripts = root.querySelectorAll('script');
      for (const script of scripts) {
        // Only the Atlas's own scripts: JSON-LD (escaped, so it cannot be closed early) and the loader.
        if (script.getAttribute('type') === 'application/ld+json') {
          expect(script.textContent, path).not.toContain('</script');
          expect(() => JSON.parse(script.textContent), path).not.toThrow();
        } else {
          expect(script.textContent, path).not.toContain('alert(');
        }
      }
      const own = scripts.filter((s) => s.getAttribute('type') !== 'application/ld+json' && !s.getAttribute('src'));
      expect(own.length, path).toBe(1);
    }
  });

  test('titles, names and quotes survive exactly, in the page, in meta tags and in JSON-LD', () => {
    for (const entry of hostile.entries) {
      const root = page(HOSTILE_SITE_DIR, entryUrl(entry));
      const { data } = entry;
      const name = 'name' in data ? data.name : 'title' in data ? data.title : undefined;
      if (name && entry.collection !== 'quotes') {
        expect(text(root.querySelector('h1')), entry.file).toBe(name.replace(/\s+/g, ' ').trim());
        expect(meta(root, 'DC.title'), entry.file).toBe(name);
        expect(meta(root, 'og:title'), entry.file).toBe(name);
        expect((jsonLd(root)['mainEntity'] as Record<string, unknown>)['name'], entry.file).toBe(name);
      }
    }
    const quote = page(HOSTILE_SITE_DIR, '/quotes/hostile-quote/');
    const text_ = "We will </script><script>alert('quote')</script> never \"escape\" & that's 'final' — नमस्ते 🚀";
    expect(text(quote.querySelector('.quote-text'))).toBe(`“${text_}”`);
    expect((jsonLd(quote)['mainEntity'] as Record<string, unknown>)['text']).toBe(text_);
  });
});
