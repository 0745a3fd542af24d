import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT } from './paths.ts';

export interface BuildResult {
  status: number;
  output: string;
}

/** The public address of test builds (`.test` is reserved for testing, so it can never be a real site). */
export const TEST_SITE = 'https://atlas.test/';

/**
 * Run the Atlas build (`scripts/build.ts`) the way `npm run build` does, on any content folder.
 * @param options.site the ATLAS_SITE to build with (TEST_SITE unless given; `null` leaves it unset)
 * @param options.root the project to build (this one unless given: a test builds a copy of it)
 */
export function runBuild(options: { contentDir?: string; outDir: string; args?: string[]; site?: string | null; root?: string }): BuildResult {
  const env: NodeJS.ProcessEnv = { ...process.env, ATLAS_OUT_DIR: options.outDir, FORCE_COLOR: '0', NO_COLOR: '1' };
  if (options.contentDir) env['ATLAS_CONTENT_DIR'] = options.contentDir;
  else delete env['ATLAS_CONTENT_DIR'];
  if (options.site === null) delete env['ATLAS_SITE'];
  else env['ATLAS_SITE'] = options.site ?? TEST_SITE;
  const root = options.root ?? ROOT;
  const result = spawnSync(process.execPath, [resolve(root, 'scripts/build.ts'), ...(options.args ?? [])], {
    cwd: root,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

/** Run the content check alone (`npm run check:content`) on a content folder. */
export function runCheck(contentDir: string): BuildResult {
  const result = spawnSync(process.execPath, [resolve(ROOT, 'scripts/check-content.ts')], {
    cwd: ROOT,
    env: { ...process.env, ATLAS_CONTENT_DIR: contentDir, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}
