import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sharedFile } from './shared.ts';

/** Zotero's own translation-server, run by ../shared/tools/zotero/zotero-web (see its README). */
export const ZOTERO_WEB = sharedFile('tools/zotero/zotero-web');

export interface ZoteroCreator {
  creatorType: string;
  firstName?: string;
  lastName?: string;
  /** A single-field (institutional) name. */
  name?: string;
}

export interface ZoteroItem {
  itemType: string;
  title?: string;
  creators: ZoteroCreator[];
  websiteTitle?: string;
  publicationTitle?: string;
  institution?: string;
  date?: string;
  url?: string;
  accessDate?: string;
  [field: string]: unknown;
}

/**
 * What Zotero saves from each URL ("Save to Zotero"), or imports from each file (`import: true`),
 * in one run of the translation-server: one answer per input, keyed by it.
 */
export async function zotero(
  inputs: string[],
  options: { import?: boolean } = {},
): Promise<Map<string, { status: number; items: ZoteroItem[] }>> {
  if (!ZOTERO_WEB) throw new Error('zotero-web is not available');
  const args = options.import ? ['--import', ...inputs] : inputs;
  // Vitest sets NODE_ENV=test, which makes the translation-server load its own test configuration
  // (another port) and never answer.
  const { NODE_ENV: _testMode, ...env } = process.env;
  // Asynchronous, so that a server in this same process (the built site) can answer Zotero's requests.
  const run = await promisify(execFile)(ZOTERO_WEB, args, { encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024, timeout: 600_000 });
  const answers = new Map<string, { status: number; items: ZoteroItem[] }>();
  for (const line of run.stdout.split('\n').filter(Boolean)) {
    const answer = JSON.parse(line) as { url?: string; file?: string; status: number; items: ZoteroItem[] | string };
    answers.set(answer.url ?? answer.file ?? '', { status: answer.status, items: Array.isArray(answer.items) ? answer.items : [] });
  }
  return answers;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A Zotero date as an ISO date with the precision it has: Zotero keeps dates as the text it read
 * ("2026-11-26", "2026/11/26", "November 26, 2026", "December 2024").
 * @example isoOfZoteroDate('November 26, 2026') // → '2026-11-26'
 */
export function isoOfZoteroDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const pad = (n: number | string) => String(n).padStart(2, '0');
  let m = /^(\d{4})(?:[-/](\d{1,2}))?(?:[-/](\d{1,2}))?/.exec(date);
  if (m) return [m[1], m[2] && pad(m[2]), m[3] && pad(m[3])].filter(Boolean).join('-');
  m = /^([A-Za-z]+)\s+(?:(\d{1,2}),\s+)?(\d{4})$/.exec(date.trim());
  const month = m ? MONTHS.indexOf((m[1] ?? '').toLowerCase()) + 1 : 0;
  if (m && month > 0) return [m[3], pad(month), m[2] && pad(m[2])].filter(Boolean).join('-');
  return date;
}
