import { describe, expect, test } from 'vitest';
import { findCitations } from '../../src/lib/content/body-citations.ts';

describe('findCitations', () => {
  test('finds every [^source-id] with its line, in reading order', () => {
    expect(findCitations('A claim.[^first]\n\nAnother.[^second][^first]')).toEqual([
      { id: 'first', line: 1 },
      { id: 'second', line: 3 },
      { id: 'first', line: 3 },
    ]);
  });

  test('ignores ordinary brackets and links', () => {
    expect(findCitations('A [link](/countries/india/) and [brackets].')).toEqual([]);
  });
});
