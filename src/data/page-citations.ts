/**
 * "Cite this" for entry pages. In a build, every entry's citations are rendered on a worker thread
 * (src/lib/cite/worker.ts), in the order the pages are built, while Astro renders pages on the
 * main thread; a page awaits its own. `astro dev`, or a build where the worker's path is not set,
 * renders each page's citations on the spot. Either way the text is the same.
 */
import { Worker } from 'node:worker_threads';
import { atlas, buildDay } from './site-atlas.ts';
import { renderCitations, type RenderedCitation } from '../lib/cite/render.ts';
import type { CitationBatch, CitationJob } from '../lib/cite/worker.ts';
import { citableEntry } from '../lib/cite/head-metadata.ts';
import { citationKey } from '../lib/cite/record.ts';
import type { AtlasEntry, CollectionName } from '../collections/index.ts';
import { COLLECTIONS } from '../collections/index.ts';

interface Waiting {
  promise: Promise<RenderedCitation[]>;
  settle: (citations: RenderedCitation[]) => void;
  fail: (error: Error) => void;
}

let waiting: Map<string, Waiting> | undefined;

function waiter(): Waiting {
  let settle!: Waiting['settle'];
  let fail!: Waiting['fail'];
  const promise = new Promise<RenderedCitation[]>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  // A page that is never built (or a worker failure nobody awaits) must not become an unhandled rejection.
  promise.catch(() => undefined);
  return { promise, settle, fail };
}

/** Start the worker with every entry, in the order of `[collection]/[id]`'s paths. */
function startWorker(script: string, site: string): Map<string, Waiting> {
  const entries = COLLECTIONS.flatMap((collection) => atlas.list(collection).map((entry) => citableEntry(atlas, entry, site)));
  const map = new Map(entries.map((entry) => [entry.key, waiter()]));
  const worker = new Worker(script, { workerData: { entries, accessed: buildDay } satisfies CitationJob });
  // A settled promise ignores a later rejection, so this fails only the entries still waiting.
  const failAll = (error: Error) => {
    for (const [key, item] of map) item.fail(new Error(`Citations for ${key} could not be rendered: ${error.message}`));
  };
  worker.on('message', (batch: CitationBatch) => {
    for (const [key, citations] of batch) map.get(key)?.settle(citations);
  });
  worker.on('error', failAll);
  // Once the worker has ended, nothing can settle a page that still waits: it fails instead of
  // leaving Node with an empty event loop (which would end the build early, with code 0).
  worker.on('exit', (code) =>
    failAll(new Error(code === 0 ? 'the citation worker ended without it' : `the citation worker stopped with code ${code}`)),
  );
  // The worker ends by itself after its last batch. It is not unref'd: while pages await it, it is what
  // keeps Node's event loop alive (an unref'd worker lets Node exit mid-build with code 0).
  return map;
}

/** An entry's citations, with the site's canonical URL. */
export function entryCitations<C extends CollectionName>(entry: AtlasEntry<C>, site: string): Promise<RenderedCitation[]> {
  const script = import.meta.env.ATLAS_CITATION_WORKER;
  if (import.meta.env.DEV || !script) return Promise.resolve(renderCitations(citableEntry(atlas, entry, site), buildDay));
  waiting ??= startWorker(script, site);
  const found = waiting.get(citationKey(entry));
  if (!found) throw new Error(`No citations were prepared for ${entry.collection}/${entry.id}`);
  return found.promise;
}
