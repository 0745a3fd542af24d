/**
 * The comparison table as markup: a column per entry, a row per fact, each cell with the date its
 * sources speak of and links to them, or "No data". One function for the prepared pages (written at
 * build time) and for the compare page's script, so both show the same table.
 */
import type { CompareCell, CompareColumn } from '../lib/views/compare.ts';
import { html, type Html } from './html.ts';

/** The mark of a cell no source fills: never blank, never read as "no". */
export const NO_DATA = 'No data';

const links = (items: readonly { href: string; label: string; note?: string | undefined }[]) =>
  items.map((item, i) => html`${i > 0 ? ', ' : ''}<a href="${item.href}"${item.note ? html` title="${item.note}"` : ''}>${item.label}</a>`);

function cell(value: CompareCell | null, row: string): Html {
  if (!value) return html`<td data-label="${row}" class="no-data"><span class="unstated-mark">${NO_DATA}</span></td>`;
  const text = value.text && (value.href ? html`<a href="${value.href}">${value.text}</a>` : html`${value.text}`);
  return html`<td data-label="${row}">${text || ''}${value.links && value.links.length > 0 ? html`<span class="compare-links">${links(value.links)}</span>` : ''}${
    value.asOf ? html` <span class="as-of">as of <time datetime="${value.asOf}">${value.asOfLabel ?? value.asOf}</time></span>` : ''
  }${value.sources && value.sources.length > 0 ? html` <span class="term-sources">${links(value.sources)}</span>` : ''}</td>`;
}

/** The table of a comparison: its caption, the rows' labels and the entries' columns. */
export function compareTable(caption: string, rows: readonly string[], columns: readonly CompareColumn[]): Html {
  const head = columns.map((c) => html` <th scope="col"><a href="${c.href}">${c.label}</a></th>`);
  const body = rows.map(
    (row, i) => html`<tr><th scope="row">${row}</th>${columns.map((c) => html` ${cell(c.cells[i] ?? null, row)}`)}</tr>`,
  );
  return html`<div class="table-wrap"><table class="compare"><caption class="meta">${caption}</caption><thead><tr><th scope="col">Compared</th>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}
