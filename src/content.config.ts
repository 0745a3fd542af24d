/**
 * Astro's view of the content: one collection per folder of `content/` (or of ATLAS_CONTENT_DIR),
 * each with its schema from `src/lib/schema.ts`. An entry's id is its file name, never its title.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, createSchemas, MDX_COLLECTIONS, type CollectionName } from './lib/schema.ts';

const root = process.env['ATLAS_CONTENT_DIR'] ?? './content';
const schemas = createSchemas((collection) => reference(collection));

/** `content/countries/asia/india.mdx` → `india`: the file name alone, as the URL contract says. */
function fileId({ entry }: { entry: string }): string {
  const name = entry.slice(entry.lastIndexOf('/') + 1);
  return name.slice(0, name.lastIndexOf('.'));
}

function collection<C extends CollectionName>(name: C) {
  const pattern = MDX_COLLECTIONS.includes(name) ? '**/*.mdx' : '**/*.{yaml,yml}';
  return defineCollection({
    loader: glob({ pattern, base: `${root}/${name}`, generateId: fileId }),
    schema: schemas[name],
  });
}

export const collections = {
  countries: collection('countries'),
  programs: collection('programs'),
  people: collection('people'),
  organizations: collection('organizations'),
  quotes: collection('quotes'),
  sources: collection('sources'),
  events: collection('events'),
  layers: collection('layers'),
} satisfies Record<(typeof COLLECTIONS)[number], unknown>;
