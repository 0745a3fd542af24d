// How a build's folders beside the output folder are named, cleared and swapped in
// (src/integrations/output-folder.ts); tests/bad-input/atomic-output.test.ts runs real builds with them.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { clearLeftovers, outputFolders, publish } from '../../src/integrations/output-folder.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-output-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const target = join(work, 'dist');
/** Above Linux's largest process id (2^22), so never a running process. */
const GONE = 4_194_305;

function folder(path: string, text: string): string {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'index.html'), text);
  return path;
}
const read = (path: string) => readFileSync(join(path, 'index.html'), 'utf8');

beforeEach(() => {
  for (const name of readdirSync(work)) rmSync(join(work, name), { recursive: true, force: true });
});

describe('the folders of a build', () => {
  test('sit beside the output folder, named after it and the process', () => {
    expect(outputFolders(`${target}/`, 42)).toEqual({
      target,
      building: join(work, '.dist.building-42'),
      previous: join(work, '.dist.previous-42'),
    });
  });

  test('a finished build takes the output folder’s place, and the previous site is deleted', () => {
    folder(target, 'old');
    const folders = outputFolders(target);
    folder(folders.building, 'new');
    publish(folders);
    expect(read(target)).toBe('new');
    expect(readdirSync(work)).toEqual(['dist']);
  });

  test('a first build needs no previous site', () => {
    const folders = outputFolders(target);
    folder(folders.building, 'new');
    publish(folders);
    expect(read(target)).toBe('new');
    expect(readdirSync(work)).toEqual(['dist']);
  });
});

describe('what an interrupted build left', () => {
  test('a half-written build is deleted, and the site stays', () => {
    folder(target, 'good');
    const left = folder(outputFolders(target, GONE).building, 'half');
    expect(clearLeftovers(outputFolders(target))).toEqual([left]);
    expect(readdirSync(work)).toEqual(['dist']);
    expect(read(target)).toBe('good');
  });

  test('a previous site caught between the two renames is put back', () => {
    folder(outputFolders(target, GONE).previous, 'good');
    clearLeftovers(outputFolders(target));
    expect(read(target)).toBe('good');
    expect(readdirSync(work)).toEqual(['dist']);
  });

  test('a previous site is deleted once a newer one is in place', () => {
    folder(target, 'newer');
    folder(outputFolders(target, GONE).previous, 'older');
    clearLeftovers(outputFolders(target));
    expect(read(target)).toBe('newer');
    expect(readdirSync(work)).toEqual(['dist']);
  });

  test('the folders of a build still running, and of other output folders, are left alone', () => {
    const running = folder(outputFolders(target, process.ppid).building, 'in progress');
    const other = folder(outputFolders(join(work, 'site'), GONE).building, 'another folder’s');
    expect(clearLeftovers(outputFolders(target))).toEqual([]);
    expect(existsSync(running) && existsSync(other)).toBe(true);
  });
});
