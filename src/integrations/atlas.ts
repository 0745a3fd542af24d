/**
 * Runs the content check before Astro loads any content. Astro reports unknown references only as
 * log lines and drops duplicate ids silently, so the build must stop here, with one line per problem.
 * A build also stops here, with one line, when the site's public address is missing or unusable:
 * `astro build` run directly must not publish citations that point at a made-up domain.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { checkContent, contentDir, formatReport } from '../lib/content-check.ts';
import { keyRef } from '../lib/graph.ts';
import { absoluteUrl, entryUrl } from '../lib/routes.ts';
import type { Ref } from '../lib/references.ts';
import { hostFiles } from '../lib/host-files.ts';
import { rememberEvidence } from '../lib/content-store.ts';
import type { SiteAddressSetting } from '../lib/site-address.ts';

export default function atlas({ address }: { address: SiteAddressSetting }): AstroIntegration {
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
        // Every URL in the pages carries the base (src/lib/routes.ts).
        updateConfig({ vite: { define: { 'import.meta.env.ATLAS_BASE': JSON.stringify(config.base) } } });
        const { problems, entries, aliases: found } = checkContent(contentDir());
        aliases = found;
        rememberEvidence(entries.filter((e) => e.collection === 'sources').map((e) => [e.id, String(e.data['evidence'])]));
        if (problems.length === 0) {
          logger.info(`content check passed: ${entries.length} entries`);
          // The sitemap lists every page but the redirects that old ids answer with.
          // This hook runs outside Vite, so routes are given the configured base.
          const moved = new Set([...found.keys()].map((key) => absoluteUrl(entryUrl(keyRef(key), config.base), config.site ?? 'http://localhost/')));
          updateConfig({
            integrations: [sitemap({ filter: (page) => !moved.has(page) })],
            // Entry pages hand their citations to a worker thread that Node loads from the source (src/data/citations.ts).
            vite: { define: { 'import.meta.env.ATLAS_CITATION_WORKER': JSON.stringify(fileURLToPath(new URL('src/lib/citation-worker.ts', config.root))) } },
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
        for (const [name, text] of Object.entries(hostFiles(aliases, base))) writeFileSync(new URL(name, dir), text);
      },
    },
  };
}
