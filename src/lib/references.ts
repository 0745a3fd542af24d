import { COLLECTIONS, type CollectionName } from './schema.ts';

/** A cross-link as Astro's `reference()` produces it. */
export interface Ref {
  collection: CollectionName;
  id: string;
}

/** A reference found in an entry, with the field path it was written at (e.g. `stack[2].sources[0]`). */
export interface FoundRef extends Ref {
  field: string;
}

const collectionNames = new Set<string>(COLLECTIONS);

function isRef(value: unknown): value is Ref {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  return (
    keys.length === 2 &&
    typeof record['id'] === 'string' &&
    typeof record['collection'] === 'string' &&
    collectionNames.has(record['collection'])
  );
}

/** Field path in the notation authors see in error messages: `stack[2].sources[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}

/**
 * Every `{ collection, id }` reference in parsed entry data, wherever the schema put it.
 * Walking the parsed data keeps this in step with the schema: no second list of reference fields.
 */
export function collectRefs(data: unknown, path: PropertyKey[] = []): FoundRef[] {
  if (isRef(data)) return [{ collection: data.collection, id: data.id, field: formatPath(path) }];
  if (Array.isArray(data)) return data.flatMap((item, index) => collectRefs(item, [...path, index]));
  if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => collectRefs(value, [...path, key]));
  }
  return [];
}
