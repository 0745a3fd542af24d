// @ts-check
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import atlas from './src/integrations/atlas.ts';
import clientScripts, { bundleLoader } from './src/integrations/client-scripts.ts';
import completeSite from './src/integrations/complete-site.ts';
import remarkAtlas, { remarkAtlasOptions } from './src/lib/content/remark-atlas.ts';
import { checkContent, contentDir as contentFolder } from './src/lib/content/check.ts';
import { readSiteAddress } from './src/lib/site/address.ts';
import { readPublisher } from './src/lib/site/publisher.ts';

/**
 * The public address of the Atlas (ATLAS_SITE): canonical URLs and citations are built from it, and
 * its path is Astro's `base`. A build without one is stopped by the Atlas integration; `astro dev`
 * and `astro check` run on Astro's own local address.
 */
const address = readSiteAddress(process.env);
const { site, base } = address.status === 'set' ? address.address : { site: undefined, base: '/' };

/**
 * Astro caches loaded content in `cacheDir`; a corpus from ATLAS_CONTENT_DIR (test fixtures,
 * benchmarks) gets a cache of its own so builds of different corpora never read each other's data.
 */
const contentDir = process.env.ATLAS_CONTENT_DIR;
/** @param {string} text */
const slug = (text) => text.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
// The base path is part of the key too: the tests build the same corpus at the root and under a path.
// So are the schemas (the collections' modules and their shared fields): Astro re-reads a content
// file only when the file changes, so entries cached under an older schema would miss its new fields.
const schemaFiles = [
  ...readdirSync(new URL('./src/collections/', import.meta.url)).map((name) => new URL(`./src/collections/${name}`, import.meta.url)),
  new URL('./src/lib/content/fields.ts', import.meta.url),
];
const schemaHash = createHash('sha256');
for (const file of schemaFiles) schemaHash.update(readFileSync(file));
const schemaKey = schemaHash.digest('hex').slice(0, 10);
const cacheDir = contentDir
  ? `./node_modules/.astro-corpora/${slug(contentDir)}${base === '/' ? '' : `-base-${slug(base)}`}-${schemaKey}/`
  : `./node_modules/.astro${base === '/' ? '' : `-base-${slug(base)}`}-${schemaKey}/`;

/**
 * The content check runs before Astro loads any content (Astro reports unknown references only as log
 * lines and drops duplicate ids silently). Its result is handed to what needs it: the Atlas integration
 * (which stops a build with problems) and the remark plugin (each source's kind of evidence).
 */
const checked = checkContent(contentFolder());
/** The publisher's settings (publisher.yaml) are checked with the content: a bad value stops the build alike. */
const content = { ...checked, problems: [...checked.problems, ...readPublisher().problems] };

/** The inline loader every page carries: its text goes into the pages, and its hash into the CSP of pages and `_headers`. */
const loader = bundleLoader();

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  cacheDir,
  trailingSlash: 'always',
  // Pages render four at a time: while one waits for its file to be written or for its citations,
  // the next renders (the page-generation phase takes about 15% less time; memory is unchanged).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  output: 'static',
  // Astro 7's default Markdown processor runs no remark plugins (and only warns that they are
  // ignored), so the unified processor is set explicitly; MDX inherits it.
  markdown: {
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm, [remarkAtlas, remarkAtlasOptions(content.entries, base)]] }),
  },
  // `optimize` turns the static parts of each compiled MDX body into HTML strings: the same pages
  // (compared byte for byte on the 10,000-entry benchmark), built about 8% faster.
  //
  // completeSite() comes after atlas(): /sitemap.xml is copied from the sitemap that atlas() adds, and
  // the Pagefind index and the output folder's replacement wait for every other integration's files.
  integrations: [atlas({ address, content, loader }), mdx({ optimize: true }), clientScripts({ loader }), completeSite()],
  devToolbar: { enabled: false },
  vite: {
    // `npm start` builds for http://localhost:4321/; on another port every link of a citation would be
    // wrong, so `astro preview` stops when the port is taken instead of moving to the next one.
    preview: { strictPort: true },
    build: {
      // Every MDX entry carries Astro's own "use astro:head-inject" directive, and Rolldown warns about
      // each one (a dozen lines per file); the warning says nothing about the Atlas's content.
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
});
