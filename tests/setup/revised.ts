import { resolve } from 'node:path';
import { readHistory, withRevisionDates, type Change } from '../../src/lib/site/history.ts';
import { ROOT } from './paths.ts';

const histories = new Map<string, ReadonlyMap<string, readonly Change[]> | undefined>();

/** A content folder's history, as the build reads it (src/lib/site/history.ts), read once. */
function historyOf(contentDir: string): ReadonlyMap<string, readonly Change[]> | undefined {
  const dir = resolve(ROOT, contentDir);
  if (!histories.has(dir)) histories.set(dir, readHistory(dir, { reliance: (r) => r, layer: (l) => l }));
  return histories.get(dir);
}

type Dated = { collection: string; id: string; data: { updated: string } };

/** Entries as the built site dates them: by the later of `updated` and their file's last change. */
export function asBuilt<E extends Dated>(entries: readonly E[], contentDir = `${ROOT}/content`): E[] {
  return withRevisionDates(entries, historyOf(contentDir));
}

/** The day a page of the real Atlas says its entry was last changed. */
export function revisedDay(entry: Dated): string {
  return asBuilt([entry])[0]?.data.updated ?? entry.data.updated;
}
