// Running another program from a script, a test or the build: its output is collected (and shown as it
// arrives, where asked), and a failure carries that output, so the caller can say what went wrong.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

/** Astro's command line, run with the Node that runs the caller (the project's Node 24, not the machine's). */
export const ASTRO_BIN = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

export interface RunOptions {
  /** What the process is called in a failure message (default: the command's file name). */
  name?: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Also write the output to this process's stdout and stderr as it arrives. */
  echo?: boolean;
  /** The started process, e.g. to sample its memory while it runs. */
  onStart?: (child: ChildProcess) => void;
  /**
   * Give the process this terminal instead of collecting its output: for a server a person watches
   * (colours and all). The promise then resolves to ''.
   */
  inherit?: boolean;
}

/** A process that exited with a code other than 0, or was killed; `output` is everything it printed. */
export class ProcessError extends Error {
  readonly code: number;
  readonly output: string;
  constructor(what: string, code: number, signal: NodeJS.Signals | null, output: string) {
    const how = signal ? `was stopped by ${signal}` : `exited with code ${code}`;
    super(`${what} ${how}${output.trim() ? `:\n${output.slice(-4000).trimEnd()}` : '.'}`);
    this.name = 'ProcessError';
    this.code = code;
    this.output = output;
  }
}

/**
 * Run `command` to its end. Resolves to its output, stdout and stderr interleaved as they came; rejects
 * with a ProcessError (code and output) if it fails, or with the spawn error if it cannot start.
 */
export function runProcess(command: string, args: readonly string[], options: RunOptions = {}): Promise<string> {
  const what = options.name ?? basename(command);
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: options.inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    options.onStart?.(child);
    let output = '';
    const collect = (echo: NodeJS.WriteStream) => (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      if (options.echo) echo.write(text);
    };
    child.stdout?.on('data', collect(process.stdout));
    child.stderr?.on('data', collect(process.stderr));
    child.on('error', fail);
    child.on('close', (code, signal) => (code === 0 ? done(output) : fail(new ProcessError(what, code ?? 1, signal, output))));
  });
}

/** The synchronous form, for test setup that must finish before it returns: exit status and output (stdout, then stderr). */
export function runProcessSync(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): { status: number; output: string } {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}
