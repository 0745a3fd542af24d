/**
 * The Atlas data model: one zod schema per collection, written once.
 *
 * The schemas are built by `createSchemas(ref)`. `src/content.config.ts` passes Astro's
 * `reference()` so pages get typed cross-links; the content check (`src/lib/content-check.ts`)
 * passes a plain id schema so it can validate the same files before Astro runs and report
 * problems a content author can act on.
 */
import { z } from 'astro/zod';

/** Every collection of the Atlas, in the order indexes and navigation list them. */
export const COLLECTIONS = [
  'countries',
  'programs',
  'people',
  'organizations',
  'quotes',
  'sources',
  'events',
  'layers',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Collections written as MDX (frontmatter plus a body); the others are YAML records. */
export const MDX_COLLECTIONS: readonly CollectionName[] = ['countries', 'programs', 'people', 'organizations'];

/** Entry ids are file names: lowercase ASCII kebab-case, so URLs copy cleanly into citations. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'must be a lowercase ASCII kebab-case id such as "south-korea"');

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;

/**
 * A calendar day as a quoted ISO string (`"2025-05-22"`). YAML would turn an unquoted date into
 * a Date and roll impossible days over (`2024-02-30` → 1 March), so only strings are accepted and
 * the day must exist.
 */
export const isoDay = z.iso.date({ error: 'must be a real calendar day written as "YYYY-MM-DD" (in quotes)' });

/**
 * A date with the precision that is known: `"2025"`, `"2025-05"` or `"2025-05-22"`.
 * Used where sources give only a month or a year.
 */
export const partialDate = z
  .string({ error: 'must be a date written in quotes: "YYYY", "YYYY-MM" or "YYYY-MM-DD"' })
  .refine((value) => YEAR.test(value) || MONTH.test(value) || (DAY.test(value) && isoDay.safeParse(value).success), {
    message: 'must be a real date written as "YYYY", "YYYY-MM" or "YYYY-MM-DD" (in quotes)',
  });

/** An absolute http(s) URL. `z.url()` alone accepts `javascript:` and `data:`. */
export const httpUrl = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: 'must be an absolute http:// or https:// URL',
});

/** Old ids that must keep answering (as redirects) after an entry is renamed or merged. */
const aliases = z.array(idSchema).default([]).describe('Old ids of this entry; each becomes a redirect.');

/** A sentence or two in our own words. */
const summary = z.string().trim().min(20, 'must be at least a full sentence').max(400, 'must be at most 400 characters');

export const RELIANCE = ['domestic', 'us', 'china', 'mixed', 'other-foreign', 'unknown'] as const;
export const STRATEGIES = ['full-stack', 'niche-layer', 'partner-led', 'hedging', 'early'] as const;
export const PROGRAM_KINDS = [
  'partnership',
  'investment',
  'cloud',
  'model-release',
  'export-policy',
  'infrastructure',
  'chip',
] as const;
export const PROGRAM_STATUSES = ['announced', 'active', 'delayed', 'retracted', 'completed'] as const;
export const PERSON_KINDS = ['expert', 'executive', 'official'] as const;
export const ORGANIZATION_KINDS = [
  'company',
  'government',
  'think-tank',
  'university',
  'lab',
  'media',
  'consortium',
] as const;
export const SOURCE_KINDS = ['news', 'report', 'press-release', 'government', 'academic', 'company'] as const;
/** Fields of a source record that can be marked as not confirmed. */
export const CONFIRMABLE_SOURCE_FIELDS = ['title', 'authors', 'published', 'url', 'publisher'] as const;

/**
 * Build every collection schema around a reference schema.
 * @param ref returns the schema of a reference to an entry of `collection`.
 */
export function createSchemas<R extends z.ZodType>(ref: (collection: CollectionName) => R) {
  const sourceList = z.array(ref('sources')).min(1, 'needs at least one source');

  const stackCell = z
    .object({
      /** The stack layer this row describes. */
      layer: ref('layers'),
      /** Whose technology the country relies on at this layer. */
      reliance: z.enum(RELIANCE),
      /** What the reliance consists of, in one or two sentences of our own. */
      note: z.string().trim().min(10, 'must say what the reliance consists of'),
      /** Sources for this row (at least one). */
      sources: sourceList,
    })
    .strict();

  const countries = z
    .object({
      /** English short name, e.g. "South Korea". */
      name: z.string().trim().min(2),
      /** `country` for a state, `bloc` for a union of states such as the EU. */
      kind: z.enum(['country', 'bloc']),
      /** ISO 3166-1 alpha-2 code in capitals; `null` for a bloc. */
      iso2: z.string().regex(/^[A-Z]{2}$/, 'must be two capital letters (ISO 3166-1 alpha-2)').nullable(),
      /** World region, e.g. "East Asia". */
      region: z.string().trim().min(2),
      /** Names in other scripts or languages (e.g. 대한민국), shown and indexed for search. */
      alternateNames: z.array(z.object({ name: z.string().trim().min(1), lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/) }).strict()).default([]),
      /** One sentence: what the country is doing about sovereign AI. */
      summary,
      /** The overall approach: build every layer, pick one layer, lean on partners, play both sides, or just starting. */
      strategy: z.enum(STRATEGIES),
      /** Reliance per layer of the AI stack, each row with its sources. */
      stack: z.array(stackCell).default([]),
      /** Further sources the page draws on (body citations are found in the text). */
      sources: z.array(ref('sources')).default([]),
      /** Day the entry was last revised, "YYYY-MM-DD". */
      updated: isoDay,
      aliases,
    })
    .strict()
    .superRefine((value, ctx) => {
      if (value.kind === 'bloc' && value.iso2 !== null) {
        ctx.addIssue({ code: 'custom', path: ['iso2'], message: 'must be null for a bloc' });
      }
      if (value.kind === 'country' && value.iso2 === null) {
        ctx.addIssue({ code: 'custom', path: ['iso2'], message: 'is required for a country' });
      }
    });

  const programs = z
    .object({
      /** Name as the vendor or government styles it, e.g. "Stargate UAE". */
      name: z.string().trim().min(2),
      /** What sort of program or deal this is. */
      kind: z.enum(PROGRAM_KINDS),
      /** Companies and bodies that offer or run it. */
      vendors: z.array(ref('organizations')).default([]),
      /** Countries it takes place in or is aimed at. */
      countries: z.array(ref('countries')).default([]),
      /** Stack layers it touches. */
      layers: z.array(ref('layers')).default([]),
      /** When it was announced: "YYYY-MM" or "YYYY-MM-DD". */
      announced: partialDate,
      /** Where it stands as of `updated`. */
      status: z.enum(PROGRAM_STATUSES),
      /** One or two sentences in our own words. */
      summary,
      /** Sources for the facts on the page (body citations are found in the text). */
      sources: sourceList,
      /** Day the entry was last revised, "YYYY-MM-DD". */
      updated: isoDay,
      aliases,
    })
    .strict();

  const people = z
    .object({
      /** Full name as published. */
      name: z.string().trim().min(2),
      /** Why they are in the Atlas. */
      kind: z.enum(PERSON_KINDS),
      /** Role as described by the source, e.g. "Fellow". */
      role: z.string().trim().min(2),
      /** Organization they are affiliated with, if a source confirms one. */
      affiliation: ref('organizations').optional(),
      /** Their viewpoint in one sentence, in our words. */
      stance: summary,
      /** Sources for the facts on the page. */
      sources: sourceList,
      /** Day the entry was last revised, "YYYY-MM-DD". */
      updated: isoDay,
      aliases,
    })
    .strict();

  const organizations = z
    .object({
      /** Name as the organization styles it. */
      name: z.string().trim().min(2),
      /** What sort of organization this is. */
      kind: z.enum(ORGANIZATION_KINDS),
      /** Country of its headquarters, where it is in the Atlas. */
      headquarters: ref('countries').optional(),
      /** Stack layers it supplies or works on. */
      layers: z.array(ref('layers')).default([]),
      /** One or two sentences in our own words. */
      summary,
      /** Official website. */
      website: httpUrl.optional(),
      /** Sources for the facts on the page. */
      sources: z.array(ref('sources')).default([]),
      /** Day the entry was last revised, "YYYY-MM-DD". */
      updated: isoDay,
      aliases,
    })
    .strict();

  const quotes = z
    .object({
      /** The words exactly as the source prints them; square brackets mark the source's own insertions. */
      text: z.string().trim().min(2),
      /** Id of the person or organization who said it. */
      speaker: idSchema,
      /** Where the quote was published. */
      source: ref('sources'),
      /** When it was said, with the precision known. */
      date: partialDate.optional(),
      /** One sentence of our own on when and why it was said. */
      context: summary,
      /** What the quote is about. */
      about: z
        .object({
          countries: z.array(ref('countries')).default([]),
          programs: z.array(ref('programs')).default([]),
          organizations: z.array(ref('organizations')).default([]),
          layers: z.array(ref('layers')).default([]),
        })
        .strict()
        .default({ countries: [], programs: [], organizations: [], layers: [] }),
      aliases,
    })
    .strict();

  const sources = z
    .object({
      /** Headline or document title; a descriptive title in [brackets] when the exact one is not known. */
      title: z.string().trim().min(2),
      /** Outlet or body that published it. */
      publisher: z.string().trim().min(2),
      /** Authors, where known. */
      authors: z.array(z.string().trim().min(2)).default([]),
      /** Publication date with the precision known. */
      published: partialDate.optional(),
      /** Where to read it (http/https only). */
      url: httpUrl.optional(),
      /** A copy in a web archive, e.g. https://web.archive.org/web/2025/https://… */
      archived: httpUrl.optional(),
      /** Day the Atlas last read it, "YYYY-MM-DD". */
      accessed: isoDay.optional(),
      /** What kind of publication it is. */
      kind: z.enum(SOURCE_KINDS),
      /** Fields whose value could not be confirmed; shown on the source page and in citations. */
      unconfirmed: z.array(z.enum(CONFIRMABLE_SOURCE_FIELDS)).default([]),
      /** A short note on the record (syndicated copy, what could not be read …). */
      note: z.string().trim().min(2).optional(),
      aliases,
    })
    .strict()
    .superRefine((value, ctx) => {
      if (value.url === undefined && !value.unconfirmed.includes('url')) {
        ctx.addIssue({ code: 'custom', path: ['url'], message: 'is required (or list "url" under unconfirmed)' });
      }
    });

  const events = z
    .object({
      /** When it happened, with the precision known. */
      date: partialDate,
      /** A short headline of our own. */
      title: z.string().trim().min(4),
      /** One or two sentences of our own. */
      summary,
      countries: z.array(ref('countries')).default([]),
      programs: z.array(ref('programs')).default([]),
      organizations: z.array(ref('organizations')).default([]),
      /** Sources for the event (at least one). */
      sources: sourceList,
      aliases,
    })
    .strict();

  const layers = z
    .object({
      /** Display name, e.g. "Chips". */
      name: z.string().trim().min(2),
      /** Position from the bottom of the stack (1 = chips). */
      order: z.number().int().min(1),
      /** One or two sentences of our own. */
      summary,
      aliases,
    })
    .strict();

  return { countries, programs, people, organizations, quotes, sources, events, layers };
}

/** The schemas with references as plain ids: what content files contain before Astro resolves them. */
export const rawSchemas = createSchemas(() => idSchema);
export type RawData<C extends CollectionName> = z.output<(typeof rawSchemas)[C]>;
