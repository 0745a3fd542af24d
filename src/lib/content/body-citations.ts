/**
 * Citations in MDX bodies are written `[^source-id]` right after a claim. The remark plugin turns
 * each into a numbered link to the page's list of sources; the content check resolves every id.
 */
export const CITATION_PATTERN = /\[\^([^\]\s]+)\]/g;

export interface Citation {
  /** The id written between `[^` and `]`. */
  id: string;
  /** 1-based line in the body. */
  line: number;
}

/**
 * Every citation in a body, in reading order, with its line.
 * @example findCitations('Fact.[^a]\nMore.[^b][^a]') // → [{id:'a',line:1},{id:'b',line:2},{id:'a',line:2}]
 */
export function findCitations(body: string): Citation[] {
  const found: Citation[] = [];
  body.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(CITATION_PATTERN)) found.push({ id: match[1] ?? '', line: index + 1 });
  });
  return found;
}
