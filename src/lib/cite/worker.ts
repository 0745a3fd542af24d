/**
 * A worker thread that renders "Cite this" for many entries while the main thread builds pages.
 * citeproc costs a few milliseconds an entry, the main thread is busy with Astro and the machine has
 * a second core: the build starts one of these with every entry, in page order, and it answers in
 * batches, so a page rarely waits. Loaded by Node itself (not bundled), so it imports only plain modules.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prerenderBibliographies, renderCitations, type CitableEntry, type RenderedCitation } from './render.ts';

export interface CitationJob {
  entries: CitableEntry[];
  accessed: [number, number, number];
}

/** One batch: each entry's key with its citations. */
export type CitationBatch = [string, RenderedCitation[]][];

/** Entries per message: large enough to keep messages few, small enough that the first pages need not wait. */
const BATCH = 25;

const { entries, accessed } = workerData as CitationJob;
for (let start = 0; start < entries.length; start += BATCH) {
  const slice = entries.slice(start, start + BATCH);
  prerenderBibliographies(slice);
  const batch: CitationBatch = slice.map((entry) => [entry.key, renderCitations(entry, accessed)]);
  parentPort?.postMessage(batch);
}
