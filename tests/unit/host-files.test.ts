import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { headersFile, redirectsFile } from '../../src/lib/site/host-files.ts';

const aliases = new Map([['countries/korea', { collection: 'countries' as const, id: 'south-korea' }]]);

describe('redirectsFile', () => {
  test('sends each old id, with and without its slash, to the entry', () => {
    expect(redirectsFile(aliases, '/')).toBe(
      '/countries/korea/ /countries/south-korea/ 301\n/countries/korea /countries/south-korea/ 301\n',
    );
  });

  test('keeps both ends under the base of a site published under a path', () => {
    expect(redirectsFile(aliases, '/atlas/')).toBe(
      '/atlas/countries/korea/ /atlas/countries/south-korea/ 301\n/atlas/countries/korea /atlas/countries/south-korea/ 301\n',
    );
  });

  test('is empty without aliases', () => {
    expect(redirectsFile(new Map(), '/')).toBe('');
  });
});

describe('headersFile', () => {
  test('names its paths under the base', () => {
    const paths = (base: string) =>
      headersFile(base, 'console.log(1)')
        .split('\n')
        .filter((line) => line.startsWith('/'));
    expect(paths('/')).toEqual(['/_astro/*', '/_atlas/*', '/*']);
    expect(paths('/atlas/')).toEqual(['/atlas/_astro/*', '/atlas/_atlas/*', '/atlas/*']);
  });

  test('allows the inline loader it is given by the hash of its text', () => {
    expect(headersFile('/', 'console.log(1)')).toContain(`'sha256-${createHash('sha256').update('console.log(1)').digest('base64')}'`);
  });
});
