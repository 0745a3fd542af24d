/**
 * The one inline script every page carries. It waits for the reader: search code loads on first focus
 * of the header box or on "/" (Pagefind's module is requested at the same moment, not after the search
 * code has loaded); a <details data-module> ("Cite this") loads its module when opened; a page
 * opened from a search result loads Pagefind's highlighter (with the Atlas's own styles: injected ones
 * would break the CSP). Its hash goes into the Content-Security-Policy,
 * so the text here is exactly what the page carries. Where Pagefind lives depends on the site's base
 * path, so the script reads it from the header search form (`data-search-files`) instead of holding
 * it: the text, and with it the hash in every page and in `_headers`, is the same under any base.
 */
import { createHash } from 'node:crypto';
import { HIGHLIGHT_PARAM } from '../search/config.ts';

/** The header search form's attribute that holds Pagefind's folder (src/components/SiteSearch.astro). */
export const SEARCH_FILES_ATTRIBUTE = 'data-search-files';

export const LOADER_SCRIPT = `(() => {
  const load = (element) => (element.atlasModule ??= import(element.dataset.module).then((module) => module.mount(element)));
  const form = document.getElementById('site-search');
  const input = form && form.querySelector('input');
  const pagefind = (file) => import(form.getAttribute(${JSON.stringify(SEARCH_FILES_ATTRIBUTE)}) + file);
  if (input) {
    input.addEventListener('focus', () => {
      load(form);
      pagefind('pagefind.js');
    }, { once: true });
    document.addEventListener('keydown', (event) => {
      const target = event.target;
      const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
      }
    });
  }
  document.addEventListener('toggle', (event) => {
    const target = event.target;
    if (target instanceof HTMLDetailsElement && target.open && target.dataset.module) load(target);
  }, true);
  if (form && new URLSearchParams(location.search).has(${JSON.stringify(HIGHLIGHT_PARAM)})) {
    pagefind('pagefind-highlight.js').then(() => new PagefindHighlight({ highlightParam: ${JSON.stringify(HIGHLIGHT_PARAM)}, addStyles: false }));
  }
})();`;

/** The CSP source that allows exactly this script. */
export const LOADER_HASH = `'sha256-${createHash('sha256').update(LOADER_SCRIPT).digest('base64')}'`;
