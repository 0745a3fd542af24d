// The Pagefind step of the build (src/integrations/pagefind.ts) on folders it can and cannot index.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { indexSite } from '../../src/integrations/pagefind.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-pagefind-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('indexing a built site', () => {
  test('counts the pages it indexed', async () => {
    const dir = join(work, 'site');
    mkdirSync(join(dir, 'about'), { recursive: true });
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html lang="en"><body data-pagefind-body><p>Sovereign compute</p></body></html>',
    );
    writeFileSync(
      join(dir, 'about', 'index.html'),
      '<!doctype html><html lang="en"><body data-pagefind-body><p>About the Atlas</p></body></html>',
    );
    expect(await indexSite(dir)).toBe(2);
  });

  test('a folder without pages fails with Pagefind’s own reason', async () => {
    const dir = join(work, 'empty');
    mkdirSync(dir);
    await expect(indexSite(dir)).rejects.toThrow(/Pagefind exited with code 1:[\s\S]*not able to build an index/);
  });
});
