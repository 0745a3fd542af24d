import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The real site, built once per test run. */
export const SITE_DIR = resolve(ROOT, '.tmp/test-site');
/** The minimal fixture corpus, built once per test run (it exercises GFM and citations). */
export const FIXTURE_DIR = resolve(ROOT, 'tests/fixtures/content/minimal');
export const FIXTURE_SITE_DIR = resolve(ROOT, '.tmp/test-fixture-site');
/** The minimal fixture corpus again, built for a site under a path (a GitHub Pages project site). */
export const BASE_SITE_ADDRESS = 'https://example-org.github.io/atlas/';
export const BASE_PATH = '/atlas/';
export const BASE_SITE_DIR = resolve(ROOT, '.tmp/test-base-site');
export const BASE_LOG = resolve(ROOT, '.tmp/test-base-site.log');
/** Build logs, read by the tests that watch Astro's warnings. */
export const SITE_LOG = resolve(ROOT, '.tmp/test-site.log');
export const FIXTURE_LOG = resolve(ROOT, '.tmp/test-fixture-site.log');
/** A corpus whose every text tries to break out of HTML, attributes and JSON-LD. */
export const HOSTILE_DIR = resolve(ROOT, 'tests/fixtures/content/hostile');
export const HOSTILE_SITE_DIR = resolve(ROOT, '.tmp/test-hostile-site');
export const HOSTILE_LOG = resolve(ROOT, '.tmp/test-hostile-site.log');
/** Every URL the Atlas has ever published. */
export const URL_MANIFEST = resolve(ROOT, 'tests/urls.txt');
