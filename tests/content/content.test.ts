import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { entriesOf } from '../../src/lib/graph/atlas.ts';
import { articlePath, checkQuote, copiedRuns, FINGERPRINT_FILE, fingerprintArticle, parseFingerprint } from '../../src/lib/content/article-fingerprint.ts';
import { formatProblem } from '../../src/lib/graph/graph.ts';
import { ROOT } from '../setup/paths.ts';

const atlas = checkContent(resolve(ROOT, 'content'), ROOT);
const ids = (collection: string) => atlas.entries.filter((e) => e.collection === collection).map((e) => e.id);

/** The seed article's text, kept beside the repository (it is not ours to republish). */
const ARTICLE = articlePath(ROOT, process.env['ATLAS_SEED_ARTICLE']);
const ARTICLE_SOURCE = 'rest-of-world-sovereign-ai';
/** Hashes of the article, committed, so a fresh clone checks quotes and copying without the article. */
const FINGERPRINT = parseFingerprint(readFileSync(resolve(ROOT, FINGERPRINT_FILE), 'utf8'));
/** CI sets this, so that a missing article fails there instead of quietly leaving the fingerprint unchecked. */
const REQUIRE_SHARED = process.env['ATLAS_REQUIRE_SHARED'] === '1';
const HAVE_ARTICLE = existsSync(ARTICLE);

/** Every string in an entry's data, however deep (stack notes, milestones, corrections). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('the Atlas content', () => {
  test('each source address has one record, and no two entries of a collection share a name', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const entry of atlas.entries) {
      const data = entry.data as Record<string, unknown>;
      const keys = [
        ...(entry.collection === 'sources' ? [`url ${String(data['url']).replace(/\/$/, '')}`] : []),
        ...(typeof data['name'] === 'string' ? [`${entry.collection} name ${data['name'].toLowerCase()}`] : []),
      ];
      for (const key of keys) {
        const other = seen.get(key);
        if (other) twice.push(`${key}: ${other} and ${entry.id}`);
        else seen.set(key, entry.id);
      }
    }
    expect(twice).toEqual([]);
  });

  test('passes the content check: schemas, ids, references, citations', () => {
    expect(atlas.problems.map(formatProblem)).toEqual([]);
  });

  test('has an entry for every entity of the seed article, under its permanent id', () => {
    expect(ids('countries')).toEqual(
      expect.arrayContaining(['south-korea', 'united-arab-emirates', 'kazakhstan', 'malaysia', 'india', 'thailand', 'vietnam', 'peru', 'indonesia', 'estonia', 'united-states', 'china', 'brazil', 'european-union']),
    );
    expect(ids('programs')).toEqual(
      expect.arrayContaining(['openai-for-countries', 'stargate-uae', 'nvidia-sovereign-ai', 'microsoft-uae', 'aws-european-sovereign-cloud', 'huawei-sovereign-ai', 'huawei-malaysia', 'k2-think', 'kazakhstan-supercomputer', 'korea-sovereign-ai-model', 'indiaai-mission', 'us-ai-action-plan', 'malaysia-edge-ai-chip']),
    );
    expect(ids('people')).toEqual(expect.arrayContaining(['rui-jie-yew', 'sam-winter-levy', 'genya-smagin', 'amlan-mohanty', 'jensen-huang']));
    expect(ids('organizations')).toEqual(
      expect.arrayContaining(['nvidia', 'microsoft', 'amazon-web-services', 'huawei', 'openai', 'oracle', 'g42', 'cerebras', 'alibaba', 'sk-telecom', 'lg', 'naver', 'samsung', 'carnegie-endowment', 'brown-university', 'mbzuai', 'rest-of-world', 'us-government']),
    );
    expect(ids('layers')).toEqual(expect.arrayContaining(['chips', 'data-centers', 'cloud', 'models', 'data', 'applications', 'talent', 'standards']));
    expect(ids('sources')).toContain(ARTICLE_SOURCE);
  });

  test('every factual entry cites at least one source that exists: stack rows, programs, their status and milestones, events', () => {
    const sources = new Set(ids('sources'));
    const cited = (refs: unknown, where: string) => {
      const list = refs as { id: string }[];
      expect(list.length, where).toBeGreaterThan(0);
      for (const ref of list) expect(sources.has(ref.id), `${where}: ${ref.id}`).toBe(true);
    };
    for (const entry of atlas.entries) {
      const data = entry.data as Record<string, unknown>;
      if (entry.collection === 'countries') {
        (data['stack'] as { layer: { id: string }; sources: unknown }[]).forEach((row) => cited(row.sources, `${entry.file} stack ${row.layer.id}`));
      }
      if (entry.collection === 'programs') {
        cited(data['sources'], `${entry.file} sources`);
        cited(data['statusSources'], `${entry.file} statusSources`);
        (data['milestones'] as { date: string; sources: unknown }[]).forEach((m) => cited(m.sources, `${entry.file} milestone ${m.date}`));
      }
      if (entry.collection === 'events') cited(data['sources'], `${entry.file} sources`);
    }
  });

  test('every source says what kind of evidence it is', () => {
    for (const source of atlas.entries.filter((e) => e.collection === 'sources')) {
      expect(['primary', 'independent', 'vendor', 'interview', 'secondary'], source.file).toContain(source.data['evidence']);
    }
  });

  test('every program has a dated lifecycle, and its status says when a source last confirmed it', () => {
    for (const program of entriesOf(atlas.entries, 'programs')) {
      expect(program.data.milestones.length, program.id).toBeGreaterThan(0);
      expect(program.data.statusAsOf, program.id).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    }
  });

  test('every quote has a speaker who is a person or organization, and a source that exists', () => {
    const people = new Set(ids('people'));
    const organizations = new Set(ids('organizations'));
    const sources = new Set(ids('sources'));
    for (const quote of entriesOf(atlas.entries, 'quotes')) {
      const { speaker } = quote.data;
      expect(people.has(speaker) || organizations.has(speaker), `${quote.id}: speaker ${speaker}`).toBe(true);
      expect(sources.has(quote.data.source.id), `${quote.id}: source`).toBe(true);
    }
  });

  test('quotes from the seed article are verbatim', () => {
    const fromArticle = entriesOf(atlas.entries, 'quotes').filter((quote) => quote.data.source.id === ARTICLE_SOURCE);
    expect(fromArticle.length).toBeGreaterThanOrEqual(15);
    for (const quote of fromArticle) {
      expect(checkQuote(FINGERPRINT, quote.data.text), quote.id).toBe('verbatim');
    }
  });

  test('no entry copies a run of eight words from the seed article: our own words, quotes only as quote entries', () => {
    for (const entry of atlas.entries.filter((e) => e.collection !== 'quotes' && e.collection !== 'sources')) {
      const own = [entry.body ?? '', ...strings(entry.data)].join('\n');
      expect(copiedRuns(FINGERPRINT, own), entry.file).toEqual([]);
    }
  });

  // Without the article the two tests above still run, on the committed hashes; only their freshness goes unchecked.
  test.skipIf(!HAVE_ARTICLE && !REQUIRE_SHARED)(
    HAVE_ARTICLE || REQUIRE_SHARED
      ? `${FINGERPRINT_FILE} equals the fingerprint regenerated from the seed article (\`npm run article:fingerprint\`)`
      : `needs ${relative(ROOT, ARTICLE)}; fingerprint not re-checked (ATLAS_REQUIRE_SHARED=1 makes this a failure)`,
    () => {
      expect(HAVE_ARTICLE, `the seed article is expected at ${ARTICLE} (ATLAS_REQUIRE_SHARED=1)`).toBe(true);
      expect(FINGERPRINT, `${FINGERPRINT_FILE} is stale: run \`npm run article:fingerprint\``).toEqual(fingerprintArticle(readFileSync(ARTICLE, 'utf8')));
    },
  );

  test('the seed article’s source record says which fields could not be confirmed', () => {
    const record = entriesOf(atlas.entries, 'sources').find((e) => e.id === ARTICLE_SOURCE);
    expect(record?.data.unconfirmed).toEqual(expect.arrayContaining(['title', 'authors', 'url']));
    expect(record?.data.url).toBeUndefined();
  });
});
