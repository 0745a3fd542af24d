interface ImportMetaEnv {
  /** URL of the bundled search client, set by src/integrations/client-scripts.ts. */
  readonly ATLAS_SEARCH_SCRIPT: string;
  /** URL of the bundled "Cite this" script (copy buttons, today's accessed date). */
  readonly ATLAS_CITE_SCRIPT: string;
  /** URL of the bundled compare script (the set in the address, the form that changes it). */
  readonly ATLAS_COMPARE_SCRIPT: string;
  /** The inline loader every page carries (src/client/loader.ts, bundled), set by src/integrations/client-scripts.ts. */
  readonly ATLAS_LOADER_SCRIPT: string | undefined;
  /** Absolute path of src/lib/cite/worker.ts, set by src/integrations/atlas.ts for builds. */
  readonly ATLAS_CITATION_WORKER: string | undefined;
  /** The path the site is served under (Astro's `base`), set by src/integrations/atlas.ts and, in the browser bundles, by client-scripts.ts. */
  readonly ATLAS_BASE: string | undefined;
  /** Each collection's search words, in the browser bundles only (src/integrations/client-scripts.ts). */
  readonly ATLAS_COLLECTIONS: readonly import('./lib/search/config.ts').CollectionWords[] | undefined;
}
