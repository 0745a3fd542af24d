/** Escaping for text that lands in HTML or in a script element. */

/** @example escapeHtml('<b>"A" & \'B\'</b>') // → '&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;' */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * JSON that is safe inside `<script type="application/ld+json">`: no `<` can close the element, and
 * the line separators that old parsers reject are escaped.
 * @example scriptJson({ name: '</script>' }) // → '{"name":"\\u003c/script>"}'
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
