// `npm run article:fingerprint`: rewrites tests/content/article-fingerprint.json from the seed article, which
// lives outside the repository (ATLAS_SEED_ARTICLE, default ../shared/seeds/…); run it when the article or the
// fingerprint scheme changes, and commit the file, never the article.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { articlePath, FINGERPRINT_FILE, fingerprintArticle, serializeFingerprint } from '../src/lib/content/article-fingerprint.ts';

const root = resolve(import.meta.dirname, '..');
const article = articlePath(root, process.env['ATLAS_SEED_ARTICLE']);
if (!existsSync(article)) {
  console.error(`npm run article:fingerprint: the seed article is not at ${article} (set ATLAS_SEED_ARTICLE to its path).`);
  process.exit(1);
}
const fingerprint = fingerprintArticle(readFileSync(article, 'utf8'));
const text = serializeFingerprint(fingerprint);
writeFileSync(resolve(root, FINGERPRINT_FILE), text);
console.log(
  `${FINGERPRINT_FILE}: ${fingerprint.quotes.windows.length} quote windows, ${fingerprint.copying.runs.length} eight-word runs, ${Buffer.byteLength(text)} bytes.`,
);
