import { COLLECTIONS, type CollectionName } from '../../collections/index.ts';
import type { Atlas } from '../graph/atlas.ts';
import { entryUrl } from '../site/routes.ts';
import { descriptionOf, titleOf } from './entry.ts';

export interface FeedItem {
  collection: CollectionName;
  title: string;
  url: string;
  updated: string;
  description?: string | undefined;
}

/** The most recently added or revised entries, newest first (ties by title). */
export function feedItems(atlas: Atlas, limit = 100): FeedItem[] {
  return COLLECTIONS.flatMap((collection) =>
    atlas.list(collection).map((entry) => ({
      collection,
      title: titleOf(entry),
      url: entryUrl(entry),
      updated: entry.data.updated,
      description: descriptionOf(entry),
    })),
  )
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title))
    .slice(0, limit);
}
