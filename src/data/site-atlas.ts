/**
 * The one place the site queries Astro's collections: each collection once per build. Pages import
 * `atlas` (lookups and backlinks) and `renderable` (for MDX bodies) from here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, isEntryOf, type AnyEntry, type CollectionName } from '../collections/index.ts';
import { createAtlas } from '../lib/graph/atlas.ts';
import { formatProblem, refKey } from '../lib/graph/graph.ts';
import type { Ref } from '../lib/graph/references.ts';
import { dayParts } from '../lib/cite/dates.ts';
import { readHistory, withRevisionDates, type Change } from '../lib/site/history.ts';
import { allChanges, changesByEntry as indexChanges } from '../lib/views/changes.ts';
import { timelineChoices, timelineEvents } from '../lib/views/timeline.ts';
import { contentDir } from '../lib/content/check.ts';
import { RELIANCE_LABELS, type Reliance } from '../lib/content/reliance.ts';

/** The day this build ran: the accessed date of citations in the HTML (the browser sets today's). */
export const buildDay = dayParts(new Date());

// Astro's entries have the Atlas's entry shape (their data is typed by the same schemas), and more.
const loaded: CollectionEntry<CollectionName>[] = (await Promise.all(COLLECTIONS.map((collection) => getCollection(collection)))).flat();

const layerNames = new Map(
  (loaded as AnyEntry[]).flatMap((entry) => (isEntryOf(entry, 'layers') ? [[entry.id, entry.data.name] as const] : [])),
);

/**
 * Every entry's changes, from the git history of its file (src/lib/site/history.ts), read once per
 * build; undefined where the content is not in a git repository.
 */
export const history: ReadonlyMap<string, readonly Change[]> | undefined = readHistory(contentDir(), {
  reliance: (value) => RELIANCE_LABELS[value as Reliance] ?? value,
  layer: (id) => layerNames.get(id) ?? id,
});

const entries: AnyEntry[] = withRevisionDates(loaded as AnyEntry[], history);

export const atlas = createAtlas(entries);

/** Every change of every entry, newest first: git's and the corrections ledger's. */
export const changes = allChanges(atlas, history);

/** Each entry's changes, looked up by its page. */
export const changesByEntry = indexChanges(changes);

/** Every dated event and milestone, oldest first, for the timeline's pages. */
export const timeline = timelineEvents(atlas);

/** The years, regions and countries the timeline can be narrowed to, worked out once for all its pages. */
export const timelineFilters = timelineChoices(atlas, timeline);

// The content check has already run before Astro loaded anything; this guards `astro dev`, where
// the check only reports, and any route into the build that skipped it.
if (atlas.problems.length > 0) {
  throw new Error(`Content graph has problems:\n${atlas.problems.map(formatProblem).join('\n')}`);
}

const astroEntries = new Map<string, CollectionEntry<CollectionName>>(loaded.map((entry) => [refKey(entry), entry]));

/** Astro's own entry for a ref, as `render()` needs it. */
export function renderable(ref: Ref): CollectionEntry<CollectionName> | undefined {
  return astroEntries.get(refKey(ref));
}
