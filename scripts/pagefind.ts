// Runs Pagefind over the built site with its command-line indexer, the way Pagefind recommends. The
// CLI indexes pages on all cores; the Node API's service indexed the 10,000-entry benchmark about a
// third slower.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Pagefind's CLI wrapper, which runs the platform binary installed with the npm package. */
const PAGEFIND_BIN = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');

/** Index `outDir` into `outDir/pagefind`; the number of pages indexed. Throws with Pagefind's output if it fails. */
export async function indexSite(outDir: string): Promise<number> {
  const output = await new Promise<string>((done, fail) => {
    let text = '';
    const child = spawn(process.execPath, [PAGEFIND_BIN, '--site', outDir, '--output-subdir', 'pagefind'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(text) : fail(new Error(`Pagefind could not index ${outDir} (exit ${code}):\n${text}`))));
  });
  const pages = /Indexed (\d+) pages?/.exec(output)?.[1];
  if (pages === undefined) throw new Error(`Pagefind did not report what it indexed:\n${output}`);
  return Number(pages);
}
