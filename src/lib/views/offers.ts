/**
 * Offers compared: each program's terms as an offer (src/collections/programs.ts, OFFER_TERMS), as the
 * cells of a table, and the tables of /offers/, a vendor's page and a country's page. Computed once
 * per build from the typed content.
 */
import type { AtlasEntry, EntryRef } from '../../collections/index.ts';
import {
  NOT_STATED,
  NOT_STATED_LABEL,
  OFFER_DIMENSIONS,
  OFFER_TERMS,
  announcedPhrase,
  programDate,
  type OfferDimension,
} from '../../collections/programs.ts';
import type { Atlas } from '../graph/atlas.ts';
import { entryUrl, offerTermAnchor, offerTermUrl, offersUrl } from '../site/routes.ts';
import { formatDate } from './format.ts';
import { links, type LinkItem } from './entry.ts';

/** One term of one offer, as a cell shows it. */
export interface OfferTermView {
  dimension: OfferDimension;
  /** The term's name and the question it answers. */
  label: string;
  question: string;
  stated: boolean;
  /** The answer in words ("Vendor", "Not stated by the sources"); for the bundle, its layers. */
  value: string;
  layers: LinkItem[];
  note?: string | undefined;
  /** Whose law reaches the data, who owns the result, where a source says so. */
  detail?: { label: string; text: string } | undefined;
  asOf?: string | undefined;
  asOfLabel?: string | undefined;
  sources: EntryRef<'sources'>[];
  /** Each source, named by its publisher, linked to its record in the Atlas. */
  sourceLinks: LinkItem[];
  /** The term on the program's page, where its note and numbered sources are. */
  href: string;
  anchor: string;
}

/** One offer as a row: the program and its eight terms. */
export interface OfferRow {
  program: LinkItem;
  id: string;
  date: string;
  vendors: LinkItem[];
  countries: LinkItem[];
  terms: OfferTermView[];
}

export interface OfferGroup {
  /** The anchor of the group on /offers/ (`vendor-nvidia`, `country-kenya`, `year-2025`). */
  anchor: string;
  heading: LinkItem;
  rows: OfferRow[];
}

const DETAIL_LABELS: Partial<Record<OfferDimension, string>> = { dataLocation: 'Law', funding: 'Owner' };

/** The name of a vocabulary's answer. */
export function termValueLabel(dimension: OfferDimension, value: string): string {
  if (value === NOT_STATED) return NOT_STATED_LABEL;
  const values: Record<string, { label: string }> = OFFER_TERMS[dimension].values;
  return values[value]?.label ?? value;
}

/** The eight terms of a program's offer, in the order of OFFER_DIMENSIONS. */
export function offerTerms(atlas: Atlas, program: AtlasEntry<'programs'>): OfferTermView[] {
  return OFFER_DIMENSIONS.map((dimension) => {
    const term = program.data.offer[dimension];
    const stated = term.value !== NOT_STATED;
    const layers = Array.isArray(term.value) ? links(atlas, term.value) : [];
    const detailText: string | undefined = 'law' in term ? term.law : 'owner' in term ? term.owner : undefined;
    const detailLabel = DETAIL_LABELS[dimension];
    return {
      dimension,
      label: OFFER_TERMS[dimension].label,
      question: OFFER_TERMS[dimension].question,
      stated,
      value: Array.isArray(term.value) ? layers.map((l) => l.label).join(', ') : termValueLabel(dimension, term.value),
      layers,
      note: term.note,
      detail: detailText && detailLabel ? { label: detailLabel, text: detailText } : undefined,
      asOf: term.asOf,
      asOfLabel: term.asOf ? formatDate(term.asOf) : undefined,
      sources: term.sources,
      sourceLinks: sourceLinks(atlas, term.sources),
      href: offerTermUrl(program.id, dimension),
      anchor: offerTermAnchor(dimension),
    };
  });
}

/** Sources named by their publisher, each linked to its record in the Atlas, its title as the note. */
export function sourceLinks(atlas: Atlas, refs: readonly EntryRef<'sources'>[]): LinkItem[] {
  return refs.flatMap((ref) => {
    const source = atlas.get(ref);
    return source ? [{ href: entryUrl(source), label: source.data.publisher, note: source.data.title }] : [];
  });
}

/** Every program as a row of the offers table. */
function offerRow(atlas: Atlas, program: AtlasEntry<'programs'>): OfferRow {
  return {
    program: { href: entryUrl(program), label: program.data.name, note: announcedPhrase(program) },
    id: program.id,
    date: programDate(program),
    vendors: links(atlas, program.data.vendors),
    countries: links(atlas, program.data.countries),
    terms: offerTerms(atlas, program),
  };
}

/** Every offer's row, computed once per Atlas (the tables of /offers/ and of entry pages share them). */
const rowCache = new WeakMap<Atlas, Map<string, OfferRow>>();
function offerRows(atlas: Atlas): Map<string, OfferRow> {
  let rows = rowCache.get(atlas);
  if (!rows) {
    rows = new Map(atlas.list('programs').map((p) => [p.id, offerRow(atlas, p)]));
    rowCache.set(atlas, rows);
  }
  return rows;
}

const byNewest = (a: OfferRow, b: OfferRow) => b.date.localeCompare(a.date) || a.program.label.localeCompare(b.program.label);

/** The rows of the given programs, newest first. */
export function offerRowsOf(atlas: Atlas, programs: readonly EntryRef<'programs'>[]): OfferRow[] {
  const rows = offerRows(atlas);
  return programs.flatMap((ref) => rows.get(ref.id) ?? []).sort(byNewest);
}

/** How /offers/ orders its rows: in a group per vendor, per country, or per year of announcement. */
export const OFFER_ORDERS = ['vendor', 'country', 'date'] as const;
export type OfferOrder = (typeof OFFER_ORDERS)[number];

/** A company with at least this many offers has a group of its own on /offers/; the others share one. */
export const OWN_GROUP_MIN = 2;

/**
 * The offers table, grouped. By vendor: each company with OWN_GROUP_MIN offers or more has a group
 * holding all its offers (so a program with several such vendors stands in each of their groups),
 * then the offers of the other companies, then the public programs, those with no company among
 * their vendors. By country: a group per country, a program in the group of each of its countries.
 * By year: a group per year of announcement, newest first. Rows are newest first within a group.
 */
export function offerGroups(atlas: Atlas, order: OfferOrder): OfferGroup[] {
  const rows = [...offerRows(atlas).values()].sort(byNewest);
  if (order === 'date') return byYearGroups(rows);
  const programs = rows.flatMap((row) => {
    const program = atlas.get({ collection: 'programs', id: row.id });
    return program ? [{ row, program }] : [];
  });
  return order === 'country' ? byCountryGroups(atlas, programs) : byVendorGroups(atlas, programs);
}

type ProgramRow = { row: OfferRow; program: AtlasEntry<'programs'> };

function byYearGroups(rows: readonly OfferRow[]): OfferGroup[] {
  const years = [...new Set(rows.map((r) => r.date.slice(0, 4)))].sort().reverse();
  return years.map((year) => {
    const yearRows = rows.filter((r) => r.date.startsWith(year));
    return {
      anchor: `year-${year}`,
      heading: { href: offersUrl('date', `year-${year}`), label: year, note: count(yearRows) },
      rows: yearRows,
    };
  });
}

function byCountryGroups(atlas: Atlas, programs: readonly ProgramRow[]): OfferGroup[] {
  return [...atlas.list('countries')]
    .sort((a, b) => a.data.name.localeCompare(b.data.name))
    .map((country) => ({
      country,
      rows: programs.filter(({ program }) => program.data.countries.some((c) => c.id === country.id)).map((p) => p.row),
    }))
    .filter((g) => g.rows.length > 0)
    .map(({ country, rows: countryRows }) => ({
      anchor: `country-${country.id}`,
      heading: { href: entryUrl(country), label: country.data.name, note: count(countryRows) },
      rows: countryRows,
    }));
}

function byVendorGroups(atlas: Atlas, programs: readonly ProgramRow[]): OfferGroup[] {
  const companies = (program: AtlasEntry<'programs'>) =>
    program.data.vendors.flatMap((ref) => {
      const org = atlas.get(ref);
      return org && org.data.kind === 'company' ? [org] : [];
    });
  const offersOf = new Map<string, OfferRow[]>();
  for (const { row, program } of programs)
    for (const org of companies(program)) offersOf.set(org.id, [...(offersOf.get(org.id) ?? []), row]);
  const own = new Set([...offersOf].filter(([, offers]) => offers.length >= OWN_GROUP_MIN).map(([id]) => id));
  const groups: OfferGroup[] = [...own]
    .flatMap((id) => {
      const org = atlas.get({ collection: 'organizations', id });
      const orgRows = offersOf.get(id) ?? [];
      return org
        ? [{ anchor: `vendor-${id}`, heading: { href: entryUrl(org), label: org.data.name, note: count(orgRows) }, rows: orgRows }]
        : [];
    })
    .sort((a, b) => a.heading.label.localeCompare(b.heading.label));
  const others = programs.filter(({ program }) => companies(program).length > 0 && !companies(program).some((org) => own.has(org.id)));
  const publicOnes = programs.filter(({ program }) => companies(program).length === 0);
  for (const [anchor, label, members] of [
    ['vendor-other', 'Other companies, one offer each', others],
    ['vendor-public', 'Public programs, with no company among their vendors', publicOnes],
  ] as const) {
    const groupRows = members.map((m) => m.row);
    if (groupRows.length > 0)
      groups.push({ anchor, heading: { href: offersUrl('vendor', anchor), label, note: count(groupRows) }, rows: groupRows });
  }
  return groups;
}

const count = (rows: readonly unknown[]) => `${rows.length} ${rows.length === 1 ? 'offer' : 'offers'}`;

/** How many offers state each term, and how many leave it unstated: the table's summary line. */
export function statedCounts(atlas: Atlas): { dimension: OfferDimension; label: string; stated: number; total: number }[] {
  const rows = [...offerRows(atlas).values()];
  return OFFER_DIMENSIONS.map((dimension, i) => ({
    dimension,
    label: OFFER_TERMS[dimension].label,
    stated: rows.filter((r) => r.terms[i]?.stated).length,
    total: rows.length,
  }));
}
