/**
 * What the content check learned, kept for the rest of the build: the remark plugin reads each
 * source's kind of evidence from here to mark claims that rest only on vendor-originated sources.
 * The Atlas integration fills it before any Markdown is compiled.
 */
const evidence = new Map<string, string>();

export function rememberEvidence(entries: Iterable<[sourceId: string, evidence: string]>): void {
  evidence.clear();
  for (const [id, kind] of entries) evidence.set(id, kind);
}

/** The evidence kind of a source, if the content check has run. */
export function evidenceOf(sourceId: string): string | undefined {
  return evidence.get(sourceId);
}
