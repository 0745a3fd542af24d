import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { runProcessSync } from '../../scripts/lib/processes.ts';
import { ROOT } from './paths.ts';

export interface BuildResult {
  status: number;
  output: string;
}

/** The public address of test builds (`.test` is reserved for testing, so it can never be a real site). */
export const TEST_SITE = 'https://atlas.test/';

interface BuildOptions {
  contentDir?: string;
  outDir: string;
  args?: string[];
  /** The ATLAS_SITE to build with (TEST_SITE unless given; `null` leaves it unset). */
  site?: string | null;
  /** The project to build (this one unless given: a test builds a copy of it). */
  root?: string;
  /** Further environment for the build. */
  env?: Record<string, string>;
}

function buildEnv(options: BuildOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, ATLAS_OUT_DIR: options.outDir, FORCE_COLOR: '0', NO_COLOR: '1' };
  if (options.contentDir) env['ATLAS_CONTENT_DIR'] = options.contentDir;
  else delete env['ATLAS_CONTENT_DIR'];
  if (options.site === null) delete env['ATLAS_SITE'];
  else env['ATLAS_SITE'] = options.site ?? TEST_SITE;
  return env;
}

/** Run the Atlas build (`scripts/build.ts`) the way `npm run build` does, on any content folder. */
export function runBuild(options: BuildOptions): BuildResult {
  const root = options.root ?? ROOT;
  return runProcessSync(process.execPath, [resolve(root, 'scripts/build.ts'), ...(options.args ?? [])], {
    cwd: root,
    env: buildEnv(options),
  });
}

/**
 * Start the same build without waiting for it, in a process group of its own, so that a test can stop
 * it and Astro with it (`process.kill(-child.pid, signal)`).
 */
export function startBuild(options: BuildOptions): ChildProcess {
  const root = options.root ?? ROOT;
  return spawn(process.execPath, [resolve(root, 'scripts/build.ts'), ...(options.args ?? [])], {
    cwd: root,
    env: buildEnv(options),
    stdio: 'ignore',
    detached: true,
  });
}

/** Run the content check alone (`npm run check:content`) on a content folder. */
export function runCheck(contentDir: string): BuildResult {
  return runProcessSync(process.execPath, [resolve(ROOT, 'scripts/check-content.ts')], {
    cwd: ROOT,
    env: { ...process.env, ATLAS_CONTENT_DIR: contentDir, NO_COLOR: '1' },
  });
}
