/**
 * The whole field at a glance, computed from the typed content: the dependency matrix (countries ×
 * stack layers), vendor footprints (vendors × countries), the timeline, and the map's country list.
 */
import type { AtlasEntry, EntryRef } from '../../collections/index.ts';
import { RELIANCE_LABELS, STRATEGIES, STRATEGY_LABELS } from '../../collections/countries.ts';
import { MILESTONE_LABELS, announcedPhrase, milestonesInOrder, programDate, vendorCountriesOf } from '../../collections/programs.ts';
import type { Atlas } from '../graph/atlas.ts';
import { formatDate, formatMonth, humanize } from './format.ts';
import { entryUrl, milestoneUrl, stackRowUrl } from '../site/routes.ts';
import type { MapCountry } from './world-map.ts';
import { referrersIn, titleOf, type LinkItem } from './entry.ts';

export interface MatrixCell {
  reliance: string;
  label: string;
  /** The country's stack note for this layer. */
  href: string;
  note: string;
  /** The month the row's sources speak of ("May 2025"), and whether it describes a plan. */
  asOf: string;
  planned: boolean;
  source?: LinkItem | undefined;
}

export interface MatrixRow {
  id: string;
  country: LinkItem;
  cells: (MatrixCell | undefined)[];
}

export interface Matrix {
  layers: LinkItem[];
  groups: { strategy: string; label: string; rows: MatrixRow[] }[];
}

function layersInOrder(atlas: Atlas): AtlasEntry<'layers'>[] {
  return [...atlas.list('layers')].sort((a, b) => a.data.order - b.data.order);
}

/** Countries × stack layers, rows grouped by strategy, each cell the reliance with its note and first source. */
export function matrixView(atlas: Atlas): Matrix {
  const layers = layersInOrder(atlas);
  const rows = (strategy: string): MatrixRow[] =>
    atlas
      .list('countries')
      .filter((c) => c.data.strategy === strategy)
      .sort((a, b) => a.data.name.localeCompare(b.data.name))
      .map((country) => ({
        id: country.id,
        country: { href: entryUrl(country), label: country.data.name },
        cells: layers.map((layer) => {
          const row = country.data.stack.find((r) => r.layer.id === layer.id);
          if (!row) return undefined;
          const source = row.sources[0] ? atlas.get(row.sources[0]) : undefined;
          return {
            reliance: row.reliance,
            label: RELIANCE_LABELS[row.reliance],
            href: stackRowUrl(country.id, layer.id),
            note: row.note,
            asOf: formatMonth(row.asOf),
            planned: row.planned,
            source: source ? { href: entryUrl(source), label: titleOf(source) } : undefined,
          };
        }),
      }));
  return {
    layers: layers.map((l) => ({ href: entryUrl(l), label: l.data.name })),
    groups: STRATEGIES.map((strategy) => ({ strategy, label: STRATEGY_LABELS[strategy], rows: rows(strategy) })).filter(
      (g) => g.rows.length > 0,
    ),
  };
}

/** The map's list: every country with an ISO code, shaded by strategy; blocs are listed apart. */
export function mapCountries(atlas: Atlas): { countries: MapCountry[]; blocs: LinkItem[] } {
  const countries: MapCountry[] = [];
  const blocs: LinkItem[] = [];
  for (const c of atlas.list('countries')) {
    if (c.data.iso2) {
      countries.push({
        iso2: c.data.iso2,
        name: c.data.name,
        href: entryUrl(c),
        group: c.data.strategy,
        groupLabel: STRATEGY_LABELS[c.data.strategy],
      });
    } else {
      blocs.push({ href: entryUrl(c), label: c.data.name, note: STRATEGY_LABELS[c.data.strategy] });
    }
  }
  return { countries, blocs };
}

export interface TimelineEvent {
  /** `event-<id>` for events, `milestone-<program>-<n>` for program milestones. */
  id: string;
  kind: 'event' | 'milestone';
  date: string;
  dateLabel: string;
  title: LinkItem;
  summary: string;
  countries: LinkItem[];
  programs: LinkItem[];
  sources: LinkItem[];
}

/** Every event, oldest first, grouped by year. */
export function timelineView(atlas: Atlas): { year: string; events: TimelineEvent[] }[] {
  const link = (ref: EntryRef): LinkItem => {
    const entry = atlas.get(ref);
    return { href: entryUrl(ref), label: entry ? titleOf(entry) : ref.id };
  };
  const events: TimelineEvent[] = atlas.list('events').map((e) => ({
    id: `event-${e.id}`,
    kind: 'event' as const,
    date: e.data.date,
    dateLabel: formatDate(e.data.date),
    title: { href: entryUrl(e), label: e.data.title },
    summary: e.data.summary,
    countries: e.data.countries.map(link),
    programs: e.data.programs.map(link),
    sources: e.data.sources.map(link),
  }));
  // A program's lifecycle feeds the timeline too; anchors follow the program page's own order.
  for (const program of atlas.list('programs')) {
    milestonesInOrder(program).forEach((m, i) => {
      events.push({
        id: `milestone-${program.id}-${i + 1}`,
        kind: 'milestone',
        date: m.date,
        dateLabel: formatDate(m.date),
        title: { href: milestoneUrl(program.id, i + 1), label: `${program.data.name}: ${MILESTONE_LABELS[m.stage]}` },
        summary: m.summary,
        countries: program.data.countries.map(link),
        programs: [link(program)],
        sources: m.sources.map(link),
      });
    });
  }
  events.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const years = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const year = event.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), event]);
  }
  return [...years].map(([year, list]) => ({ year, events: list }));
}

export interface FootprintRow {
  program: LinkItem;
  status: string;
  countries: LinkItem[];
  layers: LinkItem[];
}

/** Where a vendor is: the programs it runs, in which countries, at which layers. */
export function vendorFootprint(atlas: Atlas, organization: { id: string }): FootprintRow[] {
  const programs = referrersIn(atlas.backlinks({ collection: 'organizations', id: organization.id }), 'programs', ['vendors']).flatMap(
    (ref) => {
      const program = atlas.get(ref);
      return program ? [program] : [];
    },
  );
  return programs
    .sort((a, b) => programDate(a).localeCompare(programDate(b)))
    .map((p) => ({
      program: { href: entryUrl(p), label: p.data.name, note: announcedPhrase(p) },
      status: `${humanize(p.data.status)}, as of ${formatDate(p.data.statusAsOf)}`,
      countries: vendorCountriesOf(p, organization.id).flatMap((c) => {
        const country = atlas.get({ collection: 'countries', id: c.id });
        return country ? [{ href: entryUrl(country), label: country.data.name }] : [];
      }),
      layers: p.data.layers.flatMap((l) => {
        const layer = atlas.get({ collection: 'layers', id: l.id });
        return layer ? [{ href: entryUrl(layer), label: layer.data.name }] : [];
      }),
    }));
}

export interface VendorMatrix {
  countries: LinkItem[];
  rows: { vendor: LinkItem; cells: LinkItem[][] }[];
}

/** A company's events, each with the countries it names: deals recorded only as events. */
function companyEvents(atlas: Atlas, organization: AtlasEntry<'organizations'>): AtlasEntry<'events'>[] {
  if (organization.data.kind !== 'company') return [];
  return referrersIn(atlas.backlinks({ collection: 'organizations', id: organization.id }), 'events', ['organizations']).flatMap((ref) => {
    const event = atlas.get(ref);
    return event && event.data.countries.length > 0 ? [event] : [];
  });
}

/**
 * Vendors × countries: in each cell, the vendor's programs in that country, and the dated events that
 * name both and belong to none of those programs. A vendor appears under a country only where a
 * source ties the two: a program's vendor in its countries (or in those its `vendorCountries` names),
 * or an event that names the company and the country.
 */
export function vendorsView(atlas: Atlas): VendorMatrix {
  const countries = [...atlas.list('countries')].sort((a, b) => a.data.name.localeCompare(b.data.name));
  const rows = atlas
    .list('organizations')
    .map((org) => ({ org, footprint: vendorFootprint(atlas, org), events: companyEvents(atlas, org) }))
    .filter(({ footprint, events }) => footprint.length > 0 || events.length > 0)
    .map(({ org, footprint, events }) => ({
      org,
      cells: countries.map((country) => {
        const programs = footprint.filter((row) => row.countries.some((c) => c.href === entryUrl(country)));
        const shown = new Set(programs.map((row) => row.program.href));
        const deals = events
          .filter((e) => e.data.countries.some((c) => c.id === country.id))
          .filter((e) => !e.data.programs.some((p) => shown.has(entryUrl(p))))
          .map((e) => ({ href: entryUrl(e), label: e.data.title, note: formatDate(e.data.date) }));
        return [...programs.map((row) => row.program), ...deals];
      }),
    }))
    .sort(
      (a, b) =>
        b.cells.filter((c) => c.length > 0).length - a.cells.filter((c) => c.length > 0).length ||
        a.org.data.name.localeCompare(b.org.data.name),
    )
    .map(({ org, cells }) => ({ vendor: { href: entryUrl(org), label: org.data.name }, cells }));
  return { countries: countries.map((c) => ({ href: entryUrl(c), label: c.data.name })), rows };
}
