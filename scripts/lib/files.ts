// Walking a folder tree: built sites, content folders and Pagefind's index are all read this way.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface WalkOptions {
  /** Folder names not to descend into, wherever they are (e.g. `pagefind`). */
  skipFolders?: readonly string[];
}

/**
 * Every file under `dir`, as paths starting with `dir`: depth first, each folder's entries in name order
 * (the order Node lists them in), so that two walks of the same tree agree.
 */
export function walkFiles(dir: string, options: WalkOptions = {}): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    // A link is followed, as a static host or the content loader would.
    const isFolder = entry.isDirectory() || (entry.isSymbolicLink() && statSync(path).isDirectory());
    if (!isFolder) return [path];
    return options.skipFolders?.includes(entry.name) ? [] : walkFiles(path, options);
  });
}

/** The same files as paths inside `dir`, with `/` between folders on every system (`countries/india/index.html`). */
export function relativeFiles(dir: string, options: WalkOptions = {}): string[] {
  return walkFiles(dir, options).map((file) => relative(dir, file).split(sep).join('/'));
}
