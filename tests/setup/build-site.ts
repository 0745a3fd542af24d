// Builds the real Atlas and the fixture corpora once, before any test file runs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { FIXTURE_DIR, FIXTURE_LOG, FIXTURE_SITE_DIR, HOSTILE_DIR, HOSTILE_LOG, HOSTILE_SITE_DIR, SITE_DIR, SITE_LOG } from './paths.ts';
import { runBuild } from './run-build.ts';

export default function setup(): void {
  for (const [label, contentDir, outDir, log] of [
    ['the Atlas', undefined, SITE_DIR, SITE_LOG],
    ['the minimal fixture corpus', FIXTURE_DIR, FIXTURE_SITE_DIR, FIXTURE_LOG],
    ['the hostile fixture corpus', HOSTILE_DIR, HOSTILE_SITE_DIR, HOSTILE_LOG],
  ] as const) {
    const result = runBuild(contentDir ? { contentDir, outDir } : { outDir });
    mkdirSync(dirname(log), { recursive: true });
    writeFileSync(log, result.output);
    if (result.status !== 0) throw new Error(`Building ${label} failed (exit ${result.status}):\n${result.output.slice(-4000)}`);
  }
}
