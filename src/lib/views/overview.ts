/**
 * The whole field at a glance, computed from the typed content: the dependency matrix (countries ×
 * stack layers), vendor footprints (vendors × countries) and the map's country list (the timeline is in timeline.ts).
 */
import type { AtlasEntry } from '../../collections/index.ts';
import { RELIANCE_LABELS, STRATEGIES, STRATEGY_LABELS } from '../../collections/countries.ts';
import { announcedPhrase, programDate, vendorCountriesOf } from '../../collections/programs.ts';
import type { Atlas } from '../graph/atlas.ts';
import { formatDate, formatMonth, humanize } from './format.ts';
import { entryUrl, stackRowUrl } from '../site/routes.ts';
import type { MapCountry } from './world-map.ts';
import { regionKey } from './timeline.ts';
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
  groups: { key: string; label: string; rows: MatrixRow[] }[];
}

/** The stack layers in their order in the stack. */
export function layersInOrder(atlas: Atlas): AtlasEntry<'layers'>[] {
  return [...atlas.list('layers')].sort((a, b) => a.data.order - b.data.order);
}

/** Countries × stack layers, rows grouped by strategy or by region, each cell the reliance with its note and first source. */
export function matrixView(atlas: Atlas, groupBy: 'strategy' | 'region' = 'strategy'): Matrix {
  const layers = layersInOrder(atlas);
  const rows = (inGroup: (country: AtlasEntry<'countries'>) => boolean): MatrixRow[] =>
    atlas
      .list('countries')
      .filter(inGroup)
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
    groups: (groupBy === 'strategy'
      ? STRATEGIES.map((strategy) => ({ key: strategy, label: STRATEGY_LABELS[strategy], rows: rows((c) => c.data.strategy === strategy) }))
      : countriesByRegion(atlas).map((r) => ({ key: r.key, label: r.region, rows: rows((c) => regionKey(c.data.region) === r.key) }))
    ).filter((g) => g.rows.length > 0),
  };
}

/** The countries by world region, regions and countries by name, each country with its strategy. */
export function countriesByRegion(atlas: Atlas): { region: string; key: string; countries: LinkItem[] }[] {
  const regions = new Map<string, { region: string; key: string; countries: LinkItem[] }>();
  for (const country of [...atlas.list('countries')].sort((a, b) => a.data.name.localeCompare(b.data.name))) {
    const key = regionKey(country.data.region);
    const group = regions.get(key) ?? { region: country.data.region, key, countries: [] };
    // The strategy's short name ("Partner-led"), without its gloss.
    const strategy = STRATEGY_LABELS[country.data.strategy].split(':')[0];
    group.countries.push({ href: entryUrl(country), label: country.data.name, note: strategy });
    regions.set(key, group);
  }
  return [...regions.values()].sort((a, b) => a.region.localeCompare(b.region));
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

export interface VendorRegion {
  region: string;
  key: string;
  countries: LinkItem[];
  /** The vendors with at least one program or deal in the region, the most widely present first. */
  rows: { vendor: LinkItem; cells: LinkItem[][] }[];
}

/**
 * The vendors table cut by world region: one table per region, its countries as columns and only the
 * vendors present there as rows, so that every column fits a laptop's screen however many countries
 * the Atlas holds.
 */
export function vendorsByRegion(atlas: Atlas): VendorRegion[] {
  const all = vendorsView(atlas);
  const countries = [...atlas.list('countries')].sort((a, b) => a.data.name.localeCompare(b.data.name));
  const filled = (cells: LinkItem[][]) => cells.filter((c) => c.length > 0).length;
  return countriesByRegion(atlas).map(({ region, key }) => {
    const columns = countries.flatMap((c, i) => (regionKey(c.data.region) === key ? [i] : []));
    const rows = all.rows
      .map((row) => ({ vendor: row.vendor, cells: columns.map((i) => row.cells[i] ?? []) }))
      .filter((row) => filled(row.cells) > 0)
      .sort((a, b) => filled(b.cells) - filled(a.cells) || a.vendor.label.localeCompare(b.vendor.label));
    return { region, key, countries: columns.flatMap((i) => (all.countries[i] ? [all.countries[i]] : [])), rows };
  });
}
