import { describe, expect, test } from 'vitest';
import { closestIds, didYouMean } from '../../src/lib/content/did-you-mean.ts';

describe('closestIds', () => {
  test('suggests the ids an author most likely meant', () => {
    expect(closestIds('chip', ['chips', 'cloud', 'models'])).toEqual(['chips']);
    expect(closestIds('south-corea', ['south-korea', 'india', 'malaysia'])).toEqual(['south-korea']);
  });

  test('suggests nothing when no id is close', () => {
    expect(closestIds('atlantis', ['india', 'peru'])).toEqual([]);
    expect(didYouMean('atlantis', ['india', 'peru'])).toBe('');
  });
});
