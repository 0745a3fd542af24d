import { COLLECTIONS, type CollectionName, type EntryRef } from '../../collections/index.ts';
import type { RefField } from '../../collections/types.ts';

/** A cross-link as Astro's `reference()` produces it. */
export type Ref = EntryRef;

/** A reference found in an entry, with where it was written. */
export interface FoundRef extends EntryRef {
  /** The exact place, in the notation authors see in error messages: `stack[2].sources[0]`. */
  field: string;
  /** The schema field it is written in, without list positions: `stack.sources`. */
  via: RefField<CollectionName>;
}

// Looked up when first needed: collections' modules import this file while the registry loads.
let names: ReadonlySet<string> | undefined;
const collectionNames = (): ReadonlySet<string> => (names ??= new Set<string>(COLLECTIONS));

function isRef(value: unknown): value is EntryRef {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    'id' in value &&
    typeof value.id === 'string' &&
    'collection' in value &&
    typeof value.collection === 'string' &&
    collectionNames().has(value.collection)
  );
}

/** Field path in the notation authors see in error messages: `stack[2].sources[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}

/** The schema field of a path: its keys without list positions (`stack.sources` for `stack[2].sources[0]`). */
export function fieldOfPath(path: readonly PropertyKey[]): string {
  return path.filter((key) => typeof key === 'string').join('.');
}

/**
 * Every `{ collection, id }` reference in parsed entry data, wherever the schema put it.
 * Walking the parsed data keeps this in step with the schema: no second list of reference fields.
 */
export function collectRefs(data: unknown, path: PropertyKey[] = []): FoundRef[] {
  // The walk follows data the schemas produced, so the keys on the way to a reference are one of
  // the schema's reference fields.
  if (isRef(data))
    return [{ collection: data.collection, id: data.id, field: formatPath(path), via: fieldOfPath(path) as RefField<CollectionName> }];
  if (Array.isArray(data)) return data.flatMap((item, index) => collectRefs(item, [...path, index]));
  if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => collectRefs(value, [...path, key]));
  }
  return [];
}

/** Whether a string names a collection. */
export function isCollectionName(name: string): name is CollectionName {
  return collectionNames().has(name);
}
