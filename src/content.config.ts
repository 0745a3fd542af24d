/**
 * Astro's view of the content: one collection per folder of `content/` (or of ATLAS_CONTENT_DIR),
 * each with the schema of its module in src/collections/. An entry's id is its file name, never its title.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionDef, COLLECTIONS, collectionSchemas, type CollectionName, type CollectionSchemas } from './collections/index.ts';
import type { RefSchema } from './collections/types.ts';

const root = process.env['ATLAS_CONTENT_DIR'] ?? './content';
const astroRef: RefSchema = (collection) => reference(collection);
const schemas = collectionSchemas(astroRef);

/** `content/countries/asia/india.mdx` → `india`: the file name alone, as the URL contract says. */
function fileId({ entry }: { entry: string }): string {
  const name = entry.slice(entry.lastIndexOf('/') + 1);
  return name.slice(0, name.lastIndexOf('.'));
}

function collection<C extends CollectionName>(name: C) {
  const pattern = collectionDef(name).format === 'mdx' ? '**/*.mdx' : '**/*.{yaml,yml}';
  return defineCollection({
    loader: glob({ pattern, base: `${root}/${name}`, generateId: fileId }),
    schema: schemas[name],
  });
}

/** Astro types each collection's entries by its `schema`: each collection's own. */
type Collections = { [C in CollectionName]: Omit<ReturnType<typeof collection>, 'schema'> & { schema: CollectionSchemas[C] } };

// Object.fromEntries cannot say which key holds which collection; each holds its own.
export const collections = Object.fromEntries(COLLECTIONS.map((name) => [name, collection(name)])) as Collections;
