/**
 * The timeline: every dated event and program milestone, and the lists a reader can narrow it to
 * without JavaScript — one year, one region, one country — each newest first or oldest first, in pages.
 */
import type { EntryRef } from '../../collections/index.ts';
import { MILESTONE_LABELS, milestonesInOrder } from '../../collections/programs.ts';
import type { Atlas } from '../graph/atlas.ts';
import { foldName } from '../search/name-match.ts';
import { entryUrl, milestoneUrl, TIMELINE_PER_PAGE, timelineUrl, type TimelineList, type TimelineOrder } from '../site/routes.ts';
import { titleOf, type LinkItem } from './entry.ts';
import { formatDate } from './format.ts';
import { pageCount } from './changes.ts';

export interface TimelineEvent {
  /** `event-<id>` for events, `milestone-<program>-<n>` for program milestones. */
  id: string;
  kind: 'event' | 'milestone';
  date: string;
  dateLabel: string;
  title: LinkItem;
  summary: string;
  countries: LinkItem[];
  /** The ids of those countries, and their regions' keys, for the lists by country and by region. */
  countryIds: string[];
  regions: string[];
  programs: LinkItem[];
  sources: LinkItem[];
}

/** A region's key in the timeline's URLs. @example regionKey('Southeast Asia') // → 'southeast-asia' */
export function regionKey(region: string): string {
  return foldName(region).replace(/ /g, '-');
}

/** Every event and milestone, oldest first (same-day items in a fixed order). */
export function timelineEvents(atlas: Atlas): TimelineEvent[] {
  const link = (ref: EntryRef): LinkItem => {
    const entry = atlas.get(ref);
    return { href: entryUrl(ref), label: entry ? titleOf(entry) : ref.id };
  };
  const places = (countries: readonly { id: string }[]) => {
    const regions = countries.flatMap((c) => {
      const country = atlas.get({ collection: 'countries', id: c.id });
      return country ? [regionKey(country.data.region)] : [];
    });
    return {
      countries: countries.map((c) => link({ collection: 'countries', id: c.id })),
      countryIds: countries.map((c) => c.id),
      regions: [...new Set(regions)],
    };
  };
  const events: TimelineEvent[] = atlas.list('events').map((e) => ({
    id: `event-${e.id}`,
    kind: 'event' as const,
    date: e.data.date,
    dateLabel: formatDate(e.data.date),
    title: { href: entryUrl(e), label: e.data.title },
    summary: e.data.summary,
    ...places(e.data.countries),
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
        ...places(program.data.countries),
        programs: [link(program)],
        sources: m.sources.map(link),
      });
    });
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** One way of narrowing the timeline: its list, the label readers see, and how many items it holds. */
export interface TimelineChoice {
  list: TimelineList;
  label: string;
  count: number;
}

export interface TimelineChoices {
  years: TimelineChoice[];
  regions: TimelineChoice[];
  /** Countries grouped by region, in the order of `regions`. */
  countries: { region: string; countries: TimelineChoice[] }[];
}

/** Every year, region and country that has at least one item, newest year first, others by name. */
export function timelineChoices(atlas: Atlas, events: readonly TimelineEvent[]): TimelineChoices {
  const tally = (keys: (e: TimelineEvent) => string[]) => {
    const counts = new Map<string, number>();
    for (const e of events) for (const key of keys(e)) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const byYear = tally((e) => [e.date.slice(0, 4)]);
  const byRegion = tally((e) => e.regions);
  const byCountry = tally((e) => e.countryIds);
  const countries = [...atlas.list('countries')].sort((a, b) => a.data.name.localeCompare(b.data.name));
  const regionNames = new Map(countries.map((c) => [regionKey(c.data.region), c.data.region]));
  const regions = [...byRegion]
    .map(([key, count]) => ({ list: { kind: 'region' as const, key }, label: regionNames.get(key) ?? key, count }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return {
    years: [...byYear].sort(([a], [b]) => b.localeCompare(a)).map(([key, count]) => ({ list: { kind: 'year', key }, label: key, count })),
    regions,
    countries: regions.map((region) => ({
      region: region.label,
      countries: countries
        .filter((c) => regionKey(c.data.region) === region.list.key && byCountry.has(c.id))
        .map((c) => ({ list: { kind: 'country', key: c.id }, label: c.data.name, count: byCountry.get(c.id) ?? 0 })),
    })),
  };
}

/** The items of one list, in the order asked for. */
export function timelineItems(events: readonly TimelineEvent[], list: TimelineList, order: TimelineOrder): TimelineEvent[] {
  const kept = events.filter((e) => {
    if (list.kind === 'all') return true;
    if (list.kind === 'year') return e.date.startsWith(list.key);
    return (list.kind === 'region' ? e.regions : e.countryIds).includes(list.key);
  });
  return order === 'newest' ? kept.reverse() : kept;
}

/** Items grouped under their year, keeping their order. */
export function byYear(events: readonly TimelineEvent[]): { year: string; events: TimelineEvent[] }[] {
  const years: { year: string; events: TimelineEvent[] }[] = [];
  for (const event of events) {
    const year = event.date.slice(0, 4);
    const last = years.at(-1);
    if (last?.year === year) last.events.push(event);
    else years.push({ year, events: [event] });
  }
  return years;
}

/** Every year, region and country the timeline can be narrowed to, in the order the page lists them. */
export function everyChoice(choices: TimelineChoices): TimelineChoice[] {
  return [...choices.years, ...choices.regions, ...choices.countries.flatMap((group) => group.countries)];
}

/** Every page of the timeline: each list (all items, then each choice), both orders, each page. */
export function timelinePages(choices: TimelineChoices, total: number): { list: TimelineList; order: TimelineOrder; page: number }[] {
  const lists: TimelineChoice[] = [{ list: { kind: 'all' }, label: 'All', count: total }, ...everyChoice(choices)];
  return lists.flatMap(({ list, count }) =>
    (['newest', 'oldest'] as const).flatMap((order) =>
      Array.from({ length: pageCount(count, TIMELINE_PER_PAGE) }, (_, i) => ({ list, order, page: i + 1 })),
    ),
  );
}

/** The path of a page of the timeline below /timeline/, as the catch-all route's parameter. */
export function timelinePath(list: TimelineList, order: TimelineOrder, page: number): string | undefined {
  const path = timelineUrl(list, order, page, '/')
    .replace(/^\/timeline\/?/, '')
    .replace(/\/$/, '');
  return path === '' ? undefined : path;
}
