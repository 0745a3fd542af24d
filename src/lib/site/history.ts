/**
 * What changed, and when: the history of every entry, read from the git history of its file once per
 * build. Each commit that touched an entry's file becomes a dated change that says which of its facts
 * changed ("Reliance at Chips: United States → Mixed", "summary", "text"), by comparing the file's
 * data before and after. A commit that changed nothing but the revision date or the layout is left out.
 *
 * Where the content is not in a git repository (a copy, a generated corpus), there is no history and
 * the Atlas falls back on each entry's `updated` date and its corrections.
 */
import { execFileSync } from 'node:child_process';
import { relative, sep } from 'node:path';
import { parse } from 'yaml';
import { isCollectionName } from '../graph/references.ts';
import type { CollectionName } from '../../collections/index.ts';

/** One dated change of one entry's file. */
export interface Change {
  collection: CollectionName;
  id: string;
  /** The commit's full hash, and the short form pages show. */
  commit: string;
  short: string;
  /** When it was committed: the full timestamp (ISO 8601, UTC) and its day. */
  time: string;
  day: string;
  /** `added` for the commit that created the file. */
  kind: 'added' | 'revised';
  /** What changed, in words: the fields and, for stack rows, the labels. */
  what: string[];
}

/** How a change names a reliance label and a layer. */
export interface Names {
  reliance(value: string): string;
  layer(id: string): string;
}

const ZERO = /^0+$/;
const RECORD = '\u001e';
const UNIT = '\u001f';

interface FileChange {
  commit: string;
  time: string;
  status: string;
  before: string;
  after: string;
  path: string;
}

function git(args: string[], cwd: string, input?: string): Buffer {
  return execFileSync('git', args, { cwd, input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'ignore'] });
}

/** The repository's top folder, or undefined where the content is not in one. */
function repositoryRoot(dir: string): string | undefined {
  try {
    return git(['rev-parse', '--show-toplevel'], dir).toString('utf8').trim();
  } catch {
    return undefined;
  }
}

/** Every commit's changes to files under the content folder, oldest first. */
function fileChanges(top: string, contentDir: string): FileChange[] {
  const path = relative(top, contentDir) || '.';
  const log = git(['log', '--reverse', '--no-renames', '--raw', '--no-abbrev', `--format=${RECORD}%H${UNIT}%cI`, '--', path], top).toString(
    'utf8',
  );
  return log.split(RECORD).flatMap((record) => {
    const [header = '', ...lines] = record.split('\n');
    const [commit = '', time = ''] = header.split(UNIT);
    return lines.flatMap((line) => {
      const match = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) (\w)\d*\t(.+)$/.exec(line);
      if (!match) return [];
      const [, before = '', after = '', status = '', file = ''] = match;
      return [{ commit, time: new Date(time).toISOString(), status, before, after, path: relative(path, file).split(sep).join('/') }];
    });
  });
}

/** The text of every blob asked for, read by one `git cat-file --batch`. */
function blobs(top: string, ids: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  if (ids.length === 0) return texts;
  const out = git(['cat-file', '--batch'], top, `${ids.join('\n')}\n`);
  let at = 0;
  while (at < out.length) {
    const end = out.indexOf(10, at);
    const [id = '', , size = '0'] = out.subarray(at, end).toString('utf8').split(' ');
    const length = Number(size);
    texts.set(id, out.subarray(end + 1, end + 1 + length).toString('utf8'));
    at = end + 1 + length + 1;
  }
  return texts;
}

/** An entry file's data and body. */
function readEntry(text: string, mdx: boolean): { data: Record<string, unknown>; body: string } {
  if (!mdx) return { data: (parse(text) as Record<string, unknown> | null) ?? {}, body: '' };
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return { data: (parse(match?.[1] ?? '') as Record<string, unknown> | null) ?? {}, body: (match?.[2] ?? text).trim() };
}

/** Field names whose words alone would read oddly in a change. */
const FIELD_WORDS: Record<string, string> = {
  alsoIn: 'other sources printing it',
  statusAsOf: 'status date',
  statusSources: 'status sources',
  vendorCountries: "vendors' countries",
  shortNames: 'other names',
  alternateNames: 'names in other scripts',
  sameRemark: 'other wordings of the remark',
  iso2: 'ISO code',
};

/** A field name in words: `statusAsOf` → "status date", `milestones` → "milestones". */
function words(key: string): string {
  return FIELD_WORDS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type Row = { layer?: string; reliance?: string };

/** What changed in a stack table: each row whose label changed, was added or was dropped. */
function stackChanges(before: unknown, after: unknown, names: Names): string[] {
  const rows = (value: unknown) => new Map((Array.isArray(value) ? (value as Row[]) : []).map((row) => [String(row.layer), row]));
  const old = rows(before);
  const now = rows(after);
  const changes: string[] = [];
  for (const [layer, row] of now) {
    const was = old.get(layer);
    const name = names.layer(layer);
    if (!was) changes.push(`row for ${name} added (${names.reliance(String(row.reliance))})`);
    else if (was.reliance !== row.reliance)
      changes.push(`reliance at ${name}: ${names.reliance(String(was.reliance))} → ${names.reliance(String(row.reliance))}`);
    else if (!same(was, row)) changes.push(`row for ${name} revised`);
  }
  for (const layer of old.keys()) if (!now.has(layer)) changes.push(`row for ${names.layer(layer)} removed`);
  return changes;
}

/** The facts that changed between two versions of an entry file; nothing where only its date or layout did. */
export function describeChange(before: string | undefined, after: string, mdx: boolean, names: Names): string[] {
  const now = readEntry(after, mdx);
  if (before === undefined) return [];
  const was = readEntry(before, mdx);
  const keys = [...new Set([...Object.keys(was.data), ...Object.keys(now.data)])].filter((key) => key !== 'updated');
  const what = keys.flatMap((key) => {
    if (same(was.data[key], now.data[key])) return [];
    if (key === 'stack') return stackChanges(was.data[key], now.data[key], names);
    if (key === 'corrections') return ['correction recorded'];
    return [words(key)];
  });
  if (was.body !== now.body) what.push('text');
  return what;
}

/**
 * Every entry's changes, oldest first, keyed `collection/id`; undefined where the content folder is not
 * in a git repository or git cannot be run.
 */
export function readHistory(contentDir: string, names: Names): Map<string, Change[]> | undefined {
  const top = repositoryRoot(contentDir);
  if (!top) return undefined;
  const changes = fileChanges(top, contentDir).filter((c) => c.status !== 'D' && /^[^/]+\/[^/]+\.(mdx|yaml)$/.test(c.path));
  const texts = blobs(top, [...new Set(changes.flatMap((c) => [c.before, c.after]).filter((id) => !ZERO.test(id)))]);
  const history = new Map<string, Change[]>();
  for (const change of changes) {
    const [collection = '', file = ''] = change.path.split('/');
    if (!isCollectionName(collection)) continue;
    const id = file.replace(/\.(mdx|yaml)$/, '');
    const added = ZERO.test(change.before);
    const what = describeChange(added ? undefined : texts.get(change.before), texts.get(change.after) ?? '', file.endsWith('.mdx'), names);
    if (!added && what.length === 0) continue;
    const key = `${collection}/${id}`;
    const list = history.get(key) ?? [];
    list.push({
      collection,
      id,
      commit: change.commit,
      short: change.commit.slice(0, 7),
      time: change.time,
      day: change.time.slice(0, 10),
      kind: added ? 'added' : 'revised',
      what,
    });
    history.set(key, list);
  }
  return history;
}

/**
 * Entries dated by the later of their `updated` field and the last change git records for their file,
 * so a date nobody remembered to bump cannot go stale. The build and the tests that check it read
 * entries through this one function.
 */
export function withRevisionDates<E extends { collection: string; id: string; data: { updated: string } }>(
  entries: readonly E[],
  history: ReadonlyMap<string, readonly Change[]> | undefined,
): E[] {
  return entries.map((entry) => {
    const last = history?.get(`${entry.collection}/${entry.id}`)?.at(-1)?.day;
    return last && last > entry.data.updated ? { ...entry, data: { ...entry.data, updated: last } } : entry;
  });
}
