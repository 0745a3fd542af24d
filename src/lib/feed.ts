import type { Atlas } from './atlas.ts';
import { entryUrl } from './routes.ts';
import { COLLECTIONS, type CollectionName } from './schema.ts';
import { titleOf } from './views.ts';

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
    atlas.list(collection).map((entry) => {
      const data = entry.data as Record<string, unknown>;
      const description = [data['summary'], data['stance'], data['context'], data['note']].find((v): v is string => typeof v === 'string');
      return { collection, title: titleOf(entry), url: entryUrl(entry), updated: entry.data.updated, description };
    }),
  )
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title))
    .slice(0, limit);
}
