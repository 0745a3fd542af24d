/**
 * The permanent-URL contract: every URL the Atlas has published keeps answering, with its page or
 * with a redirect to where the entry went. The manifest (tests/urls.txt) only ever grows.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Hashed assets, the search indexes and the compare page's data are not citable URLs; they change with every build. */
const NOT_PUBLISHED =
  /^\/(_astro|_atlas|pagefind|search\/names|compare\/data)\/|^\/search\/names\.json$|^\/_(redirects|headers)$|^\/favicon\.svg$|^\/sitemap-\d+\.xml$/;

/** The citable URLs a built site answers: pages as `/path/`, other files by name. */
export function publishedUrls(dir: string): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(dir)
    .map((file) => `/${relative(dir, file).split(sep).join('/')}`)
    .map((path) => (path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path))
    .filter((path) => !NOT_PUBLISHED.test(path))
    .sort();
}

/** URLs of the manifest that the built site no longer answers. */
export function brokenPromises(dir: string, manifest: readonly string[]): string[] {
  return manifest.filter((url) => {
    const file = url.endsWith('/') ? join(dir, url, 'index.html') : join(dir, url);
    return !existsSync(file);
  });
}

export function readManifest(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The manifest with the new URLs added; nothing is ever removed. */
export function mergeManifest(manifest: readonly string[], published: readonly string[]): string[] {
  return [...new Set([...manifest, ...published])].sort();
}
