/**
 * Bundles the browser code (src/client/*.ts): the search client and "Cite this" into hashed files,
 * <base>_atlas/<name>.<hash>.js, and the loader that every page carries inline.
 *
 * Content pages ship no JavaScript until the reader asks for it, so this code cannot be an
 * Astro-processed <script> (that would be requested on every page load). Instead each bundle's URL is
 * known before pages render and handed to the templates (import.meta.env.ATLAS_*_SCRIPT), and the
 * small inline loader in the layout imports a bundle when the reader focuses search or opens "Cite this".
 * The loader itself is bundled once by the Astro config (`bundleLoader`) and given to this integration,
 * which hands it to pages the same way (import.meta.env.ATLAS_LOADER_SCRIPT), and to the Atlas
 * integration for the Content-Security-Policy in `_headers`.
 * esbuild is not Vite, so the bundles are handed the site's base path as `import.meta.env.ATLAS_BASE`
 * here: src/lib/site/routes.ts reads it there, as it does in pages.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, buildSync, type BuildOptions } from 'esbuild';
import { collectionWords } from '../lib/search/page-tags.ts';
import { HIGHLIGHT_PARAM } from '../lib/search/config.ts';
import { SEARCH_FILES_ATTRIBUTE } from '../lib/site/loader-script.ts';
import { bundleUrl } from '../lib/site/routes.ts';

/** Bundle name → entry module; `search` becomes import.meta.env.ATLAS_SEARCH_SCRIPT. */
const ENTRIES = { search: 'search.ts', cite: 'cite.ts', compare: 'compare.ts' } as const;

interface Bundle {
  code: string;
  /** Where pages ask for it, under the site's base path. */
  path: string;
  /** Where it is written, inside the build folder (which is what the base path serves). */
  file: string;
}

const OPTIONS: BuildOptions = { bundle: true, minify: true, target: 'es2022', write: false, legalComments: 'none' };

const entryPoint = (entry: string) => fileURLToPath(new URL(`../client/${entry}`, import.meta.url));

async function bundle(entry: string, base: string): Promise<Bundle> {
  const result = await build({
    ...OPTIONS,
    entryPoints: [entryPoint(entry)],
    format: 'esm',
    define: { 'import.meta.env': JSON.stringify({ ATLAS_BASE: base, ATLAS_COLLECTIONS: collectionWords() }) },
  });
  const code = result.outputFiles?.[0]?.text ?? '';
  const name = entry.replace(/\.ts$/, '');
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
  const fileName = `${name}.${hash}.js`;
  return { code, path: bundleUrl(fileName, base), file: bundleUrl(fileName, '/').slice(1) };
}

/**
 * The inline loader: a classic script, so its code runs in a function of its own. It is given the
 * names it shares with the rest of the Atlas, and never the base path, so its text is the same under
 * any base.
 */
export function bundleLoader(): string {
  const result = buildSync({
    ...OPTIONS,
    entryPoints: [entryPoint('loader.ts')],
    format: 'iife',
    define: {
      'LOADER_NAMES.searchFilesAttribute': JSON.stringify(SEARCH_FILES_ATTRIBUTE),
      'LOADER_NAMES.highlightParam': JSON.stringify(HIGHLIGHT_PARAM),
    },
  });
  return (result.outputFiles?.[0]?.text ?? '').trim();
}

export default function clientScripts({ loader }: { loader: string }): AstroIntegration {
  let bundles: Bundle[] = [];
  return {
    name: 'atlas-client-scripts',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig }) => {
        const names = Object.keys(ENTRIES) as (keyof typeof ENTRIES)[];
        bundles = await Promise.all(names.map((name) => bundle(ENTRIES[name], config.base)));
        const define = Object.fromEntries(
          names.map((name, i) => [`import.meta.env.ATLAS_${name.toUpperCase()}_SCRIPT`, JSON.stringify(bundles[i]?.path)]),
        );
        updateConfig({ vite: { define: { ...define, 'import.meta.env.ATLAS_LOADER_SCRIPT': JSON.stringify(loader) } } });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const found = bundles.find((b) => b.path === request.url);
          if (!found) return next();
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.end(found.code);
        });
      },
      'astro:build:done': ({ dir }) => {
        for (const { code, file } of bundles) {
          const url = new URL(file, dir);
          mkdirSync(new URL('./', url), { recursive: true });
          writeFileSync(url, code);
        }
      },
    },
  };
}
