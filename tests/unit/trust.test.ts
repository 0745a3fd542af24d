import { describe, expect, test } from 'vitest';
import { basisPhrase, decideReliance } from '../../src/lib/content/reliance.ts';
import { describeChange } from '../../src/lib/site/history.ts';
import { changeMonths, changesPages, pageCount, type ChangeItem } from '../../src/lib/views/changes.ts';
import { asDescription } from '../../src/lib/cite/render.ts';

const names = {
  reliance: (r: string) => ({ us: 'United States', mixed: 'Mixed', domestic: 'Domestic' })[r] ?? r,
  layer: (id: string) => id.toUpperCase(),
};

describe('the reliance rule', () => {
  test('one place when every answer names it, mixed when they differ, unknown when any is unknown', () => {
    expect(decideReliance({ technology: 'us' })).toBe('us');
    expect(decideReliance({ operator: 'domestic', owner: 'domestic' })).toBe('domestic');
    expect(decideReliance({ technology: 'us', operator: 'domestic' })).toBe('mixed');
    expect(decideReliance({ technology: 'mixed' })).toBe('mixed');
    expect(decideReliance({ technology: 'us', operator: 'unknown' })).toBe('unknown');
    expect(decideReliance({})).toBe('unknown');
  });

  test('the basis reads as the stack table prints it', () => {
    expect(basisPhrase({ owner: 'china', technology: 'us' })).toBe('Technology: United States · Owner: China');
  });
});

describe('changes read from the revision history', () => {
  const before =
    '---\nname: Testland\nsummary: Old.\nstack:\n  - { layer: chips, reliance: us, note: a }\n  - { layer: cloud, reliance: mixed, note: b }\nupdated: "2026-11-26"\n---\n\nBody.\n';

  test('names the facts that changed, and each stack label that moved', () => {
    const after = before
      .replace('reliance: us', 'reliance: mixed')
      .replace('note: b', 'note: c')
      .replace('Old.', 'New.')
      .replace('Body.', 'Body, revised.');
    expect(describeChange(before, after, true, names)).toEqual([
      'summary',
      'reliance at CHIPS: United States → Mixed',
      'row for CLOUD revised',
      'text',
    ]);
  });

  test('a change of the revision date or of the layout alone is not a change of facts', () => {
    const after = before
      .replace('2026-11-26', '2026-12-01')
      .replace('{ layer: chips, reliance: us, note: a }', '{layer: chips,   reliance: us, note: a}');
    expect(describeChange(before, after, true, names)).toEqual([]);
  });

  test('a recorded correction is named as one', () => {
    const after = before.replace('updated:', 'corrections:\n  - { date: "2026-12-01", wrong: x, right: y, sources: [s] }\nupdated:');
    expect(describeChange(before, after, true, names)).toEqual(['correction recorded']);
  });
});

describe('"changed since" pages', () => {
  const item = (month: string): ChangeItem => ({ month, day: `${month}-01`, time: `${month}-01T00:00:00Z`, kind: 'revised' }) as ChangeItem;

  test('one page for every month from the first change to the last, each counting the changes since its start', () => {
    expect(changeMonths([item('2026-12'), item('2026-10'), item('2026-10')]).map((m) => [m.month, m.since])).toEqual([
      ['2026-12', 1],
      ['2026-11', 1],
      ['2026-10', 3],
    ]);
    expect(changeMonths([item('2025-12'), item('2026-01')]).map((m) => m.month)).toEqual(['2026-01', '2025-12']);
  });
});

describe('a descriptive title in a styled citation', () => {
  test('is set as the description itself, not quoted and title-cased as a headline', () => {
    const title = "[India's semiconductor dream: a report]";
    expect(asDescription('“[India’s Semiconductor Dream: A Report].” <i>APAC News</i>, 2025.', title)).toBe(
      '[India&#39;s semiconductor dream: a report]. <i>APAC News</i>, 2025.',
    );
    expect(asDescription('“[Another Title],” News, 2025.', title)).toBe('“[Another Title],” News, 2025.');
    expect(asDescription('“A Real Headline.” News.', 'A real headline')).toBe('“A Real Headline.” News.');
  });
});

describe('pages of changes', () => {
  const items = (n: number, month = '2026-12') =>
    Array.from({ length: n }, () => ({ month, day: `${month}-01`, time: '', kind: 'revised' }) as ChangeItem);

  test('every list has a first page, and as many more as its changes need', () => {
    expect(pageCount(0, 200)).toBe(1);
    expect(pageCount(200, 200)).toBe(1);
    expect(pageCount(201, 200)).toBe(2);
    const pages = changesPages([...items(250), ...items(10, '2026-11')], 200);
    expect(pages).toEqual([
      { since: undefined, page: 1 },
      { since: undefined, page: 2 },
      { since: '2026-12', page: 1 },
      { since: '2026-12', page: 2 },
      { since: '2026-11', page: 1 },
      { since: '2026-11', page: 2 },
    ]);
  });
});
