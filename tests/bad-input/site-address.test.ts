// A build for publishing has no default address: without ATLAS_SITE, or with an unusable one, it stops
// with one line before anything is written, whether run as `npm run build` or as plain `astro build`.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ASTRO_BIN, runProcessSync } from '../../scripts/lib/processes.ts';
import { UNSET_MESSAGE } from '../../src/lib/site/address.ts';
import { FIXTURE_DIR, ROOT } from '../setup/paths.ts';
import { runBuild } from '../setup/run-build.ts';

const WORK = join(ROOT, '.tmp/bad-input/site-address');

/** The output's lines that say something (Astro and npm may add blank ones). */
const lines = (output: string) => output.split('\n').filter((line) => line.trim() !== '');

function outDir(name: string): string {
  const dir = join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  return dir;
}

describe('npm run build without a public address', () => {
  test.each([
    ['unset', null],
    ['empty, as an unset GitHub Actions variable arrives', ''],
    ['blank', '  '],
  ])('stops when ATLAS_SITE is %s, with one line and no site', (name, site) => {
    const dir = outDir(`unset-${name.split(/\W/)[0]}`);
    const result = runBuild({ contentDir: FIXTURE_DIR, outDir: dir, site });
    expect(result.status).toBe(1);
    expect(lines(result.output)).toEqual([UNSET_MESSAGE]);
    expect(existsSync(dir)).toBe(false);
  });

  test.each([
    [
      'atlas.example.org',
      'ATLAS_SITE="atlas.example.org" is not an absolute URL: give the public address as an absolute http(s) URL, e.g. ATLAS_SITE=https://atlas.example.org npm run build',
    ],
    [
      'https://atlas.example.org/?ref=ci',
      'ATLAS_SITE="https://atlas.example.org/?ref=ci" has a query (?…) or fragment (#…), which no page address can carry: give the public address as an absolute http(s) URL, e.g. ATLAS_SITE=https://atlas.example.org npm run build',
    ],
  ])('stops when ATLAS_SITE is %s, with one line and no site', (site, line) => {
    const dir = outDir('invalid');
    const result = runBuild({ contentDir: FIXTURE_DIR, outDir: dir, site });
    expect(result.status).toBe(1);
    expect(lines(result.output)).toEqual([line]);
    expect(existsSync(dir)).toBe(false);
  });
});

describe('plain astro build without a public address', () => {
  test('stops in the Atlas integration with the same line, no stack trace and no site', () => {
    const dir = outDir('astro-build');
    const env: NodeJS.ProcessEnv = { ...process.env, ATLAS_CONTENT_DIR: FIXTURE_DIR, NO_COLOR: '1', FORCE_COLOR: '0' };
    delete env['ATLAS_SITE'];
    const { status, output } = runProcessSync(process.execPath, [ASTRO_BIN, 'build', '--outDir', dir], { cwd: ROOT, env });
    expect(status).toBe(1);
    expect(lines(output)).toContain(UNSET_MESSAGE);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(join(dir, 'index.html'))).toBe(false);
  });
});
