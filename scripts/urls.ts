// `npm run urls:update`: builds the site and adds every URL it answers to tests/urls.txt. It never
// removes one: a URL once published must keep answering (see the URL contract in the README).
// The manifest holds paths inside the site, the same at any address, so the build uses the local one.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LOCAL_ADDRESS } from '../src/lib/site/address.ts';
import { mergeManifest, publishedUrls, readManifest } from '../src/lib/site/url-contract.ts';
import { ProcessError, runProcess } from './lib/processes.ts';

try {
  await runProcess(process.execPath, [resolve('scripts/build.ts')], { inherit: true, env: { ...process.env, ATLAS_SITE: LOCAL_ADDRESS } });
} catch (error) {
  // The build has printed why.
  if (error instanceof ProcessError) process.exit(error.code);
  throw error;
}

const dir = resolve(process.env['ATLAS_OUT_DIR'] ?? 'dist');
const file = resolve('tests/urls.txt');
const before = readManifest(file);
const after = mergeManifest(before, publishedUrls(dir));
const header = '# Every URL the Sovereign AI Atlas has published. Add with `npm run urls:update`; never remove a line.\n';
writeFileSync(file, `${header}${after.join('\n')}\n`);
console.log(`tests/urls.txt: ${after.length} URLs (${after.length - before.length} new).`);
