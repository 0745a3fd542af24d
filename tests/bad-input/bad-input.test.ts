// Each case copies the minimal fixture corpus, makes one mistake, and runs the real build on it.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURE_DIR, ROOT } from '../setup/paths.ts';
import { runBuild, runCheck } from '../setup/run-build.ts';

const WORK = join(ROOT, '.tmp/bad-input');

interface Mistake {
  name: string;
  /** Files to write (path → text) or delete (path → null), relative to the corpus. */
  files: Record<string, string | null | ((text: string) => string)>;
  /** The exact line the author must see, with `<dir>` for the corpus folder. */
  expected: string;
}

function corpusWith(mistake: Mistake): string {
  const dir = join(WORK, mistake.name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(FIXTURE_DIR, dir, { recursive: true });
  for (const [path, change] of Object.entries(mistake.files)) {
    const file = join(dir, path);
    if (change === null) rmSync(file);
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, typeof change === 'function' ? change(readFileSync(file, 'utf8')) : change);
    }
  }
  return dir;
}

const replace = (from: string | RegExp, to: string) => (text: string) => {
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture text not found: ${String(from)}`);
  return changed;
};

const mistakes: Mistake[] = [
  {
    name: 'unknown-reference',
    files: { 'programs/vendor-sovereign-cloud.mdx': replace('countries: [testland]', 'countries: [testlnd]') },
    expected: '<dir>/programs/vendor-sovereign-cloud.mdx: countries[0]: unknown countries id "testlnd" (did you mean "testland"?)',
  },
  {
    name: 'duplicate-id',
    files: { 'countries/archive/testland.mdx': readFileSync(join(FIXTURE_DIR, 'countries/testland.mdx'), 'utf8') },
    expected:
      '<dir>/countries/testland.mdx: duplicate id "testland": <dir>/countries/archive/testland.mdx has the same file name in countries; rename one of them',
  },
  {
    name: 'alias-is-another-id',
    files: { 'layers/cloud.yaml': (text) => `${text}aliases: [chips]\n` },
    expected:
      '<dir>/layers/cloud.yaml: aliases[0]: alias "chips" is the id of another entry (<dir>/layers/chips.yaml); an old URL cannot point at two pages',
  },
  {
    name: 'speaker-not-person-or-organization',
    files: { 'quotes/ada-chips.yaml': replace('speaker: ada-example', 'speaker: testland') },
    expected: '<dir>/quotes/ada-chips.yaml: speaker: "testland" is neither a person nor an organization',
  },
  {
    name: 'stack-cell-without-source',
    files: { 'countries/testland.mdx': replace('sources: [fixture-report]\n  - layer: cloud', 'sources: []\n  - layer: cloud') },
    expected: '<dir>/countries/testland.mdx: stack[0].sources: needs at least one source',
  },
  {
    name: 'event-without-source',
    files: { 'events/2025-05-22-cloud-announced.yaml': replace('sources: [fixture-report]', 'sources: []') },
    expected: '<dir>/events/2025-05-22-cloud-announced.yaml: sources: needs at least one source',
  },
  {
    name: 'impossible-unquoted-date',
    files: { 'events/2025-05-22-cloud-announced.yaml': replace('date: "2025-05-22"', 'date: 2024-13-45') },
    expected:
      '<dir>/events/2025-05-22-cloud-announced.yaml: date: must be a date written in quotes, e.g. "2025-05-22" (unquoted YAML dates are converted and can roll over)',
  },
  {
    name: 'impossible-quoted-date',
    files: { 'events/2025-05-22-cloud-announced.yaml': replace('date: "2025-05-22"', 'date: "2024-02-30"') },
    expected:
      '<dir>/events/2025-05-22-cloud-announced.yaml: date: must be a real date written as "YYYY", "YYYY-MM" or "YYYY-MM-DD" (in quotes)',
  },
  {
    name: 'javascript-url',
    files: { 'sources/fixture-report.yaml': replace('url: https://example.org/report', 'url: "javascript:alert(1)"') },
    expected: '<dir>/sources/fixture-report.yaml: url: must be an absolute http:// or https:// URL',
  },
  {
    name: 'misspelt-field',
    files: { 'layers/chips.yaml': replace('summary:', 'sumary:') },
    expected: '<dir>/layers/chips.yaml: unknown field "sumary" (did you mean "summary"?)',
  },
  {
    name: 'unknown-citation',
    files: { 'people/ada-example.mdx': replace('[^fixture-report]', '[^fixture-reprot]') },
    expected: '<dir>/people/ada-example.mdx: body (line 11) citation: unknown sources id "fixture-reprot" (did you mean "fixture-report"?)',
  },
  {
    name: 'mdx-import',
    files: { 'organizations/vendor-co.mdx': (text) => text.replace('---\n\n', '---\n\nimport Secret from "../../secret.js";\n\n') },
    expected:
      '<dir>/organizations/vendor-co.mdx: body (line 12): import/export is not allowed in content; site components are provided automatically',
  },
  {
    name: 'javascript-link-in-body',
    files: {
      'people/ada-example.mdx': replace('Ada Example wrote the fixture report.', 'Ada Example wrote [the report](javascript:alert(1)).'),
    },
    expected:
      '<dir>/people/ada-example.mdx: body (line 11): links must be http(s), site paths (/countries/…/) or #anchors; relative paths, javascript:, data: and other schemes are refused',
  },
  {
    // The remark plugin refuses it too, but only while pages render: Astro would print a stack trace.
    name: 'relative-link-in-body',
    files: {
      'people/ada-example.mdx': replace('Ada Example wrote the fixture report.', 'Ada Example wrote [the report](fixture-report/).'),
    },
    expected:
      '<dir>/people/ada-example.mdx: body (line 11): links must be http(s), site paths (/countries/…/) or #anchors; relative paths, javascript:, data: and other schemes are refused',
  },
  {
    // MDX fails on it while pages render, with a stack trace; the content check names the line.
    name: 'less-than-before-a-character',
    files: {
      'people/ada-example.mdx': replace(
        'Ada Example wrote the fixture report.',
        'Ada Example wrote the fixture report (market share <5%).',
      ),
    },
    expected:
      '<dir>/people/ada-example.mdx: body (line 11): "<" right before a character starts a tag in MDX (as in "<5%"); write "less than" or put a space after it',
  },
  {
    name: 'raw-html-in-body',
    files: {
      'people/ada-example.mdx': replace(
        'Ada Example wrote the fixture report.',
        'Ada Example wrote <img src=x onerror=alert(1)> the report.',
      ),
    },
    expected: '<dir>/people/ada-example.mdx: body (line 11): raw HTML or JSX is not allowed in content; use Markdown',
  },
  {
    name: 'file-name-not-an-id',
    files: { 'layers/Data_Centers.yaml': 'name: Data centers\norder: 2\nsummary: Buildings full of servers, in this fixture corpus.\n' },
    expected:
      '<dir>/layers/Data_Centers.yaml: file name "Data_Centers" is not a valid id: use lowercase ASCII letters, digits and single hyphens (it becomes the URL /layers/<id>/)',
  },
  {
    name: 'same-remark-by-another-speaker',
    files: { 'quotes/ada-chips.yaml': replace('updated: "2026-11-26"', 'sameRemark: [vendor-pitch]\nupdated: "2026-11-26"') },
    expected:
      '<dir>/quotes/ada-chips.yaml: sameRemark[0]: "vendor-pitch" has another speaker ("vendor-co"), so it cannot be the same remark',
  },
  {
    name: 'stack-label-against-its-basis',
    files: { 'countries/testland.mdx': replace('basis: { technology: us }', 'basis: { technology: china }') },
    expected:
      '<dir>/countries/testland.mdx: stack[0].reliance: is "us", but its basis (Technology: China) gives "china" under the rule of /methodology/',
  },
  {
    name: 'stack-basis-misses-a-question',
    files: { 'countries/testland.mdx': replace('basis: { technology: us, operator: domestic }', 'basis: { technology: us }') },
    expected: '<dir>/countries/testland.mdx: stack[1].basis: the cloud layer asks technology, operator: answer operator',
  },
  {
    name: 'planned-row-that-does-not-say-so',
    files: { 'countries/testland.mdx': replace('Domestic and foreign cloud providers, planned.', 'Domestic and foreign cloud providers.') },
    expected: '<dir>/countries/testland.mdx: stack[1].note: must say that the row describes a plan (planned: true)',
  },
  {
    name: 'correction-without-source',
    files: {
      'layers/chips.yaml': replace(
        'updated:',
        'corrections:\n  - date: "2026-12-01"\n    wrong: "It said something wrong."\n    right: "It says the right thing."\n    sources: []\nupdated:',
      ),
    },
    expected: '<dir>/layers/chips.yaml: corrections[0].sources: needs at least one source',
  },
  {
    name: 'offer-term-answered-without-source',
    files: {
      'programs/vendor-sovereign-cloud.mdx': replace(
        '    note: "Only the cloud layer is offered."\n    sources: [fixture-report]',
        '    note: "Only the cloud layer is offered."\n    sources: []',
      ),
    },
    expected: '<dir>/programs/vendor-sovereign-cloud.mdx: offer.bundle.sources: needs at least one source that states the answer',
  },
  {
    name: 'offer-term-unstated-but-cited',
    files: {
      'programs/vendor-sovereign-cloud.mdx': replace(
        '  keys:\n    value: not-stated',
        '  keys:\n    value: not-stated\n    sources: [fixture-report]',
      ),
    },
    expected:
      '<dir>/programs/vendor-sovereign-cloud.mdx: offer.keys.sources: must be empty where the answer is "not-stated": a source that states nothing is not cited',
  },
  {
    name: 'offer-term-outside-its-vocabulary',
    files: { 'programs/vendor-sovereign-cloud.mdx': replace('  operator:\n    value: vendor', '  operator:\n    value: nobody') },
    expected:
      '<dir>/programs/vendor-sovereign-cloud.mdx: offer.operator.value: must be one of "not-stated", "vendor", "local-partner", "government", "joint" (got "nobody")',
  },
  {
    name: 'yaml-syntax',
    files: { 'layers/chips.yaml': (text) => `${text}order: [\n` },
    expected: '<dir>/layers/chips.yaml: line 8: YAML syntax error: unexpected end of the stream within a flow collection',
  },
];

describe('bad input stops the build with one clear line', () => {
  test.each(mistakes)('$name', (mistake) => {
    const dir = corpusWith(mistake);
    const outDir = join(dir, '..', `${mistake.name}-dist`);
    rmSync(outDir, { recursive: true, force: true });
    const shown = relative(ROOT, dir);
    const result = runBuild({ contentDir: dir, outDir });

    expect(result.status).not.toBe(0);
    expect(result.output).toContain(mistake.expected.replaceAll('<dir>', shown));
    // One mistake, one line: an entry that failed to load is not reported again where it is referenced.
    expect(result.output).toContain('Content check failed: 1 problem.');
    // No stack trace from inside Astro, and no half-built site left behind as if it had worked.
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);

    // `npm run check:content` says the same, without starting Astro.
    const check = runCheck(dir);
    expect(check.status).toBe(1);
    expect(check.output).toContain(mistake.expected.replaceAll('<dir>', shown));
  });
});

describe("the publisher's settings", () => {
  test('a bad value stops the build with the file, the setting and what is wrong', () => {
    const settings = join(WORK, 'bad-publisher.yaml');
    mkdirSync(WORK, { recursive: true });
    writeFileSync(
      settings,
      'name: null\ncontact: "not an address"\nwebsite: null\nlicence: null\nlicenceUrl: null\nfunding: null\nrepository: null\nsponsor: x\n',
    );
    const outDir = join(WORK, 'bad-publisher-dist');
    rmSync(outDir, { recursive: true, force: true });
    const result = runBuild({ contentDir: FIXTURE_DIR, outDir, env: { ATLAS_PUBLISHER_FILE: settings } });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${relative(ROOT, settings)}: contact: must be an e-mail address or an http(s) URL`);
    expect(result.output).toContain(`${relative(ROOT, settings)}: (file): unknown setting(s) sponsor`);
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});

describe('Astro 7 traps in the configuration', () => {
  test('the build fails when Astro ignores remark plugins, instead of shipping unprocessed Markdown', () => {
    const outDir = join(WORK, 'ignored-plugins-dist');
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>The previous site</title>\n');
    const result = runBuild({ contentDir: FIXTURE_DIR, outDir, args: ['--config', 'tests/fixtures/ignored-plugins.config.mjs'] });
    expect(result.output).toMatch(/is ignored because/);
    expect(result.status).toBe(1);
    expect(result.output).toContain('Build failed: Astro reported content it did not process');
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('<!doctype html><title>The previous site</title>\n');
  });
});
