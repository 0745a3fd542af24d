/**
 * The content check: reads every file under the content folder, validates it against the same
 * schemas Astro uses, and checks the graph. It runs before Astro (from the Atlas integration and from
 * `npm run check:content`), because Astro reports these mistakes late, vaguely or not at all.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { collectionDef, COLLECTIONS, collectionSchemas, type CollectionName, type EntryData } from '../../collections/index.ts';
import type { RefSchema } from '../../collections/types.ts';
import { buildGraph, formatProblem, type Graph, type GraphEntry, type Problem } from '../graph/graph.ts';
import { formatPath } from '../graph/references.ts';
import { closestIds, didYouMean } from './did-you-mean.ts';
import { ID_PATTERN, idSchema } from './fields.ts';
import { SAFE_URL } from './remark-atlas.ts';

/** The content folder: `content/`, or another one named by ATLAS_CONTENT_DIR (fixtures, benchmarks). */
export function contentDir(root: string = process.cwd()): string {
  return resolve(root, process.env['ATLAS_CONTENT_DIR'] ?? 'content');
}

/** References parse to Astro's `{ collection, id }` shape, so the graph reads both alike. */
const checkRef: RefSchema = (collection) => idSchema.transform((id) => ({ collection, id }));
/** The schemas the content check validates with: a reference is an id, parsed to `{ collection, id }`. */
export const checkSchemas = collectionSchemas(checkRef);

/** Validate an entry's data against its collection's schema: the entry, or what is wrong with it. */
function parseData<C extends CollectionName>(
  collection: C,
  id: string,
  file: string,
  data: unknown,
  body?: { text: string | undefined; offset: number },
): { entry: GraphEntry } | { issues: z.core.$ZodIssue[] } {
  const result = checkSchemas[collection].safeParse(data);
  if (!result.success) return { issues: result.error.issues };
  // TypeScript cannot follow a generic collection through the schema map to its member of the entry
  // union; the data is the output of that collection's own schema.
  const entry = { collection, id, file, data: result.data as EntryData<C>, body: body?.text, bodyOffset: body?.offset } as GraphEntry;
  return { entry };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const input = valueAt(data, issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys
      .map((key) => `unknown field "${key}"${didYouMean(key, KNOWN_FIELDS)}`)
      .join('; ');
  }
  if (issue.code === 'invalid_type' && input === undefined) return 'is required';
  if (issue.code === 'invalid_value' && input === undefined && 'values' in issue) {
    return `is required: one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (input instanceof Date) {
    return 'must be a date written in quotes, e.g. "2025-05-22" (unquoted YAML dates are converted and can roll over)';
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')} (got ${JSON.stringify(input)})`;
  }
  return issue.message;
}

/**
 * One problem per mistake: a misspelt field is reported once, as the unknown field with the name it
 * was meant to have, not again as that field missing.
 */
function describeIssues(issues: readonly z.core.$ZodIssue[], data: unknown, file: string): Problem[] {
  const missing = new Set(
    issues.filter((i) => i.code === 'invalid_type' && valueAt(data, i.path) === undefined).map((i) => formatPath(i.path)),
  );
  const explained = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const meant = closestIds(key, KNOWN_FIELDS)[0];
      if (meant) explained.add(formatPath([...issue.path, meant]));
    }
  }
  return issues
    .filter((issue) => !(missing.has(formatPath(issue.path)) && explained.has(formatPath(issue.path))))
    .map((issue) => ({ file, field: formatPath(issue.path), message: describeIssue(issue, data) }));
}

/** Every field name the schemas know, for "did you mean" on a misspelt field. */
const KNOWN_FIELDS = new Set<string>();
for (const schema of Object.values(checkSchemas)) collectKeys(schema as z.ZodType);
function collectKeys(schema: z.ZodType): void {
  const def = (schema as unknown as { def?: Record<string, unknown> }).def;
  if (!def) return;
  if (def['type'] === 'object' && typeof def['shape'] === 'object' && def['shape'] !== null) {
    for (const [key, value] of Object.entries(def['shape'] as Record<string, z.ZodType>)) {
      KNOWN_FIELDS.add(key);
      collectKeys(value);
    }
  }
  for (const inner of ['innerType', 'in', 'out', 'element', 'schema']) {
    if (def[inner]) collectKeys(def[inner] as z.ZodType);
  }
}

export interface LoadedContent {
  entries: GraphEntry[];
  problems: Problem[];
  /** `collection/id` of files that exist but failed to parse or validate. */
  unreadable: Set<string>;
}

/** Read and validate every content file. Files that fail their schema are reported, not returned. */
export function loadContent(dir: string = contentDir(), root: string = process.cwd()): LoadedContent {
  const entries: GraphEntry[] = [];
  const problems: Problem[] = [];
  const unreadable = new Set<string>();
  for (const collection of COLLECTIONS) {
    const isMdx = collectionDef(collection).format === 'mdx';
    const extensions = isMdx ? ['.mdx'] : ['.yaml', '.yml'];
    for (const path of listFiles(join(dir, collection)).sort()) {
      const file = relative(root, path).split(sep).join('/');
      const name = path.slice(path.lastIndexOf(sep) + 1);
      const extension = extensions.find((ext) => name.endsWith(ext));
      if (extension === undefined) {
        if (!name.startsWith('.')) {
          problems.push({ file, field: '', message: `not a ${collection} entry: entries are ${extensions.join(' or ')} files` });
        }
        continue;
      }
      const id = name.slice(0, -extension.length);
      if (!ID_PATTERN.test(id)) {
        problems.push({
          file,
          field: '',
          message: `file name "${id}" is not a valid id: use lowercase ASCII letters, digits and single hyphens (it becomes the URL /${collection}/<id>/)`,
        });
        continue;
      }
      const parsed = parseFile(readFileSync(path, 'utf8'), isMdx, file, problems);
      if (parsed === undefined) {
        unreadable.add(`${collection}/${id}`);
        continue;
      }
      const result = parseData(collection, id, file, parsed.data, { text: parsed.body, offset: parsed.bodyOffset });
      if ('issues' in result) {
        problems.push(...describeIssues(result.issues, parsed.data, file));
        unreadable.add(`${collection}/${id}`);
        continue;
      }
      if (parsed.body !== undefined) problems.push(...checkBody(parsed.body, parsed.bodyOffset, file));
      entries.push(result.entry);
    }
  }
  return { entries, problems, unreadable };
}

interface ParsedFile {
  data: unknown;
  body?: string;
  bodyOffset: number;
}

function parseFile(text: string, isMdx: boolean, file: string, problems: Problem[]): ParsedFile | undefined {
  let source = text;
  let body: string | undefined;
  let bodyOffset = 0;
  if (isMdx) {
    const match = FRONTMATTER.exec(text);
    if (!match) {
      problems.push({ file, field: '', message: 'must start with frontmatter between two "---" lines' });
      return undefined;
    }
    source = match[1] ?? '';
    body = text.slice(match[0].length);
    bodyOffset = match[0].split('\n').length - 1;
  }
  try {
    const data = yaml.load(source) ?? {};
    return body === undefined ? { data, bodyOffset } : { data, body, bodyOffset };
  } catch (error) {
    const mark = error instanceof yaml.YAMLException ? error.mark : undefined;
    const where = mark ? `line ${mark.line + 1 + (isMdx ? 1 : 0)}` : '';
    const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
    problems.push({ file, field: where, message: `YAML syntax error: ${reason}` });
    return undefined;
  }
}

/** The targets of a line's Markdown links and link definitions (footnote labels aside). */
const LINK_TARGET = /\]\(\s*<?([^)\s>]*)|^\s*\[(?!\^)[^\]]+\]:\s*<?([^\s>]*)/g;

/**
 * Content MDX is prose: ESM and `{expressions}` would run at build time, and raw HTML would bypass
 * escaping. This text-level check names the line; the remark guard repeats it on the parsed tree.
 */
export function checkBody(body: string, offset: number, file: string): Problem[] {
  const problems: Problem[] = [];
  let fenced = false;
  body.split('\n').forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) return;
    const field = `body (line ${offset + index + 1})`;
    const prose = line.replace(/`[^`]*`/g, '');
    if (/^(import|export)\s/.test(prose)) {
      problems.push({ file, field, message: 'import/export is not allowed in content; site components are provided automatically' });
    } else if (/[{}]/.test(prose)) {
      problems.push({ file, field, message: 'curly braces are MDX expressions and are not allowed in content; rephrase or use code formatting' });
    } else if (/<[A-Za-z!/]/.test(prose)) {
      problems.push({ file, field, message: 'raw HTML or JSX is not allowed in content; use Markdown' });
    } else if (/<(?!\s)/.test(prose)) {
      // MDX reads "<" before any character but a space as the start of a tag, and fails on it.
      problems.push({ file, field, message: '"<" right before a character starts a tag in MDX (as in "<5%"); write "less than" or put a space after it' });
    } else if ([...prose.matchAll(LINK_TARGET)].some((match) => !SAFE_URL.test(match[1] ?? match[2] ?? ''))) {
      problems.push({
        file,
        field,
        message: 'links must be http(s), site paths (/countries/…/) or #anchors; relative paths, javascript:, data: and other schemes are refused',
      });
    }
  });
  return problems;
}

/** Load, validate and check the graph: everything a build needs to know before it starts. */
export function checkContent(dir: string = contentDir(), root: string = process.cwd()): Graph & { entries: GraphEntry[] } {
  const loaded = loadContent(dir, root);
  const graph = buildGraph(loaded.entries, loaded.unreadable);
  return { ...graph, entries: loaded.entries, problems: [...loaded.problems, ...graph.problems] };
}

/** The report printed when content has problems. */
export function formatReport(problems: readonly Problem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`Content check failed: ${count}.`, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
}


/**
 * Validate one entry's data against its collection schema, as the content check does, and return
 * it in graph form. Throws with the problems if the data is invalid. Used to build test fixtures.
 */
export function parseEntry<C extends CollectionName>(collection: C, id: string, data: unknown, body?: string): GraphEntry {
  const file = `${collection}/${id}`;
  const result = parseData(collection, id, file, data, { text: body, offset: 0 });
  if ('issues' in result) {
    throw new Error(result.issues.map((issue) => `${file}: ${formatPath(issue.path)}: ${describeIssue(issue, data)}`).join('\n'));
  }
  return result.entry;
}
