/**
 * The Content-Security-Policy: the site's own scripts, styles and images only; WebAssembly for
 * Pagefind ('wasm-unsafe-eval'); the one inline script by its hash. Sent as a meta tag on every page
 * and, with the directives a meta tag cannot carry, in dist/_headers.
 */
import { loaderHash } from './loader-script.ts';

/** Read when a policy is written, not when this module loads: `_headers` is written by code loaded before the loader is bundled. */
const directives = (): [string, string][] => [
  ['default-src', "'self'"],
  ['script-src', `'self' 'wasm-unsafe-eval' ${loaderHash()}`],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** The policy for the meta tag. */
export function contentSecurityPolicy(): string {
  return directives()
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** The policy for HTTP headers: also forbids framing, which only a header can. */
export function contentSecurityPolicyHeader(): string {
  return `${contentSecurityPolicy()}; frame-ancestors 'none'`;
}
