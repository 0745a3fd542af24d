// Builds the real Atlas and the fixture corpora once, before any test file runs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  BASE_LOG,
  BASE_SITE_ADDRESS,
  BASE_SITE_DIR,
  FIXTURE_DIR,
  FIXTURE_LOG,
  FIXTURE_SITE_DIR,
  HOSTILE_DIR,
  HOSTILE_LOG,
  HOSTILE_SITE_DIR,
  SITE_DIR,
  SITE_LOG,
} from './paths.ts';
import { runBuild, TEST_SITE } from './run-build.ts';

export default function setup(): void {
  for (const [label, contentDir, outDir, log, site] of [
    ['the Atlas', undefined, SITE_DIR, SITE_LOG, TEST_SITE],
    ['the minimal fixture corpus', FIXTURE_DIR, FIXTURE_SITE_DIR, FIXTURE_LOG, TEST_SITE],
    ['the hostile fixture corpus', HOSTILE_DIR, HOSTILE_SITE_DIR, HOSTILE_LOG, TEST_SITE],
    // Only the small corpus is built a second time: it has every page type, for a few seconds' build.
    ['the minimal fixture corpus under a path', FIXTURE_DIR, BASE_SITE_DIR, BASE_LOG, BASE_SITE_ADDRESS],
  ] as const) {
    const result = runBuild(contentDir ? { contentDir, outDir, site } : { outDir, site });
    mkdirSync(dirname(log), { recursive: true });
    writeFileSync(log, result.output);
    if (result.status !== 0) throw new Error(`Building ${label} failed (exit ${result.status}):\n${result.output.slice(-4000)}`);
  }
}
