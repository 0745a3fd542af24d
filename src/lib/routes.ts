/**
 * Every URL of the Atlas is built here, and only here. An entry lives at `/<collection>/<id>/`
 * (trailing slash) for as long as the Atlas exists; see the URL contract in the README.
 */
import type { Ref } from './references.ts';
import type { CollectionName } from './schema.ts';

/** @example homeUrl() // → '/' */
export function homeUrl(): string {
  return '/';
}

/** @example collectionUrl('countries') // → '/countries/' */
export function collectionUrl(collection: CollectionName): string {
  return `/${collection}/`;
}

/** @example entryUrl({ collection: 'countries', id: 'south-korea' }) // → '/countries/south-korea/' */
export function entryUrl(ref: Ref): string {
  return `/${ref.collection}/${ref.id}/`;
}

/** @example quoteAnchor('yew-bundling') // → 'quote-yew-bundling' */
export function quoteAnchor(id: string): string {
  return `quote-${id}`;
}

/** @example sourceAnchor('cna-x') // → 'source-cna-x' */
export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

/** @example stackAnchor('chips') // → 'stack-chips' */
export function stackAnchor(layerId: string): string {
  return `stack-${layerId}`;
}

/** The views of the whole field. */
export const VIEWS = ['matrix', 'map', 'timeline', 'vendors'] as const;
export type View = (typeof VIEWS)[number];

/** @example viewUrl('matrix') // → '/matrix/' */
export function viewUrl(view: View): string {
  return `/${view}/`;
}

/**
 * The data downloads page, or one of its files.
 * @example dataUrl() // → '/data/'
 * @example dataUrl('countries.csv') // → '/data/countries.csv'
 */
export function dataUrl(file = ''): string {
  return `/data/${file}`;
}

/** @example feedUrl() // → '/feed.xml' */
export function feedUrl(): string {
  return '/feed.xml';
}

/** @example sitemapUrl() // → '/sitemap-index.xml' */
export function sitemapUrl(): string {
  return '/sitemap-index.xml';
}

/** A program's n-th milestone (1-based, in date order). @example milestoneAnchor(2) // → 'milestone-2' */
export function milestoneAnchor(n: number): string {
  return `milestone-${n}`;
}

/** @example searchUrl() // → '/search/' */
export function searchUrl(): string {
  return '/search/';
}

/** @example aboutUrl() // → '/about/' */
export function aboutUrl(): string {
  return '/about/';
}

/**
 * The absolute URL of a path on the published site.
 * @example absoluteUrl('/countries/india/', 'https://atlas.example') // → 'https://atlas.example/countries/india/'
 */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}
