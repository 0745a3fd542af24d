/** One entry's column of the compare table, for the compare page's script. */
import type { APIRoute } from 'astro';
import { atlas } from '../../../../data/site-atlas.ts';
import { compareKinds } from '../../../../data/compare.ts';
import { compareColumn } from '../../../../lib/views/compare.ts';

export function getStaticPaths() {
  return compareKinds.flatMap(({ kind, entries }) => entries.map((e) => ({ params: { kind, id: e.id } })));
}

export const GET: APIRoute = ({ params }) => {
  const kind = compareKinds.find((k) => k.kind === params.kind)?.kind;
  const column = kind && params.id ? compareColumn(atlas, kind, params.id) : undefined;
  if (!column) throw new Error(`no compare column for ${params.kind}/${params.id}`);
  return new Response(JSON.stringify(column), { headers: { 'Content-Type': 'application/json' } });
};
