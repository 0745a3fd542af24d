// Search over the hostile corpus: names and quotes built to break out of HTML come back as text.
import { describe, expect, test } from 'vitest';
import { browserSession } from '../setup/browser-session.ts';
import { HOSTILE_SITE_DIR } from '../setup/paths.ts';

const session = browserSession(HOSTILE_SITE_DIR);

describe('search results from hostile content', () => {
  test('show hostile titles and quotes as text, without running or inserting anything', async () => {
    const page = await session.browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    for (const query of ['alert', 'Land', 'escape', 'नमस्ते']) {
      await page.goto(`${session.origin}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '');
      expect(await page.locator('#search-results script, #search-results img, #search-results iframe').count(), query).toBe(0);
    }
    await page.goto(`${session.origin}/search/?q=escape`);
    await page.waitForSelector('#search-results .result');
    expect(await page.textContent('#search-results .result-title')).toBe(
      "“We will </script><script>alert('quote')</script> never \"escape\" & that's 'final' — नमस्ते 🚀”",
    );
    await page.focus('#site-search-input');
    await page.keyboard.type('Land');
    await page.waitForSelector('#site-search-options [role="option"]');
    expect(await page.locator('#site-search-options script, #site-search-options img').count()).toBe(0);
    expect(await page.textContent('#site-search-options')).toContain('</script><script>alert(1)</script> Land');
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
