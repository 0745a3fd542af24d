// html-metadata (the scraper Wikipedia's Citoid uses) ships no types; the Atlas's tests use one function.
declare module 'html-metadata' {
  /** Every kind of metadata found in a page, by kind (highwirePress, dublinCore, openGraph, general …). */
  export function loadFromString(html: string): Promise<Record<string, Record<string, unknown> | undefined>>;
  const metadata: { loadFromString: typeof loadFromString };
  export default metadata;
}
