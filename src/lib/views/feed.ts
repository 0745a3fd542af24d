import type { CollectionName } from '../../collections/index.ts';
import type { ChangeItem } from './changes.ts';

export interface FeedItem {
  collection: CollectionName;
  title: string;
  url: string;
  /** When the item happened: a change's commit time, or an entry's revision day at midnight UTC. */
  time: string;
  description?: string | undefined;
  /** What kind of item it is: an entry added, revised or corrected. */
  kind: ChangeItem['kind'];
}

const KIND_WORDS: Record<ChangeItem['kind'], string> = { added: 'added', revised: 'revised', corrected: 'corrected' };

/**
 * The feed: the latest changes, newest first, each with its own date and a link to the change on its
 * entry's page (where the content has no revision history, each entry's last revision stands in).
 */
export function feedItems(changes: readonly ChangeItem[], limit = 100): FeedItem[] {
  return changes
    .map((c) => ({
      collection: c.collection,
      title: `${c.entry.label} (${c.typeLabel.toLowerCase()} ${KIND_WORDS[c.kind]})`,
      url: c.href,
      time: c.time,
      description: c.text,
      kind: c.kind,
    }))
    .sort((a, b) => b.time.localeCompare(a.time) || a.title.localeCompare(b.title))
    .slice(0, limit);
}
