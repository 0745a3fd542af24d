/**
 * Markup built as text, for the search views (page-view.ts, header-view.ts, render.ts). Every value put
 * into an `html` template is escaped, unless it is markup already: another template, or Pagefind's
 * excerpts. The index holds the Atlas's content, and content can hold anything
 * (tests/fixtures/content/hostile), so escaping is what a value gets unless it says otherwise.
 */
import { escapeHtml } from '../lib/site/escape.ts';

export class Html {
  constructor(readonly markup: string) {}

  toString(): string {
    return this.markup;
  }
}

/** Nothing is written for `undefined`, `null` and `false`, so that optional parts read as `${detail && html`…`}`. */
type HtmlValue = string | number | Html | readonly Html[] | undefined | null | false;

function write(value: HtmlValue): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map((part: Html) => part.markup).join('');
  return escapeHtml(String(value));
}

/** @example html`<p title="${'"x"'}">${'<b>'}</p>`.markup // → '<p title="&quot;x&quot;">&lt;b&gt;</p>' */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let markup = strings[0] ?? '';
  values.forEach((value, i) => {
    markup += write(value) + (strings[i + 1] ?? '');
  });
  return new Html(markup);
}

/** Pagefind's excerpts: it escapes the page's text itself and marks the matches with <mark>. */
export function pagefindMarkup(markup: string): Html {
  return new Html(markup);
}
