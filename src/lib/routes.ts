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
