// The inline loader as the client build bundles it (src/client/loader.ts, src/integrations/client-scripts.ts) and the policy that allows it.
import { createHash } from 'node:crypto';
import type { AstroIntegration } from 'astro';
import { describe, expect, test } from 'vitest';
import clientScripts, { bundleLoader } from '../../src/integrations/client-scripts.ts';
import { contentSecurityPolicy, contentSecurityPolicyHeader } from '../../src/lib/site/csp.ts';
import { LOADER_SCRIPT } from '../../src/lib/site/loader-script.ts';

type Setup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

/** The loader the integration hands to pages of a site under `base`. */
async function loaderUnder(base: string): Promise<string> {
  let define: Record<string, string> = {};
  const setup = clientScripts({ loader: bundleLoader() }).hooks['astro:config:setup'] as Setup;
  await setup({
    config: { base },
    updateConfig: (config: { vite: { define: Record<string, string> } }) => (define = config.vite.define),
  } as unknown as Parameters<Setup>[0]);
  return JSON.parse(define['import.meta.env.ATLAS_LOADER_SCRIPT'] ?? 'null') as string;
}

describe('the inline loader', () => {
  test('is the same text under any base path, so one hash fits every page and _headers', async () => {
    const [root, under] = await Promise.all([loaderUnder('/'), loaderUnder('/atlas/')]);
    expect(under).toBe(root);
    expect(root).not.toMatch(/_atlas|pagefind\/|\/atlas\//);
    // What this test run's pages are given, by the same integration.
    expect(LOADER_SCRIPT).toBe(root);
  });

  test('is a minified classic script that finds Pagefind through the header form', () => {
    expect(LOADER_SCRIPT).not.toMatch(/\n|^\s|\bexport\b/);
    expect(LOADER_SCRIPT).toContain('getAttribute("data-search-files")');
    expect(LOADER_SCRIPT).toContain('has("highlight")');
  });

  test('is allowed by the hash of its exact text, in the meta tag’s policy and the header’s', () => {
    const source = `'sha256-${createHash('sha256').update(LOADER_SCRIPT).digest('base64')}'`;
    expect(contentSecurityPolicy()).toContain(`script-src 'self' 'wasm-unsafe-eval' ${source};`);
    expect(contentSecurityPolicyHeader()).toContain(`script-src 'self' 'wasm-unsafe-eval' ${source};`);
  });
});
