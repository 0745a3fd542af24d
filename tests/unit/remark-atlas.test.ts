import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import remarkAtlas, { remarkAtlasOptions, type RemarkAtlasOptions } from '../../src/lib/content/remark-atlas.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { FIXTURE_DIR, ROOT } from '../setup/paths.ts';

async function toJs(mdx: string, options?: RemarkAtlasOptions): Promise<string> {
  const file = new VFile({ path: 'content/countries/testland.mdx', value: mdx });
  return String(await compile(file, { remarkPlugins: [remarkGfm, options ? [remarkAtlas, options] : remarkAtlas] }));
}

describe('remarkAtlas: the content guard', () => {
  test.each([
    ['an import', 'Intro.\n\nimport x from "node:fs"\n', 'content/countries/testland.mdx:3: import/export is not allowed in content.'],
    [
      'an export',
      'Intro.\n\nexport const secret = process.env.HOME\n',
      'content/countries/testland.mdx:3: import/export is not allowed in content.',
    ],
    ['an expression', 'Home is {process.env.HOME}.', 'content/countries/testland.mdx:1: {expressions} are not allowed in content.'],
    ['a JSX element', 'Hello <Widget />.', 'content/countries/testland.mdx:1: JSX elements are not allowed in content; use Markdown.'],
    [
      'a javascript: link',
      'See [this](javascript:alert(1)).',
      'content/countries/testland.mdx:1: links must be http(s), site paths or #anchors, not "javascript:alert(1)".',
    ],
    [
      'a data: link',
      'See [this](data:text/html,hi).',
      'content/countries/testland.mdx:1: links must be http(s), site paths or #anchors, not "data:text/html,hi".',
    ],
  ])('refuses %s with the file and line', async (_, mdx, message) => {
    await expect(toJs(mdx)).rejects.toThrow(message);
  });
});

describe('remarkAtlas: citations', () => {
  test('numbers [^source-id] by first appearance and links each to the source list', async () => {
    const js = await toJs('First.[^alpha] Second.[^beta]\n\nAgain.[^alpha]');
    expect(js).toContain('href: "#source-alpha"');
    expect(js).toContain('href: "#source-beta"');
    expect(js.indexOf('"[1]"')).toBeLessThan(js.indexOf('"[2]"'));
    expect(js).not.toContain('[^alpha]');
  });

  test('leaves text without citations alone', async () => {
    const js = await toJs('A [link](/countries/india/) and [brackets].');
    expect(js).not.toContain('source-');
  });
});

describe('remarkAtlas: site paths', () => {
  test('put the base of a site published under a path in front of site paths, and only of those', async () => {
    const js = await toJs(
      'See [Vendor Co](/organizations/vendor-co/), [a source](#source-alpha) and [the web](https://example.org/).[^alpha]',
      { base: '/atlas/' },
    );
    expect(js).toContain('href: "/atlas/organizations/vendor-co/"');
    expect(js).toContain('href: "#source-alpha"');
    expect(js).toContain('href: "https://example.org/"');
  });

  test('leave site paths as written at the root', async () => {
    expect(await toJs('See [India](/countries/india/).', { base: '/' })).toContain('href: "/countries/india/"');
  });
});

describe('remarkAtlas: vendor claims', () => {
  // The options the Astro config builds from the same content check (astro.config.mjs).
  const options = remarkAtlasOptions(checkContent(FIXTURE_DIR, ROOT).entries, '/');

  test("is given each source's kind of evidence by the content check", () => {
    expect(options.evidence?.get('fixture-unknown-article')).toBe('vendor');
    expect(options.evidence?.get('fixture-report')).toBe('independent');
  });

  test('marks a claim whose every source is vendor-originated, and only such a claim', async () => {
    const vendorOnly = await toJs('A vendor says so.[^fixture-unknown-article]', options);
    expect(vendorOnly).toContain('"vendor-only"');
    const mixed = await toJs('Both say so.[^fixture-unknown-article][^fixture-report]', options);
    expect(mixed).not.toContain('"vendor-only"');
  });
});
