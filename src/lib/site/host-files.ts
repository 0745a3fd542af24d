/** `_redirects` and `_headers` for static hosts that read them (Netlify, Cloudflare Pages). */
import type { Ref } from '../graph/references.ts';
import { keyRef } from '../graph/graph.ts';
import { astroAssetsUrl, bundleUrl, entryUrl, sitePath } from './routes.ts';
import { contentSecurityPolicyHeader } from './csp.ts';

/**
 * One 301 per old id, with and without the trailing slash. These files are written from Astro's
 * configuration hooks, outside Vite, so the site's base path is passed in rather than read from Vite.
 * @example redirectsFile(new Map([['countries/korea', { collection: 'countries', id: 'south-korea' }]]), '/')
 * // → '/countries/korea/ /countries/south-korea/ 301\n/countries/korea /countries/south-korea/ 301\n'
 */
export function redirectsFile(aliases: ReadonlyMap<string, Ref>, base: string): string {
  const lines = [...aliases]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([key, target]) => {
      const old = entryUrl(keyRef(key), base);
      const to = entryUrl(target, base);
      return [`${old} ${to} 301`, `${old.slice(0, -1)} ${to} 301`];
    });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/**
 * Long caching for content-hashed files; the Content-Security-Policy and other security headers for every path.
 * @example headersFile('/atlas/').split('\n')[0] // → '/atlas/_astro/*'
 */
export function headersFile(base: string, loader: string): string {
  return [
    `${astroAssetsUrl(base)}*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    `${bundleUrl('', base)}*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    `${sitePath('*', base)}`,
    `  Content-Security-Policy: ${contentSecurityPolicyHeader(loader)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}

export function hostFiles(aliases: ReadonlyMap<string, Ref>, base: string, loader: string): Record<'_redirects' | '_headers', string> {
  return { _redirects: redirectsFile(aliases, base), _headers: headersFile(base, loader) };
}
