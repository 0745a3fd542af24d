/**
 * The Content-Security-Policy: the site's own scripts, styles and images only; WebAssembly for
 * Pagefind ('wasm-unsafe-eval'); the one inline script by its hash. Sent as a meta tag on every page
 * and, with the directives a meta tag cannot carry, in dist/_headers.
 */
import { LOADER_SCRIPT, loaderHash } from './loader-script.ts';

const directives = (loader: string): [string, string][] => [
  ['default-src', "'self'"],
  ['script-src', `'self' 'wasm-unsafe-eval' ${loaderHash(loader)}`],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** The policy for the meta tag, for pages that carry this loader (the one Vite handed the pages, unless given). */
export function contentSecurityPolicy(loader: string = LOADER_SCRIPT): string {
  return directives(loader)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** The policy for HTTP headers: also forbids framing, which only a header can. */
export function contentSecurityPolicyHeader(loader: string = LOADER_SCRIPT): string {
  return `${contentSecurityPolicy(loader)}; frame-ancestors 'none'`;
}
