import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/check.ts';
import { LOADER_SCRIPT } from '../../src/lib/site/loader-script.ts';
import { entryUrl, collectionUrl } from '../../src/lib/site/routes.ts';
import { COLLECTIONS } from '../../src/collections/index.ts';
import { FIXTURE_LOG, FIXTURE_SITE_DIR, ROOT, SITE_DIR, SITE_LOG } from '../setup/paths.ts';
import { fileFor, page, sitePages, text } from '../setup/site.ts';

const content = loadContent(`${ROOT}/content`, ROOT);

describe('the built Atlas', () => {
  test('has a page for every entry, titled with the entry', () => {
    const missing = content.entries.filter((entry) => !fileFor(SITE_DIR, entryUrl(entry)));
    expect(missing.map((entry) => entry.file)).toEqual([]);
    for (const entry of content.entries) {
      expect(page(SITE_DIR, entryUrl(entry)).querySelector('h1'), entry.file).not.toBeNull();
    }
  });

  test('has an index page for every collection that lists all of its entries', () => {
    for (const collection of COLLECTIONS) {
      const index = page(SITE_DIR, collectionUrl(collection));
      const links = new Set(index.querySelectorAll('main a').map((a) => a.getAttribute('href')));
      for (const entry of content.entries.filter((e) => e.collection === collection)) {
        expect(links.has(entryUrl(entry)), `${collectionUrl(collection)} lists ${entry.id}`).toBe(true);
      }
    }
  });

  test('home page offers the three ways in: countries, quotes and sources, citing', () => {
    const home = page(SITE_DIR, '/');
    const hrefs = home.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['/countries/', '/quotes/', '/sources/', '/about/']));
    expect(text(home.querySelector('main'))).toMatch(/Cite a stable URL/);
  });

  test('loads no script file on any page but the search and compare pages; the only inline script is the on-demand loader', () => {
    const pages = sitePages(SITE_DIR);
    const withScriptFiles = pages.filter((path) => page(SITE_DIR, path).querySelectorAll('script[src]').length > 0);
    expect(withScriptFiles.sort()).toEqual(['/compare/', '/search/']);
    const inline = new Set(
      pages.flatMap((path) =>
        page(SITE_DIR, path)
          .querySelectorAll('script:not([src]):not([type="application/ld+json"])')
          .map((s) => s.textContent),
      ),
    );
    expect(inline.size).toBe(1);
    // The loader as the client build bundles it (minified: its names are not the source's).
    expect([...inline][0]).toBe(LOADER_SCRIPT);
  });

  test('sets a canonical URL with a trailing slash on every entry page', () => {
    const link = page(SITE_DIR, '/countries/south-korea/').querySelector('link[rel="canonical"]');
    expect(link?.getAttribute('href')).toMatch(/^https?:\/\/[^/]+\/countries\/south-korea\/$/);
  });

  test('Astro never reported ignored plugins or missing references while building it', () => {
    for (const log of [SITE_LOG, FIXTURE_LOG]) {
      const output = readFileSync(log, 'utf8');
      expect(output).not.toMatch(/is ignored because/);
      expect(output).not.toMatch(/Invalid content reference/i);
    }
  });
});

describe('what the search index reads', () => {
  test('each entry page marks its own content as the searchable body, without navigation, backlinks or source lists', () => {
    for (const entry of content.entries) {
      const root = page(SITE_DIR, entryUrl(entry));
      const bodies = root.querySelectorAll('[data-pagefind-body]');
      expect(bodies.length, entry.file).toBe(1);
      const body = bodies[0];
      expect(body?.querySelector('nav, header, footer, .sources'), entry.file).toBeNull();
      // Quotes shown as backlinks are results of their own, not part of the page that lists them.
      expect(body?.querySelectorAll('figure.quote').length, entry.file).toBe(entry.collection === 'quotes' ? 1 : 0);
      expect(root.querySelector('[data-pagefind-filter="type"]')?.textContent, entry.file).toBeTruthy();
    }
  });

  test('index pages, the home page and the search page are not indexed', () => {
    for (const path of ['/', '/countries/', '/quotes/', '/search/', '/about/']) {
      expect(page(SITE_DIR, path).querySelector('[data-pagefind-body]'), path).toBeNull();
    }
  });

  test('words of neighbouring cells and facts stay apart, as the index reads the text without its layout', () => {
    const korea = page(SITE_DIR, '/countries/south-korea/');
    expect(korea.querySelector('#stack thead, .table-wrap thead tr')?.textContent.trim()).toBe(
      'Layer Reliance Basis and what it consists of Sources',
    );
    expect(korea.querySelector('.facts')?.textContent).toMatch(/Region East Asia/);
  });

  test('native-script names are in the searchable body, tagged with their language', () => {
    const korea = page(SITE_DIR, '/countries/south-korea/');
    const name = korea.querySelector('[data-pagefind-body] [lang="ko"]');
    expect(name?.textContent).toBe('대한민국');
  });
});

describe('quotes', () => {
  test('two wordings of one remark point to each other, whichever of them holds the link', () => {
    for (const [from, to] of [
      ['/quotes/huang-only-platform/', '/quotes/huang-only-platform-on-any-platform/'],
      ['/quotes/huang-only-platform-on-any-platform/', '/quotes/huang-only-platform/'],
    ] as const) {
      const section = page(SITE_DIR, from)
        .querySelectorAll('main section')
        .find((s) => text(s.querySelector('h2')) === 'The same remark in other words');
      expect(section, from).toBeDefined();
      expect(section?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(to);
    }
  });

  test('the quotes index gives each quote its speaker, outlet and date', () => {
    const index = text(page(SITE_DIR, '/quotes/').querySelector('main'));
    expect(index).toMatch(/Sam Winter-Levy, Rest of World, (\d{1,2} )?([A-Z][a-z]+ )?\d{4}/);
    expect(index).toContain('Jensen Huang, The Edge Malaysia, 12 February 2024');
  });
});

describe('a country page', () => {
  const korea = page(SITE_DIR, '/countries/south-korea/');

  test('shows the stack table with a reliance label and numbered sources for each row', () => {
    const rows = korea.querySelectorAll('tr[id^="stack-"]');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(text(row.querySelector('.reliance'))).not.toBe('');
      const cites = row.querySelectorAll('a[href^="#source-"]');
      expect(cites.length).toBeGreaterThan(0);
      for (const cite of cites) expect(korea.getElementById(cite.getAttribute('href')?.slice(1) ?? '')).not.toBeNull();
    }
  });

  test('shows its programs, its quotes with anchors, who commented and its events as backlinks', () => {
    const headings = korea.querySelectorAll('h2').map((h) => text(h));
    expect(headings).toEqual(
      expect.arrayContaining(['Programs and deals in this country', 'Quotes about this country', 'Who commented', 'Timeline', 'Sources']),
    );
    expect(korea.querySelector('a[href="/programs/korea-sovereign-ai-model/"]')).not.toBeNull();
    expect(korea.querySelectorAll('figure.quote[id^="quote-"]').length).toBeGreaterThan(0);
    expect(korea.querySelector('a[href="/people/genya-smagin/"]')).not.toBeNull();
  });
});

describe('the minimal fixture corpus', () => {
  const testland = page(FIXTURE_SITE_DIR, '/countries/testland/');

  test('renders GitHub-flavoured Markdown: remark-gfm really runs', () => {
    const prose = testland.querySelector('.prose');
    expect(prose?.querySelector('table')).not.toBeNull();
    expect(text(prose?.querySelector('del'))).toBe('domestic');
  });

  test('turns [^source-id] into numbered links to the page’s source list', () => {
    const cites = testland.querySelectorAll('.prose a.cite');
    expect(cites.map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['[1]', '#source-fixture-report'],
      ['[2]', '#source-fixture-unknown-article'],
      ['[1]', '#source-fixture-report'],
    ]);
    const list = testland.querySelectorAll('ol.sources li');
    expect(list.map((li) => [li.getAttribute('value'), li.id])).toEqual([
      ['1', 'source-fixture-report'],
      ['2', 'source-fixture-unknown-article'],
    ]);
    expect(text(list[1])).toMatch(/not confirmed: title, url/);
  });

  test('shows relations written once on the other side as backlinks', () => {
    expect(testland.querySelector('a[href="/programs/vendor-sovereign-cloud/"]')).not.toBeNull();
    expect(testland.querySelector('#quote-ada-chips')).not.toBeNull();
    const vendor = page(FIXTURE_SITE_DIR, '/organizations/vendor-co/');
    expect(vendor.querySelector('a[href="/programs/vendor-sovereign-cloud/"]')).not.toBeNull();
    expect(vendor.querySelector('a[href="/people/ada-example/"]')).not.toBeNull();
    expect(vendor.querySelector('#quote-vendor-pitch')).not.toBeNull();
    const report = page(FIXTURE_SITE_DIR, '/sources/fixture-report/');
    const citedBy = report.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(citedBy).toEqual(expect.arrayContaining(['/countries/testland/', '/quotes/ada-chips/', '/events/2025-05-22-cloud-announced/']));
    expect(report.querySelectorAll('h2').map((h) => text(h))).toEqual(
      expect.arrayContaining(['Cited by countries', 'Cited by people', 'Cited by quotes', 'Cited by events']),
    );
  });

  test('marks a claim that rests only on vendor-originated sources, where it appears', () => {
    const paragraphs = testland.querySelectorAll('.prose p');
    const vendorOnly = paragraphs.find((p) => text(p).startsWith('A second claim'));
    expect(vendorOnly?.querySelector('.vendor-only')).not.toBeNull();
    const independent = paragraphs.find((p) => text(p).startsWith('Testland announced'));
    expect(independent?.querySelector('.vendor-only')).toBeNull();
    // The cloud row cites an independent report too, so it is not a vendor claim.
    expect(testland.querySelector('#stack-cloud .vendor-only')).toBeNull();
    const program = page(FIXTURE_SITE_DIR, '/programs/vendor-sovereign-cloud/');
    expect(program.querySelector('#milestone-1 .vendor-only')).toBeNull();
    expect(program.querySelector('#milestone-2 .vendor-only')).not.toBeNull();
  });

  test('labels every listed source with its kind of evidence', () => {
    const list = testland.querySelectorAll('ol.sources li');
    expect(list.map((li) => text(li.querySelector('.evidence')))).toEqual(['Independent reporting', 'Vendor-originated']);
    expect(text(page(FIXTURE_SITE_DIR, '/sources/fixture-unknown-article/').querySelector('.facts'))).toContain('Vendor-originated');
  });

  test('a program shows its status with the date it was last confirmed, and its lifecycle', () => {
    const program = page(FIXTURE_SITE_DIR, '/programs/vendor-sovereign-cloud/');
    expect(text(program.querySelector('.status'))).toBe('Status: Announced, as of 22 May 2025[1]. How statuses are confirmed');
    const steps = program.querySelectorAll('#lifecycle ~ ol li, ol.milestones li').map((li) => text(li.querySelector('.timeline-date')));
    expect(steps).toEqual(['22 May 2025 · Announced', 'September 2025 · Construction']);
    const timeline = page(FIXTURE_SITE_DIR, '/timeline/');
    expect(timeline.querySelector('a[href="/programs/vendor-sovereign-cloud/#milestone-2"]')).not.toBeNull();
  });

  test('marks the unconfirmed fields of a source on its page', () => {
    const source = page(FIXTURE_SITE_DIR, '/sources/fixture-unknown-article/');
    expect(text(source.querySelector('.notice'))).toBe(
      'Not confirmed: the title and URL of this source could not be confirmed. The title shown is a description, not the published headline.',
    );
  });

  test('lists a layer’s countries with their reliance', () => {
    const chips = page(FIXTURE_SITE_DIR, '/layers/chips/');
    const link = chips.querySelector('a[href="/countries/testland/#stack-chips"]');
    expect(link).not.toBeNull();
    expect(text(link?.parentNode as never)).toMatch(/United States/);
  });
});
