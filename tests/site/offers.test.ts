// Offers compared: every program's terms as an offer, on /offers/ (by vendor, country and year), on
// the program's own page, and on the pages of its vendors and countries — each answer dated and
// linked to its sources, and an unstated term marked as such, never as "no".
import { describe, expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { loadContent } from '../../src/lib/content/check.ts';
import { NOT_STATED, OFFER_DIMENSIONS, OFFER_TERMS, type OfferDimension } from '../../src/collections/programs.ts';
import { entryUrl, offersUrl, offerTermUrl } from '../../src/lib/site/routes.ts';
import { ROOT, SITE_DIR } from '../setup/paths.ts';
import { page, text } from '../setup/site.ts';

interface Term {
  value: string | { id: string }[];
  note?: string;
  sources: { id: string }[];
  asOf?: string;
}
const content = loadContent(`${ROOT}/content`, ROOT);
const programs = content.entries.filter((e) => e.collection === 'programs');
const organizations = new Map(content.entries.filter((e) => e.collection === 'organizations').map((e) => [e.id, e]));
const offerOf = (program: (typeof programs)[number]) => program.data['offer'] as Record<OfferDimension, Term>;
const refs = (program: (typeof programs)[number], field: 'vendors' | 'countries') =>
  (program.data[field] as { id: string }[]).map((r) => r.id);

/** The rows of a table of offers, by the program each is about. */
function rowsOf(table: HTMLElement | null | undefined): Map<string, HTMLElement[]> {
  const rows = new Map<string, HTMLElement[]>();
  for (const tr of table?.querySelectorAll('tbody tr:not(.group-row)') ?? []) {
    const href = tr.querySelector('th[scope="row"] a')?.getAttribute('href') ?? '';
    rows.set(href, [...(rows.get(href) ?? []), tr]);
  }
  return rows;
}

/** A row's cells show each term as its program records it: answer, date and sources, or "Not stated". */
function expectTermsShown(tr: HTMLElement, program: (typeof programs)[number]) {
  const cells = tr.querySelectorAll('td');
  expect(cells, program.file).toHaveLength(OFFER_DIMENSIONS.length);
  OFFER_DIMENSIONS.forEach((dimension, i) => {
    const term = offerOf(program)[dimension];
    const cell = cells[i];
    const where = `${program.file}: offer.${dimension}`;
    expect(cell?.getAttribute('data-label'), where).toBe(OFFER_TERMS[dimension].label);
    const hrefs = cell?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? [];
    expect(hrefs[0], where).toBe(offerTermUrl(program.id, dimension));
    if (term.value === NOT_STATED) {
      expect(text(cell), where).toBe('Not stated');
      expect(cell?.querySelector('time'), where).toBeNull();
      return;
    }
    expect(text(cell), where).not.toContain('Not stated');
    expect(cell?.querySelector('time')?.getAttribute('datetime'), where).toBe(term.asOf);
    expect(hrefs.slice(1), where).toEqual(term.sources.map((s) => entryUrl({ collection: 'sources', id: s.id })));
  });
}

describe('/offers/', () => {
  const byVendor = page(SITE_DIR, offersUrl());
  const rows = rowsOf(byVendor.querySelector('table.offers'));

  test('shows every program, each term with its answer, date and sources, or “Not stated”', () => {
    expect(programs.length).toBeGreaterThan(50);
    for (const program of programs) {
      const shown = rows.get(entryUrl(program));
      expect(shown?.length, program.file).toBeGreaterThan(0);
      for (const tr of shown ?? []) expectTermsShown(tr, program);
    }
  });

  test('no cell of an unstated term reads as a “no”', () => {
    const unstated = byVendor.querySelectorAll('td.unstated');
    expect(unstated.length).toBeGreaterThan(100);
    for (const cell of unstated) expect(text(cell)).toBe('Not stated');
    const legend = text(byVendor.querySelector('.legend'));
    expect(legend).toContain('not stated by the sources');
    expect(legend).toContain('which is not a “no”');
  });

  test('groups each company with two offers or more, holding all of its offers', () => {
    const groups = byVendor.querySelectorAll('tbody');
    const companies = new Map<string, string[]>();
    for (const program of programs)
      for (const id of refs(program, 'vendors'))
        if (organizations.get(id)?.data['kind'] === 'company') companies.set(id, [...(companies.get(id) ?? []), entryUrl(program)]);
    const own = [...companies].filter(([, offers]) => offers.length >= 2);
    expect(own.length).toBeGreaterThan(10);
    for (const [id, offers] of own) {
      const group = groups.find((g) => g.querySelector('tr.group-row')?.getAttribute('id') === `vendor-${id}`);
      expect(group, id).toBeDefined();
      const listed = group?.querySelectorAll('tr:not(.group-row) th[scope="row"] a').map((a) => a.getAttribute('href'));
      expect(listed?.sort(), id).toEqual(offers.sort());
    }
    // The jump list names every group and links to its anchor.
    const jumps = byVendor.querySelectorAll('.jump-list a').map((a) => a.getAttribute('href'));
    expect(jumps).toEqual(groups.map((g) => `#${g.querySelector('tr.group-row')?.getAttribute('id')}`));
  });

  test('by country, each country’s group holds exactly the programs that name it', () => {
    const byCountry = page(SITE_DIR, offersUrl('country'));
    const groups = byCountry.querySelectorAll('table.offers tbody');
    const named = new Set(programs.flatMap((p) => refs(p, 'countries')));
    expect(groups.length).toBe(named.size);
    for (const group of groups) {
      const id =
        group
          .querySelector('tr.group-row')
          ?.getAttribute('id')
          ?.replace(/^country-/, '') ?? '';
      const listed = group.querySelectorAll('tr:not(.group-row) th[scope="row"] a').map((a) => a.getAttribute('href'));
      const expected = programs.filter((p) => refs(p, 'countries').includes(id)).map((p) => entryUrl(p));
      expect(listed.sort(), id).toEqual(expected.sort());
    }
  });

  test('by year, newest first, every program once', () => {
    const byDate = page(SITE_DIR, offersUrl('date'));
    const years = byDate.querySelectorAll('tr.group-row').map((tr) => tr.getAttribute('id'));
    expect(years.length).toBeGreaterThan(3);
    expect(years).toEqual([...years].sort().reverse());
    const listed = byDate.querySelectorAll('table.offers tbody tr:not(.group-row) th[scope="row"] a').map((a) => a.getAttribute('href'));
    expect(listed.sort()).toEqual(programs.map((p) => entryUrl(p)).sort());
  });

  test('the three orders link to each other, the current one marked', () => {
    for (const order of ['vendor', 'country', 'date'] as const) {
      const root = page(SITE_DIR, offersUrl(order));
      expect(root.querySelector('[aria-current="page"]')).not.toBeNull();
      const links = root.querySelectorAll('main p a').map((a) => a.getAttribute('href'));
      for (const other of ['vendor', 'country', 'date'] as const) if (other !== order) expect(links, order).toContain(offersUrl(other));
    }
  });

  test('each column heading links to the definition of its term on /methodology/', () => {
    const headings = byVendor.querySelectorAll('table.offers thead th a').map((a) => a.getAttribute('href'));
    expect(headings).toEqual(OFFER_DIMENSIONS.map((d) => `/methodology/#offer-${d}`));
    const methodology = page(SITE_DIR, '/methodology/');
    for (const d of OFFER_DIMENSIONS) expect(methodology.querySelector(`#offer-${d}`), d).not.toBeNull();
  });
});

describe('a program’s page', () => {
  test('lists its eight terms, each stated one citing its sources in the page’s numbered list', () => {
    for (const program of programs) {
      const root = page(SITE_DIR, entryUrl(program));
      const listed = root.querySelectorAll('#sources ~ * li[id^="source-"], section:has(#sources) li[id^="source-"]');
      const numberOf = new Map(listed.map((li, i) => [li.getAttribute('id'), `[${i + 1}]`]));
      for (const dimension of OFFER_DIMENSIONS) {
        const term = offerOf(program)[dimension];
        const row = root.querySelector(`tr#offer-${dimension}`);
        const where = `${program.file}: offer.${dimension}`;
        expect(row, where).not.toBeNull();
        const marks = row?.querySelectorAll('a.cite-list') ?? [];
        if (term.value === NOT_STATED) {
          expect(text(row), where).toContain('Not stated by the sources');
          expect(marks, where).toHaveLength(0);
          continue;
        }
        if (term.note) expect(text(row), where).toContain(term.note);
        expect(row?.querySelector('time')?.getAttribute('datetime'), where).toBe(term.asOf);
        // Marks stand in number order, each numbered as its source is in the page's list.
        expect(marks.map((a) => a.getAttribute('href')).sort(), where).toEqual(term.sources.map((s) => `#source-${s.id}`).sort());
        for (const mark of marks) expect(text(mark), where).toBe(numberOf.get(mark.getAttribute('href')?.slice(1)));
      }
    }
  });
});

describe('vendors’ and countries’ pages', () => {
  test('a vendor’s page shows the terms of every offer it takes part in', () => {
    for (const id of ['nvidia', 'huawei', 'microsoft']) {
      const root = page(SITE_DIR, `/organizations/${id}/`);
      const rows = rowsOf(root.querySelector('section:has(#offer-terms) table.offers'));
      const expected = programs.filter((p) => refs(p, 'vendors').includes(id));
      expect([...rows.keys()].sort(), id).toEqual(expected.map((p) => entryUrl(p)).sort());
      for (const program of expected) expectTermsShown(rows.get(entryUrl(program))?.[0] as HTMLElement, program);
    }
  });

  test('a country’s page shows the terms of every offer it took', () => {
    for (const id of ['malaysia', 'united-arab-emirates', 'kenya', 'canada']) {
      const root = page(SITE_DIR, `/countries/${id}/`);
      const rows = rowsOf(root.querySelector('section:has(#offer-terms) table.offers'));
      const expected = programs.filter((p) => refs(p, 'countries').includes(id));
      expect(expected.length, id).toBeGreaterThan(0);
      expect([...rows.keys()].sort(), id).toEqual(expected.map((p) => entryUrl(p)).sort());
    }
  });
});
