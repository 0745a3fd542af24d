import { describe, expect, test } from 'vitest';
import { parseEntry } from '../../src/lib/content/check.ts';
import { buildGraph, formatProblem, refKey, type GraphEntry } from '../../src/lib/graph/graph.ts';
import { referrersIn } from '../../src/lib/views/entry.ts';

const layer = (id: string, order: number) =>
  parseEntry('layers', id, {
    name: id,
    order,
    summary: `The ${id} layer of the AI stack.`,
    questions: { technology: 'Whose technology is it?' },
    updated: '2026-11-26',
  });
const source = (id: string) =>
  parseEntry('sources', id, {
    title: `Report ${id}`,
    publisher: 'Fixture Press',
    url: 'https://example.org/',
    kind: 'report',
    evidence: 'independent',
    updated: '2026-11-26',
  });
const country = (id: string, extra: Record<string, unknown> = {}, body?: string) =>
  parseEntry(
    'countries',
    id,
    {
      name: id,
      kind: 'country',
      iso2: 'TL',
      region: 'Somewhere',
      summary: `${id} is building sovereign AI in this test.`,
      strategy: 'early',
      updated: '2026-11-26',
      ...extra,
    },
    body,
  );
const person = (id: string) =>
  parseEntry('people', id, {
    name: id,
    kind: 'expert',
    role: 'Fellow',
    stance: 'Buying chips is not the same as owning the stack.',
    sources: ['report-a'],
    updated: '2026-11-26',
  });
const quote = (id: string, speaker: string, about: Record<string, string[]> = {}) =>
  parseEntry('quotes', id, {
    text: 'A verbatim quote.',
    speaker,
    source: 'report-a',
    context: 'Said in a test about the Atlas graph.',
    about,
    updated: '2026-11-26',
  });

const base = (): GraphEntry[] => [layer('chips', 1), layer('cloud', 2), source('report-a'), person('ada')];
const messages = (entries: GraphEntry[]) => buildGraph(entries).problems.map(formatProblem);

describe('buildGraph', () => {
  test('accepts a graph whose references all resolve', () => {
    const stack = [
      { layer: 'chips', reliance: 'us', basis: { technology: 'us' }, asOf: '2025', note: 'Imported accelerators.', sources: ['report-a'] },
    ];
    expect(messages([...base(), country('testland', { stack }), quote('q', 'ada', { countries: ['testland'] })])).toEqual([]);
  });

  test('names the file, field, unknown id and the closest ids', () => {
    const stack = [
      { layer: 'chip', reliance: 'us', basis: { technology: 'us' }, asOf: '2025', note: 'Imported accelerators.', sources: ['report-a'] },
    ];
    expect(messages([...base(), country('testland', { stack })])).toEqual([
      'countries/testland: stack[0].layer: unknown layers id "chip" (did you mean "chips"?)',
    ]);
  });

  test('reports an unknown source cited in the body with its line', () => {
    const problems = messages([...base(), country('testland', {}, 'Intro.\n\nA claim.[^report-b]')]);
    expect(problems).toEqual(['countries/testland: body (line 3) citation: unknown sources id "report-b" (did you mean "report-a"?)']);
  });

  test('reports an internal link in the body to an entry that does not exist', () => {
    const problems = messages([...base(), country('testland', {}, 'See [Atlantis](/countries/atlantis/).')]);
    expect(problems).toEqual(['countries/testland: body (line 1) link: unknown countries id "atlantis"']);
  });

  test('reports two entries with the same id', () => {
    const duplicate = { ...country('testland'), file: 'content/countries/archive/testland.mdx' };
    expect(messages([...base(), country('testland'), duplicate])).toEqual([
      'content/countries/archive/testland.mdx: duplicate id "testland": countries/testland has the same file name in countries; rename one of them',
    ]);
  });

  test('reports an alias that is another entry’s id, and an alias claimed twice', () => {
    const problems = messages([
      ...base(),
      country('testland', { aliases: ['otherland'] }),
      country('otherland'),
      country('thirdland', { aliases: ['old-land'] }),
      country('fourthland', { aliases: ['old-land'] }),
    ]);
    expect(problems).toEqual([
      'countries/testland: aliases[0]: alias "otherland" is the id of another entry (countries/otherland); an old URL cannot point at two pages',
      'countries/fourthland: aliases[0]: duplicate alias "old-land": countries/thirdland already claims it',
    ]);
  });

  test('points a reference to an old id at the new one', () => {
    const problems = messages([...base(), country('new-land', { aliases: ['old-land'] }), quote('q', 'ada', { countries: ['old-land'] })]);
    expect(problems).toEqual(['quotes/q: about.countries[0]: unknown countries id "old-land" (it was renamed: use "new-land")']);
  });

  test('requires a quote speaker to be a person or an organization', () => {
    expect(messages([...base(), quote('q', 'adda')])).toEqual([
      'quotes/q: speaker: "adda" is neither a person nor an organization (did you mean "ada"?)',
    ]);
  });

  test('indexes backlinks from every referencing field, once per build, with the field they come through', () => {
    const graph = buildGraph([...base(), country('testland'), quote('q', 'ada', { countries: ['testland'], layers: ['chips'] })]);
    expect(graph.backlinks.get(refKey({ collection: 'countries', id: 'testland' }))).toEqual([
      { from: { collection: 'quotes', id: 'q' }, via: 'about.countries', field: 'about.countries[0]' },
    ]);
    expect(graph.backlinks.get(refKey({ collection: 'people', id: 'ada' }))).toEqual([
      { from: { collection: 'quotes', id: 'q' }, via: 'speaker', field: 'speaker' },
    ]);
    expect(graph.backlinks.get(refKey({ collection: 'sources', id: 'report-a' }))?.map((b) => b.from.id)).toEqual(['ada', 'q']);
  });

  test('tells a link in a body from a reference field, and referrers are picked by either', () => {
    const entries = [
      ...base(),
      country('testland', { sources: ['report-a'] }, 'Ada said so.[^report-a] See [Ada](/people/ada/).\n'),
      quote('q', 'ada', { countries: ['testland'] }),
    ];
    const graph = buildGraph(entries);
    const toAda = graph.backlinks.get(refKey({ collection: 'people', id: 'ada' })) ?? [];
    expect(referrersIn(toAda, 'countries', ['body link'])).toEqual([{ collection: 'countries', id: 'testland' }]);
    expect(referrersIn(toAda, 'quotes', ['speaker'])).toEqual([{ collection: 'quotes', id: 'q' }]);
    const toReport = graph.backlinks.get(refKey({ collection: 'sources', id: 'report-a' })) ?? [];
    expect(referrersIn(toReport, 'countries', ['body citation'])).toEqual([{ collection: 'countries', id: 'testland' }]);
    expect(referrersIn(toReport, 'countries', ['sources'])).toEqual([{ collection: 'countries', id: 'testland' }]);
    expect(referrersIn(toReport, 'countries', ['stack.sources'])).toEqual([]);
    // A field its collection's schema does not have does not compile (checked by `npm run typecheck`).
    // @ts-expect-error: quotes have `about.countries`, not `about.country`
    expect(referrersIn(toReport, 'quotes', ['about.country'])).toEqual([]);
  });
});
