// `npm run compare:sites -- <dirA> <dirB>`: compares two built sites file by file, byte for byte, to show
// that a change to the build left the output alone (or exactly what it changed). Lists the files only in
// A, only in B and those that differ, with where each text file first differs; exits 1 if anything
// differs, 2 if it cannot compare.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { relativeFiles } from './lib/files.ts';

export interface SiteDifference {
  compared: number;
  onlyInA: string[];
  onlyInB: string[];
  differing: { path: string; detail: string }[];
}

/** Characters shown either side of a first difference. */
const CONTEXT = 40;

const printable = (text: string) => JSON.stringify(text).slice(1, -1);

/** Where two files first differ: line, column and a short excerpt of each for text, the byte offset otherwise. */
export function firstDifference(a: Buffer, b: Buffer): string {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at += 1;
  const sizes = `${a.length} / ${b.length} bytes`;
  // NUL bytes mean binary (images, Pagefind's compressed index): an excerpt would say nothing.
  if (a.includes(0) || b.includes(0)) return `binary, first differs at byte ${at} (${sizes})`;
  const before = a.subarray(0, at).toString('utf8');
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  const excerpt = (bytes: Buffer) => printable(bytes.subarray(Math.max(0, at - CONTEXT), at + CONTEXT).toString('utf8'));
  return `line ${line}, column ${column} (${sizes})\n    A: …${excerpt(a)}…\n    B: …${excerpt(b)}…`;
}

export function compareSites(dirA: string, dirB: string): SiteDifference {
  const a = new Set(relativeFiles(dirA));
  const b = new Set(relativeFiles(dirB));
  const both = [...a].filter((path) => b.has(path));
  const differing = both.flatMap((path) => {
    const [bytesA, bytesB] = [readFileSync(resolve(dirA, path)), readFileSync(resolve(dirB, path))];
    return bytesA.equals(bytesB) ? [] : [{ path, detail: firstDifference(bytesA, bytesB) }];
  });
  return {
    compared: new Set([...a, ...b]).size,
    onlyInA: [...a].filter((path) => !b.has(path)).sort(),
    onlyInB: [...b].filter((path) => !a.has(path)).sort(),
    differing: differing.sort((x, y) => x.path.localeCompare(y.path)),
  };
}

export function formatDifference(result: SiteDifference, dirA: string, dirB: string): string {
  const section = (title: string, lines: string[]) =>
    lines.length > 0 ? [`${title} (${lines.length}):`, ...lines.map((line) => `  ${line}`)] : [];
  const same = result.onlyInA.length + result.onlyInB.length + result.differing.length === 0;
  return [
    `A: ${dirA}`,
    `B: ${dirB}`,
    ...section('Only in A', result.onlyInA),
    ...section('Only in B', result.onlyInB),
    ...section(
      'Differ',
      result.differing.map(({ path, detail }) => `${path}: ${detail}`),
    ),
    same
      ? `${result.compared} files, all identical.`
      : `${result.compared} files: ${result.onlyInA.length} only in A, ${result.onlyInB.length} only in B, ${result.differing.length} differ.`,
  ].join('\n');
}

function main(args: string[]): number {
  const dirs = args.filter((arg) => arg !== '--');
  if (dirs.length !== 2) {
    console.error('Usage: npm run compare:sites -- <dirA> <dirB>');
    return 2;
  }
  const [dirA, dirB] = dirs.map((dir) => resolve(dir)) as [string, string];
  for (const dir of [dirA, dirB]) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      console.error(`npm run compare:sites: ${dir} is not a folder.`);
      return 2;
    }
  }
  const result = compareSites(dirA, dirB);
  console.log(formatDifference(result, dirA, dirB));
  return result.onlyInA.length + result.onlyInB.length + result.differing.length === 0 ? 0 : 1;
}

if (import.meta.main) process.exit(main(process.argv.slice(2)));
