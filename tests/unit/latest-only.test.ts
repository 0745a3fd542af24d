import { describe, expect, test } from 'vitest';
import { LatestOnly } from '../../src/client/pagefind.ts';

const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('LatestOnly', () => {
  test('drops a search that finishes after a newer one started, instead of delaying input', async () => {
    const latest = new LatestOnly();
    const slow = latest.run(() => after(30, 'results for "sov"'));
    const fast = latest.run(() => after(1, 'results for "sovereign"'));
    expect(await fast).toBe('results for "sovereign"');
    expect(await slow).toBeUndefined();
  });

  test('keeps a search that nothing superseded', async () => {
    const latest = new LatestOnly();
    expect(await latest.run(() => after(1, 'only'))).toBe('only');
  });
});
