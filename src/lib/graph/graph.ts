/**
 * The Atlas's cross-link graph: integrity checks and backlinks, from one index built once.
 *
 * Astro 7 only logs "Invalid content reference … does not exist" for an unknown `reference()` id and
 * carries on (the link silently vanishes, or a template dies later on an unrelated TypeError), and it
 * drops one of two entries with the same id without a word. So the whole graph is checked here before
 * any page renders, with messages that name the file, the field, the bad id and the closest ids.
 */
import {
  collectionDef,
  COLLECTIONS,
  isEntryOf,
  type AnyEntry,
  type AtlasEntry,
  type CollectionName,
  type EntryRef,
} from '../../collections/index.ts';
import type { GraphLookup, Relation, Via } from '../../collections/types.ts';
import { findCitations } from '../content/body-citations.ts';
import { didYouMean } from '../content/did-you-mean.ts';
import { collectRefs, isCollectionName, type Ref } from './references.ts';

/** Where an entry was read from, for messages. */
interface FileInfo {
  /** Path of the file, relative to the project (for messages). */
  file: string;
  /** Lines of the file above the body (frontmatter), so messages give file lines. */
  bodyOffset?: number | undefined;
}

/** One entry as the graph sees it: references already in `{ collection, id }` form, with its file. */
export type GraphEntry = AnyEntry & FileInfo;

export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** A link from one entry to another, seen from the target. */
export interface Backlink {
  from: EntryRef;
  /**
   * How it links: the reference field of the linking entry's schema (`about.countries`,
   * `stack.layer`), or a relation the graph finds itself (`speaker`, `body citation`, `body link`).
   * Query it through `referrers()` (src/lib/views/entry.ts), which types it by the collection.
   */
  via: Via<CollectionName>;
  /** The exact place in the linking entry, for messages: `countries[0]`, `body (line 12)`. */
  field: string;
}

export interface Graph {
  problems: Problem[];
  /** Who links to an entry, keyed by `refKey()`. */
  backlinks: Map<string, Backlink[]>;
  /** Old id → current id, per collection. */
  aliases: Map<string, Ref>;
}

/** @example refKey({ collection: 'countries', id: 'india' }) // → 'countries/india' */
export function refKey(ref: Ref): string {
  return `${ref.collection}/${ref.id}`;
}

/** @example keyRef('countries/india') // → { collection: 'countries', id: 'india' } */
export function keyRef(key: string): Ref {
  const [collection = '', id = ''] = key.split('/');
  if (!isCollectionName(collection)) throw new Error(`"${key}" is not the key of an entry`);
  return { collection, id };
}

/** One line per problem: `content/quotes/x.yaml: speaker: …`. */
export function formatProblem(problem: Problem): string {
  return problem.field === '' ? `${problem.file}: ${problem.message}` : `${problem.file}: ${problem.field}: ${problem.message}`;
}

/** Internal links written in bodies as Markdown links: `](/countries/india/)`. */
const BODY_LINK = /\]\(\/([a-z]+)\/([^/)#\s]+)\/?(?:#[^)\s]*)?\)/g;

/** Entries by collection and id; the first of two entries with one id is kept and the second reported. */
function indexIds(entries: readonly GraphEntry[], problems: Problem[]): Map<CollectionName, Map<string, GraphEntry>> {
  const ids = new Map<CollectionName, Map<string, GraphEntry>>(COLLECTIONS.map((c) => [c, new Map()]));
  for (const entry of entries) {
    const existing = ids.get(entry.collection)?.get(entry.id);
    if (existing) {
      problems.push({
        file: entry.file,
        field: '',
        message: `duplicate id "${entry.id}": ${existing.file} has the same file name in ${entry.collection}; rename one of them`,
      });
      continue;
    }
    ids.get(entry.collection)?.set(entry.id, entry);
  }
  return ids;
}

/** Old ids → current entries, with a problem for each alias that would point at two pages. */
function indexAliases(
  entries: readonly GraphEntry[],
  ids: Map<CollectionName, Map<string, GraphEntry>>,
  problems: Problem[],
): Map<string, Ref> {
  const aliases = new Map<string, Ref>();
  const aliasFiles = new Map<string, string>();
  for (const entry of entries) {
    const own = ids.get(entry.collection);
    entry.data.aliases.forEach((alias, index) => {
      const field = `aliases[${index}]`;
      const key = refKey({ collection: entry.collection, id: alias });
      if (alias === entry.id) {
        problems.push({ file: entry.file, field, message: `alias "${alias}" is the entry's own id` });
      } else if (own?.has(alias)) {
        problems.push({
          file: entry.file,
          field,
          message: `alias "${alias}" is the id of another entry (${own.get(alias)?.file}); an old URL cannot point at two pages`,
        });
      } else if (aliases.has(key)) {
        problems.push({ file: entry.file, field, message: `duplicate alias "${alias}": ${aliasFiles.get(key)} already claims it` });
      } else {
        aliases.set(key, { collection: entry.collection, id: entry.id });
        aliasFiles.set(key, entry.file);
      }
    });
  }
  return aliases;
}

/** What a collection's graph check may ask about the other entries. */
function lookupOf(ids: Map<CollectionName, Map<string, GraphEntry>>): GraphLookup {
  const get = <C extends CollectionName>(ref: EntryRef<C>): AtlasEntry<C> | undefined => {
    const entry = ids.get(ref.collection)?.get(ref.id);
    return entry && isEntryOf(entry, ref.collection) ? entry : undefined;
  };
  return { get, has: (ref) => get(ref) !== undefined, ids: (collection) => ids.get(collection)?.keys() ?? [] };
}

/** The extra links and problems of an entry's collection check (a quote's speaker …). */
function checkEntry<C extends CollectionName>(entry: AtlasEntry<C>, lookup: GraphLookup) {
  return collectionDef(entry.collection).check?.(entry, lookup) ?? { links: [], problems: [] };
}

/** Internal links written in bodies as Markdown links: `](/countries/india/)`. */
function bodyLinks(entry: GraphEntry): { to: Ref; via: Relation; field: string }[] {
  if (entry.body === undefined) return [];
  const offset = entry.bodyOffset ?? 0;
  const found: { to: Ref; via: Relation; field: string }[] = [];
  for (const citation of findCitations(entry.body)) {
    found.push({
      to: { collection: 'sources', id: citation.id },
      via: 'body citation',
      field: `body (line ${offset + citation.line}) citation`,
    });
  }
  entry.body.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(BODY_LINK)) {
      const collection = match[1] ?? '';
      if (!isCollectionName(collection)) continue;
      found.push({ to: { collection, id: match[2] ?? '' }, via: 'body link', field: `body (line ${offset + index + 1}) link` });
    }
  });
  return found;
}

/**
 * Check every entry's references and ids, and index backlinks, in one pass over the references, so
 * the cost grows with the number of links, never with entries × entries. `unreadable` lists entries
 * (`collection/id`) whose files exist but could not be loaded, so references to them are not reported again.
 */
export function buildGraph(entries: readonly GraphEntry[], unreadable: ReadonlySet<string> = new Set()): Graph {
  const problems: Problem[] = [];
  const ids = indexIds(entries, problems);
  const aliases = indexAliases(entries, ids, problems);
  const lookup = lookupOf(ids);
  const backlinks = new Map<string, Backlink[]>();
  const link = (from: GraphEntry, to: Ref, via: Via<CollectionName>, field: string): void => {
    const key = refKey(to);
    const list = backlinks.get(key) ?? backlinks.set(key, []).get(key);
    list?.push({ from: { collection: from.collection, id: from.id }, via, field });
  };
  const resolve = (from: GraphEntry, to: Ref, via: Via<CollectionName>, field: string): void => {
    const targets = ids.get(to.collection);
    if (targets?.has(to.id)) {
      link(from, to, via, field);
      return;
    }
    // The target's own file failed to load and has been reported; a second message would mislead.
    if (unreadable.has(refKey(to))) return;
    const renamed = aliases.get(refKey(to));
    const hint = renamed ? ` (it was renamed: use "${renamed.id}")` : didYouMean(to.id, targets?.keys() ?? []);
    problems.push({ file: from.file, field, message: `unknown ${to.collection} id "${to.id}"${hint}` });
  };

  for (const entry of entries) {
    for (const ref of collectRefs(entry.data)) resolve(entry, ref, ref.via, ref.field);
    const checked = checkEntry(entry, lookup);
    for (const found of checked.links) link(entry, found.to, found.via, found.via);
    problems.push(...checked.problems.map((problem) => ({ file: entry.file, ...problem })));
    for (const found of bodyLinks(entry)) resolve(entry, found.to, found.via, found.field);
  }

  return { problems, backlinks, aliases };
}
