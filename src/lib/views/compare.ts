/**
 * Compare anything with anything: 2–4 countries, programs or vendors side by side, as columns of
 * cells computed once per build from the typed content. Each cell carries the date its sources speak
 * of and links to them, or is empty and shown as "No data". The same columns are written as JSON for
 * the compare page's script (/compare/data/<kind>/<id>.json), and rendered by one function
 * (src/client/compare-view.ts) on the prepared pages and in the browser.
 */
import type { AtlasEntry } from '../../collections/index.ts';
import { STRATEGY_LABELS } from '../../collections/countries.ts';
import { RELIANCE_LABELS } from '../content/reliance.ts';
import { MILESTONE_LABELS, NOT_STATED, OFFER_DIMENSIONS, OFFER_TERMS, milestonesInOrder } from '../../collections/programs.ts';
import type { Atlas } from '../graph/atlas.ts';
import { entryUrl, milestoneUrl, neighboursUrl, offersUrl, preparedCompareUrl, stackRowUrl } from '../site/routes.ts';
import { formatDate, humanize } from './format.ts';
import { links, referrersIn, type LinkItem } from './entry.ts';
import { offerRowsOf, sourceLinks, termValueLabel } from './offers.ts';
import { layersInOrder } from './overview.ts';

/** What can be compared, as the compare URLs name it. */
export const COMPARE_KINDS = ['countries', 'programs', 'vendors'] as const;
export type CompareKind = (typeof COMPARE_KINDS)[number];
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

/** One cell: text and links, the date its sources speak of, and those sources; empty is "No data". */
export interface CompareCell {
  text?: string;
  /** Where the text links to: the fact on the entry's page. */
  href?: string;
  links?: LinkItem[];
  asOf?: string;
  asOfLabel?: string;
  sources?: LinkItem[];
}

/** One entry as a column: its name and a cell per row of its kind. */
export interface CompareColumn {
  kind: CompareKind;
  id: string;
  label: string;
  href: string;
  cells: (CompareCell | null)[];
}

/** The rows of each kind: their labels, in the order of a column's cells. */
export function compareRows(kind: CompareKind, layers: readonly { id: string; label: string }[]): string[] {
  const terms = OFFER_DIMENSIONS.map((d) => OFFER_TERMS[d].label);
  if (kind === 'countries') return ['Region', 'Strategy', ...layers.map((l) => l.label), 'Offers taken', 'Latest recorded event'];
  if (kind === 'programs') return ['Kind', 'Status', 'Announced', 'Vendors', 'Countries', ...terms, 'Latest milestone'];
  return ['Kind', 'Headquarters', 'Offers', 'Countries', ...terms];
}

/** The stack layers in their order, which the rows of a country column follow. */
export function orderedLayers(atlas: Atlas): { id: string; label: string }[] {
  return layersInOrder(atlas).map((l) => ({ id: l.id, label: l.data.name }));
}

const dated = (asOf: string | undefined): Pick<CompareCell, 'asOf' | 'asOfLabel'> => (asOf ? { asOf, asOfLabel: formatDate(asOf) } : {});

const listCell = (links: LinkItem[]): CompareCell | null => (links.length > 0 ? { links } : null);

function countryColumn(atlas: Atlas, country: AtlasEntry<'countries'>): CompareColumn {
  const backlinks = atlas.backlinks(country);
  const events = referrersIn(backlinks, 'events')
    .flatMap((ref) => atlas.get(ref) ?? [])
    .sort((a, b) => b.data.date.localeCompare(a.data.date));
  const latest = events[0];
  const stack = orderedLayers(atlas).map((layer): CompareCell | null => {
    const row = country.data.stack.find((r) => r.layer.id === layer.id);
    return row
      ? {
          text: RELIANCE_LABELS[row.reliance] + (row.planned ? ' (planned)' : ''),
          href: stackRowUrl(country.id, layer.id),
          ...dated(row.asOf),
          sources: sourceLinks(atlas, row.sources),
        }
      : null;
  });
  return {
    kind: 'countries',
    id: country.id,
    label: country.data.name,
    href: entryUrl(country),
    cells: [
      { text: country.data.region },
      { text: STRATEGY_LABELS[country.data.strategy] },
      ...stack,
      listCell(links(atlas, referrersIn(backlinks, 'programs', ['countries']))),
      latest
        ? { text: latest.data.title, href: entryUrl(latest), ...dated(latest.data.date), sources: sourceLinks(atlas, latest.data.sources) }
        : null,
    ],
  };
}

function programColumn(atlas: Atlas, program: AtlasEntry<'programs'>): CompareColumn {
  const { data } = program;
  const milestones = milestonesInOrder(program);
  const last = milestones.at(-1);
  const terms = (offerRowsOf(atlas, [program])[0]?.terms ?? []).map((term): CompareCell | null =>
    term.stated ? { text: term.value, href: term.href, ...dated(term.asOf), sources: term.sourceLinks } : null,
  );
  return {
    kind: 'programs',
    id: program.id,
    label: data.name,
    href: entryUrl(program),
    cells: [
      { text: humanize(data.kind) },
      { text: humanize(data.status), ...dated(data.statusAsOf), sources: sourceLinks(atlas, data.statusSources) },
      data.announced ? { text: formatDate(data.announced) } : null,
      listCell(links(atlas, data.vendors)),
      listCell(links(atlas, data.countries)),
      ...terms,
      last
        ? {
            text: `${MILESTONE_LABELS[last.stage]}: ${last.summary}`,
            href: milestoneUrl(program.id, milestones.length),
            ...dated(last.date),
            sources: sourceLinks(atlas, last.sources),
          }
        : null,
    ],
  };
}

/** A vendor's answers to one term across its offers: "Foreign vendor 2 · Not stated 3", dated by the latest stated one. */
function termSummary(vendor: AtlasEntry<'organizations'>, programs: readonly AtlasEntry<'programs'>[], i: number): CompareCell | null {
  const dimension = OFFER_DIMENSIONS[i];
  if (!dimension || programs.length === 0) return null;
  const counts = new Map<string, number>();
  const dates: string[] = [];
  for (const program of programs) {
    const term = program.data.offer[dimension];
    const label = Array.isArray(term.value) ? 'Stated' : termValueLabel(dimension, term.value);
    counts.set(label, (counts.get(label) ?? 0) + 1);
    if (term.value !== NOT_STATED && term.asOf) dates.push(term.asOf);
  }
  const latest = dates.sort().at(-1);
  return {
    text: [...counts].map(([label, n]) => `${label} ${n}`).join(' · '),
    href: offersUrl('vendor', `vendor-${vendor.id}`),
    ...dated(latest),
  };
}

function vendorColumn(atlas: Atlas, vendor: AtlasEntry<'organizations'>): CompareColumn {
  const programs = referrersIn(atlas.backlinks(vendor), 'programs', ['vendors']).flatMap((ref) => atlas.get(ref) ?? []);
  const countries = [...new Map(programs.flatMap((p) => p.data.countries).map((c) => [c.id, c])).values()];
  return {
    kind: 'vendors',
    id: vendor.id,
    label: vendor.data.name,
    href: entryUrl(vendor),
    cells: [
      { text: humanize(vendor.data.kind) },
      vendor.data.headquarters ? listCell(links(atlas, [vendor.data.headquarters])) : null,
      listCell(links(atlas, programs)),
      listCell(links(atlas, countries).sort((a, b) => a.label.localeCompare(b.label))),
      ...OFFER_DIMENSIONS.map((_d, i) => termSummary(vendor, programs, i)),
    ],
  };
}

/** The entries of a kind that can be compared: every country and program, and every organization that offers a program. */
export function comparable(atlas: Atlas, kind: CompareKind): { id: string; label: string }[] {
  const entries =
    kind === 'countries'
      ? atlas.list('countries')
      : kind === 'programs'
        ? atlas.list('programs')
        : atlas.list('organizations').filter((org) => referrersIn(atlas.backlinks(org), 'programs', ['vendors']).length > 0);
  return entries.map((e) => ({ id: e.id, label: e.data.name })).sort((a, b) => a.label.localeCompare(b.label));
}

/** One entry's column, or undefined for an id the Atlas does not have. */
export function compareColumn(atlas: Atlas, kind: CompareKind, id: string): CompareColumn | undefined {
  if (kind === 'countries') {
    const country = atlas.get({ collection: 'countries', id });
    return country && countryColumn(atlas, country);
  }
  if (kind === 'programs') {
    const program = atlas.get({ collection: 'programs', id });
    return program && programColumn(atlas, program);
  }
  const vendor = atlas.get({ collection: 'organizations', id });
  return vendor && vendorColumn(atlas, vendor);
}

/** A prepared comparison: a kind, its entries, what it is called, and its address. */
export interface PreparedComparison {
  kind: CompareKind;
  ids: string[];
  title: string;
  href: string;
}

/** The vendors of each country's programs, by country id. */
function vendorsByCountry(atlas: Atlas): Map<string, Set<string>> {
  const vendors = new Map<string, Set<string>>();
  for (const program of atlas.list('programs'))
    for (const country of program.data.countries) {
      const set = vendors.get(country.id) ?? new Set<string>();
      for (const vendor of program.data.vendors) set.add(vendor.id);
      vendors.set(country.id, set);
    }
  return vendors;
}

/**
 * A country's neighbours, up to three: the other countries of its region, those sharing the most
 * vendors with it first; a country alone in its region is compared with the countries that share the
 * most vendors with it.
 */
function neighbours(atlas: Atlas, country: AtlasEntry<'countries'>, vendors: Map<string, Set<string>>): string[] {
  const own = vendors.get(country.id) ?? new Set<string>();
  const others = atlas
    .list('countries')
    .filter((c) => c.id !== country.id)
    .map((c) => ({ c, shared: [...(vendors.get(c.id) ?? [])].filter((v) => own.has(v)).length }))
    .sort((a, b) => b.shared - a.shared || a.c.data.name.localeCompare(b.c.data.name));
  const sameRegion = others.filter(({ c }) => c.data.region === country.data.region);
  return (sameRegion.length > 0 ? sameRegion : others).slice(0, COMPARE_MAX - 1).map(({ c }) => c.id);
}

/** The comparisons built as pages of their own: each country with its neighbours, and a few of programs and vendors. */
export function preparedComparisons(atlas: Atlas): PreparedComparison[] {
  let comparisons = preparedCache.get(atlas);
  if (comparisons) return comparisons;
  const has = (collection: 'programs' | 'organizations', ids: string[]) => ids.filter((id) => atlas.get({ collection, id }));
  const vendors = vendorsByCountry(atlas);
  const countries = [...atlas.list('countries')]
    .sort((a, b) => a.data.name.localeCompare(b.data.name))
    .map((c) => {
      const ids = [c.id, ...neighbours(atlas, c, vendors)];
      const names = ids.slice(1).flatMap((id) => atlas.get({ collection: 'countries', id })?.data.name ?? []);
      return {
        kind: 'countries' as const,
        ids,
        title: `${c.data.name} and its neighbours: ${names.join(', ')}`,
        href: neighboursUrl(c.id),
      };
    })
    .filter((p) => p.ids.length >= COMPARE_MIN);
  const stargates = has('programs', ['stargate-uae', 'stargate-norway', 'stargate-uk']);
  const vendorSet = has('organizations', ['nvidia', 'huawei', 'microsoft', 'amazon-web-services']);
  comparisons = [
    ...countries,
    ...(stargates.length >= COMPARE_MIN
      ? [{ kind: 'programs' as const, ids: stargates, title: 'The Stargate campuses', href: preparedCompareUrl('programs', stargates) }]
      : []),
    ...(vendorSet.length >= COMPARE_MIN
      ? [
          {
            kind: 'vendors' as const,
            ids: vendorSet,
            title: 'Nvidia, Huawei, Microsoft and AWS',
            href: preparedCompareUrl('vendors', vendorSet),
          },
        ]
      : []),
  ];
  preparedCache.set(atlas, comparisons);
  return comparisons;
}
const preparedCache = new WeakMap<Atlas, PreparedComparison[]>();

/** The prepared comparison of a country with its neighbours, which its page links to. */
export function neighboursComparison(atlas: Atlas, countryId: string): PreparedComparison | undefined {
  return preparedComparisons(atlas).find((p) => p.kind === 'countries' && p.ids[0] === countryId);
}
