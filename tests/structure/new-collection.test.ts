// Adding a collection is one module, its line in the registry and a content folder
// (docs/add-a-collection.md). This proves it on a copy of the project with a collection the real
// Atlas does not have (laws): the copy type-checks and builds, and the new entries get everything
// every entry gets. A module that lacks a piece of the collection interface does not type-check.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURE_DIR, ROOT } from '../setup/paths.ts';
import { runBuild } from '../setup/run-build.ts';

const COPY = resolve(ROOT, '.tmp/new-collection');
const CONTENT = join(COPY, 'content');
const SITE = join(COPY, 'site');
const MODULE = resolve(ROOT, 'tests/fixtures/collections/laws.ts');
const REGISTRY = join(COPY, 'src/collections/index.ts');

/** The two lines the guide says to add to the registry. */
function register(registry: string): string {
  const withImport = registry.replace(
    "import * as layers from './layers.ts';",
    "import * as layers from './layers.ts';\nimport * as laws from './laws.ts';",
  );
  const withModule = withImport.replace('events, layers };', 'events, layers, laws };');
  if (withModule === registry || withImport === registry) throw new Error('the registry no longer has the lines the guide points at');
  return withModule;
}

function typecheck(): { status: number; output: string } {
  const tsc = resolve(ROOT, 'node_modules/typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', COPY], { encoding: 'utf8' });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

const page = (path: string) => parse(readFileSync(join(SITE, path), 'utf8'));

let build: { status: number; output: string };

beforeAll(() => {
  rmSync(COPY, { recursive: true, force: true });
  mkdirSync(COPY, { recursive: true });
  for (const item of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'publisher.yaml'])
    cpSync(resolve(ROOT, item), join(COPY, item), { recursive: true });
  symlinkSync(resolve(ROOT, 'node_modules'), join(COPY, 'node_modules'));
  cpSync(MODULE, join(COPY, 'src/collections/laws.ts'));
  writeFileSync(REGISTRY, register(readFileSync(REGISTRY, 'utf8')));
  // The site's own code is what must type-check; the project's scripts lean on its tests, not copied.
  writeFileSync(
    join(COPY, 'tsconfig.json'),
    JSON.stringify({ ...JSON.parse(readFileSync(resolve(ROOT, 'tsconfig.json'), 'utf8')), include: ['.astro/types.d.ts', 'src/**/*'] }),
  );
  cpSync(FIXTURE_DIR, CONTENT, { recursive: true });
  cpSync(resolve(ROOT, 'tests/fixtures/collections/laws'), join(CONTENT, 'laws'), { recursive: true });
  build = runBuild({ root: COPY, contentDir: CONTENT, outDir: SITE });
}, 300_000);

afterAll(() => rmSync(COPY, { recursive: true, force: true }));

describe('a ninth collection, added as the guide says', () => {
  test('builds', () => {
    expect(build.output).toContain('Pagefind indexed');
    expect(build.status).toBe(0);
  });

  test('type-checks with the module registered', () => {
    const result = typecheck();
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  }, 120_000);

  test('has its index page, listed in the navigation of every page', () => {
    const index = page('laws/index.html');
    expect(index.querySelector('h1')?.text).toBe('Laws');
    expect(index.querySelector('.entry-list a')?.getAttribute('href')).toBe('/laws/testland-ai-act/');
    const home = page('index.html');
    expect(home.querySelectorAll('a').some((a) => a.getAttribute('href') === '/laws/')).toBe(true);
  });

  test('gives each entry a page with its facts, its sources and what links to it', () => {
    const law = page('laws/testland-ai-act/index.html');
    expect(law.querySelector('h1')?.text).toBe('Testland AI Act');
    expect(law.querySelector('.eyebrow')?.text).toBe('Law');
    expect(law.querySelector('.facts')?.text).toContain('Jurisdiction');
    expect(law.querySelector('.facts a')?.getAttribute('href')).toBe('/countries/testland/');
    expect(law.querySelector('#source-fixture-report')).not.toBeNull();
    expect(page('sources/fixture-report/index.html').text).toContain('Cited by laws');
  });

  test('makes the entry citable and readable by reference managers', () => {
    const law = page('laws/testland-ai-act/index.html');
    const jsonLd = JSON.parse(law.querySelector('script[type="application/ld+json"]')?.text ?? '{}') as {
      mainEntity?: Record<string, unknown>;
    };
    expect(jsonLd.mainEntity?.['@type']).toBe('Legislation');
    expect(law.querySelector('meta[name="DC.title"]')?.getAttribute('content')).toBe('Testland AI Act');
    expect(law.text).toContain('Cite this');
  });

  test('indexes the entry for search and suggests it by name', () => {
    const law = page('laws/testland-ai-act/index.html');
    expect(law.querySelectorAll('[data-pagefind-filter="type"]').map((e) => e.text)).toEqual(['law']);
    expect(law.querySelectorAll('[data-pagefind-filter="country"]').map((e) => e.text)).toEqual(['Testland']);
    // Its short name is suggested under its first letters, as a law, with the law's page.
    const bucket = readFileSync(join(SITE, 'search/names/ta.json'), 'utf8');
    expect(bucket).toMatch(/"n":"TAIA","e":"Testland AI Act","t":"Law","f":"law","u":"\/laws\/testland-ai-act\/"/);
  });

  test('exports the collection as data, with its JSON Schema', () => {
    const records = JSON.parse(readFileSync(join(SITE, 'data/laws.json'), 'utf8')) as { id: string; jurisdiction: string }[];
    expect(records).toEqual([expect.objectContaining({ id: 'testland-ai-act', jurisdiction: 'testland' })]);
    const schema = JSON.parse(readFileSync(join(SITE, 'data/laws.schema.json'), 'utf8')) as { required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'jurisdiction', 'status', 'summary']));
  });
});

describe('a collection module that lacks a piece', () => {
  test('does not type-check, and the error names the module', () => {
    const laws = join(COPY, 'src/collections/laws.ts');
    const whole = readFileSync(laws, 'utf8');
    writeFileSync(laws, whole.replace(/ {2}jsonLd: .*\n/, ''));
    try {
      const result = typecheck();
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(/src\/collections\/laws\.ts.*jsonLd/s);
    } finally {
      writeFileSync(laws, whole);
    }
  }, 120_000);
});
