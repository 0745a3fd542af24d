/**
 * The Atlas's remark plugin, run on every Markdown/MDX body through Astro's unified processor.
 *
 * 1. Guard: content MDX is prose. `import`/`export` and `{expressions}` execute at build time and
 *    raw HTML bypasses escaping, so each fails the build with the file and line.
 * 2. Citations: `[^source-id]` becomes a superscript number linking to `#source-<id>` in the page's
 *    list of sources. Numbers follow first appearance in the body, as `findCitations` reports it.
 * 3. Site paths: authors write `/organizations/g42/`; on a site published under a path the link
 *    must carry it (`/atlas/organizations/g42/`), so the plugin is given the site's `base`.
 *
 * The plugin is given what it needs as options: the base and each source's kind of evidence, from the
 * content check that the Astro config runs first (`remarkAtlasOptions`).
 */
import type { Root, PhrasingContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { basename, dirname, extname } from 'node:path';
import { visit, SKIP } from 'unist-util-visit';
import { citationOrder } from './citation-order.ts';
import { CITATION_PATTERN, findCitations } from './body-citations.ts';
import { sitePath, sourceAnchor } from '../site/routes.ts';
import type { EvidenceKind } from '../../collections/sources.ts';
import type { GraphEntry } from '../graph/graph.ts';
import { VENDOR_ONLY_LABEL, VENDOR_ONLY_TITLE } from '../views/format.ts';

/** A run of citations written together after one claim: `[^a][^b]`. */
const CITATION_RUN = /(?:\[\^[^\]\s]+\])+/g;

/** Link targets content may use: the web, site paths, anchors, mail. */
export const SAFE_URL = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;
const SITE_PATH = /^\/(?!\/)/;

export interface RemarkAtlasOptions {
  /** The path the site is served under (Astro's `base`), put in front of every site path in a body. */
  base?: string;
  /** Each source's kind of evidence, by id: claims whose every source is vendor-originated are marked. */
  evidence?: ReadonlyMap<string, EvidenceKind>;
  /**
   * Each entry's sources in order of first appearance on its page, by `collection/id`: the body's
   * numbers continue those of the stack table or lifecycle above it. Without it, a body numbers its
   * citations from 1.
   */
  order?: ReadonlyMap<string, readonly string[]>;
}

/** The key of a content file in `order`: its folder (the collection) and its name (the id). */
function entryKey(path: string | undefined): string {
  return path ? `${basename(dirname(path))}/${basename(path, extname(path))}` : '';
}

/** The id of the n-th citation (1-based) of a source in a body: where the source list's back-links lead. */
export function citationId(sourceId: string, n: number): string {
  return `cite-${sourceId}-${n}`;
}

/** The plugin's options for a site with this base, built from the content check's entries. */
export function remarkAtlasOptions(entries: readonly GraphEntry[], base: string): RemarkAtlasOptions {
  const evidence = new Map<string, EvidenceKind>();
  const order = new Map<string, readonly string[]>();
  for (const entry of entries) {
    if (entry.collection === 'sources') evidence.set(entry.id, entry.data.evidence);
    if (entry.body) order.set(`${entry.collection}/${entry.id}`, citationOrder(entry));
  }
  return { base, evidence, order };
}

const REFUSED: Record<string, string> = {
  mdxjsEsm: 'import/export is not allowed in content',
  mdxFlowExpression: '{expressions} are not allowed in content',
  mdxTextExpression: '{expressions} are not allowed in content',
  mdxJsxFlowElement: 'JSX elements are not allowed in content; use Markdown',
  mdxJsxTextElement: 'JSX elements are not allowed in content; use Markdown',
  html: 'raw HTML is not allowed in content; use Markdown',
};

/** The marker after a claim whose every source is vendor-originated. */
function vendorOnlyNode(): PhrasingContent {
  return {
    type: 'emphasis',
    data: { hName: 'span', hProperties: { className: ['vendor-only'], title: VENDOR_ONLY_TITLE } },
    children: [{ type: 'text', value: VENDOR_ONLY_LABEL }],
  };
}

function citationNode(id: string, number: number, occurrence: number): PhrasingContent {
  return {
    type: 'link',
    url: `#${sourceAnchor(id)}`,
    data: { hProperties: { id: citationId(id, occurrence), className: ['cite'], 'aria-label': `source ${number}` } },
    children: [{ type: 'text', value: `[${number}]` }],
  };
}

export default function remarkAtlas(options: RemarkAtlasOptions = {}) {
  return (tree: Root, file: VFile): void => {
    const where = (line: number | undefined): string => `${file.path ?? 'content'}${line ? `:${line}` : ''}`;
    visit(tree, (node) => {
      const reason = REFUSED[node.type];
      if (reason) throw new Error(`${where(node.position?.start.line)}: ${reason}.`);
      if (node.type === 'link' || node.type === 'definition') {
        if (!SAFE_URL.test(node.url)) {
          throw new Error(`${where(node.position?.start.line)}: links must be http(s), site paths or #anchors, not "${node.url.slice(0, 40)}".`);
        }
        if (SITE_PATH.test(node.url)) node.url = sitePath(node.url, options.base);
      }
    });

    const numbers = new Map<string, number>();
    const pageOrder = options.order?.get(entryKey(file.path));
    for (const id of pageOrder ?? findCitations(String(file.value)).map((c) => c.id)) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    if (numbers.size === 0) return;
    const seen = new Map<string, number>();

    visit(tree, 'text', (node: Text, index, parent) => {
      if (parent === undefined || index === undefined || parent.type === 'link') return;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const run of node.value.matchAll(CITATION_RUN)) {
        const ids = [...run[0].matchAll(CITATION_PATTERN)].map((m) => m[1] ?? '');
        if (!ids.every((id) => numbers.has(id))) continue;
        if (run.index > last) parts.push({ type: 'text', value: node.value.slice(last, run.index) });
        // A run of citations reads in number order: [2][5], never [5][2].
        const sorted = [...ids].sort((a, b) => (numbers.get(a) ?? 0) - (numbers.get(b) ?? 0));
        for (const id of sorted) {
          seen.set(id, (seen.get(id) ?? 0) + 1);
          parts.push(citationNode(id, numbers.get(id) ?? 0, seen.get(id) ?? 1));
        }
        if (ids.every((id) => options.evidence?.get(id) === 'vendor')) parts.push({ type: 'text', value: ' ' }, vendorOnlyNode());
        last = run.index + run[0].length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      (parent.children as PhrasingContent[]).splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}
