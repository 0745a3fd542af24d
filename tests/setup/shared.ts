import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './paths.ts';

/**
 * The workplace folder beside the repository (`../shared`), which holds what is not ours to publish:
 * the seed article, the CSL project's official styles and Zotero's translation-server. A fresh clone
 * has none of it; the tests that need it say so and are skipped, unless ATLAS_REQUIRE_SHARED=1 (set by
 * CI), which makes a missing folder a failure.
 */
export const SHARED_DIR = resolve(ROOT, process.env['ATLAS_SHARED_DIR'] ?? '../shared');

/** The path of a file under ../shared, or undefined where it is not there (and not required). */
export function sharedFile(path: string): string | undefined {
  const file = resolve(SHARED_DIR, path);
  if (existsSync(file)) return file;
  if (process.env['ATLAS_REQUIRE_SHARED'] === '1') throw new Error(`${file} is needed (ATLAS_REQUIRE_SHARED=1) but missing`);
  return undefined;
}
