/**
 * The one inline script every page carries: src/client/loader.ts, bundled and minified once by the
 * Astro config (`bundleLoader`, src/integrations/client-scripts.ts) before any page renders. Its hash
 * goes into the Content-Security-Policy (src/lib/site/csp.ts), computed from the very text pages carry.
 *
 * Pages and tests run in Vite, which the client-scripts integration hands the text to as
 * `import.meta.env.ATLAS_LOADER_SCRIPT`; the Atlas integration, which writes `_headers` outside Vite,
 * is given the same text as an option.
 */
import { createHash } from 'node:crypto';

/** The header search form's attribute that holds Pagefind's folder (src/components/SiteSearch.astro). */
export const SEARCH_FILES_ATTRIBUTE = 'data-search-files';

/** The loader's text, as pages read it: Vite has handed it over before they render ('' outside Vite). */
export const LOADER_SCRIPT: string = (typeof import.meta.env === 'undefined' ? undefined : import.meta.env.ATLAS_LOADER_SCRIPT) ?? '';

/** The CSP source that allows exactly this loader text. */
export function loaderHash(loader: string): string {
  if (loader === '')
    throw new Error('The inline loader has not been bundled: the Astro config bundles it and hands it to the integrations.');
  return `'sha256-${createHash('sha256').update(loader).digest('base64')}'`;
}
