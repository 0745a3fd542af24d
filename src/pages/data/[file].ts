/** /data/<collection>.json, /data/<collection>.csv, /data/<collection>.schema.json and /data/atlas.json. */
import type { APIContext } from 'astro';
import { type CollectionName, COLLECTIONS } from '../../collections/index.ts';
import { atlas } from '../../data/site-atlas.ts';
import { atlasRecords, collectionRecords, exportColumns, jsonSchema, recordsCsv } from '../../lib/views/data-export.ts';

type File = { kind: 'json' | 'csv' | 'schema'; collection: CollectionName } | { kind: 'all' };

export function getStaticPaths() {
  const files: { params: { file: string }; props: File }[] = [{ params: { file: 'atlas.json' }, props: { kind: 'all' } }];
  for (const collection of COLLECTIONS) {
    files.push(
      { params: { file: `${collection}.json` }, props: { kind: 'json', collection } },
      { params: { file: `${collection}.csv` }, props: { kind: 'csv', collection } },
      { params: { file: `${collection}.schema.json` }, props: { kind: 'schema', collection } },
    );
  }
  return files;
}

export function GET({ props, site, url }: APIContext<File>) {
  const base = (site ?? url).href;
  const json = (value: unknown) =>
    new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  switch (props.kind) {
    case 'all':
      return json(atlasRecords(atlas, base));
    case 'json':
      return json(collectionRecords(atlas, props.collection, base));
    case 'schema':
      return json(jsonSchema(props.collection));
    case 'csv':
      return new Response(recordsCsv(collectionRecords(atlas, props.collection, base), exportColumns(props.collection)), {
        headers: { 'Content-Type': 'text/csv; charset=utf-8' },
      });
  }
}
