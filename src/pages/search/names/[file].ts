/** /search/names/<prefix>.json: the names listed under one prefix of the names index (src/lib/search/names-index.ts). */
import type { APIContext } from 'astro';
import { atlas } from '../../../data/site-atlas.ts';
import { keyFile, type NameRecord } from '../../../lib/search/name-match.ts';
import { namesIndex } from '../../../lib/search/names-index.ts';

export function getStaticPaths() {
  return [...namesIndex(atlas)].map(([key, records]) => ({ params: { file: keyFile(key) }, props: { records } }));
}

export function GET({ props }: APIContext<{ records: NameRecord[] }>) {
  return new Response(JSON.stringify(props.records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
