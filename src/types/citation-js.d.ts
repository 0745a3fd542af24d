// citation-js ships no type declarations; these cover the part of its API the Atlas uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(
      format: 'bibliography' | 'citation',
      options: { template: string; format: 'html' | 'text'; lang?: string; asEntryArray?: boolean },
    ): string;
    format(format: 'bibtex' | 'biblatex' | 'ris' | 'data', options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: {
      get(plugin: '@csl'): { styles: { add(name: string, xml: string): void; has(name: string): boolean } };
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
