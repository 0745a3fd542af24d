// A build replaces its output folder only when it has succeeded. One that fails after Astro has started,
// or that is stopped halfway, leaves the previous site byte for byte as it was; the next good build
// clears what the stopped one left and replaces the site whole.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, test } from 'vitest';
import { compareSites } from '../../scripts/compare-sites.ts';
import { relativeFiles } from '../../scripts/lib/files.ts';
import { isRunning } from '../../src/integrations/output-folder.ts';
import { FIXTURE_DIR, FIXTURE_SITE_DIR, ROOT } from '../setup/paths.ts';
import { runBuild, startBuild } from '../setup/run-build.ts';

const WORK = join(ROOT, '.tmp/bad-input/atomic-output');
const SITE = join(WORK, 'site');
/** A file no build writes: while it is there, the folder is still the previous site. */
const MARKER = 'previous-site.txt';

/** Every file of a folder with its bytes. */
const snapshot = (dir: string) => new Map(relativeFiles(dir).map((path) => [path, readFileSync(join(dir, path)).toString('base64')]));

/** The folders beside the site that builds write into. */
const besideSite = () => readdirSync(WORK).filter((name) => name.startsWith('.site.'));

beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  // The previous good site: a real build, and one file to tell it from the next.
  cpSync(FIXTURE_SITE_DIR, SITE, { recursive: true });
  writeFileSync(join(SITE, MARKER), 'built before this test\n');
});

describe('the output folder is replaced whole or not at all', () => {
  test('a build that fails after Astro has built its pages leaves the previous site as it was', () => {
    const before = snapshot(SITE);
    // Astro only warns that the plugins are ignored and builds every page; the Atlas refuses to publish them.
    const result = runBuild({ contentDir: FIXTURE_DIR, outDir: SITE, args: ['--config', 'tests/fixtures/ignored-plugins.config.mjs'] });

    expect(result.status).not.toBe(0);
    expect(result.output).toContain('[build] Building static entrypoints');
    expect(result.output).toContain('Build failed: Astro reported content it did not process');
    expect(result.output).toContain(`(the previous site in ${SITE} is unchanged.)`);
    expect(snapshot(SITE)).toEqual(before);
    expect(besideSite()).toEqual([]);
  });

  test('a build stopped halfway leaves the previous site; the next one clears what it left and replaces the site', async () => {
    const before = snapshot(SITE);
    const child = startBuild({ contentDir: FIXTURE_DIR, outDir: SITE });
    const exited = new Promise((done) => child.on('exit', done));
    // Stopped once Astro has started writing the new site beside the old one.
    for (let waited = 0; besideSite().length === 0; waited += 20) {
      if (waited > 60_000) throw new Error('the build never started writing its folder');
      await sleep(20);
    }
    process.kill(-(child.pid ?? 0), 'SIGKILL');
    await exited;
    // The folder is named after the Astro process, which the system may take a moment longer to end.
    const astroPid = Number(/-(\d+)$/.exec(besideSite()[0] ?? '')?.[1]);
    for (let waited = 0; isRunning(astroPid); waited += 20) {
      if (waited > 10_000) throw new Error(`Astro (process ${astroPid}) did not stop`);
      await sleep(20);
    }

    expect(snapshot(SITE)).toEqual(before);
    // Killed outright, the build could not clear its own folder.
    expect(besideSite()).toHaveLength(1);

    const result = runBuild({ contentDir: FIXTURE_DIR, outDir: SITE });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/Cleared .*\.site\.building-\d+, left by an interrupted build/);
    expect(besideSite()).toEqual([]);
    // The whole folder was replaced (the marker went with the previous site), by the same site a fresh build makes.
    const difference = compareSites(FIXTURE_SITE_DIR, SITE);
    expect(difference.onlyInA).toEqual([]);
    expect(difference.onlyInB).toEqual([]);
    expect(difference.differing).toEqual([]);
  });
});
