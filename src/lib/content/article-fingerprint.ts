/**
 * The seed article's fingerprint: salted hashes of its word windows, committed in place of its text
 * (which is not ours to republish), so that the content tests can still prove our quotes verbatim and
 * our prose our own. Written by `npm run article:fingerprint`, read by tests/content/content.test.ts.
 * The hashes keep the text out of the repository and out of reach of a lookup table; they cannot keep
 * out someone who guesses it back word by word, since anything able to check a new quote answers
 * "is this in the article?" for them too.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/** The article's usual place, beside the repository rather than in it. */
export const DEFAULT_ARTICLE = '../shared/seeds/rest-of-world-sovereign-ai.txt';

/** Committed with the tests that read it; regenerated only when the article or the scheme changes. */
export const FINGERPRINT_FILE = 'tests/content/article-fingerprint.json';

/** Every parameter that changes the hashes; a file written under other values is stale, not merely different. */
export const SCHEME = {
  version: 1,
  salt: 'sovereign-ai-atlas/article-fingerprint/v1',
  hash: 'sha256 of salt + LF + kind + LF + tokens joined by U+001F; first 12 hex digits (48 bits)',
  quoteWindow: 2,
  copyRun: 8,
} as const;

const HEX_DIGITS = 12;

/** The committed file's content, typed, so the tests read hashes and never the article. */
export interface ArticleFingerprint {
  readonly about: string;
  readonly scheme: typeof SCHEME;
  readonly quotes: {
    readonly tokens: string;
    /** In article order: a quote matches only where its windows follow one another. */
    readonly windows: readonly string[];
  };
  readonly copying: {
    readonly words: string;
    /** Sorted, so the set says nothing of where in the article a run stood. */
    readonly runs: readonly string[];
  };
}

const ABOUT =
  'Hashes of the seed article rest-of-world-sovereign-ai (its text is not ours to republish), so that the content tests can check quotes and copying without it. Regenerate with `npm run article:fingerprint`.';
const QUOTE_TOKENS =
  'NFC; curly single quotes and primes to \', curly double quotes to "; a token is a run of letters and digits (joined inside by \' . or -) or one punctuation mark; case kept; a quote loses punctuation at either end before it is matched';
const COPY_WORDS =
  'NFKD without combining marks; lower case; footnote markers and link targets dropped; ‘’ to \'; anything but a-z 0-9 \' is a space';

/** The article path the script and the tests agree on: ATLAS_SEED_ARTICLE if set, relative to the repository root. */
export function articlePath(root: string, fromEnv: string | undefined): string {
  return resolve(root, fromEnv ?? DEFAULT_ARTICLE);
}

/** One salted, kind-separated hash, so a quote window can never collide by design with a copy run. */
function digest(kind: 'quote' | 'copy', tokens: readonly string[]): string {
  return createHash('sha256')
    .update(`${SCHEME.salt}\n${kind}\n${tokens.join('\u001f')}`)
    .digest('hex')
    .slice(0, HEX_DIGITS);
}

/** Every run of `size` consecutive items, so both windows and runs are cut the same way. */
function windows<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.max(0, items.length - size + 1) }, (_, i) => items.slice(i, i + size));
}

const TOKEN = /[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const WORDLIKE = /[\p{L}\p{N}]/u;

/** Quote tokens: quotes folded so ' matches ’, punctuation split off so a quote cut mid-sentence still lines up. */
export function quoteTokens(text: string): string[] {
  const folded = text
    .normalize('NFC')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”‟″]/g, '"');
  return folded.match(TOKEN) ?? [];
}

/** A quote's tokens without the punctuation at its ends, which belongs to our sentence, not the speaker's. */
function quoteCore(text: string): string[] {
  const tokens = quoteTokens(text);
  let start = 0;
  let end = tokens.length;
  while (start < end && !WORDLIKE.test(tokens[start] ?? '')) start += 1;
  while (end > start && !WORDLIKE.test(tokens[end - 1] ?? '')) end -= 1;
  return tokens.slice(start, end);
}

/** Copy-check words: case, accents, punctuation and Markdown dropped, so copying is caught through all of them. */
export function copyWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\[\^[^\]]+\]|\]\([^)]*\)/g, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/[^a-z0-9'\s]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** The fingerprint of an article's text; the script writes it and the re-check compares it with the committed file. */
export function fingerprintArticle(text: string): ArticleFingerprint {
  return {
    about: ABOUT,
    scheme: SCHEME,
    quotes: {
      tokens: QUOTE_TOKENS,
      windows: windows(quoteTokens(text), SCHEME.quoteWindow).map((w) => digest('quote', w)),
    },
    copying: {
      words: COPY_WORDS,
      runs: [...new Set(windows(copyWords(text), SCHEME.copyRun).map((w) => digest('copy', w)))].sort(),
    },
  };
}

/** The file's text: each hash list on one line, so the file stays small and its parameters readable. */
export function serializeFingerprint(fingerprint: ArticleFingerprint): string {
  return `${JSON.stringify(fingerprint, (key, value: unknown) => (key === 'windows' || key === 'runs' ? (value as string[]).join(' ') : value), 2)}\n`;
}

/** A fingerprint read back from its file; one written under another scheme is refused rather than misread. */
export function parseFingerprint(json: string): ArticleFingerprint {
  const raw = JSON.parse(json) as {
    about: string;
    scheme: typeof SCHEME;
    quotes: { tokens: string; windows: string };
    copying: { words: string; runs: string };
  };
  if (JSON.stringify(raw.scheme) !== JSON.stringify(SCHEME)) {
    throw new Error(`The article fingerprint was written under scheme ${JSON.stringify(raw.scheme)}, not ${JSON.stringify(SCHEME)}: run \`npm run article:fingerprint\`.`);
  }
  const split = (list: string) => (list === '' ? [] : list.split(' '));
  return { ...raw, quotes: { ...raw.quotes, windows: split(raw.quotes.windows) }, copying: { ...raw.copying, runs: split(raw.copying.runs) } };
}

/** The quote check's answer, worded to be read in a failing test's message. */
export type QuoteVerdict = 'verbatim' | 'not in the article' | 'too short to check (fewer than two words)';

/** Whether a quote is word for word in the article; one word is refused, as checking it needs a hash per word. */
export function checkQuote(fingerprint: ArticleFingerprint, quote: string): QuoteVerdict {
  const core = quoteCore(quote);
  // The core starts and ends with a word, so two tokens are at least two words.
  if (core.length < SCHEME.quoteWindow) return 'too short to check (fewer than two words)';
  const wanted = windows(core, SCHEME.quoteWindow).map((w) => digest('quote', w));
  const article = fingerprint.quotes.windows;
  for (let start = 0; start + wanted.length <= article.length; start += 1) {
    if (wanted.every((hash, i) => article[start + i] === hash)) return 'verbatim';
  }
  return 'not in the article';
}

/** The runs of eight words that a text of ours shares with the article, in our own words, to name in a failure. */
export function copiedRuns(fingerprint: ArticleFingerprint, text: string): string[] {
  const article = new Set(fingerprint.copying.runs);
  const runs = new Set(windows(copyWords(text), SCHEME.copyRun).map((w) => w.join(' ')));
  return [...runs].filter((run) => article.has(digest('copy', run.split(' '))));
}
