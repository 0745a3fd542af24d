/**
 * Every URL of the Atlas is built here, and only here. An entry lives at `/<collection>/<id>/`
 * (trailing slash) for as long as the Atlas exists; see the URL contract in the README.
 *
 * A site published under a path (a GitHub Pages project site: `https://example-org.github.io/atlas/`)
 * serves every page under that path, so every path returned here starts with it. The last argument,
 * `base`, is that path. It defaults to Astro's `base`, handed to pages by the Atlas integration and to
 * the browser bundles by esbuild as `import.meta.env.ATLAS_BASE`, and is `/` where no bundler set it
 * (plain Node scripts). Code that runs in Astro's configuration hooks, outside Vite's pages, passes the
 * configured `base` itself.
 *
 * Not `import.meta.env.BASE_URL`: Astro also defines `import.meta.env.<NAME>` for every environment
 * variable, ahead of its own defines, so a BASE_URL in the environment (Vitest sets one, and so do many
 * CI setups) would silently replace the configured base in every page.
 */
import type { CollectionName, EntryRef as Ref } from '../../collections/index.ts';

/**
 * A base path with a slash at both ends.
 * @example normalizeBase('/atlas') // → '/atlas/'
 * @example normalizeBase(undefined) // → '/'
 */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * The path the site is served under: `/`, or `/atlas/` for a site at https://example-org.github.io/atlas/
 * (`/` in plain Node, which has no import.meta.env at all).
 */
export const BASE = normalizeBase(typeof import.meta.env === 'undefined' ? undefined : import.meta.env.ATLAS_BASE);

/**
 * A path of the site, under the base.
 * @example sitePath('countries/') // → '/countries/'
 * @example sitePath('countries/', '/atlas/') // → '/atlas/countries/'
 */
export function sitePath(path: string, base: string = BASE): string {
  return `${normalizeBase(base)}${path.replace(/^\/+/, '')}`;
}

/** @example homeUrl() // → '/' */
export function homeUrl(base: string = BASE): string {
  return sitePath('', base);
}

/** @example collectionUrl('countries') // → '/countries/' */
export function collectionUrl(collection: CollectionName, base: string = BASE): string {
  return sitePath(`${collection}/`, base);
}

/**
 * @example entryUrl({ collection: 'countries', id: 'south-korea' }) // → '/countries/south-korea/'
 * @example entryUrl({ collection: 'countries', id: 'south-korea' }, '/atlas/') // → '/atlas/countries/south-korea/'
 */
export function entryUrl(ref: Ref, base: string = BASE): string {
  return sitePath(`${ref.collection}/${ref.id}/`, base);
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

/**
 * A country's row for one stack layer, on the country's page.
 * @example stackRowUrl('india', 'chips') // → '/countries/india/#stack-chips'
 */
export function stackRowUrl(countryId: string, layerId: string, base: string = BASE): string {
  return `${entryUrl({ collection: 'countries', id: countryId }, base)}#${stackAnchor(layerId)}`;
}

/** The views of the whole field. */
export const VIEWS = ['matrix', 'map', 'timeline', 'vendors', 'offers', 'compare'] as const;
export type View = (typeof VIEWS)[number];

/** @example viewUrl('matrix') // → '/matrix/' */
export function viewUrl(view: View, base: string = BASE): string {
  return sitePath(`${view}/`, base);
}

/**
 * The dependency matrix, its rows grouped by strategy or by world region.
 * @example matrixUrl() // → '/matrix/'; matrixUrl('region') // → '/matrix/by-region/'
 */
export function matrixUrl(groupBy: 'strategy' | 'region' = 'strategy', base: string = BASE): string {
  return sitePath(groupBy === 'strategy' ? 'matrix/' : 'matrix/by-region/', base);
}

/**
 * The data downloads page, or one of its files.
 * @example dataUrl() // → '/data/'
 * @example dataUrl('countries.csv') // → '/data/countries.csv'
 */
export function dataUrl(file = '', base: string = BASE): string {
  return sitePath(`data/${file}`, base);
}

/** @example feedUrl() // → '/feed.xml' */
export function feedUrl(base: string = BASE): string {
  return sitePath('feed.xml', base);
}

/** @example sitemapUrl() // → '/sitemap-index.xml' */
export function sitemapUrl(base: string = BASE): string {
  return sitePath('sitemap-index.xml', base);
}

/** A program's n-th milestone (1-based, in date order). @example milestoneAnchor(2) // → 'milestone-2' */
export function milestoneAnchor(n: number): string {
  return `milestone-${n}`;
}

/**
 * A program's n-th milestone, on the program's page.
 * @example milestoneUrl('stargate-uae', 2) // → '/programs/stargate-uae/#milestone-2'
 */
export function milestoneUrl(programId: string, n: number, base: string = BASE): string {
  return `${entryUrl({ collection: 'programs', id: programId }, base)}#${milestoneAnchor(n)}`;
}

/** A term of a program's offer. @example offerTermAnchor('keys') // → 'offer-keys' */
export function offerTermAnchor(dimension: string): string {
  return `offer-${dimension}`;
}

/**
 * A term of a program's offer, on the program's page.
 * @example offerTermUrl('stargate-uae', 'keys') // → '/programs/stargate-uae/#offer-keys'
 */
export function offerTermUrl(programId: string, dimension: string, base: string = BASE): string {
  return `${entryUrl({ collection: 'programs', id: programId }, base)}#${offerTermAnchor(dimension)}`;
}

/** The anchor of a program's offer terms on its page, and of the offers tables on vendors' and countries' pages. */
export const OFFER_ANCHOR = 'offer-terms';

/**
 * The offers compared, grouped by vendor, by country or by year (a page each, so they sort without
 * JavaScript); a group within it by its anchor.
 * @example offersUrl() // → '/offers/'
 * @example offersUrl('country') // → '/offers/by-country/'
 * @example offersUrl('vendor', 'vendor-nvidia') // → '/offers/#vendor-nvidia'
 */
export function offersUrl(order: 'vendor' | 'country' | 'date' = 'vendor', anchor?: string, base: string = BASE): string {
  const path = order === 'vendor' ? 'offers/' : `offers/by-${order}/`;
  return sitePath(anchor ? `${path}#${anchor}` : path, base);
}

/**
 * The compare page, with the entries it shows in its query (the page's script reads it), or a
 * prepared comparison at an address of its own (a page that needs no script).
 * @example compareUrl() // → '/compare/'
 * @example compareUrl('countries', ['malaysia', 'indonesia']) // → '/compare/?countries=malaysia,indonesia'
 */
export function compareUrl(kind?: string, ids: readonly string[] = [], base: string = BASE): string {
  return sitePath(kind && ids.length > 0 ? `compare/?${kind}=${ids.join(',')}` : 'compare/', base);
}

/**
 * A prepared comparison: a fixed set, named by its entries, or a country with its neighbours, whose
 * set the build chooses (so its address stays the same when the neighbours change).
 * @example preparedCompareUrl('programs', ['stargate-uae', 'stargate-uk']) // → '/compare/programs/stargate-uae/stargate-uk/'
 * @example neighboursUrl('malaysia') // → '/compare/neighbours/malaysia/'
 */
export function preparedCompareUrl(kind: string, ids: readonly string[], base: string = BASE): string {
  return sitePath(`compare/${kind}/${ids.join('/')}/`, base);
}

export function neighboursUrl(countryId: string, base: string = BASE): string {
  return sitePath(`compare/neighbours/${countryId}/`, base);
}

/**
 * The data the compare page's script reads: one entry's column, or the list of what can be compared.
 * @example compareDataUrl('countries', 'malaysia') // → '/compare/data/countries/malaysia.json'
 * @example compareDataUrl() // → '/compare/data/choices.json'
 */
export function compareDataUrl(kind?: string, id?: string, base: string = BASE): string {
  return sitePath(kind && id ? `compare/data/${kind}/${id}.json` : 'compare/data/choices.json', base);
}

/** @example searchUrl() // → '/search/' */
export function searchUrl(base: string = BASE): string {
  return sitePath('search/', base);
}

/** @example correctionAnchor(2) // → 'correction-2' */
export function correctionAnchor(n: number): string {
  return `correction-${n}`;
}

/** @example replyAnchor(1) // → 'reply-1' */
export function replyAnchor(n: number): string {
  return `reply-${n}`;
}

/** @example relianceAnchor('other-foreign') // → 'reliance-other-foreign': its definition on /methodology/ */
export function relianceAnchor(reliance: string): string {
  return `reliance-${reliance}`;
}

/** The id of a program's status line on its page. */
export const STATUS_ANCHOR = 'program-status';

/** @example methodologyUrl() // → '/methodology/'; methodologyUrl('rule') // → '/methodology/#rule' */
export function methodologyUrl(anchor?: string, base: string = BASE): string {
  return sitePath(`methodology/${anchor ? `#${anchor}` : ''}`, base);
}

/** @example correctionsUrl() // → '/corrections/' */
export function correctionsUrl(base: string = BASE): string {
  return sitePath('corrections/', base);
}

/**
 * The list of changes: all of them, or those since a month (a page per month, so it works without
 * JavaScript), in pages of CHANGES_PER_PAGE.
 * @example changesUrl() // → '/changes/'; changesUrl('2026-11') // → '/changes/since/2026-11/'
 * @example changesUrl(undefined, 2) // → '/changes/page/2/'; changesUrl('2026-11', 3) // → '/changes/since/2026-11/page/3/'
 */
export function changesUrl(sinceMonth?: string, page = 1, base: string = BASE): string {
  const list = sinceMonth ? `changes/since/${sinceMonth}/` : 'changes/';
  return sitePath(page > 1 ? `${list}page/${page}/` : list, base);
}

/** Which events a list of the timeline holds: all, one year's, one region's or one country's. */
export type TimelineList = { kind: 'all' } | { kind: 'year' | 'region' | 'country'; key: string };
export type TimelineOrder = 'newest' | 'oldest';

/**
 * A list of the timeline (a page for each year, region and country, so it filters without
 * JavaScript), newest first or oldest first, in pages of TIMELINE_PER_PAGE.
 * @example timelineUrl() // → '/timeline/'
 * @example timelineUrl({ kind: 'year', key: '2025' }) // → '/timeline/year/2025/'
 * @example timelineUrl({ kind: 'country', key: 'japan' }, 'oldest', 2) // → '/timeline/country/japan/oldest/page/2/'
 */
export function timelineUrl(list: TimelineList = { kind: 'all' }, order: TimelineOrder = 'newest', page = 1, base: string = BASE): string {
  const path = [
    'timeline',
    ...(list.kind === 'all' ? [] : [list.kind, list.key]),
    ...(order === 'oldest' ? ['oldest'] : []),
    ...(page > 1 ? ['page', String(page)] : []),
  ];
  return sitePath(`${path.join('/')}/`, base);
}

/** How many events a page of the timeline lists. */
export const TIMELINE_PER_PAGE = 40;

/** How many changes a page of /changes/ lists, so the list stays small however long the history grows. */
export const CHANGES_PER_PAGE = 200;

/** @example changesJsonUrl() // → '/changes.json' */
export function changesJsonUrl(base: string = BASE): string {
  return sitePath('changes.json', base);
}

/** @example aboutUrl() // → '/about/' */
export function aboutUrl(base: string = BASE): string {
  return sitePath('about/', base);
}

/** @example faviconUrl() // → '/favicon.svg' */
export function faviconUrl(base: string = BASE): string {
  return sitePath('favicon.svg', base);
}

/**
 * The names index (src/lib/search/names-index.ts): its list of prefixes, or the file of one prefix.
 * @example namesUrl() // → '/search/names.json'
 * @example namesUrl('ko.json') // → '/search/names/ko.json'
 */
export function namesUrl(file?: string, base: string = BASE): string {
  return sitePath(file === undefined ? 'search/names.json' : `search/names/${file}`, base);
}

/**
 * Pagefind's folder (its scripts, WebAssembly and index), or a file in it.
 * @example pagefindUrl() // → '/pagefind/'
 * @example pagefindUrl('pagefind.js', '/atlas/') // → '/atlas/pagefind/pagefind.js'
 */
export function pagefindUrl(file = '', base: string = BASE): string {
  return sitePath(`pagefind/${file}`, base);
}

/**
 * A browser bundle of the Atlas's own (src/integrations/client-scripts.ts), or their folder.
 * @example bundleUrl('search.0123456789.js') // → '/_atlas/search.0123456789.js'
 */
export function bundleUrl(file = '', base: string = BASE): string {
  return sitePath(`_atlas/${file}`, base);
}

/**
 * Astro's own hashed assets (styles), as a folder.
 * @example astroAssetsUrl('/atlas/') // → '/atlas/_astro/'
 */
export function astroAssetsUrl(base: string = BASE): string {
  return sitePath('_astro/', base);
}

/**
 * The absolute URL of a path on the published site. Paths from this module already carry the base,
 * so the site's own path is not added twice.
 * @example absoluteUrl('/countries/india/', 'https://atlas.example') // → 'https://atlas.example/countries/india/'
 * @example absoluteUrl('/atlas/countries/india/', 'https://example-org.github.io/atlas/') // → 'https://example-org.github.io/atlas/countries/india/'
 */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}
