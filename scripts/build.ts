// Builds the Atlas: the public address (ATLAS_SITE), content check (inside Astro's config hook),
// `astro build`, then the Pagefind index. Astro reports some content losses only as log lines and still
// exits 0, so its output is watched and the build fails if any of them appears.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { dirname, join, resolve } from 'node:path';
import { indexSite } from './pagefind.ts';
import { readSiteAddress } from '../src/lib/site/address.ts';

/** Log lines that mean Astro dropped or ignored something and carried on. */
export const FORBIDDEN_OUTPUT: { pattern: RegExp; meaning: string }[] = [
  { pattern: /is ignored because/, meaning: 'remark/rehype plugins were ignored, so Markdown was not processed as configured' },
  { pattern: /Invalid content reference/i, meaning: 'a cross-reference points at an entry that does not exist' },
  { pattern: /Duplicate id/i, meaning: 'two entries share an id and one was dropped' },
];

// Checked before Astro starts, so a build without an address says so in one line and writes nothing.
const address = readSiteAddress(process.env);
if (address.status !== 'set') {
  console.error(address.message);
  process.exit(1);
}
console.log(`Building the Atlas for ${address.address.site}`);

const args = process.argv.slice(2);
const outDir = resolve(process.env['ATLAS_OUT_DIR'] ?? 'dist');
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

const astroArgs = ['build', ...args];

/**
 * V8 caps Node's heap at about 4 GiB however much memory the machine has, and a 30,000-entry Atlas
 * needs more: Astro gets half the machine's memory (never less than the default), unless
 * NODE_OPTIONS already sets a limit.
 */
const MiB = 2 ** 20;
const heapLimitMiB = Math.max(Math.floor(getHeapStatistics().heap_size_limit / MiB), Math.floor(totalmem() / MiB / 2));
const nodeArgs = /--max-old-space-size/.test(process.env['NODE_OPTIONS'] ?? '') ? [] : [`--max-old-space-size=${heapLimitMiB}`];
if (process.env['ATLAS_OUT_DIR']) astroArgs.push('--outDir', outDir);

/**
 * Astro defines `import.meta.env.<NAME>` for every environment variable, ahead of the values Astro and
 * the Atlas's integrations define, so a variable named like one of those would replace it in every
 * page. Vitest exports them all to the environment of anything a test starts (ATLAS_BASE=/ among
 * them), and BASE_URL is common in CI settings; Astro gets an environment without them.
 */
const SHADOWING = /^(ATLAS_(BASE|SEARCH_SCRIPT|CITE_SCRIPT|CITATION_WORKER)|BASE_URL|SITE|ASSETS_PREFIX)$/;
const astroEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !SHADOWING.test(name)));

/** Peak resident memory of a running process, from /proc (Linux); 0 where /proc is not there. */
function peakRss(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

const seen: string[] = [];
let completed = false;
const astroStarted = performance.now();
let astroPeak = 0;
const code = await new Promise<number>((done) => {
  const child = spawn(process.execPath, [...nodeArgs, astroBin, ...astroArgs], { env: astroEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = setInterval(() => (astroPeak = Math.max(astroPeak, peakRss(child.pid))), 250);
  child.on('exit', () => clearInterval(sampler));
  // Each stream is read with the end of its previous chunk, so a line split across chunks is still seen.
  const watcher = (out: NodeJS.WriteStream) => {
    let tail = '';
    return (chunk: Buffer) => {
      const chunkText = chunk.toString();
      out.write(chunkText);
      const text = tail + chunkText;
      tail = text.slice(-200);
      if (/\[build\] Complete!/.test(text)) completed = true;
      for (const { pattern, meaning } of FORBIDDEN_OUTPUT) {
        if (pattern.test(text) && !seen.includes(meaning)) seen.push(meaning);
      }
    };
  };
  child.stdout.on('data', watcher(process.stdout));
  child.stderr.on('data', watcher(process.stderr));
  child.on('close', (status) => done(status ?? 1));
});

if (code !== 0) {
  console.error(`\nBuild failed: astro build exited with code ${code}.`);
  process.exit(code);
}
// Node ends a process whose event loop has nothing left to do with code 0, even mid-build; Astro's
// closing line is the proof that every page was written.
if (!completed) {
  console.error('\nBuild failed: astro build exited without reporting a complete build, so pages may be missing.');
  process.exit(1);
}
if (seen.length > 0) {
  console.error(`\nBuild failed: Astro reported content it did not process:\n${seen.map((m) => `  - ${m}`).join('\n')}`);
  process.exit(1);
}

// @astrojs/sitemap names its index sitemap-index.xml; crawlers and readers also look for /sitemap.xml.
const sitemapIndex = join(outDir, 'sitemap-index.xml');
if (existsSync(sitemapIndex)) copyFileSync(sitemapIndex, join(outDir, 'sitemap.xml'));

const astroMs = performance.now() - astroStarted;
const pagefindStarted = performance.now();
const pages = await indexSite(outDir);
const pagefindMs = performance.now() - pagefindStarted;
console.log(`Pagefind indexed ${pages} pages into ${join(outDir, 'pagefind')}.`);
// One line for the benchmark to read.
console.log(
  `Build timings: ${JSON.stringify({ astroMs: Math.round(astroMs), pagefindMs: Math.round(pagefindMs), astroPeakRssBytes: astroPeak, pagefindPeakRssBytes: process.resourceUsage().maxRSS * 1024 })}`,
);
