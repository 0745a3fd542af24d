import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { relativeFiles } from '../../scripts/lib/files.ts';

/** Every HTML file under a built site, as URL paths (`/countries/india/`). */
export function sitePages(dir: string): string[] {
  return relativeFiles(dir, { skipFolders: ['pagefind'] })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file}`)
    .map((path) => (path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path));
}

/** The file that answers a URL path on a static host, or undefined. */
export function fileFor(dir: string, urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  const candidates = clean.endsWith('/') ? [join(dir, clean, 'index.html')] : [join(dir, clean), join(dir, clean, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

const parsed = new Map<string, HTMLElement>();

/** A built page, parsed once per test run. */
export function page(dir: string, urlPath: string): HTMLElement {
  const file = fileFor(dir, urlPath);
  if (!file) throw new Error(`no page at ${urlPath}`);
  let root = parsed.get(file);
  if (!root) {
    // <pre> is parsed as markup (citations sit in <pre><code>); only script and style are raw text.
    root = parse(readFileSync(file, 'utf8'), { blockTextElements: { script: true, style: true } });
    parsed.set(file, root);
  }
  return root;
}

/** Visible text, whitespace folded. */
export function text(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
