/**
 * The output folder is replaced whole or not at all. A build writes into a folder beside it (same parent,
 * so the same file system, where a rename is atomic); once everything has succeeded the two are swapped
 * with renames, and the previous site is deleted only after the new one is in place.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface OutputFolders {
  /** The folder the site is published in (`dist/`, or ATLAS_OUT_DIR). */
  target: string;
  /** Where this build writes. */
  building: string;
  /** Where the previous site waits during the swap. */
  previous: string;
}

const KINDS = ['building', 'previous'] as const;

/** The folders of the build run by process `pid`, named after the output folder so that each output folder has its own. */
export function outputFolders(outDir: string, pid: number = process.pid): OutputFolders {
  // A link to the output folder stays a link: the swap happens where it points.
  const target = existsSync(outDir) ? realpathSync(outDir) : outDir.replace(/[\\/]+$/, '');
  const beside = (kind: (typeof KINDS)[number]) => join(dirname(target), `.${basename(target)}.${kind}-${pid}`);
  return { target, building: beside('building'), previous: beside('previous') };
}

/** Whether process `pid` is alive, and so may still be writing its folder. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A killed process stays listed until its parent collects it, and where nothing collects orphans it
  // stays so: a zombie (state Z in /proc, on Linux) builds nothing.
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/**
 * Clear what builds that are no longer running left beside `target`: a half-written `building` folder is
 * deleted; a `previous` folder is the last good site caught between the two renames, so it is put back
 * if the output folder is missing and deleted otherwise. The folders of a build still running are left
 * alone. Returns the folders it cleared.
 */
export function clearLeftovers({ target }: OutputFolders): string[] {
  const parent = dirname(target);
  const prefix = `.${basename(target)}.`;
  if (!existsSync(parent)) return [];
  const cleared: string[] = [];
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(building|previous)-(\d+)$/.exec(name.slice(prefix.length));
    const pid = Number(match?.[2]);
    // A leftover named after this process is from an earlier one that had the same number.
    if (!match || (pid !== process.pid && isRunning(pid))) continue;
    const path = join(parent, name);
    if (match[1] === 'previous' && !existsSync(target)) renameSync(path, target);
    else rmSync(path, { recursive: true, force: true });
    cleared.push(path);
  }
  return cleared;
}

/** Put the finished build in the output folder's place, then delete the previous site. */
export function publish({ target, building, previous }: OutputFolders): void {
  const hadSite = existsSync(target);
  if (hadSite) renameSync(target, previous);
  try {
    renameSync(building, target);
  } catch (error) {
    if (hadSite) renameSync(previous, target);
    throw error;
  }
  if (hadSite) rmSync(previous, { recursive: true, force: true });
}

/** Delete an unfinished build; the output folder is not touched. */
export function discard({ building }: OutputFolders): void {
  rmSync(building, { recursive: true, force: true });
}
