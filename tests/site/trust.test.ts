/**
 * Trust a reader can check: the written method behind every label, the corrections ledger, what
 * changed and when, every quote one click from its passage, and sources that read like a good
 * encyclopedia's. Read off the built site, as a reader meets it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/check.ts';
import { entriesOf } from '../../src/lib/graph/atlas.ts';
import { RELIANCE } from '../../src/lib/content/reliance.ts';
import { CHANGES_PER_PAGE, correctionAnchor, entryUrl, stackAnchor } from '../../src/lib/site/routes.ts';
import { ROOT, SITE_DIR } from '../setup/paths.ts';
import { page, sitePages, text } from '../setup/site.ts';

const content = loadContent(`${ROOT}/content`, ROOT);
const countries = entriesOf(content.entries, 'countries');
const main = (path: string) => page(SITE_DIR, path).querySelector('main') as HTMLElement;
const entryPages = content.entries.map((entry) => entryUrl(entry));
/** "1 December 2026" → "2026-12-01", as a source page writes its dates in words. */
const isoDay = (words: string) => {
  const date = new Date(`${words} UTC`);
  return Number.isNaN(date.getTime()) ? words : date.toISOString().slice(0, 10);
};

describe('the method behind every label', () => {
  const method = page(SITE_DIR, '/methodology/');
  const ids = new Set(method.querySelectorAll('[id]').map((e) => e.id));

  test('/methodology/ defines every reliance label, every layer, statuses, evidence and how to report an error', () => {
    for (const reliance of RELIANCE) expect(ids.has(`reliance-${reliance}`), reliance).toBe(true);
    for (const layer of entriesOf(content.entries, 'layers')) {
      expect(ids.has(`layer-${layer.id}`), layer.id).toBe(true);
      const item = method.querySelector(`#layer-${layer.id}`)?.nextElementSibling;
      for (const question of Object.values(layer.data.questions)) expect(text(item), layer.id).toContain(question);
    }
    for (const section of ['rule', 'plans', 'evidence', 'statuses', 'left-out', 'report']) expect(ids.has(section), section).toBe(true);
  });

  test('every stack table links to the rule, and every row shows its label, the answers it rests on and the date its sources speak of', () => {
    for (const country of countries) {
      const table = main(entryUrl(country)).querySelector('table.stack');
      expect(table?.querySelector('caption a')?.getAttribute('href'), country.id).toBe('/methodology/#rule');
      for (const row of country.data.stack) {
        const tr = table?.querySelector(`#${stackAnchor(row.layer.id)}`);
        const label = tr?.querySelector('a.reliance');
        expect(label?.getAttribute('href'), `${country.id} ${row.layer.id}`).toBe(`/methodology/#reliance-${row.reliance}`);
        expect(text(tr?.querySelector('.basis')), `${country.id} ${row.layer.id}`).toMatch(/^(Technology|Operator|Owner): /);
        expect(tr?.querySelector('.as-of time')?.getAttribute('datetime'), `${country.id} ${row.layer.id}`).toBe(row.asOf);
        expect(tr?.querySelector('.planned') !== null, `${country.id} ${row.layer.id} planned`).toBe(row.planned);
      }
    }
  });

  test('the matrix links its legend to the rule and dates every cell', () => {
    const matrix = main('/matrix/');
    expect(matrix.querySelectorAll('.legend a.reliance').map((a) => a.getAttribute('href'))).toEqual(
      RELIANCE.map((r) => `/methodology/#reliance-${r}`),
    );
    const cells = matrix.querySelectorAll('td.cell');
    expect(cells.length).toBe(countries.reduce((n, c) => n + c.data.stack.length, 0));
    for (const cell of cells) expect(text(cell.querySelector('.as-of'))).toMatch(/as of \w+/);
  });
});

describe('corrections and what changed', () => {
  const corrected = content.entries.filter((entry) => entry.data.corrections.length > 0);

  test('the content records corrections, and each entry shows its own under "Corrections", dated, with the source', () => {
    expect(corrected.length).toBeGreaterThanOrEqual(10);
    for (const entry of corrected) {
      const section = main(entryUrl(entry)).querySelector('#corrections')?.parentNode;
      entry.data.corrections.forEach((correction, i) => {
        const item = section?.querySelector(`#${correctionAnchor(i + 1)}`);
        expect(item?.querySelector('time')?.getAttribute('datetime') ?? isoDay(text(item).split(':')[0] ?? ''), entry.file).toBe(
          correction.date,
        );
        expect(text(item), entry.file).toContain(correction.right);
        expect(text(item), entry.file).toContain(correction.wrong);
        expect(item?.querySelectorAll('a.cite').length, entry.file).toBe(new Set(correction.sources.map((s) => s.id)).size);
      });
    }
  });

  test('/corrections/ lists every correction, and links each to its place on the entry page', () => {
    const list = main('/corrections/');
    const links = new Set(list.querySelectorAll('a').map((a) => a.getAttribute('href')));
    const total = corrected.reduce((n, e) => n + e.data.corrections.length, 0);
    expect(list.querySelectorAll('ol.corrections > li').length).toBe(total);
    for (const entry of corrected)
      entry.data.corrections.forEach((_, i) => expect(links.has(`${entryUrl(entry)}#${correctionAnchor(i + 1)}`)).toBe(true));
  });

  test('every entry page says when it last changed, and lists its dated changes read from the revision history', () => {
    for (const path of entryPages) {
      const history = main(path).querySelector('#history')?.parentNode;
      const days =
        history
          ?.querySelectorAll('li')
          .map((li) => li.querySelector('time')?.getAttribute('datetime') ?? isoDay(text(li).split(':')[0] ?? '')) ?? [];
      expect(days.length, path).toBeGreaterThan(0);
      expect([...days].sort().reverse(), `${path}: newest first`).toEqual(days);
      // A source page's footer dates the record in words (its only <time> would be read as the work's date).
      const footer = main(path)
        .querySelectorAll('p.meta')
        .find((p) => /ast changed on/.test(text(p)));
      const lastChanged = footer?.querySelector('time')?.getAttribute('datetime');
      if (lastChanged) expect(lastChanged >= (days[0] ?? ''), `${path}: last changed ${lastChanged}, newest change ${days[0]}`).toBe(true);
      else expect(text(footer), path).toMatch(/^Record last changed on \d{1,2} \w+ \d{4}\./);
    }
  });

  test('/changes/ has a page per month that lists exactly the changes since that month, in pages, and the same data as JSON', () => {
    const json = JSON.parse(readFileSync(join(SITE_DIR, 'changes.json'), 'utf8')) as { changes: { date: string; url: string }[] };
    /** Every item of a list, across its pages (each page links to the others). */
    const listed = (first: string) => {
      const pages = [
        first,
        ...main(first)
          .querySelectorAll('nav.pager a')
          .map((a) => a.getAttribute('href') ?? ''),
      ];
      for (const path of pages) expect(main(path).querySelectorAll('ol.changes > li').length, path).toBeLessThanOrEqual(CHANGES_PER_PAGE);
      return pages.flatMap((path) => main(path).querySelectorAll('ol.changes > li'));
    };
    expect(listed('/changes/').length).toBe(json.changes.length);
    expect(json.changes.length).toBeGreaterThan(CHANGES_PER_PAGE);
    const months = [...new Set(json.changes.map((c) => c.date.slice(0, 7)))];
    expect(months.length).toBeGreaterThan(1);
    for (const month of months) {
      expect(listed(`/changes/since/${month}/`).length, month).toBe(json.changes.filter((c) => c.date.slice(0, 7) >= month).length);
      expect(main('/changes/').querySelector(`a[href="/changes/since/${month}/"]`), month).not.toBeNull();
    }
    for (const change of json.changes) {
      const url = new URL(change.url);
      expect(main(url.pathname).querySelector(url.hash), change.url).not.toBeNull();
    }
  });

  test('the feed carries changes and corrections, each with its own date and a link to the change', () => {
    const feed = new XMLParser().parse(readFileSync(join(SITE_DIR, 'feed.xml'), 'utf8')) as {
      rss: { channel: { item: { link: string; pubDate: string; category: string[] }[] } };
    };
    const items = feed.rss.channel.item;
    expect(new Set(items.map((i) => i.pubDate)).size).toBeGreaterThan(2);
    expect(new Set(items.map((i) => i.link)).size).toBe(items.length);
    // The feed is the newest of every change /changes.json lists, corrections among them.
    const all = (
      JSON.parse(readFileSync(join(SITE_DIR, 'changes.json'), 'utf8')) as { changes: { url: string; time: string; kind: string }[] }
    ).changes;
    const links = new Set(items.map((i) => i.link));
    const oldest = Math.min(...items.map((i) => Date.parse(i.pubDate)));
    const newer = all.filter((c) => Date.parse(c.time) > oldest);
    for (const change of newer) expect(links, change.url).toContain(change.url);
    for (const link of links)
      expect(
        all.some((c) => c.url === link),
        link,
      ).toBe(true);
    expect(all.some((c) => c.kind === 'corrected')).toBe(true);
    expect(items.filter((i) => i.category.includes('Correction')).length).toBeGreaterThanOrEqual(
      newer.filter((c) => c.kind === 'corrected').length,
    );
    for (const item of items) {
      const url = new URL(item.link);
      expect(main(url.pathname).querySelector(url.hash), item.link).not.toBeNull();
    }
  });
});

describe('from a quote to its passage', () => {
  const quotes = entriesOf(content.entries, 'quotes');
  const sources = new Map(entriesOf(content.entries, 'sources').map((s) => [s.id, s]));

  test('every quote whose source can be opened links to the passage with a text fragment of its own words', () => {
    let linked = 0;
    for (const quote of quotes) {
      const source = sources.get(quote.data.source.id);
      const card = main(entryUrl(quote)).querySelector('figure.quote');
      const links = card?.querySelectorAll('.passage a[rel]') ?? [];
      if (source?.data.url && !source.data.unconfirmed.includes('url')) {
        const first = links[0]?.getAttribute('href') ?? '';
        expect(first.startsWith(`${source.data.url}#:~:text=`), quote.id).toBe(true);
        const terms = first.split(':~:text=')[1]?.split(',').map(decodeURIComponent) ?? [];
        for (const term of terms) expect(quote.data.text.normalize('NFC'), quote.id).toContain(term);
        linked += 1;
      } else {
        expect(text(card?.querySelector('.passage')), quote.id).toContain('could not be confirmed');
        for (const other of quote.data.alsoIn)
          expect(card?.querySelector(`.passage a[href="${entryUrl(other)}"]`), quote.id).not.toBeNull();
      }
    }
    expect(linked).toBeGreaterThan(0);
  });
});

describe('sources that read like a good encyclopedia', () => {
  test('footnotes are numbered in order of first appearance, and every source links back to where the page cites it', () => {
    for (const path of entryPages) {
      const root = main(path);
      const marks = root.querySelectorAll('a.cite, a.cite-list').filter((a) => !a.closest('#sources'));
      const firsts: number[] = [];
      for (const mark of marks) {
        const n = Number(text(mark).replace(/[[\]]/g, ''));
        if (!firsts.includes(n)) firsts.push(n);
      }
      expect(firsts, path).toEqual(firsts.map((_, i) => i + 1));
      for (const back of root.querySelectorAll('#sources + ol .cited-at a')) {
        expect(root.querySelector(back.getAttribute('href') ?? '#none'), `${path} ${back.getAttribute('href')}`).not.toBeNull();
      }
    }
  });

  test('no page repeats a heading', () => {
    for (const path of sitePages(SITE_DIR)) {
      const headings =
        main(path)
          ?.querySelectorAll('h1, h2, h3')
          .map((h) => text(h)) ?? [];
      const repeated = headings.filter((h, i) => headings.indexOf(h) !== i);
      expect(repeated, path).toEqual([]);
    }
  });

  test('no two words run together where an element starts or ends inside a sentence', () => {
    const joined: string[] = [];
    const WORD_END = /[\p{L}\p{N}.,;:)\]]$/u;
    const WORD_START = /^[\p{L}\p{N}(]/u;
    for (const path of sitePages(SITE_DIR)) {
      for (const element of main(path)?.querySelectorAll('a, span, time, strong, em, code, abbr') ?? []) {
        // What no reader sees: the search index's hidden tags.
        if (element.closest('[hidden]') || element.closest('svg')) continue;
        const inner = element.textContent;
        if (inner.trim() === '') continue;
        const before = element.previousSibling?.textContent ?? '';
        const after = element.nextSibling?.textContent ?? '';
        if (/[\p{L}\p{N}.,;:]$/u.test(before) && WORD_START.test(inner))
          joined.push(`${path}: "${before.slice(-15)}|${inner.slice(0, 15)}"`);
        if (WORD_END.test(inner) && /^[\p{L}\p{N}]/u.test(after)) joined.push(`${path}: "${inner.slice(-15)}|${after.slice(0, 15)}"`);
      }
    }
    expect([...new Set(joined)]).toEqual([]);
  });

  test('a descriptive title in brackets is shown as a description, never quoted as a headline in a citation', () => {
    const described = new Set(
      entriesOf(content.entries, 'sources')
        .filter((s) => /^\[.*\]$/.test(s.data.title))
        .map((s) => s.id),
    );
    expect(described.size).toBeGreaterThan(0);
    let seen = 0;
    for (const path of entryPages) {
      const root = main(path);
      for (const id of described) {
        const item = root.querySelector(`#source-${id}`);
        if (!item) continue;
        seen += 1;
        expect(text(item.querySelector('a')), `${path} ${id}`).not.toMatch(/^\[/);
        expect(text(item), `${path} ${id}`).toContain('(a description; the headline is not known)');
      }
      for (const styled of root
        .querySelectorAll('#cite [data-citation]')
        .filter((b) => /APA|MLA|Chicago/.test(b.getAttribute('data-citation') ?? '')))
        expect(text(styled), `${path} ${styled.getAttribute('data-citation')}`).not.toMatch(/[“"‘]\[/);
    }
    expect(seen).toBeGreaterThan(10);
  });
});

describe('views that attribute correctly', () => {
  const vendors = main('/vendors/');
  /** The countries where a vendor's row has something, across the tables of every region. */
  const filledFor = (name: string) =>
    vendors.querySelectorAll('table.vendors').flatMap((table) => {
      const columns = table.querySelectorAll('thead th').map((th) => text(th));
      const row = table.querySelectorAll('tbody tr').find((tr) => text(tr.querySelector('th')) === name);
      return (row?.querySelectorAll('td') ?? []).flatMap((td, i) => (td.classList.contains('empty-cell') ? [] : [columns[i + 1]]));
    });

  test('a local partner of a multi-country program appears only where a source ties it to the country', () => {
    expect(filledFor('SIAM.AI')).toEqual(['Thailand']);
  });

  test('a deal recorded only as an event shows under its vendor and country', () => {
    expect(filledFor('Microsoft')).toContain('Thailand');
  });
});

describe('right of reply', () => {
  test('a person or organization page shows the replies its sources record, labelled as theirs', () => {
    const replying = content.entries.filter((e) => 'replies' in e.data && e.data.replies.length > 0);
    expect(replying.length).toBeGreaterThan(0);
    for (const entry of replying) {
      const section = main(entryUrl(entry)).querySelector('#replies');
      expect(text(section), entry.file).toMatch(/^Response of /);
      expect(section?.parentNode?.querySelectorAll('li').length, entry.file).toBe('replies' in entry.data ? entry.data.replies.length : 0);
    }
  });
});
