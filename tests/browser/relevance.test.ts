// The relevance test set (scripts/relevance.ts): every name, quote and source of the Atlas, and the
// hand-written queries of tests/search/queries.json, asked of the built site in Chromium through the
// search bundle's own ranking. Prints hits@1, hits@5 and MRR per group; fails below each group's floor.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import {
  atlasFrom,
  documentFrequencies,
  generatedQueries,
  GROUPS,
  handWrittenQueries,
  misses,
  rankQueries,
  score,
  scoreTable,
  type GroupScore,
  type Ranked,
} from '../../scripts/relevance.ts';
import { ROOT, SITE_DIR } from '../setup/paths.ts';

let ranked: Ranked[];
let scores: GroupScore[];

beforeAll(async () => {
  const atlas = atlasFrom(checkContent(resolve(ROOT, 'content'), ROOT).entries);
  const queries = [
    ...generatedQueries(atlas, documentFrequencies(SITE_DIR)),
    ...handWrittenQueries(resolve(ROOT, 'tests/search/queries.json')),
  ];
  ranked = await rankQueries(SITE_DIR, queries);
  scores = score(ranked);
  console.log(`Search relevance on the Atlas (${ranked.length} queries):\n${scoreTable(scores)}`);
  const missed = misses(ranked);
  if (missed.length > 0) console.log(`Below their depth:\n${missed.join('\n')}`);
});

describe('search relevance, measured on every entry', () => {
  test('the set covers every name, quote and source, and at least 40 hand-written queries', () => {
    const count = (group: string) => scores.find((s) => s.group === group)?.queries ?? 0;
    for (const group of GROUPS) expect(count(group), group).toBeGreaterThan(0);
    expect(count('hand-written')).toBeGreaterThanOrEqual(40);
  });

  test.each(GROUPS)('%s: found within its depth at least as often as required', (group) => {
    const result = scores.find((s) => s.group === group);
    const missed = ranked.filter((r) => r.group === group && r.rank > r.within).map((r) => `“${r.query}” (${r.expect.join(', ')})`);
    expect(result?.found ?? 0, `missed: ${missed.join('; ')}`).toBeGreaterThanOrEqual(result?.required ?? 1);
  });
});
