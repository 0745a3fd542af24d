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
export const httpUrl = z
  .url({
    protocol: /^https?$/,
    hostname: z.regexes.domain,
    error: 'must be an absolute http:// or https:// URL',
  })
  // Characters such as " < > { } | \ ^ ` and spaces are not allowed in a URL unencoded; browsers and
  // validators read them differently, so they must be written percent-encoded (" as %22).
  .refine((url) => /^[\x21-\x7e]+$/.test(url) && !/["<>{}|\\^`]/.test(url), {
    message: 'must be written with special characters percent-encoded (for example %22 for ", %20 for a space)',
  });

/** Old ids that must keep answering (as redirects) after an entry is renamed or merged. */
/** Names readers also use in English for a named entry: short forms, abbreviations. */
const shortNames = z
  .array(z.string().trim().min(2, 'must be at least two characters'))
  .default([])
  .describe('Other names readers use in English: short forms and abbreviations such as "UAE" or "AWS". Indexed for search and shown on the page.');
const aliases = z.array(idSchema).default([]).describe('Old ids of this entry; each becomes a redirect.');

/** Day an entry was last revised: shown as "Last changed on" and used as the date of its citation. */
const updated = isoDay.describe('Day the entry was last revised, "YYYY-MM-DD"; the date of its citation.');

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
/**
 * What kind of evidence a source is. Readers of a field driven by vendor announcements need to see
 * which claims rest only on what a vendor says about itself.
 */
export const EVIDENCE_KINDS = ['primary', 'independent', 'vendor', 'interview', 'secondary'] as const;
/** Stages of a program or deal, for its dated milestones. */
export const MILESTONE_STAGES = [
  'announced',
  'agreement-signed',
  'selection',
  'financing',
  'construction',
  'capacity-online',
  'launched',
  'expanded',
  'delayed',
  'retracted',
  'completed',
] as const;
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
      layer: ref('layers').describe('The stack layer this row describes.'),
      reliance: z.enum(RELIANCE).describe('Whose technology the country relies on at this layer.'),
      note: z.string().trim().min(10, 'must say what the reliance consists of').describe('What the reliance consists of, in one or two sentences of our own.'),
      sources: sourceList.describe('Sources for this row (at least one).'),
    })
    .strict();

  const countries = z
    .object({
      name: z.string().trim().min(2).describe('English short name, e.g. "South Korea".'),
      shortNames,
      kind: z.enum(['country', 'bloc']).describe('`country` for a state, `bloc` for a union of states such as the EU.'),
      iso2: z.string().regex(/^[A-Z]{2}$/, 'must be two capital letters (ISO 3166-1 alpha-2)').nullable().describe('ISO 3166-1 alpha-2 code in capitals; `null` for a bloc.'),
      region: z.string().trim().min(2).describe('World region, e.g. "East Asia".'),
      alternateNames: z
        .array(
          z
            .object({
              name: z.string().trim().min(1).describe('The name as written in its script.'),
              lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language tag such as "ko" or "zh-Hans"').describe('BCP 47 language tag.'),
            })
            .strict(),
        )
        .default([])
        .describe('Names in other scripts or languages (e.g. 대한민국), shown and indexed for search.'),
      summary: summary.describe('One sentence: what the country is doing about sovereign AI.'),
      strategy: z.enum(STRATEGIES).describe('The overall approach: build every layer, pick one layer, lean on partners, play both sides, or just starting.'),
      stack: z.array(stackCell).default([]).describe('Reliance per layer of the AI stack, each row with its sources.'),
      sources: z.array(ref('sources')).default([]).describe('Further sources the page draws on (body citations are found in the text).'),
      updated,
      aliases,
    })
    .strict()
    .superRefine((value, ctx) => {
      const seen = new Map<string, number>();
      value.stack.forEach((row, index) => {
        const layer = JSON.stringify((row as { layer: unknown }).layer);
        const first = seen.get(layer);
        if (first !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['stack', index, 'layer'], message: `this layer already has a row (stack[${first}]); merge the two` });
        } else {
          seen.set(layer, index);
        }
      });
      if (value.kind === 'bloc' && value.iso2 !== null) {
        ctx.addIssue({ code: 'custom', path: ['iso2'], message: 'must be null for a bloc' });
      }
      if (value.kind === 'country' && value.iso2 === null) {
        ctx.addIssue({ code: 'custom', path: ['iso2'], message: 'is required for a country' });
      }
    });

  const programs = z
    .object({
      name: z.string().trim().min(2).describe('Name as the vendor or government styles it, e.g. "Stargate UAE".'),
      shortNames,
      kind: z.enum(PROGRAM_KINDS).describe('What sort of program or deal this is.'),
      vendors: z.array(ref('organizations')).default([]).describe('Companies and bodies that offer or run it.'),
      countries: z.array(ref('countries')).default([]).describe('Countries it takes place in or is aimed at.'),
      layers: z.array(ref('layers')).default([]).describe('Stack layers it touches.'),
      announced: partialDate.describe('When it was announced: "YYYY-MM" or "YYYY-MM-DD".'),
      status: z.enum(PROGRAM_STATUSES).describe('Where it stands, as last confirmed by a source.'),
      statusAsOf: partialDate.describe('When a source last confirmed the status, with the precision known.'),
      statusSources: sourceList.describe('The sources that confirm the status (at least one).'),
      milestones: z
        .array(
          z
            .object({
              date: partialDate.describe('When it happened, with the precision known.'),
              stage: z.enum(MILESTONE_STAGES).describe('What kind of step it was.'),
              summary: z.string().trim().min(10, 'must say what happened').describe('What happened, in one sentence of our own.'),
              sources: sourceList.describe('Sources for this milestone (at least one).'),
            })
            .strict(),
        )
        .min(1, 'needs at least one milestone (when it was announced)')
        .describe('The deal\'s dated lifecycle: announced, agreement signed, financing, construction, capacity online, delayed, retracted …'),
      summary: summary.describe('One or two sentences in our own words.'),
      sources: sourceList.describe('Sources for the facts on the page (body citations are found in the text).'),
      updated,
      aliases,
    })
    .strict();

  const people = z
    .object({
      name: z.string().trim().min(2).describe('Full name as published.'),
      shortNames,
      kind: z.enum(PERSON_KINDS).describe('Why they are in the Atlas.'),
      role: z.string().trim().min(2).describe('Role as described by the source, e.g. "Fellow".'),
      affiliation: ref('organizations').optional().describe('Organization they are affiliated with, if a source confirms one.'),
      stance: summary.describe('Their viewpoint in one sentence, in our words.'),
      sources: sourceList.describe('Sources for the facts on the page.'),
      updated,
      aliases,
    })
    .strict();

  const organizations = z
    .object({
      name: z.string().trim().min(2).describe('Name as the organization styles it.'),
      shortNames,
      kind: z.enum(ORGANIZATION_KINDS).describe('What sort of organization this is.'),
      headquarters: ref('countries').optional().describe('Country of its headquarters, where it is in the Atlas.'),
      layers: z.array(ref('layers')).default([]).describe('Stack layers it supplies or works on.'),
      summary: summary.describe('One or two sentences in our own words.'),
      website: httpUrl.optional().describe('Official website.'),
      sources: z.array(ref('sources')).default([]).describe('Sources for the facts on the page.'),
      updated,
      aliases,
    })
    .strict();

  const quotes = z
    .object({
      text: z.string().trim().min(2).describe('The words exactly as the source prints them; square brackets mark the source\'s own insertions.'),
      speaker: idSchema.describe('Id of the person or organization who said it.'),
      source: ref('sources').describe('Where the quote was published.'),
      date: partialDate.optional().describe('When it was said, with the precision known.'),
      context: summary.describe('One sentence of our own on when and why it was said.'),
      about: z
        .object({
          countries: z.array(ref('countries')).default([]),
          programs: z.array(ref('programs')).default([]),
          organizations: z.array(ref('organizations')).default([]),
          layers: z.array(ref('layers')).default([]),
        })
        .strict()
        .default({ countries: [], programs: [], organizations: [], layers: [] })
        .describe('What the quote is about: countries, programs, organizations and stack layers.'),
      sameRemark: z
        .array(ref('quotes'))
        .default([])
        .describe('Other quotes that give the same remark in another wording (another outlet\'s report of it): same speaker, same date. The link shows on both quotes.'),
      updated,
      aliases,
    })
    .strict();

  const sources = z
    .object({
      title: z.string().trim().min(2).describe('Headline or document title; a descriptive title in [brackets] when the exact one is not known.'),
      publisher: z.string().trim().min(2).describe('Outlet or body that published it.'),
      authors: z.array(z.string().trim().min(2)).default([]).describe('Authors, where known.'),
      published: partialDate.optional().describe('Publication date with the precision known.'),
      url: httpUrl.optional().describe('Where to read it (http/https only).'),
      archived: httpUrl.optional().describe('A copy in a web archive, e.g. https://web.archive.org/web/2025/https://…'),
      accessed: isoDay.optional().describe('Day the Atlas last read it, "YYYY-MM-DD".'),
      kind: z.enum(SOURCE_KINDS).describe('What kind of publication it is.'),
      evidence: z
        .enum(EVIDENCE_KINDS)
        .describe(
          'What kind of evidence it is: primary (a government document, filing or contract), independent (reporting by an outlet not party to the story), vendor (a press release, keynote or company blog of a party to the deal), interview (the words of a person interviewed), or secondary (a copy or summary of another publication).',
        ),
      unconfirmed: z.array(z.enum(CONFIRMABLE_SOURCE_FIELDS)).default([]).describe('Fields whose value could not be confirmed; shown on the source page and in citations.'),
      note: z.string().trim().min(2).optional().describe('A short note on the record (syndicated copy, what could not be read …).'),
      updated,
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
      date: partialDate.describe('When it happened, with the precision known.'),
      title: z.string().trim().min(4).describe('A short headline of our own.'),
      summary: summary.describe('One or two sentences of our own.'),
      countries: z.array(ref('countries')).default([]).describe('Countries involved.'),
      programs: z.array(ref('programs')).default([]).describe('Programs or deals it belongs to.'),
      organizations: z.array(ref('organizations')).default([]).describe('Organizations involved.'),
      sources: sourceList.describe('Sources for the event (at least one).'),
      updated,
      aliases,
    })
    .strict();

  const layers = z
    .object({
      name: z.string().trim().min(2).describe('Display name, e.g. "Chips".'),
      order: z.number().int().min(1).describe('Position from the bottom of the stack (1 = chips).'),
      summary: summary.describe('One or two sentences of our own.'),
      updated,
      aliases,
    })
    .strict();

  return { countries, programs, people, organizations, quotes, sources, events, layers };
}

/** The schemas with references as plain ids: what content files contain before Astro resolves them. */
export const rawSchemas = createSchemas(() => idSchema);
export type RawData<C extends CollectionName> = z.output<(typeof rawSchemas)[C]>;
