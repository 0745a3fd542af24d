/**
 * "Cite this": every entry in APA 7, MLA 9, Chicago 17 (notes and bibliography), BibTeX, RIS and
 * CSL-JSON, rendered by citation-js (citeproc with CSL styles) from one CSL-JSON record.
 *
 * The styled formats use CSL styles reduced to the one shape the Atlas cites (a dated page of a
 * website that is its own publisher). citeproc runs every branch of a full style for each entry: the
 * full APA style costs about 7 ms an entry and Chicago 4 ms, the reduced ones under 1 ms, and their
 * output is the same (tests/unit/citation-styles.test.ts renders both and compares).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { APA_STYLE } from './csl/apa-7-web.ts';
import { CHICAGO_STYLE } from './csl/chicago-17-web.ts';
import { MLA_STYLE } from './csl/mla-9-web.ts';
import { accessedText, type AccessedFormat } from './cite-dates.ts';
import { escapeHtml } from './escape.ts';

export const SITE_NAME = 'Sovereign AI Atlas';

export const CITATION_FORMATS = [
  { id: 'apa', label: 'APA 7' },
  { id: 'mla', label: 'MLA 9' },
  { id: 'chicago', label: 'Chicago 17 (notes and bibliography)' },
  { id: 'bibtex', label: 'BibTeX' },
  { id: 'ris', label: 'RIS' },
  { id: 'csl-json', label: 'CSL-JSON' },
] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number]['id'];

const styles = plugins.config.get('@csl').styles;
styles.add('atlas-apa', APA_STYLE);
styles.add('atlas-mla', MLA_STYLE);
styles.add('atlas-chicago', CHICAGO_STYLE);
const TEMPLATES: Record<'apa' | 'mla' | 'chicago', string> = { apa: 'atlas-apa', mla: 'atlas-mla', chicago: 'atlas-chicago' };

export interface CitableEntry {
  /** Citation key, e.g. `atlas_countries_south_korea` (BibTeX keys allow no hyphens). */
  key: string;
  title: string;
  /** Absolute canonical URL. */
  url: string;
  /** Day last updated, "YYYY-MM-DD". */
  updated: string;
}

export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'webpage';
  title: string;
  'container-title': string;
  publisher: string;
  URL: string;
  issued: { 'date-parts': [[number, number, number]] };
  accessed: { 'date-parts': [[number, number, number]] };
}

export interface RenderedCitation {
  format: CitationFormat;
  label: string;
  /** Safe HTML; the accessed date, where the format shows it, is wrapped in `<span data-accessed="…">`. */
  html: string;
  /** Styled formats are prose; the others are code to copy as is. */
  code: boolean;
}

function parts(day: string): [number, number, number] {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return [year, month, date];
}

export function cslItem(entry: CitableEntry, accessed: [number, number, number]): CslItem {
  return {
    id: entry.key,
    'citation-key': entry.key,
    type: 'webpage',
    title: entry.title,
    'container-title': SITE_NAME,
    publisher: SITE_NAME,
    URL: entry.url,
    issued: { 'date-parts': [parts(entry.updated)] },
    accessed: { 'date-parts': [accessed] },
  };
}

/** CSL-JSON with each date on one line, so the accessed date can be found and updated. */
function cslJson(item: CslItem): string {
  return JSON.stringify([item], null, 2).replace(/\[\s*(\d+),\s*(\d+),\s*(\d+)\s*\]/g, '[$1, $2, $3]');
}

/**
 * Citations are rendered with a placeholder accessed date that no real date can equal (the real one
 * may be the same day as the update date), which is then replaced by the real date in a marker the
 * cite script can update.
 */
const PLACEHOLDER_DAY: [number, number, number] = [1111, 11, 11];

function markAccessed(html: string, format: AccessedFormat, accessed: [number, number, number], key: string): string {
  const placeholder = accessedText(format, PLACEHOLDER_DAY);
  const parts = html.split(placeholder);
  if (parts.length !== 2) throw new Error(`${key}: the ${format} citation should show the accessed date exactly once`);
  return parts.join(`<span data-accessed="${format}">${accessedText(format, accessed)}</span>`);
}

/**
 * citation-js wraps RIS values at 70 characters (plugin-ris, ris.js), which splits long URLs across
 * lines that reference managers read as two values; RIS needs no wrapping, so the lines are rejoined.
 */
function unwrapRis(ris: string): string {
  return ris.replace(/\n(?!(?:[A-Z][A-Z0-9] {2}-|$))/g, '');
}

function bibliographyEntry(cite: Cite, template: string): string {
  const html = cite.format('bibliography', { template, format: 'html', lang: 'en-US' }) as string;
  const match = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html);
  return (match?.[1] ?? '').trim();
}

/** Every citation format for an entry, ready to show. */
export function renderCitations(entry: CitableEntry, accessed: [number, number, number]): RenderedCitation[] {
  const item = cslItem(entry, PLACEHOLDER_DAY);
  const cite = new Cite(item);
  const label = (format: CitationFormat) => CITATION_FORMATS.find((f) => f.id === format)?.label ?? format;
  return [
    { format: 'apa', label: label('apa'), code: false, html: bibliographyEntry(cite, TEMPLATES.apa) },
    { format: 'mla', label: label('mla'), code: false, html: markAccessed(bibliographyEntry(cite, TEMPLATES.mla), 'mla', accessed, entry.key) },
    { format: 'chicago', label: label('chicago'), code: false, html: bibliographyEntry(cite, TEMPLATES.chicago) },
    { format: 'bibtex', label: label('bibtex'), code: true, html: markAccessed(escapeHtml((cite.format('bibtex') as string).trim()), 'bibtex', accessed, entry.key) },
    { format: 'ris', label: label('ris'), code: true, html: markAccessed(escapeHtml(unwrapRis(cite.format('ris') as string)), 'ris', accessed, entry.key) },
    { format: 'csl-json', label: label('csl-json'), code: true, html: markAccessed(escapeHtml(cslJson(item)), 'csl-json', accessed, entry.key) },
  ];
}
