import { describe, expect, test } from 'vitest';
import { formatDate, humanize } from '../../src/lib/views/format.ts';

describe('formatDate', () => {
  test('keeps the precision that is known', () => {
    expect(formatDate('2025-05-22')).toBe('22 May 2025');
    expect(formatDate('2025-05')).toBe('May 2025');
    expect(formatDate('2025')).toBe('2025');
  });
});

describe('humanize', () => {
  test('turns codes into words', () => {
    expect(humanize('model-release')).toBe('Model release');
  });
});
