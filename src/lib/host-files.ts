/** `_redirects` and `_headers` for static hosts that read them (Netlify, Cloudflare Pages). */
import type { Ref } from './references.ts';
import { keyRef } from './graph.ts';
import { entryUrl } from './routes.ts';
import { contentSecurityPolicyHeader } from './csp.ts';

/**
 * One 301 per old id, with and without the trailing slash.
 * @example redirectsFile(new Map([['countries/korea', { collection: 'countries', id: 'south-korea' }]]))
 * // → '/countries/korea/ /countries/south-korea/ 301\n/countries/korea /countries/south-korea/ 301\n'
 */
export function redirectsFile(aliases: ReadonlyMap<string, Ref>): string {
  const lines = [...aliases]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([key, target]) => {
      const old = entryUrl(keyRef(key));
      return [`${old} ${entryUrl(target)} 301`, `${old.slice(0, -1)} ${entryUrl(target)} 301`];
    });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** Long caching for content-hashed files; the Content-Security-Policy and other security headers for every path. */
export function headersFile(): string {
  return [
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '/_atlas/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicyHeader()}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}

export function hostFiles(aliases: ReadonlyMap<string, Ref>): Record<'_redirects' | '_headers', string> {
  return { _redirects: redirectsFile(aliases), _headers: headersFile() };
}
