/**
 * The one inline script every page carries: src/client/loader.ts, bundled and minified by
 * src/integrations/client-scripts.ts before any page renders. Its hash goes into the
 * Content-Security-Policy (src/lib/site/csp.ts), computed here from the very text the pages carry.
 *
 * Pages and tests run in Vite, which the integration hands the text to as
 * `import.meta.env.ATLAS_LOADER_SCRIPT`. Astro's configuration hooks run in plain Node, without
 * Vite's values: there (for `_headers`) the integration hands the same text to `useLoaderScript`.
 */
import { createHash } from 'node:crypto';

/** The header search form's attribute that holds Pagefind's folder (src/components/SiteSearch.astro). */
export const SEARCH_FILES_ATTRIBUTE = 'data-search-files';

let bundled: string | undefined = typeof import.meta.env === 'undefined' ? undefined : import.meta.env.ATLAS_LOADER_SCRIPT;

/** Called by the integration as soon as it has bundled the loader. */
export function useLoaderScript(text: string): void {
  bundled = text;
}

function loaderScript(): string {
  if (bundled === undefined)
    throw new Error(
      'The inline loader is not bundled yet: src/integrations/client-scripts.ts bundles it when Astro sets up its configuration.',
    );
  return bundled;
}

/** The CSP source that allows exactly the loader. */
export function loaderHash(): string {
  return `'sha256-${createHash('sha256').update(loaderScript()).digest('base64')}'`;
}

/** The loader's text, as pages read it: Vite has handed it over before they render. */
export const LOADER_SCRIPT: string = bundled ?? '';
