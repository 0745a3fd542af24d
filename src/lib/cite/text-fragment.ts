/**
 * Links from a quote to the passage in its source: a URL text fragment (`#:~:text=`), which browsers
 * that support it scroll to and highlight. Built from the quote's verbatim words, following the
 * syntax of the URL Fragment Text Directives specification (WICG, "text fragments"):
 *
 *   #:~:text=[prefix-,]textStart[,textEnd][,-suffix]
 *
 * Each term is percent-encoded, and so are the three characters the directive itself uses, `-`, `,`
 * and `&`, wherever they stand in the quote (encodeURIComponent leaves `-` alone, so it is encoded by
 * hand). Only a run the source prints as it stands can be matched, so the words around an ellipsis or
 * inside [square brackets] (the Atlas's or the source's insertions) are never part of a fragment.
 */

/** Above this many words, the fragment names the passage by its first and last words (textStart,textEnd). */
const WHOLE_UP_TO = 10;
/** How many words begin and end a long passage. */
const EDGE = 5;

/** One term of a text directive, percent-encoded. @example encodeTerm('a-b, c') // → 'a%2Db%2C%20c' */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** The longest run of a quote that its source prints word for word: split at ellipses and [insertions]. */
export function verbatimRun(text: string): string {
  const runs = text
    .normalize('NFC')
    .split(/\s*(?:…|\.{3}|\[[^\]]*\])\s*/u)
    .map((run) => run.replace(/^[\s"'“”‘’«»(),;:.!?\u2013\u2014-]+|[\s"'“”‘’«»(),;:\u2013\u2014-]+$/gu, '').trim())
    .filter((run) => /[\p{L}\p{N}]/u.test(run));
  return runs.reduce((longest, run) => (run.length > longest.length ? run : longest), '');
}

/**
 * The text directive for a quote, or undefined where no run of it can be matched.
 * @example textDirective('We want to build it, not rent it.') // → ':~:text=We%20want%20to%20build%20it%2C%20not%20rent%20it.'
 */
export function textDirective(quote: string): string | undefined {
  const run = verbatimRun(quote);
  if (run === '') return undefined;
  const words = run.split(/\s+/u);
  if (words.length <= WHOLE_UP_TO) return `:~:text=${encodeTerm(words.join(' '))}`;
  return `:~:text=${encodeTerm(words.slice(0, EDGE).join(' '))},${encodeTerm(words.slice(-EDGE).join(' '))}`;
}

/** A source's URL that leads to the quote's passage: its own fragment is replaced by the text directive. */
export function passageUrl(url: string, quote: string): string | undefined {
  const directive = textDirective(quote);
  if (!directive) return undefined;
  const hash = url.indexOf('#');
  // A page's own fragment stays in front of the directive (`#section:~:text=`), as the syntax allows.
  return hash === -1 ? `${url}#${directive}` : `${url.slice(0, hash)}#${url.slice(hash + 1).split(':~:')[0] ?? ''}${directive}`;
}
