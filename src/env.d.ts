interface ImportMetaEnv {
  /** URL of the bundled search client, set by src/integrations/search-client.ts. */
  readonly ATLAS_SEARCH_SCRIPT: string;
}
