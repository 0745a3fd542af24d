// `npm start`: builds the Atlas for the address it is then served on, and serves it there, so every
// canonical URL and citation link of the local site opens the local site.
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { LOCAL_ADDRESS, LOCAL_PORT } from '../src/lib/site/address.ts';
import { ASTRO_BIN, ProcessError, runProcess } from './lib/processes.ts';

// The local address wins over a public one set in the shell: this build is for this machine only.
const env = { ...process.env, ATLAS_SITE: LOCAL_ADDRESS };
const outDir = process.env['ATLAS_OUT_DIR'];

/** Run a Node script on this terminal; its exit code (each step prints its own reasons). */
async function run(args: string[]): Promise<number> {
  try {
    await runProcess(process.execPath, args, { env, inherit: true });
    return 0;
  } catch (error) {
    if (error instanceof ProcessError) return error.code;
    throw error;
  }
}

// Checked before the build: a site built for this port is no use served on another.
const portFree = await new Promise<boolean>((done) => {
  const probe = createServer();
  probe.once('error', () => done(false));
  probe.listen(LOCAL_PORT, 'localhost', () => probe.close(() => done(true)));
});
if (!portFree) {
  console.error(`npm start: port ${LOCAL_PORT} on localhost is in use (another npm start or preview?); stop it and run npm start again.`);
  process.exit(1);
}

const built = await run([resolve('scripts/build.ts')]);
if (built !== 0) process.exit(built);
// `localhost`, as in the address: Astro's preview listens on this machine only, and with a strict port
// (astro.config.mjs) it stops rather than serve on another port than the one the pages name.
process.exit(
  await run([ASTRO_BIN, 'preview', '--host', 'localhost', '--port', String(LOCAL_PORT), ...(outDir ? ['--outDir', resolve(outDir)] : [])]),
);
