// `npm run build`: `astro build`, which makes the whole site (the content check, the pages, the sitemap,
// the Pagefind index, and the output folder replaced only when all of it succeeded: the Atlas's
// configuration and integrations). Around it, what a shell command can do better than an integration:
// it stops before Astro starts when the public address is missing, gives Astro the heap a large corpus
// needs and an environment without variables that would shadow the site's own, and reports the timings
// the benchmark reads. Astro's log is watched for the content losses it reports only as log lines by
// the build itself (src/integrations/complete-site.ts), so plain `astro build` refuses them too.
import { readFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { PAGEFIND_LINE } from '../src/integrations/complete-site.ts';
import { readSiteAddress } from '../src/lib/site/address.ts';
import { ASTRO_BIN, ProcessError, runProcess } from './lib/processes.ts';

/**
 * V8 caps Node's heap at about 4 GiB however much memory the machine has, and a 30,000-entry Atlas
 * needs more: Astro gets half the machine's memory (never less than the default), unless
 * NODE_OPTIONS already sets a limit.
 */
function heapArgs(): string[] {
  if (/--max-old-space-size/.test(process.env['NODE_OPTIONS'] ?? '')) return [];
  const MiB = 2 ** 20;
  return [`--max-old-space-size=${Math.max(Math.floor(getHeapStatistics().heap_size_limit / MiB), Math.floor(totalmem() / MiB / 2))}`];
}

/**
 * Astro defines `import.meta.env.<NAME>` for every environment variable, ahead of the values Astro and
 * the Atlas's integrations define, so a variable named like one of those would replace it in every
 * page. Vitest exports them all to the environment of anything a test starts (ATLAS_BASE=/ among
 * them, and every bundle's ATLAS_<NAME>_SCRIPT), and BASE_URL is common in CI settings; Astro gets an
 * environment without them.
 */
const SHADOWING = /^(ATLAS_(BASE|[A-Z]+_SCRIPT|CITATION_WORKER)|BASE_URL|SITE|ASSETS_PREFIX)$/;

/** Peak resident memory of a running process, from /proc (Linux); 0 where /proc is not there. */
function peakRss(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

interface AstroRun {
  code: number;
  output: string;
  ms: number;
  peakRssBytes: number;
}

/** Run `astro build`, its output shown as it comes, and measure it. */
async function runAstro(args: string[]): Promise<AstroRun> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !SHADOWING.test(name)));
  let peakRssBytes = 0;
  const started = performance.now();
  let code = 0;
  let output = '';
  try {
    output = await runProcess(process.execPath, [...heapArgs(), ASTRO_BIN, 'build', ...args], {
      name: 'astro build',
      env,
      echo: true,
      onStart: (child) => {
        const sampler = setInterval(() => (peakRssBytes = Math.max(peakRssBytes, peakRss(child.pid))), 250);
        child.on('exit', () => clearInterval(sampler));
      },
    });
  } catch (error) {
    if (!(error instanceof ProcessError)) throw error;
    ({ code, output } = error);
  }
  return { code, output, ms: performance.now() - started, peakRssBytes };
}

function fail(message: string, code = 1): never {
  console.error(`\nBuild failed: ${message}`);
  process.exit(code);
}

// Checked before Astro starts, so a build without an address says so in one line and writes nothing.
const address = readSiteAddress(process.env);
if (address.status !== 'set') {
  console.error(address.message);
  process.exit(1);
}
console.log(`Building the Atlas for ${address.address.site}`);

const outDirArgs = process.env['ATLAS_OUT_DIR'] ? ['--outDir', resolve(process.env['ATLAS_OUT_DIR'])] : [];
const astro = await runAstro([...process.argv.slice(2), ...outDirArgs]);
// The integrations have said why already (a build that ended early, or with content Astro did not
// process, exits non-zero there); this line says which step stopped.
if (astro.code !== 0) fail(`astro build exited with code ${astro.code}.`, astro.code);
const pagefind = PAGEFIND_LINE.exec(astro.output);
if (!pagefind) fail('astro build reported no Pagefind index, so the site has no search (is completeSite() in the configuration?).');

const pagefindMs = Number(pagefind[2]);
// One line for the benchmark to read; Pagefind ran inside Astro's process, so its time is taken out of Astro's.
console.log(
  `Build timings: ${JSON.stringify({ astroMs: Math.round(astro.ms - pagefindMs), pagefindMs, astroPeakRssBytes: astro.peakRssBytes })}`,
);
