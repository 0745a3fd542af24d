// Small readable files: no function in the site's code or the scripts runs over about 60 lines unless
// a comment beside it says why ("Long because …"). Measured with TypeScript's own parser.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../setup/paths.ts';

const LIMIT = 60;
const FOLDERS = ['src', 'scripts'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return files(path);
    return /\.ts$/.test(item.name) && !/\.d\.ts$/.test(item.name) ? [path] : [];
  });
}

/** Functions longer than the limit, with no "Long because" comment before them. */
function longFunctions(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.end).line;
      const lines = end - start + 1;
      // The comment may sit before the function or before the statement that holds it.
      const holder = ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) ? node : (findStatement(node) ?? node);
      const comments = ts.getLeadingCommentRanges(text, holder.getFullStart()) ?? [];
      const reasoned = comments.some((range) => /long because/i.test(text.slice(range.pos, range.end)));
      if (lines > LIMIT && !reasoned) found.push(`${relative(ROOT, file)}:${start + 1}: ${lines} lines`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function findStatement(node: ts.Node): ts.Node | undefined {
  let current: ts.Node | undefined = node;
  while (current && !ts.isStatement(current) && !ts.isPropertyAssignment(current)) current = current.parent;
  return current;
}

describe('function size', () => {
  test(`no function in ${FOLDERS.join(' or ')} is over ${LIMIT} lines without a reason beside it`, () => {
    const long = FOLDERS.flatMap((folder) => files(join(ROOT, folder))).flatMap(longFunctions);
    expect(long).toEqual([]);
  });
});
