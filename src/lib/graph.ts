/**
 * The Atlas's cross-link graph: integrity checks and backlinks, from one index built once.
 *
 * Astro 7 only logs "Invalid content reference … does not exist" for an unknown `reference()` id and
 * carries on (the link silently vanishes, or a template dies later on an unrelated TypeError), and it
 * drops one of two entries with the same id without a word. So the whole graph is checked here before
 * any page renders, with messages that name the file, the field, the bad id and the closest ids.
 */
import { findCitations } from './citations.ts';
import { collectRefs, type Ref } from './references.ts';
import { COLLECTIONS, type CollectionName } from './schema.ts';
import { didYouMean } from './suggest.ts';

/** One entry as the graph sees it: references already in `{ collection, id }` form. */
export interface GraphEntry {
  collection: CollectionName;
  id: string;
  /** Path of the file, relative to the project (for messages). */
  file: string;
  data: Record<string, unknown>;
  /** MDX body, for citations and links written in prose. */
  body?: string | undefined;
  /** Lines of the file above the body (frontmatter), so messages give file lines. */
  bodyOffset?: number | undefined;
}

export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** A link from one entry to another, seen from the target. */
export interface Backlink {
  from: Ref;
  /** Field of the linking entry, e.g. `countries[0]`, `speaker`, `body`. */
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
  const [collection, id = ''] = key.split('/');
  return { collection: collection as CollectionName, id };
}

/** One line per problem: `content/quotes/x.yaml: speaker: …`. */
export function formatProblem(problem: Problem): string {
  return problem.field === '' ? `${problem.file}: ${problem.message}` : `${problem.file}: ${problem.field}: ${problem.message}`;
}

/** Internal links written in bodies as Markdown links: `](/countries/india/)`. */
const BODY_LINK = /\]\(\/([a-z]+)\/([^/)#\s]+)\/?(?:#[^)\s]*)?\)/g;

/**
 * Check every entry's references and ids, and index backlinks. `unreadable` lists entries
 * (`collection/id`) whose files exist but could not be loaded, so references to them are not reported again.
 * — in one pass over the references,
 * so the cost grows with the number of links, never with entries × entries.
 */
export function buildGraph(entries: readonly GraphEntry[], unreadable: ReadonlySet<string> = new Set()): Graph {
  const problems: Problem[] = [];
  const ids = new Map<CollectionName, Map<string, GraphEntry>>(COLLECTIONS.map((c) => [c, new Map()]));
  const aliases = new Map<string, Ref>();
  const aliasFiles = new Map<string, string>();

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

  for (const entry of entries) {
    const own = ids.get(entry.collection);
    const list = Array.isArray(entry.data['aliases']) ? (entry.data['aliases'] as string[]) : [];
    list.forEach((alias, index) => {
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
        problems.push({
          file: entry.file,
          field,
          message: `duplicate alias "${alias}": ${aliasFiles.get(key)} already claims it`,
        });
      } else {
        aliases.set(key, { collection: entry.collection, id: entry.id });
        aliasFiles.set(key, entry.file);
      }
    });
  }

  const backlinks = new Map<string, Backlink[]>();
  const link = (from: GraphEntry, to: Ref, field: string): void => {
    const key = refKey(to);
    const list = backlinks.get(key) ?? backlinks.set(key, []).get(key);
    list?.push({ from: { collection: from.collection, id: from.id }, field });
  };
  const resolve = (from: GraphEntry, to: Ref, field: string): void => {
    const targets = ids.get(to.collection);
    if (targets?.has(to.id)) {
      link(from, to, field);
      return;
    }
    // The target's own file failed to load and has been reported; a second message would mislead.
    if (unreadable.has(refKey(to))) return;
    const renamed = aliases.get(refKey(to));
    const hint = renamed ? ` (it was renamed: use "${renamed.id}")` : didYouMean(to.id, targets?.keys() ?? []);
    problems.push({ file: from.file, field, message: `unknown ${to.collection} id "${to.id}"${hint}` });
  };

  for (const entry of entries) {
    for (const ref of collectRefs(entry.data)) resolve(entry, ref, ref.field);

    if (entry.collection === 'quotes' && typeof entry.data['speaker'] === 'string') {
      const speaker = entry.data['speaker'];
      const person = ids.get('people')?.has(speaker) ?? false;
      const organization = ids.get('organizations')?.has(speaker) ?? false;
      if (person && organization) {
        problems.push({
          file: entry.file,
          field: 'speaker',
          message: `"${speaker}" is both a person and an organization id; rename one of them`,
        });
      } else if (person || organization) {
        link(entry, { collection: person ? 'people' : 'organizations', id: speaker }, 'speaker');
      } else {
        const known = [...(ids.get('people')?.keys() ?? []), ...(ids.get('organizations')?.keys() ?? [])];
        problems.push({
          file: entry.file,
          field: 'speaker',
          message: `"${speaker}" is neither a person nor an organization${didYouMean(speaker, known)}`,
        });
      }
    }

    if (entry.collection === 'quotes' && Array.isArray(entry.data['sameRemark'])) {
      // Two wordings of one remark have one speaker and one date.
      (entry.data['sameRemark'] as Ref[]).forEach((ref, index) => {
        const other = ids.get('quotes')?.get(ref.id);
        if (!other) return;
        const field = `sameRemark[${index}]`;
        if (other.id === entry.id) problems.push({ file: entry.file, field, message: 'is the quote itself' });
        else if (other.data['speaker'] !== entry.data['speaker']) problems.push({ file: entry.file, field, message: `"${ref.id}" has another speaker ("${String(other.data['speaker'])}"), so it cannot be the same remark` });
        else if (other.data['date'] !== entry.data['date']) problems.push({ file: entry.file, field, message: `"${ref.id}" is dated ${String(other.data['date'] ?? 'nothing')}, this quote ${String(entry.data['date'] ?? 'nothing')}: the same remark has one date` });
      });
    }

    if (entry.body !== undefined) {
      const offset = entry.bodyOffset ?? 0;
      for (const citation of findCitations(entry.body)) {
        resolve(entry, { collection: 'sources', id: citation.id }, `body (line ${offset + citation.line}) citation`);
      }
      entry.body.split('\n').forEach((text, index) => {
        for (const match of text.matchAll(BODY_LINK)) {
          const collection = COLLECTIONS.find((c) => c === match[1]);
          if (collection === undefined) continue;
          resolve(entry, { collection, id: match[2] ?? '' }, `body (line ${offset + index + 1}) link`);
        }
      });
    }
  }

  return { problems, backlinks, aliases };
}
