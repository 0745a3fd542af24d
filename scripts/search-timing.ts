// Search cost in headless Chromium against a built site served on 127.0.0.1: bytes downloaded from
// /pagefind/ and milliseconds from keystroke to first result, for a cold start and then warm.
import { launchBrowser, serve } from '../tests/setup/browser.ts';

export interface SearchTiming {
  query: string;
  run: 'cold' | 'warm';
  ms: number;
  pagefindBytes: number;
}

export interface SearchSummary {
  queries: number;
  coldMsMedian: number;
  coldMsWorst: number;
  warmMsMedian: number;
  warmMsWorst: number;
  firstQueryBytesMedian: number;
  firstQueryBytesWorst: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * For each query: a fresh browser context opens a page, focuses the header box (loading the search
 * client) and types the query as one input event (cold); then asks the next query (warm).
 * @param startPath a page of the site with the header search box
 */
export async function measureSearch(dir: string, queries: readonly string[], startPath = '/about/'): Promise<{ rows: SearchTiming[]; summary: SearchSummary }> {
  const server = await serve(dir);
  const browser = await launchBrowser();
  const rows: SearchTiming[] = [];
  try {
    for (const [index, query] of queries.entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}${startPath}`, { waitUntil: 'networkidle' });
      for (const run of ['cold', 'warm'] as const) {
        const text = run === 'cold' ? query : (queries[(index + 1) % queries.length] ?? query);
        // Clearing the box focuses it, which starts loading search: only the warm run may do it.
        if (run === 'warm') {
          await page.fill('#site-search-input', '');
          await page.waitForFunction(() => document.querySelector('#site-search .search-panel')?.hasAttribute('hidden') ?? true);
        }
        const { ms, started } = await page.evaluate(async (typed) => {
          const input = document.getElementById('site-search-input') as HTMLInputElement;
          const started = performance.now();
          input.focus();
          while (!document.getElementById('site-search')?.dataset['mounted']) await new Promise((r) => setTimeout(r, 1));
          const done = new Promise<number>((settle) => {
            const check = () => {
              const last = document.querySelector('#site-search-options [role="option"]:last-child');
              if (last?.textContent?.includes(`“${typed.trim()}”`)) settle(performance.now() - started);
              else requestAnimationFrame(check);
            };
            check();
          });
          input.value = typed;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          return { ms: await done, started };
        }, text);
        // Let late responses (the other results' fragments) land, then count what this query fetched
        // from /pagefind/, as the page's own Resource Timing records it (reading bodies through the
        // DevTools protocol instead would slow the very loading being timed).
        await page.waitForLoadState('networkidle');
        const pagefindBytes = await page.evaluate(
          (since) =>
            performance
              .getEntriesByType('resource')
              .filter((entry) => entry.startTime >= since && new URL(entry.name).pathname.startsWith('/pagefind/'))
              .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0),
          started,
        );
        rows.push({ query: text, run, ms: Math.round(ms), pagefindBytes });
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const cold = rows.filter((r) => r.run === 'cold');
  const warm = rows.filter((r) => r.run === 'warm');
  return {
    rows,
    summary: {
      queries: queries.length,
      coldMsMedian: median(cold.map((r) => r.ms)),
      coldMsWorst: Math.max(...cold.map((r) => r.ms)),
      warmMsMedian: median(warm.map((r) => r.ms)),
      warmMsWorst: Math.max(...warm.map((r) => r.ms)),
      firstQueryBytesMedian: median(cold.map((r) => r.pagefindBytes)),
      firstQueryBytesWorst: Math.max(...cold.map((r) => r.pagefindBytes)),
    },
  };
}
