import { describe, expect, test } from 'vitest';
import { LOCAL_ADDRESS, parseSiteAddress, readSiteAddress, UNSET_MESSAGE } from '../../src/lib/site/address.ts';

describe('parseSiteAddress', () => {
  test('counts a missing, empty or blank value as unset, with the one line that says how to set it', () => {
    for (const value of [undefined, '', '   ', '\n']) {
      expect(parseSiteAddress(value)).toEqual({ status: 'unset', message: UNSET_MESSAGE });
    }
    expect(UNSET_MESSAGE).toBe('ATLAS_SITE is not set: give the public address, e.g. ATLAS_SITE=https://atlas.example.org npm run build');
  });

  test('gives an address at the root of a domain the base /', () => {
    expect(parseSiteAddress('https://atlas.example.org')).toEqual({
      status: 'set',
      address: { site: 'https://atlas.example.org/', base: '/' },
    });
    expect(parseSiteAddress(' https://atlas.example.org/ ')).toEqual({
      status: 'set',
      address: { site: 'https://atlas.example.org/', base: '/' },
    });
  });

  test('keeps the path of a project site, with one trailing slash', () => {
    const expected = { status: 'set', address: { site: 'https://example-org.github.io/atlas/', base: '/atlas/' } };
    expect(parseSiteAddress('https://example-org.github.io/atlas')).toEqual(expected);
    expect(parseSiteAddress('https://example-org.github.io/atlas/')).toEqual(expected);
    expect(parseSiteAddress('https://example.org/research/atlas')).toEqual({
      status: 'set',
      address: { site: 'https://example.org/research/atlas/', base: '/research/atlas/' },
    });
  });

  test('accepts http and a port, as the local address has', () => {
    expect(parseSiteAddress(LOCAL_ADDRESS)).toEqual({ status: 'set', address: { site: 'http://localhost:4321/', base: '/' } });
  });

  test.each([
    ['atlas.example.org', 'ATLAS_SITE="atlas.example.org" is not an absolute URL'],
    ['/atlas/', 'ATLAS_SITE="/atlas/" is not an absolute URL'],
    ['ftp://atlas.example.org/', 'ATLAS_SITE="ftp://atlas.example.org/" has the scheme ftp: where http: or https: is needed'],
    ['javascript:alert(1)', 'has the scheme javascript:'],
    ['https://atlas.example.org/?lang=en', 'has a query (?…) or fragment (#…)'],
    ['https://atlas.example.org/?', 'has a query (?…) or fragment (#…)'],
    ['https://atlas.example.org/#top', 'has a query (?…) or fragment (#…)'],
  ])('refuses %s with one clear line', (value, problem) => {
    const setting = parseSiteAddress(value);
    expect(setting.status).toBe('invalid');
    const message = setting.status === 'invalid' ? setting.message : '';
    expect(message).toContain(problem);
    expect(message).toContain(
      'give the public address as an absolute http(s) URL, e.g. ATLAS_SITE=https://atlas.example.org npm run build',
    );
    expect(message).not.toContain('\n');
  });

  test('refuses an address with credentials without repeating them', () => {
    const setting = parseSiteAddress('https://user:secret@atlas.example.org/');
    expect(setting.status).toBe('invalid');
    expect(setting.status === 'invalid' && setting.message).toMatch(/^ATLAS_SITE carries a user name or password: /);
    expect(JSON.stringify(setting)).not.toContain('secret');
  });
});

describe('readSiteAddress', () => {
  test('reads ATLAS_SITE and nothing else', () => {
    expect(readSiteAddress({ ATLAS_SITE: 'https://atlas.example.org' }).status).toBe('set');
    expect(readSiteAddress({ SITE: 'https://atlas.example.org' }).status).toBe('unset');
  });
});
