/**
 * The Atlas as data: every collection as JSON and CSV, all of it in one JSON file, and a JSON Schema
 * per collection generated from the same zod schemas that check the content.
 */
import { stringify } from 'csv-stringify/sync';
import { z } from 'astro/zod';
import { collectionDef, COLLECTIONS, collectionSchemas, type AtlasEntry, type CollectionName } from '../../collections/index.ts';
import type { RefSchema } from '../../collections/types.ts';
import { idSchema } from '../content/fields.ts';
import type { Atlas } from '../graph/atlas.ts';
import { absoluteUrl, entryUrl } from '../site/routes.ts';

export type ExportRecord = Record<string, unknown>;

/** References become plain ids, as authors write them. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (Object.keys(record).length === 2 && typeof record['id'] === 'string' && typeof record['collection'] === 'string')
      return record['id'];
    return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, plain(inner)]));
  }
  return value;
}

/** One entry as exported: its id and permanent link, then its fields, then its Markdown body. */
export function exportRecord<C extends CollectionName>(entry: AtlasEntry<C>, site: string): ExportRecord {
  return {
    id: entry.id,
    permalink: absoluteUrl(entryUrl(entry), site),
    ...(plain(entry.data) as Record<string, unknown>),
    ...(entry.body !== undefined ? { body: entry.body.trim() } : {}),
  };
}

export function collectionRecords(atlas: Atlas, collection: CollectionName, site: string): ExportRecord[] {
  return atlas.list(collection).map((entry) => exportRecord(entry, site));
}

/** Everything in one object, keyed by collection. */
export function atlasRecords(atlas: Atlas, site: string): Record<CollectionName, ExportRecord[]> {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, collectionRecords(atlas, c, site)])) as Record<CollectionName, ExportRecord[]>;
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** CSV: lists of plain values joined with "; ", nested records (stack rows, `about`) as JSON. */
export function recordsCsv(records: readonly ExportRecord[], columns: readonly string[]): string {
  return stringify(
    records.map((record) => columns.map((column) => cell(record[column]))),
    { header: true, columns: [...columns] },
  );
}

/** The export's columns: id, permalink, every schema field in schema order, body for MDX collections. */
export function exportColumns(collection: CollectionName): string[] {
  return Object.keys((jsonSchema(collection)['properties'] as Record<string, unknown> | undefined) ?? {});
}

/**
 * The schemas as an export describes them: a reference is the id authors write. The reference schema
 * parses an id to `{ collection, id }` like the others, and each one is remembered (by its definition,
 * which `.describe()` keeps when it copies a schema) so that its JSON Schema can be the id's.
 */
const referenceDefs = new WeakSet<object>();
const exportRef: RefSchema = (collection) => {
  const schema = idSchema.transform((id) => ({ collection, id }));
  referenceDefs.add(schema._zod.def);
  return schema;
};
const exportSchemas = collectionSchemas(exportRef);
const { $schema: _, ...ID_JSON_SCHEMA } = z.toJSONSchema(idSchema) as Record<string, unknown>;

/** JSON Schema of one exported record, generated from the collection's zod schema. */
export function jsonSchema(collection: CollectionName): Record<string, unknown> {
  const generated = z.toJSONSchema(exportSchemas[collection], {
    io: 'output',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (!referenceDefs.has(zodSchema._zod.def)) return;
      // The id's own keys first, then the field's description, as for any other string field.
      const { description } = jsonSchema;
      for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
      Object.assign(jsonSchema, ID_JSON_SCHEMA, description === undefined ? {} : { description });
    },
  }) as Record<string, unknown>;
  const properties = (generated['properties'] as Record<string, unknown> | undefined) ?? {};
  const required = (generated['required'] as string[] | undefined) ?? [];
  return {
    ...generated,
    title: `Sovereign AI Atlas: ${collection}`,
    properties: {
      id: {
        type: 'string',
        pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
        description: 'The entry id: its file name and the last part of its URL.',
      },
      permalink: { type: 'string', format: 'uri', description: 'The permanent URL of the entry in the Atlas.' },
      ...properties,
      ...(collectionDef(collection).format === 'mdx'
        ? { body: { type: 'string', description: 'The entry text in Markdown; [^source-id] marks a citation.' } }
        : {}),
    },
    required: ['id', 'permalink', ...required],
  };
}
