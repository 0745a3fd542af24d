// Measures search cost in headless Chromium against a built site served on 127.0.0.1:
// bytes downloaded from /pagefind/ and milliseconds from keystroke to first result, cold and warm.
// Usage: node scripts/measure-search.ts [siteDir] [query ...]
import { resolve } from 'node:path';
import { launchBrowser, serve } from '../tests/setup/browser.ts';

const [dirArg, ...queryArgs] = process.argv.slice(2);
const dir = resolve(dirArg ?? 'dist');
const queries = queryArgs.length > 0 ? queryArgs : ['nvidia', 'sovereign cloud', 'export licence', 'Winter-Levy', 'Huawei Ascend'];

const server = await serve(dir);
const browser = await launchBrowser();
const rows: { query: string; run: 'cold' | 'warm'; ms: number; pagefindBytes: number; requests: number }[] = [];
try {
  for (const [index, query] of queries.entries()) {
    const context = await browser.newContext();
    const page = await context.newPage();
    let bytes = 0;
    let requests = 0;
    page.on('response', async (response) => {
      if (!new URL(response.url()).pathname.startsWith('/pagefind/')) return;
      requests += 1;
      bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${server.origin}/about/`, { waitUntil: 'networkidle' });
    for (const run of ['cold', 'warm'] as const) {
      const before = bytes;
      // The warm run asks a different question of the already loaded index.
      const text = run === 'cold' ? query : (queries[(index + 1) % queries.length] ?? query);
      await page.fill('#site-search-input', '');
      await page.waitForFunction(() => document.querySelector('#site-search .search-panel')?.hasAttribute('hidden') ?? true);
      const ms = await page.evaluate(async (typed) => {
        const input = document.getElementById('site-search-input') as HTMLInputElement;
        input.focus();
        const started = performance.now();
        const done = new Promise<number>((settle) => {
          const check = () => {
            const first = document.querySelector('#site-search-options [role="option"] .option-title');
            const last = document.querySelector('#site-search-options [role="option"]:last-child');
            if (first && last?.textContent?.includes(`“${typed.trim()}”`)) settle(performance.now() - started);
            else requestAnimationFrame(check);
          };
          check();
        });
        // Wait for the client to mount on focus, then type the whole query as one input event.
        while (!document.getElementById('site-search')?.dataset['mounted']) await new Promise((r) => setTimeout(r, 5));
        input.value = typed;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return done;
      }, text);
      rows.push({ query: text, run, ms: Math.round(ms), pagefindBytes: bytes - before, requests });
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const cold = rows.filter((r) => r.run === 'cold');
const warm = rows.filter((r) => r.run === 'warm');
console.table(rows);
console.log(
  JSON.stringify(
    {
      queries: queries.length,
      coldMsMedian: median(cold.map((r) => r.ms)),
      coldMsWorst: Math.max(...cold.map((r) => r.ms)),
      warmMsMedian: median(warm.map((r) => r.ms)),
      pagefindBytesFirstQueryMedian: median(cold.map((r) => r.pagefindBytes)),
      pagefindBytesFirstQueryWorst: Math.max(...cold.map((r) => r.pagefindBytes)),
    },
    null,
    2,
  ),
);
