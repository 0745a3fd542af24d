// A seeded synthetic Atlas: countries, programs, people, organizations, quotes (about 40%), sources
// and events in realistic proportions and cross-links, with vocabulary drawn from the real content.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { walkFiles } from './lib/files.ts';
import { NOT_STATED, OFFER_TERMS } from '../src/collections/programs.ts';

const LAYERS = ['chips', 'data-centers', 'cloud', 'models', 'data', 'applications', 'talent', 'standards'];
const RELIANCE = ['domestic', 'us', 'china', 'mixed', 'other-foreign', 'unknown'];
const STRATEGIES = ['full-stack', 'niche-layer', 'partner-led', 'hedging', 'early'];
const PROGRAM_KINDS = ['partnership', 'investment', 'cloud', 'model-release', 'export-policy', 'infrastructure', 'chip'];
const STATUSES = ['announced', 'active', 'delayed', 'retracted', 'completed'];
const STAGES = ['announced', 'agreement-signed', 'financing', 'construction', 'capacity-online', 'launched'];
const ORG_KINDS = ['company', 'government', 'think-tank', 'university', 'lab', 'media', 'consortium'];
const SOURCE_KINDS = ['news', 'report', 'press-release', 'government', 'academic', 'company'];
const EVIDENCE = ['independent', 'independent', 'independent', 'primary', 'vendor', 'secondary'];

/** mulberry32: a small seeded generator, so a corpus can be rebuilt exactly. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words of the real content bodies: realistic vocabulary for search. */
function vocabulary(contentDir: string): string[] {
  const words = new Set<string>();
  for (const collection of ['countries', 'programs', 'people', 'organizations']) {
    for (const file of walkFiles(join(contentDir, collection))) {
      const text = readFileSync(file, 'utf8').split(/^---$/m).slice(2).join(' ');
      for (const word of text.replace(/\[\^[^\]]+\]|\]\([^)]*\)/g, ' ').split(/[^A-Za-z'-]+/)) {
        if (word.length > 2 && !word.startsWith("'") && !word.endsWith('-')) words.add(word);
      }
    }
  }
  return [...words];
}

export interface CorpusCounts {
  countries: number;
  programs: number;
  people: number;
  organizations: number;
  quotes: number;
  sources: number;
  events: number;
  layers: number;
}

/**
 * How many entries of each kind: 40% quotes, then (by share of all entries) sources 21%, events 12%,
 * programs 8%, organizations 8%, people 7% and countries 3% (never more than 600); sources take what
 * rounding and that cap leave over.
 */
export function corpusCounts(entries: number): CorpusCounts {
  const countries = Math.min(600, Math.max(5, Math.round(entries * 0.03)));
  const quotes = Math.max(1, Math.round(entries * 0.4));
  const programs = Math.max(3, Math.round(entries * 0.08));
  const organizations = Math.max(3, Math.round(entries * 0.08));
  const people = Math.max(3, Math.round(entries * 0.07));
  const events = Math.max(3, Math.round(entries * 0.12));
  const sources = Math.max(5, entries - countries - quotes - programs - organizations - people - events - LAYERS.length);
  return { countries, programs, people, organizations, quotes, sources, events, layers: LAYERS.length };
}

/** Choices and invented text, all drawn from one seeded generator in the order they are asked for. */
function inventor(seed: number, words: readonly string[]) {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const count = min + Math.floor(rand() * (max - min + 1));
    return [...new Set(Array.from({ length: count }, () => pick(list)))];
  };
  const sentence = (n = 14 + Math.floor(rand() * 12)) => {
    const list = Array.from({ length: n }, () => pick(words));
    const text = list.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const title = (n = 3) =>
    Array.from({ length: n }, () => pick(words))
      .map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`)
      .join(' ');
  const day = () =>
    `${2019 + Math.floor(rand() * 8)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  return { rand, pick, some, sentence, title, day };
}

type Inventor = ReturnType<typeof inventor>;

/** The ids of the entries other entries link to. */
interface Ids {
  countries: string[];
  programs: string[];
  organizations: string[];
  people: string[];
  sources: string[];
}

/** Writes one entry: a YAML file, or an MDX file when it has a body. */
type Write = (collection: string, id: string, data: Record<string, unknown>, text?: string) => void;

const UPDATED = '2026-11-26';

/** An MDX body: sections of paragraphs of three sentences, each citing a source. */
function bodyWriter({ pick, sentence }: Inventor, sources: readonly string[]) {
  const paragraph = (sentences: number) => Array.from({ length: sentences }, () => `${sentence()}[^${pick(sources)}]`).join(' ');
  return (sections: string[], paragraphs: number) =>
    sections.map((heading) => `## ${heading}\n\n${Array.from({ length: paragraphs }, () => paragraph(3)).join('\n\n')}`).join('\n\n');
}

function writeLayersAndSources(write: Write, { pick, sentence, title, day }: Inventor, ids: Ids): void {
  // Every synthetic layer asks the technology question only, so a row's label is its one answer.
  LAYERS.forEach((id, i) =>
    write('layers', id, { name: title(1), order: i + 1, summary: sentence(), questions: { technology: `${title(4)}?` }, updated: UPDATED }),
  );
  ids.sources.forEach((id, i) =>
    write('sources', id, {
      title: title(6),
      publisher: `${title(2)} ${i % 50}`,
      published: day(),
      url: `https://example.org/${id}`,
      kind: pick(SOURCE_KINDS),
      // The first source is independent reporting (drawn all the same, so the sequence stays), for the stack rows that need one.
      evidence: i === 0 ? (pick(EVIDENCE), 'independent') : pick(EVIDENCE),
      updated: UPDATED,
    }),
  );
}

function writeCountries(write: Write, invent: Inventor, ids: Ids): void {
  const { pick, some, sentence, title } = invent;
  const body = bodyWriter(invent, ids.sources);
  ids.countries.forEach((id, i) => {
    const iso2 = `${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}${String.fromCharCode(65 + (i % 26))}`;
    write(
      'countries',
      id,
      {
        name: `${title(2)} ${i + 1}`,
        kind: 'country',
        iso2,
        region: title(2),
        summary: sentence(),
        strategy: pick(STRATEGIES),
        stack: some(LAYERS, 3, 6).map((layer) => {
          const reliance = pick(RELIANCE);
          // Every note says whose account it gives, and every row also cites the independent first source,
          // as the content check asks of a row resting on vendor claims or answering "domestic".
          const note = `According to its sources, ${sentence()}`;
          const sources = [...new Set([...some(ids.sources, 1, 2), ids.sources[0] ?? ''])];
          return { layer, reliance, basis: { technology: reliance }, asOf: '2025', note, sources };
        }),
        sources: some(ids.sources, 0, 2),
        updated: UPDATED,
      },
      body(['What it is building', 'Dependencies layer by layer', 'Deals and dates', 'What experts say', 'Open questions'], 2),
    );
  });
}

function writeOrganizationsAndPeople(write: Write, invent: Inventor, ids: Ids): void {
  const { pick, some, sentence, title } = invent;
  const body = bodyWriter(invent, ids.sources);
  ids.organizations.forEach((id, i) =>
    write(
      'organizations',
      id,
      {
        name: `${title(2)} ${i + 1}`,
        kind: pick(ORG_KINDS),
        headquarters: pick(ids.countries),
        layers: some(LAYERS, 1, 3),
        summary: sentence(),
        sources: some(ids.sources, 1, 2),
        updated: UPDATED,
      },
      body(['Role in sovereign AI'], 2),
    ),
  );
  ids.people.forEach((id, i) =>
    write(
      'people',
      id,
      {
        name: `${title(2)} ${i + 1}`,
        kind: pick(['expert', 'executive', 'official']),
        role: title(3),
        affiliation: pick(ids.organizations),
        stance: sentence(),
        sources: some(ids.sources, 1, 2),
        updated: UPDATED,
      },
      body(['Argument', 'Background'], 1),
    ),
  );
}

/**
 * A program's offer terms, about half of them stated, drawn from a generator of their own so that the
 * rest of the corpus is the same as before programs had offer terms.
 */
function offerTerms({ rand, pick, some, sentence, day }: Inventor, sources: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(OFFER_TERMS).map(([dimension, { values }]) => [
      dimension,
      rand() < 0.5
        ? { value: NOT_STATED }
        : {
            value: dimension === 'bundle' ? some(LAYERS, 1, 3) : pick(Object.keys(values)),
            note: sentence(),
            sources: some(sources, 1, 2),
            asOf: day(),
          },
    ]),
  );
}

function writePrograms(write: Write, invent: Inventor, ids: Ids, offers: Inventor): void {
  const { pick, some, sentence, title, day } = invent;
  const body = bodyWriter(invent, ids.sources);
  ids.programs.forEach((id, i) => {
    const announced = day();
    write(
      'programs',
      id,
      {
        name: `${title(3)} ${i + 1}`,
        kind: pick(PROGRAM_KINDS),
        vendors: some(ids.organizations, 1, 3),
        countries: some(ids.countries, 1, 5),
        layers: some(LAYERS, 1, 3),
        announced,
        status: pick(STATUSES),
        statusAsOf: announced,
        statusSources: some(ids.sources, 1, 2),
        milestones: some(STAGES, 1, 3).map((stage) => ({ date: day(), stage, summary: sentence(), sources: some(ids.sources, 1, 2) })),
        offer: offerTerms(offers, ids.sources),
        summary: sentence(),
        sources: some(ids.sources, 1, 3),
        updated: UPDATED,
      },
      body(['What is promised', 'Money and capacity', 'Dependencies'], 1),
    );
  });
}

function writeEvents(write: Write, { some, sentence, title, day }: Inventor, ids: Ids, events: readonly string[]): void {
  events.forEach((id) =>
    write('events', id, {
      date: day(),
      title: title(5),
      summary: sentence(),
      countries: some(ids.countries, 1, 2),
      programs: some(ids.programs, 0, 1),
      organizations: some(ids.organizations, 0, 2),
      sources: some(ids.sources, 1, 2),
      updated: UPDATED,
    }),
  );
}

function writeQuotes(write: Write, { rand, pick, sentence, day }: Inventor, ids: Ids, quotes: readonly string[]): void {
  quotes.forEach((id) => {
    // Each quote is about 1–3 entries.
    const about: Record<string, string[]> = { countries: [], programs: [], organizations: [], layers: [] };
    for (let k = 0, n = 1 + Math.floor(rand() * 3); k < n; k += 1) {
      const kind = pick(['countries', 'programs', 'organizations', 'layers'] as const);
      const target = pick(
        kind === 'countries' ? ids.countries : kind === 'programs' ? ids.programs : kind === 'organizations' ? ids.organizations : LAYERS,
      );
      if (!about[kind]?.includes(target)) about[kind]?.push(target);
    }
    write('quotes', id, {
      text: sentence(10 + Math.floor(rand() * 25)),
      speaker: rand() < 0.75 ? pick(ids.people) : pick(ids.organizations),
      source: pick(ids.sources),
      date: day(),
      context: sentence(),
      about,
      updated: UPDATED,
    });
  });
}

export function writeCorpus(dir: string, entries: number, seed: number, contentDir: string): CorpusCounts {
  const words = vocabulary(contentDir);
  const invent = inventor(seed, words);
  const counts = corpusCounts(entries);
  const idList = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`);
  const ids: Ids = {
    countries: idList('country', counts.countries),
    programs: idList('program', counts.programs),
    organizations: idList('org', counts.organizations),
    people: idList('person', counts.people),
    sources: idList('source', counts.sources),
  };

  rmSync(dir, { recursive: true, force: true });
  const write: Write = (collection, id, data, text) => {
    mkdirSync(join(dir, collection), { recursive: true });
    const frontmatter = yaml.dump(data, { lineWidth: 200, quotingType: '"', forceQuotes: false });
    if (text === undefined) writeFileSync(join(dir, collection, `${id}.yaml`), frontmatter);
    else writeFileSync(join(dir, collection, `${id}.mdx`), `---\n${frontmatter}---\n\n${text}\n`);
  };
  // In this order: every choice comes from the one seeded sequence, so the order is part of the corpus.
  writeLayersAndSources(write, invent, ids);
  writeCountries(write, invent, ids);
  writeOrganizationsAndPeople(write, invent, ids);
  writePrograms(write, invent, ids, inventor(seed + 1, words));
  writeEvents(write, invent, ids, idList('event', counts.events));
  writeQuotes(write, invent, ids, idList('quote', counts.quotes));
  return counts;
}
