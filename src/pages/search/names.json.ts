/** /search/names.json: the prefixes the names index is split by (src/lib/search/names-index.ts). Not a citable URL. */
import { atlas } from '../../data/site-atlas.ts';
import { namesIndex } from '../../lib/search/names-index.ts';

export function GET() {
  const keys = [...namesIndex(atlas).keys()].sort();
  return new Response(JSON.stringify(keys), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
