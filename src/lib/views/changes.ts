/**
 * What changed, and since when: every entry's dated changes (from the git history of its file) and
 * its corrections, for its page's history, the /changes/ pages, changes.json and the feed.
 */
import { COLLECTIONS, collectionDef, type AtlasEntry, type CollectionName, type EntryRef } from '../../collections/index.ts';
import type { Atlas } from '../graph/atlas.ts';
import { refKey } from '../graph/graph.ts';
import type { Change } from '../site/history.ts';
import { absoluteUrl, correctionAnchor, entryUrl } from '../site/routes.ts';
import { formatDate } from './format.ts';
import { links, listWords, titleOf, type LinkItem } from './entry.ts';

export type History = ReadonlyMap<string, readonly Change[]> | undefined;

export interface ChangeItem {
  /** The item's id on the entry's page. */
  anchor: string;
  day: string;
  dayLabel: string;
  /** Full timestamp: the commit's time, or the correction's day at midnight UTC. */
  time: string;
  /** "YYYY-MM". */
  month: string;
  kind: 'added' | 'revised' | 'corrected';
  /** The change on its entry's page: the entry's URL and the change's anchor. */
  href: string;
  entry: LinkItem;
  collection: CollectionName;
  id: string;
  typeLabel: string;
  /** The change in a sentence. */
  text: string;
  /** The commit it was made in, for changes read from git. */
  commit?: string | undefined;
}

/** The anchor of a change read from git on its entry's page. */
export function changeAnchor(short: string): string {
  return `change-${short}`;
}

function sentence(change: Change): string {
  if (change.kind === 'added') return 'Entry added.';
  return `Revised: ${listWords(change.what)}.`;
}

/** The entry a file's history belongs to: the file's own entry, or the entry that took its id as an alias. */
function ownerIndex(atlas: Atlas): Map<string, EntryRef> {
  const owners = new Map<string, EntryRef>();
  for (const collection of COLLECTIONS) {
    for (const entry of atlas.list(collection)) {
      const ref = { collection, id: entry.id };
      owners.set(`${collection}/${entry.id}`, ref);
      for (const alias of entry.data.aliases) if (!owners.has(`${collection}/${alias}`)) owners.set(`${collection}/${alias}`, ref);
    }
  }
  return owners;
}

/** A change as the lists show it: what is particular to it, and what every change of an entry shares. */
function changeItem<C extends CollectionName>(
  collection: C,
  entry: AtlasEntry<C>,
  change: { anchor: string; day: string; time: string; kind: ChangeItem['kind']; text: string; commit?: string | undefined },
): ChangeItem {
  const href = entryUrl({ collection, id: entry.id });
  return {
    ...change,
    href: `${href}#${change.anchor}`,
    dayLabel: formatDate(change.day),
    month: change.day.slice(0, 7),
    entry: { href, label: titleOf(entry) },
    collection,
    id: entry.id,
    typeLabel: collectionDef(collection).labels.singular,
  };
}

/** Every change of every entry, newest first: git's changes and the corrections ledger. */
export function allChanges(atlas: Atlas, history: History): ChangeItem[] {
  const owners = ownerIndex(atlas);
  const items: ChangeItem[] = [];
  const recorded = new Set<string>();
  for (const [key, changes] of history ?? []) {
    const ref = owners.get(key);
    const entry = ref && atlas.get(ref);
    if (!ref || !entry || changes.length === 0) continue;
    recorded.add(refKey(ref));
    for (const change of changes) {
      items.push(
        changeItem(ref.collection, entry, {
          anchor: changeAnchor(change.short),
          day: change.day,
          time: change.time,
          kind: change.kind,
          text: sentence(change),
          commit: change.short,
        }),
      );
    }
  }
  for (const collection of COLLECTIONS) {
    for (const entry of atlas.list(collection)) {
      const { updated } = entry.data;
      // An entry without a recorded change (no revision history, or a file not yet committed): its last revision is the one known.
      if (!recorded.has(refKey({ collection, id: entry.id })))
        items.push(
          changeItem(collection, entry, {
            anchor: `revised-${updated}`,
            day: updated,
            time: `${updated}T00:00:00.000Z`,
            kind: 'revised',
            text: 'Last revised (the revision history of this copy of the Atlas does not record the entry).',
          }),
        );
      entry.data.corrections.forEach((correction, i) => {
        items.push(
          changeItem(collection, entry, {
            anchor: correctionAnchor(i + 1),
            day: correction.date,
            time: `${correction.date}T00:00:00.000Z`,
            kind: 'corrected',
            text: `Corrected: ${correction.right}`,
          }),
        );
      });
    }
  }
  return items.sort(
    (a, b) => b.time.localeCompare(a.time) || a.entry.label.localeCompare(b.entry.label) || a.anchor.localeCompare(b.anchor),
  );
}

/** Each entry's changes, newest first, by `collection/id`: built once, so an entry page looks its own up. */
export function changesByEntry(all: readonly ChangeItem[]): ReadonlyMap<string, readonly ChangeItem[]> {
  const index = new Map<string, ChangeItem[]>();
  for (const item of all) {
    const key = refKey(item);
    index.set(key, [...(index.get(key) ?? []), item]);
  }
  return index;
}

/**
 * Every month from the first change to the last, newest first, each with how many changes were made
 * since its start. Months without a change are kept, so a "since" page, once published, stays.
 */
export function changeMonths(all: readonly ChangeItem[]): { month: string; label: string; since: number }[] {
  const known = all.map((item) => item.month).sort();
  const first = known[0];
  const last = known.at(-1);
  if (!first || !last) return [];
  const months: string[] = [];
  for (let [year, month] = first.split('-').map(Number) as [number, number]; `${year}-${String(month).padStart(2, '0')}` <= last;) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months.reverse().map((month) => ({
    month,
    label: formatDate(month),
    since: all.filter((item) => item.month >= month).length,
  }));
}

/** changes.json: every change, newest first, with absolute links. */
export function changesJson(all: readonly ChangeItem[], site: string) {
  return all.map((item) => ({
    date: item.day,
    time: item.time,
    kind: item.kind,
    collection: item.collection,
    id: item.id,
    title: item.entry.label,
    url: absoluteUrl(item.href, site),
    change: item.text,
    ...(item.commit ? { commit: item.commit } : {}),
  }));
}

export interface CorrectionItem {
  date: string;
  dateLabel: string;
  typeLabel: string;
  entry: string;
  /** The correction on its entry's page. */
  href: string;
  wrong: string;
  right: string;
  sources: LinkItem[];
}

/** Every correction of every entry, newest first, for /corrections/. */
export function correctionsView(atlas: Atlas): CorrectionItem[] {
  const items = COLLECTIONS.flatMap((collection) =>
    atlas.list(collection).flatMap((entry) =>
      entry.data.corrections.map((c, i) => ({
        date: c.date,
        dateLabel: formatDate(c.date),
        typeLabel: collectionDef(collection).labels.singular,
        entry: titleOf(entry),
        href: `${entryUrl(entry)}#${correctionAnchor(i + 1)}`,
        wrong: c.wrong,
        right: c.right,
        sources: links(atlas, c.sources),
      })),
    ),
  );
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.entry.localeCompare(b.entry));
}

/** The changes a list shows: all of them, or those since a month's start. */
export function changesSince(all: readonly ChangeItem[], since: string | undefined): ChangeItem[] {
  return since ? all.filter((item) => item.month >= since) : [...all];
}

/** How many pages a list of changes takes (at least one, so every list has its first page). */
export function pageCount(count: number, perPage: number): number {
  return Math.max(1, Math.ceil(count / perPage));
}

/** Every page of every list: all changes and each month's "since", numbered from 1. */
export function changesPages(all: readonly ChangeItem[], perPage: number): { since: string | undefined; page: number }[] {
  const lists = [undefined, ...changeMonths(all).map((m) => m.month)];
  return lists.flatMap((since) =>
    Array.from({ length: pageCount(changesSince(all, since).length, perPage) }, (_, i) => ({ since, page: i + 1 })),
  );
}
