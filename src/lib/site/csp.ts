/**
 * The Content-Security-Policy: the site's own scripts, styles and images only; WebAssembly for
 * Pagefind ('wasm-unsafe-eval'); the one inline script by its hash. Sent as a meta tag on every page
 * and, with the directives a meta tag cannot carry, in dist/_headers.
 */
import { LOADER_HASH } from './loader-script.ts';

const DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', `'self' 'wasm-unsafe-eval' ${LOADER_HASH}`],
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
  return DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The policy for HTTP headers: also forbids framing, which only a header can. */
export function contentSecurityPolicyHeader(): string {
  return `${contentSecurityPolicy()}; frame-ancestors 'none'`;
}
