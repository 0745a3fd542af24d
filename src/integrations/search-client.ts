/**
 * Bundles the search client (src/client/search.ts) into one hashed file, /_atlas/search.<hash>.js.
 *
 * Content pages ship no JavaScript until the reader asks for search, so the client cannot be an
 * Astro-processed <script> (that would be requested on every page load). Instead its URL is known
 * before pages render and handed to the layout, whose small inline loader imports it on first focus
 * of the search box or on "/".
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('../client/search.ts', import.meta.url));

async function bundle(): Promise<{ code: string; path: string }> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
  });
  const code = result.outputFiles[0]?.text ?? '';
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
  return { code, path: `/_atlas/search.${hash}.js` };
}

export default function searchClient(): AstroIntegration {
  let client: { code: string; path: string } | undefined;
  return {
    name: 'atlas-search-client',
    hooks: {
      'astro:config:setup': async ({ updateConfig }) => {
        client = await bundle();
        updateConfig({ vite: { define: { 'import.meta.env.ATLAS_SEARCH_SCRIPT': JSON.stringify(client.path) } } });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          if (!client || request.url !== client.path) return next();
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.end(client.code);
        });
      },
      'astro:build:done': ({ dir }) => {
        if (!client) return;
        const file = new URL(`.${client.path}`, dir);
        mkdirSync(new URL('./', file), { recursive: true });
        writeFileSync(file, client.code);
      },
    },
  };
}
