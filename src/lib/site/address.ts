/**
 * The public address of the Atlas: one setting, `ATLAS_SITE`, read and checked here and nowhere else.
 * Canonical URLs, citations, the sitemap and the feed are built from it, and its path (a GitHub Pages
 * project site lives under `/<repository>/`) is the path every page, asset and search file is served
 * under. A build for publishing has no default: a made-up domain in a citation is worse than no build.
 */

/** `npm start` builds for, and serves on, this address (`astro preview`'s own host, on the Atlas's port). */
export const LOCAL_PORT = 4321;
export const LOCAL_ADDRESS = `http://localhost:${LOCAL_PORT}/`;

export interface SiteAddress {
  /** The whole address, always ending in `/`: `https://example-org.github.io/atlas/`. */
  site: string;
  /** Its path, Astro's `base`, with a slash at both ends: `/atlas/`, or `/` at the root of a domain. */
  base: string;
}

export type SiteAddressSetting = { status: 'set'; address: SiteAddress } | { status: 'unset' | 'invalid'; message: string };

const EXAMPLE = 'ATLAS_SITE=https://atlas.example.org npm run build';

/** What a build without an address says, on one line. */
export const UNSET_MESSAGE = `ATLAS_SITE is not set: give the public address, e.g. ${EXAMPLE}`;

/**
 * Reads an `ATLAS_SITE` value. Empty or blank counts as unset (an unset GitHub Actions variable
 * arrives as an empty string); a set value must be an absolute http(s) URL without a query or
 * fragment, and its path is kept, with a trailing slash.
 * @example parseSiteAddress('https://atlas.example.org') // → { status: 'set', address: { site: 'https://atlas.example.org/', base: '/' } }
 * @example parseSiteAddress('https://example-org.github.io/atlas') // → { status: 'set', address: { site: 'https://example-org.github.io/atlas/', base: '/atlas/' } }
 * @example parseSiteAddress('') // → { status: 'unset', message: UNSET_MESSAGE }
 * @example parseSiteAddress('atlas.example.org').status // → 'invalid'
 */
export function parseSiteAddress(value: string | undefined): SiteAddressSetting {
  const text = value?.trim() ?? '';
  if (text === '') return { status: 'unset', message: UNSET_MESSAGE };
  const invalid = (problem: string, subject = `ATLAS_SITE=${JSON.stringify(text)}`): SiteAddressSetting => ({
    status: 'invalid',
    message: `${subject} ${problem}: give the public address as an absolute http(s) URL, e.g. ${EXAMPLE}`,
  });
  if (!URL.canParse(text)) return invalid('is not an absolute URL');
  const url = new URL(text);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return invalid(`has the scheme ${url.protocol} where http: or https: is needed`);
  // Not repeated in the message: build logs are often public.
  if (url.username !== '' || url.password !== '') return invalid('carries a user name or password', 'ATLAS_SITE');
  // A bare `?` or `#` leaves url.search and url.hash empty, so the text itself is checked.
  if (text.includes('?') || text.includes('#')) return invalid('has a query (?…) or fragment (#…), which no page address can carry');
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { status: 'set', address: { site: `${url.origin}${base}`, base } };
}

/**
 * The address from the environment.
 * @example readSiteAddress({ ATLAS_SITE: 'https://atlas.example.org/' }).status // → 'set'
 */
export function readSiteAddress(env: Readonly<Record<string, string | undefined>>): SiteAddressSetting {
  return parseSiteAddress(env['ATLAS_SITE']);
}
