/** RSS feed of what changed: entries added and revised, and corrections, each with its own date (Astro's own rss package). */
import rss from '@astrojs/rss';
import { collectionDef } from '../collections/index.ts';
import type { APIContext } from 'astro';
import { changes } from '../data/site-atlas.ts';
import { feedItems } from '../lib/views/feed.ts';
import { absoluteUrl, homeUrl } from '../lib/site/routes.ts';

export function GET(context: APIContext) {
  const site = context.site ?? context.url;
  return rss({
    title: 'Sovereign AI Atlas: what changed',
    description:
      'Country case studies, vendor programs and deals, people, quotes and sources on sovereign AI: entries as they are added and revised, and every correction.',
    // The channel links to the home page; item links already carry the base path.
    site: absoluteUrl(homeUrl(), site),
    items: feedItems(changes).map((item) => ({
      title: item.title,
      // Absolute, so the package uses it as it is: it would append a slash to a path ending in the change's anchor.
      link: absoluteUrl(item.url, site),
      pubDate: new Date(item.time),
      description: item.description,
      categories: [collectionDef(item.collection).labels.singular, item.kind === 'corrected' ? 'Correction' : 'Change'],
    })),
    customData: '<language>en</language>',
  });
}
