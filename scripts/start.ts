// `npm start`: builds the Atlas for the address it is then served on, and serves it there, so every
// canonical URL and citation link of the local site opens the local site.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { LOCAL_ADDRESS, LOCAL_PORT } from '../src/lib/site/address.ts';

const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
// The local address wins over a public one set in the shell: this build is for this machine only.
const env = { ...process.env, ATLAS_SITE: LOCAL_ADDRESS };
const outDir = process.env['ATLAS_OUT_DIR'];

function run(args: string[]): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { env, stdio: 'inherit' });
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
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
process.exit(await run([astroBin, 'preview', '--host', 'localhost', '--port', String(LOCAL_PORT), ...(outDir ? ['--outDir', resolve(outDir)] : [])]));
