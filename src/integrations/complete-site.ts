/**
 * The end of every build, `astro build` run directly included: what Astro's own steps do not write
 * (/sitemap.xml, the Pagefind index), and the output folder replaced only by a complete site.
 *
 * Astro empties its output folder when it starts, so a build that failed halfway used to leave half a
 * site where the last good one had been. Here Astro builds into a folder beside the output folder
 * (src/integrations/output-folder.ts), and that folder takes the output folder's place only at the end
 * of `astro:build:done`, after every other integration has written its files and Pagefind has indexed
 * the final pages. Whatever fails before then, the previous site stays as it was.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { clearLeftovers, discard, outputFolders, publish, type OutputFolders } from './output-folder.ts';
import { indexSite } from './pagefind.ts';

/** Log lines that mean Astro dropped or ignored something and carried on. */
export const FORBIDDEN_OUTPUT: { pattern: RegExp; meaning: string }[] = [
  { pattern: /is ignored because/, meaning: 'remark/rehype plugins were ignored, so Markdown was not processed as configured' },
  { pattern: /Invalid content reference/i, meaning: 'a cross-reference points at an entry that does not exist' },
  { pattern: /Duplicate id/i, meaning: 'two entries share an id and one was dropped' },
];

/** How the Pagefind step reports itself; scripts/build.ts reads the time from it for the benchmark. */
export const PAGEFIND_LINE = /Pagefind indexed (\d+) pages? in (\d+) ms/;

/**
 * Watch everything this process prints from now on for FORBIDDEN_OUTPUT. Astro reports these only as
 * warnings and its integration API has no way to read the log, so the two streams are watched
 * themselves; the warnings all come before the pages are built.
 */
function watchOutput(): () => string[] {
  const seen = new Set<string>();
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    // Each chunk is read with the end of the one before, so a line split across two is still seen.
    let tail = '';
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      const text = tail + (typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString());
      tail = text.slice(-200);
      for (const { pattern, meaning } of FORBIDDEN_OUTPUT) if (pattern.test(text)) seen.add(meaning);
      return write(chunk, ...rest);
    }) as typeof stream.write;
  }
  return () => [...seen];
}

/** A step of the build that failed for a reason the reader can act on: its message is the whole report. */
class BuildFailure extends Error {}

async function finish(folders: OutputFolders, ignored: string[], logger: AstroIntegrationLogger): Promise<void> {
  if (ignored.length > 0) {
    throw new BuildFailure(`Astro reported content it did not process:\n${ignored.map((m) => `  - ${m}`).join('\n')}`);
  }
  // @astrojs/sitemap names its index sitemap-index.xml; crawlers and readers also look for /sitemap.xml.
  const sitemapIndex = join(folders.building, 'sitemap-index.xml');
  if (!existsSync(sitemapIndex)) {
    throw new BuildFailure(
      'no sitemap-index.xml was written: the sitemap integration (added by the Atlas integration) must run before this one, so atlas() comes before completeSite() in astro.config.mjs.',
    );
  }
  copyFileSync(sitemapIndex, join(folders.building, 'sitemap.xml'));

  const started = performance.now();
  let pages: number;
  try {
    pages = await indexSite(folders.building);
  } catch (error) {
    throw new BuildFailure(`the search index could not be built. ${(error as Error).message}`);
  }
  logger.info(`Pagefind indexed ${pages} pages in ${Math.round(performance.now() - started)} ms.`);
  publish(folders);
  logger.info(`The site is in ${folders.target}.`);
}

/** Where a build stands, for what the process says when it ends. */
interface BuildState {
  published: boolean;
  reported: boolean;
}

/** What a failed build leaves: the previous site, or nothing. */
function keptMessage(folders: OutputFolders): string {
  return existsSync(folders.target) ? `the previous site in ${folders.target} is unchanged` : `nothing was written to ${folders.target}`;
}

/** Astro exits on an error anywhere in the build; what it had written goes with it. */
function discardOnExit(folders: OutputFolders, state: BuildState): void {
  process.on('exit', (code) => {
    if (state.published) return;
    discard(folders);
    if (state.reported) return;
    // Node ends a process whose event loop has nothing left to do with code 0, even mid-build.
    if (code === 0) {
      console.error(`\nBuild failed: astro build ended before the site was complete (${keptMessage(folders)}).`);
      process.exitCode = 1;
    } else console.error(`(${keptMessage(folders)}.)`);
  });
}

/** The last step of `astro:build:done`: complete the site in its folder, then put it in place. */
function publishStep(folders: OutputFolders, building: URL, ignored: () => string[], state: BuildState): AstroIntegration {
  return {
    name: 'atlas-complete-site:publish',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        try {
          if (dir.href !== building.href)
            throw new BuildFailure(
              `Astro wrote the site to ${fileURLToPath(dir)} instead of ${folders.building} (a server build, or another integration that sets outDir?).`,
            );
          await finish(folders, ignored(), logger);
          state.published = true;
        } catch (error) {
          discard(folders);
          const reason = error instanceof BuildFailure ? error.message : String(error);
          console.error(`\nBuild failed: ${reason}\n(${keptMessage(folders)}.)`);
          state.reported = true;
          process.exit(1);
        }
      },
    },
  };
}

export default function completeSite(): AstroIntegration {
  return {
    name: 'atlas-complete-site',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        if (command !== 'build') return;
        const folders = outputFolders(fileURLToPath(config.outDir));
        for (const cleared of clearLeftovers(folders)) logger.info(`Cleared ${cleared}, left by an interrupted build.`);
        const ignored = watchOutput();
        const state: BuildState = { published: false, reported: false };
        discardOnExit(folders, state);
        const building = pathToFileURL(`${folders.building}/`);
        const inBuilding = (dir: URL) =>
          dir.href.startsWith(config.outDir.href) ? new URL(dir.href.slice(config.outDir.href.length), building) : dir;
        updateConfig({
          outDir: building,
          // Used by server builds only; kept inside the folder being built all the same.
          build: { client: inBuilding(config.build.client), server: inBuilding(config.build.server) },
          // Integrations run each hook in the order they are listed, and @astrojs/sitemap is added by the
          // Atlas integration while the list is being set up: this last step is added after it, so it
          // runs when every other integration has written its files.
          integrations: [publishStep(folders, building, ignored, state)],
        });
        logger.info(`Building into ${folders.building}; it replaces ${folders.target} once the build has succeeded.`);
      },
    },
  };
}
