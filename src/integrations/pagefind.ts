// Runs Pagefind over the built site with its command-line indexer, the way Pagefind recommends. The
// CLI indexes pages on all cores; the Node API's service indexed the 10,000-entry benchmark about a
// third slower.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProcess } from '../../scripts/lib/processes.ts';

/** Pagefind's CLI wrapper, which runs the platform binary installed with the npm package. */
const PAGEFIND_BIN = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');

/** Index `siteDir` into `siteDir/pagefind`; the number of pages indexed. Throws with Pagefind's output if it fails. */
export async function indexSite(siteDir: string): Promise<number> {
  const output = await runProcess(process.execPath, [PAGEFIND_BIN, '--site', siteDir, '--output-subdir', 'pagefind'], { name: 'Pagefind' });
  const pages = /Indexed (\d+) pages?/.exec(output)?.[1];
  if (pages === undefined) throw new Error(`Pagefind did not report what it indexed:\n${output}`);
  return Number(pages);
}
