/**
 * Stops a build whose content check (run by the Astro config, before Astro loads any content) found
 * problems. Astro reports unknown references only as log lines and drops duplicate ids silently, so
 * the build must stop here, with one line per problem.
 * A build also stops here, with one line, when the site's public address is missing or unusable:
 * `astro build` run directly must not publish citations that point at a made-up domain.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { formatReport } from '../lib/content/check.ts';
import type { Graph, GraphEntry } from '../lib/graph/graph.ts';
import { keyRef } from '../lib/graph/graph.ts';
import { absoluteUrl, entryUrl } from '../lib/site/routes.ts';
import type { Ref } from '../lib/graph/references.ts';
import { hostFiles } from '../lib/site/host-files.ts';
import type { SiteAddressSetting } from '../lib/site/address.ts';

export interface AtlasOptions {
  address: SiteAddressSetting;
  /** The content check's result (src/lib/content/check.ts). */
  content: Graph & { entries: GraphEntry[] };
  /** The inline loader's text, whose hash `_headers` allows (src/integrations/client-scripts.ts). */
  loader: string;
}

export default function atlas({ address, content, loader }: AtlasOptions): AstroIntegration {
  let aliases = new Map<string, Ref>();
  let base = '/';
  return {
    name: 'sovereign-ai-atlas',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        if (address.status !== 'set') {
          if (command === 'build') {
            console.error(address.message);
            process.exit(1);
          }
          if (address.status === 'invalid') logger.warn(`${address.message} (ignored: running on Astro's own address)`);
        }
        base = config.base;
        // Every URL in the pages carries the base (src/lib/site/routes.ts).
        updateConfig({ vite: { define: { 'import.meta.env.ATLAS_BASE': JSON.stringify(config.base) } } });
        const { problems, entries, aliases: found } = content;
        aliases = found;
        if (problems.length === 0) {
          logger.info(`content check passed: ${entries.length} entries`);
          // The sitemap lists every page but the redirects that old ids answer with.
          // This hook runs outside Vite, so routes are given the configured base.
          const moved = new Set(
            [...found.keys()].map((key) => absoluteUrl(entryUrl(keyRef(key), config.base), config.site ?? 'http://localhost/')),
          );
          updateConfig({
            integrations: [sitemap({ filter: (page) => !moved.has(page) })],
            // Entry pages hand their citations to a worker thread that Node loads from the source (src/data/page-citations.ts).
            vite: {
              define: {
                'import.meta.env.ATLAS_CITATION_WORKER': JSON.stringify(fileURLToPath(new URL('src/lib/cite/worker.ts', config.root))),
              },
            },
          });
          return;
        }
        console.error(formatReport(problems));
        // A dev server keeps running so the author can fix the file; a build must not go on.
        if (command === 'build') process.exit(1);
      },
      // Static hosts that read them (Netlify, Cloudflare Pages) answer old URLs with a real 301 and
      // send the Atlas's headers; elsewhere the redirect pages and meta tags do the same job.
      'astro:build:done': ({ dir }) => {
        for (const [name, text] of Object.entries(hostFiles(aliases, base, loader))) writeFileSync(new URL(name, dir), text);
      },
    },
  };
}
