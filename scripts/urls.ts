// `npm run urls:update`: adds every URL of the built site to tests/urls.txt. It never removes one:
// a URL once published must keep answering (see the URL contract in the README).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mergeManifest, publishedUrls, readManifest } from '../src/lib/url-contract.ts';

const dir = resolve(process.env['ATLAS_OUT_DIR'] ?? 'dist');
const file = resolve('tests/urls.txt');
const before = readManifest(file);
const after = mergeManifest(before, publishedUrls(dir));
const header = '# Every URL the Sovereign AI Atlas has published. Add with `npm run urls:update`; never remove a line.\n';
writeFileSync(file, `${header}${after.join('\n')}\n`);
console.log(`tests/urls.txt: ${after.length} URLs (${after.length - before.length} new).`);
