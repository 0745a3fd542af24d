/**
 * The one script every page carries, inline (src/lib/site/loader-script.ts puts it in the page and its hash
 * in the Content-Security-Policy; src/integrations/client-scripts.ts bundles it). It waits for the
 * reader: search code loads on first focus of the header box or on "/" (Pagefind's module is requested
 * at the same moment, not after the search code has loaded); a <details data-module> ("Cite this")
 * loads its module when opened; a page opened from a search result loads Pagefind's highlighter (with
 * the Atlas's own styles: injected ones would break the CSP).
 *
 * Its text, and with it the hash in every page and in `_headers`, must be the same under any base path,
 * so it holds no URL: the modules' URLs are in the elements' `data-module`, and Pagefind's folder in the
 * header form's `data-search-files`.
 */

/**
 * Names the rest of the Atlas defines (src/lib/site/loader-script.ts, src/lib/search/config.ts), written in
 * by the bundler: importing them would bring their modules' other values into the page too.
 */
declare const LOADER_NAMES: { readonly searchFilesAttribute: string; readonly highlightParam: string };

/** Pagefind's highlighter, which pagefind-highlight.js defines as a global. */
declare const PagefindHighlight: new (options: { highlightParam: string; addStyles: boolean }) => unknown;

/** An element whose module loads on demand; the promise makes a second request load nothing. */
interface OnDemand extends HTMLElement {
  atlasModule?: Promise<void>;
}

/** Loads an element's module (its `data-module`, which every caller has checked is there) and mounts it on the element. */
const load = (element: OnDemand) =>
  (element.atlasModule ??= import(element.dataset['module']!).then((module: { mount: (element: HTMLElement) => void }) =>
    module.mount(element),
  ));
const form = document.getElementById('site-search');
const input = form && form.querySelector('input');
// Called only once the form is known to be there.
const pagefind = (file: string) => import(form!.getAttribute(LOADER_NAMES.searchFilesAttribute) + file);

if (form && input) {
  input.addEventListener(
    'focus',
    () => {
      void load(form);
      void pagefind('pagefind.js');
    },
    { once: true },
  );
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });
}
document.addEventListener(
  'toggle',
  (event) => {
    const target = event.target;
    if (target instanceof HTMLDetailsElement && target.open && target.dataset['module']) void load(target);
  },
  true,
);
if (form && new URLSearchParams(location.search).has(LOADER_NAMES.highlightParam)) {
  void pagefind('pagefind-highlight.js').then(
    () => new PagefindHighlight({ highlightParam: LOADER_NAMES.highlightParam, addStyles: false }),
  );
}

export {};
