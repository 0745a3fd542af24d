// Every built page passes the W3C Nu HTML Checker (vnu-jar, run with the machine's Java).
import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import vnu from 'vnu-jar';
import { describe, expect, test } from 'vitest';
import { FIXTURE_SITE_DIR, HOSTILE_SITE_DIR, ROOT, SITE_DIR } from '../setup/paths.ts';

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

describe('HTML', () => {
  test('every page of the Atlas and of the fixture corpora is valid HTML', () => {
    const run = spawnSync(
      'java',
      ['-jar', String(vnu), '--errors-only', '--skip-non-html', '--format', 'json', SITE_DIR, FIXTURE_SITE_DIR, HOSTILE_SITE_DIR],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    expect(run.error, 'the Nu HTML Checker needs Java (apt-get install default-jre-headless)').toBeUndefined();
    const report = JSON.parse(run.stderr || '{"messages":[]}') as { messages: VnuMessage[] };
    const errors = report.messages.map((m) => `${relative(ROOT, new URL(m.url).pathname)}:${m.lastLine ?? '?'}: ${m.message}`);
    expect(errors).toEqual([]);
  });
});
