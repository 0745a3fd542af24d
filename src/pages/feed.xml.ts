/** RSS feed of new and updated entries, newest first (Astro's own rss package). */
import rss from '@astrojs/rss';
import { collectionDef } from '../collections/index.ts';
import type { APIContext } from 'astro';
import { atlas } from '../data/site-atlas.ts';
import { feedItems } from '../lib/views/feed.ts';
import { absoluteUrl, homeUrl } from '../lib/site/routes.ts';

export function GET(context: APIContext) {
  return rss({
    title: 'Sovereign AI Atlas: new and updated entries',
    description:
      'Country case studies, vendor programs and deals, people, quotes and sources on sovereign AI, as they are added and revised.',
    // The channel links to the home page; item links already carry the base path.
    site: absoluteUrl(homeUrl(), context.site ?? context.url),
    items: feedItems(atlas).map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: new Date(`${item.updated}T00:00:00Z`),
      description: item.description,
      categories: [collectionDef(item.collection).labels.singular],
    })),
    customData: '<language>en</language>',
  });
}
