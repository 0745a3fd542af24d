/**
 * "Cite this": every page in APA 7, MLA 9, Chicago 17 (note and bibliography), BibTeX, RIS and
 * CSL-JSON, from the page's citation record (src/lib/cite/record.ts). The styled formats are rendered
 * by citation-js (citeproc) with CSL styles reduced to the works the Atlas cites; citeproc runs every
 * branch of a full style for each entry (the full APA style costs about 7 ms an entry, the reduced
 * ones under 1 ms), and their output is the same (tests/unit/citation-styles.test.ts renders both and
 * compares). BibTeX and RIS are written by src/lib/cite/bibtex-ris.ts.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { APA_STYLE } from './csl/apa-7-web.ts';
import { CHICAGO_STYLE } from './csl/chicago-17-web.ts';
import { MLA_STYLE } from './csl/mla-9-web.ts';
import { accessedText, type AccessedFormat } from './dates.ts';
import { toBibtex, toRis } from './bibtex-ris.ts';
import { exportItem, isDescriptiveTitle, styleItem, type CitableEntry, type CslItem, type StyleName } from './record.ts';
import { escapeHtml } from '../site/escape.ts';

export type { CitableEntry } from './record.ts';

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
export const TEMPLATES: Record<StyleName, string> = { apa: 'atlas-apa', mla: 'atlas-mla', chicago: 'atlas-chicago' };
const STYLES = Object.keys(TEMPLATES) as StyleName[];

/** One citation to show: a styled entry (safe HTML), or a record to copy as it is. */
export interface CitationPart {
  /** What this part is, where a format has several ("Note", "Bibliography", "Where … was quoted"). */
  label?: string | undefined;
  /** Safe HTML; the reader's accessed date, where the format shows it, is wrapped in `<span data-accessed="…">`. */
  html: string;
}

export interface RenderedCitation {
  format: CitationFormat;
  label: string;
  /** Styled formats are prose; the others are code to copy as is. */
  code: boolean;
  parts: CitationPart[];
}

/**
 * Rendered styled citations by their whole input. A source is cited on its own page and again on the
 * page of every quote it holds (a 10,000-entry Atlas has 4,000 quotes), so each is rendered once. The
 * key is the item itself, so an edited entry (in `astro dev`) is never served an old rendering.
 */
const rendered = new Map<string, string>();

const memoKey = (form: 'bibliography' | 'citation', item: CslItem, template: string) => `${form} ${template} ${JSON.stringify(item)}`;

function memo(form: 'bibliography' | 'citation', item: CslItem, template: string, render: () => string): string {
  const key = memoKey(form, item, template);
  let html = rendered.get(key);
  if (html === undefined) {
    html = asDescription(render(), item.title);
    rendered.set(key, html);
  }
  return html;
}

/**
 * A title that is only a description, in [brackets] because the headline is not known, is shown as a
 * description: MLA 9 and Chicago 17 set a description in plain type, as written, never in the quotation
 * marks and title case of a headline. CSL cannot tell a description from a title, so the styled
 * entry's quoted form (“[An Article …].”) is replaced by the description itself ([An article …].).
 * @example asDescription('Fixture. “[An Article on Chips].” 2025.', '[An article on chips]') // → 'Fixture. [An article on chips]. 2025.'
 */
export function asDescription(html: string, title: string | undefined): string {
  if (!title || !isDescriptiveTitle(title)) return html;
  const wanted = comparable(title.trim().slice(1, -1));
  return html.replace(/[“"]\[([^\]]+)\]([.,;:]?)[”"]/gu, (match, words: string, mark: string) =>
    comparable(words) === wanted ? `${escapeHtml(title.trim())}${mark}` : match,
  );
}

/** Text as styles may print it, folded for comparison: entities read, quotation marks alike (styles curl and nest them), case ignored. */
function comparable(text: string): string {
  return text
    .replace(/&#0?39;|&#x27;|&apos;/g, "'")
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&amp;|&#38;/g, '&')
    .replace(/[“”‘’"']/g, "'")
    .toLowerCase();
}

const entryHtml = (html: string) => (/<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '').trim();

/** The bibliography entry of one item in one of the Atlas's styles, as HTML. */
export function bibliographyHtml(item: CslItem, template: string): string {
  return memo('bibliography', item, template, () =>
    entryHtml(new Cite(item).format('bibliography', { template, format: 'html', lang: 'en-US' }) as string),
  );
}

/**
 * Render the bibliography entries of many pages in one citeproc pass per style, into the cache that
 * renderCitations reads: a pass costs about half as much an item as one pass per item. The reduced
 * styles neither sort, disambiguate nor substitute repeated authors, so an entry reads the same
 * whether it is rendered alone or among others (tests/unit/citation.test.ts compares both).
 * @returns how many entries it rendered (those already rendered are skipped)
 */
export function prerenderBibliographies(entries: readonly CitableEntry[]): number {
  let count = 0;
  for (const style of STYLES) {
    const template = TEMPLATES[style];
    const pending = new Map<string, CslItem>();
    for (const entry of entries) {
      for (const work of entry.works) {
        const item = styleItem(work, style);
        const key = memoKey('bibliography', item, template);
        if (!rendered.has(key)) pending.set(key, item);
      }
    }
    // One pass holds each id once: a work cited twice in the batch is the same item both times.
    const byId = new Map([...pending.values()].map((item) => [item.id, item]));
    if (byId.size === 0) continue;
    const output = new Cite([...byId.values()]).format('bibliography', {
      template,
      format: 'html',
      lang: 'en-US',
      asEntryArray: true,
    }) as unknown as [string, string][];
    const html = new Map(output.map(([id, entry]) => [id, asDescription(entryHtml(entry), byId.get(id)?.title)]));
    for (const [key, item] of pending) {
      const entry = byId.get(item.id) === item ? html.get(item.id) : undefined;
      if (entry !== undefined) {
        rendered.set(key, entry);
        count += 1;
      }
    }
  }
  return count;
}

/** The note (footnote) form of one item in a note style, as HTML. */
export function noteHtml(item: CslItem, template: string): string {
  return memo('citation', item, template, () =>
    (new Cite(item).format('citation', { template, format: 'html', lang: 'en-US' }) as string).trim(),
  );
}

/**
 * Citations are rendered with a placeholder accessed date that no real date can equal (the real one
 * may be the same day as the update date), which is then replaced by the real date in a marker the
 * cite script can update.
 */
const PLACEHOLDER_DAY: [number, number, number] = [1111, 11, 11];

function markAccessed(html: string, format: AccessedFormat, accessed: [number, number, number], key: string, times: number): string {
  const placeholder = accessedText(format, PLACEHOLDER_DAY);
  const parts = html.split(placeholder);
  if (parts.length !== times + 1) throw new Error(`${key}: the ${format} citation should show the accessed date ${times} time(s)`);
  return parts.join(`<span data-accessed="${format}">${accessedText(format, accessed)}</span>`);
}

/** CSL-JSON with each date on one line, so the accessed date can be found and updated. */
function cslJson(items: CslItem[]): string {
  return JSON.stringify(items, null, 2).replace(
    /\[\s*(\d+)((?:,\s*\d+)*)\s*\]/g,
    (_, first: string, rest: string) =>
      `[${[
        first,
        ...rest
          .split(',')
          .slice(1)
          .map((n) => n.trim()),
      ].join(', ')}]`,
  );
}

/** Every citation format for a page, ready to show. */
export function renderCitations(entry: CitableEntry, accessed: [number, number, number]): RenderedCitation[] {
  const label = (format: CitationFormat) => CITATION_FORMATS.find((f) => f.id === format)?.label ?? format;
  const revised = entry.works.filter((work) => work.revised).length;
  const exported = entry.works.map((work) => exportItem(work, PLACEHOLDER_DAY));
  // Where a page cites two works (a quote and its original source), each styled part says which is which.
  const workLabel = (index: number) =>
    entry.works.length < 2 ? undefined : index === 0 ? 'This quote in the Atlas' : (entry.originalLabel ?? 'Original source');
  const styled = (style: StyleName): CitationPart[] =>
    entry.works.map((work, index) => ({ label: workLabel(index), html: bibliographyHtml(styleItem(work, style), TEMPLATES[style]) }));
  const chicago: CitationPart[] = entry.works.flatMap((work, index) => {
    const item = styleItem(work, 'chicago');
    const prefix = workLabel(index);
    return [
      { label: prefix ? `${prefix}: note` : 'Note', html: noteHtml(item, TEMPLATES.chicago) },
      { label: prefix ? `${prefix}: bibliography` : 'Bibliography', html: bibliographyHtml(item, TEMPLATES.chicago) },
    ];
  });
  const code = (format: AccessedFormat, text: string): CitationPart[] => [
    { html: markAccessed(escapeHtml(text), format, accessed, entry.key, revised) },
  ];
  return [
    { format: 'apa', label: label('apa'), code: false, parts: styled('apa') },
    { format: 'mla', label: label('mla'), code: false, parts: styled('mla') },
    { format: 'chicago', label: label('chicago'), code: false, parts: chicago },
    { format: 'bibtex', label: label('bibtex'), code: true, parts: code('bibtex', exported.map(toBibtex).join('\n\n')) },
    { format: 'ris', label: label('ris'), code: true, parts: code('ris', exported.map(toRis).join('\n')) },
    { format: 'csl-json', label: label('csl-json'), code: true, parts: code('csl-json', cslJson(exported)) },
  ];
}
