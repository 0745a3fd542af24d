/**
 * The registry of the Atlas's collections: one module per collection, each with its schema and its
 * definition (src/collections/types.ts says what a definition holds). Adding a collection is one new
 * module, one line here and a folder in content/ (docs/add-a-collection.md).
 *
 * The modules use shared helpers from src/lib/, and those helpers ask the registry about collections,
 * so the two import each other: a helper may use the registry inside its functions, never while its
 * module loads (the registry is not there yet when a collection's module asks for the helper).
 */
import type { z } from 'astro/zod';
import * as countries from './countries.ts';
import * as programs from './programs.ts';
import * as people from './people.ts';
import * as organizations from './organizations.ts';
import * as quotes from './quotes.ts';
import * as sources from './sources.ts';
import * as events from './events.ts';
import * as layers from './layers.ts';
import type { AnyEntry, AtlasEntry, CollectionDef, CollectionName, RefSchema } from './types.ts';

/** Every collection's module, in the order navigation, indexes and exports list them. */
export const COLLECTION_MODULES = { countries, programs, people, organizations, quotes, sources, events, layers };

/** What a collection's module exports: its schema, built around a reference schema, and its definition. */
export interface CollectionModule<C extends CollectionName> {
  /** Every entry carries the shared fields: its revision date, its old ids and its corrections. */
  schema: (ref: RefSchema) => z.ZodType<{ updated: string; aliases: string[]; corrections: { date: string }[] }>;
  default: CollectionDef<C>;
}

// The annotation is the registry's check: a module that lacks a piece, or whose definition does not
// fit its own schema's entries, is a compile error here. (A `satisfies` on COLLECTION_MODULES itself
// would be circular: CollectionName is read off that object. Each module's own `satisfies
// CollectionDef<'name'>` reports a mistake where it is written.)
const MODULES: { [C in CollectionName]: CollectionModule<C> } = COLLECTION_MODULES;

/** Every collection name, in registry order. */
export const COLLECTIONS = Object.keys(COLLECTION_MODULES) as CollectionName[];

/** The definition of a collection. */
export function collectionDef<C extends CollectionName>(name: C): CollectionDef<C> {
  return MODULES[name].default;
}

/** Whether an entry is one of collection C's. */
export function isEntryOf<C extends CollectionName>(entry: AnyEntry, collection: C): entry is AtlasEntry<C> & AnyEntry {
  return entry.collection === collection;
}

/** Each collection's schema, with the type its module's `schema()` gives. */
export type CollectionSchemas = { [C in CollectionName]: ReturnType<(typeof COLLECTION_MODULES)[C]['schema']> };

/** Every collection's schema, built around one reference schema. */
export function collectionSchemas(ref: RefSchema): CollectionSchemas {
  // Object.fromEntries forgets which key holds which schema; each value is its own module's.
  return Object.fromEntries(COLLECTIONS.map((name) => [name, COLLECTION_MODULES[name].schema(ref)])) as CollectionSchemas;
}

export type { AnyEntry, AtlasEntry, CollectionDef, CollectionName, EntryData, EntryRef } from './types.ts';
