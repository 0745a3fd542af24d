// Lighthouse (npm `lighthouse`, driving Debian's Chromium through chrome-launcher) on one page of
// each type of the built Atlas, served on 127.0.0.1: accessibility, best practices and SEO at 100,
// cumulative layout shift under 0.05. The performance score is printed, not judged (it depends on
// the machine more than on the page).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/serve.ts';
import { SITE_DIR } from '../setup/paths.ts';

/** One page of each type: home, an index, an entry of each collection, a search with a query, each view. */
const PAGES = [
  '/',
  '/countries/',
  '/countries/south-korea/',
  '/programs/stargate-uae/',
  '/people/sam-winter-levy/',
  '/organizations/nvidia/',
  '/quotes/winter-levy-niche-choke-point/',
  '/sources/rest-of-world-sovereign-ai/',
  '/events/2025-05-22-stargate-uae-announced/',
  '/layers/chips/',
  '/search/?q=Malaysia',
  '/matrix/',
  '/map/',
  '/timeline/',
  '/timeline/region/europe/',
  '/vendors/',
  '/offers/',
  '/compare/programs/stargate-uae/stargate-norway/stargate-uk/',
];

interface Audit {
  score: number | null;
  numericValue?: number;
  title: string;
}
interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
}

let server: { origin: string; close: () => Promise<void> };
let chrome: chromeLauncher.LaunchedChrome;
const reports = new Map<string, Report>();

beforeAll(async () => {
  server = await serve(SITE_DIR);
  chrome = await chromeLauncher.launch({
    chromePath: process.env['CHROME_PATH'] ?? CHROMIUM,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const rows: string[] = [];
  for (const path of PAGES) {
    const result = await lighthouse(`${server.origin}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const report = result.lhr as unknown as Report;
    reports.set(path, report);
    const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
    rows.push(
      `| ${path} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${(report.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)} |`,
    );
  }
  console.log(
    `Lighthouse, mobile preset:\n| page | performance | accessibility | best practices | SEO | layout shift |\n| --- | --- | --- | --- | --- | --- |\n${rows.join('\n')}`,
  );
}, 900_000);

afterAll(async () => {
  await chrome?.kill();
  await server?.close();
});

/** The audits of a category that did not pass, by title, for a failure message. */
function failing(report: Report, category: string): string[] {
  return (report.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => `${ref.id}: ${report.audits[ref.id]?.title ?? ''}`);
}

describe('Lighthouse on one page of each type', () => {
  test.each(PAGES)('%s: accessibility, best practices and SEO at 100; layout shift under 0.05', (path) => {
    const report = reports.get(path);
    expect(report, `no report for ${path}`).toBeDefined();
    if (!report) return;
    for (const category of ['accessibility', 'best-practices', 'seo']) {
      expect(report.categories[category]?.score, `${path} ${category}: ${failing(report, category).join('; ')}`).toBe(1);
    }
    expect(report.audits['cumulative-layout-shift']?.numericValue ?? 1).toBeLessThan(0.05);
  });
});
