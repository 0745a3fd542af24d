/**
 * Field schemas that several collections share: ids, dates, URLs, names and the fields every entry
 * carries. A collection's own fields live in its module (src/collections/<name>.ts).
 */
import { z } from 'astro/zod';
import type { RefSchema } from '../../collections/types.ts';

/** Entry ids are file names: lowercase ASCII kebab-case, so URLs copy cleanly into citations. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z.string().regex(ID_PATTERN, 'must be a lowercase ASCII kebab-case id such as "south-korea"');

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

/** Names readers also use in English for a named entry: short forms, abbreviations. */
export const shortNames = z
  .array(z.string().trim().min(2, 'must be at least two characters'))
  .default([])
  .describe('Other names readers use in English: short forms and abbreviations such as "UAE" or "AWS". Indexed for search and shown on the page.');

/** Old ids that must keep answering (as redirects) after an entry is renamed or merged. */
export const aliases = z.array(idSchema).default([]).describe('Old ids of this entry; each becomes a redirect.');

/** Day an entry was last revised: shown as "Last changed on" and used as the date of its citation. */
export const updated = isoDay.describe('Day the entry was last revised, "YYYY-MM-DD"; the date of its citation.');

/** A sentence or two in our own words. */
export const summary = z.string().trim().min(20, 'must be at least a full sentence').max(400, 'must be at most 400 characters');

/**
 * Dated corrections of an entry: what it said that was wrong, what it says now, and the sources that
 * settle it. Shown on the entry page, gathered on /corrections/ and carried by the feed.
 */
export const corrections = (ref: RefSchema) =>
  z
    .array(
      z
        .object({
          date: isoDay.describe('Day the correction was made, "YYYY-MM-DD".'),
          wrong: z.string().trim().min(10, 'must say what was wrong').describe('What the entry said that was wrong, in our own words.'),
          right: z.string().trim().min(10, 'must say what is right now').describe('What the entry says now.'),
          sources: z.array(ref('sources')).min(1, 'needs at least one source').describe('The sources that settle the point.'),
        })
        .strict(),
    )
    .default([])
    .describe('Dated corrections of factual errors, oldest first; wording changes are not corrections.');

/**
 * The response of a person or organization to what a source reports about them, where a source
 * records one (a denial, a correction, a statement). Shown on their page, labelled as their reply.
 */
export const replies = (ref: RefSchema) =>
  z
    .array(
      z
        .object({
          date: partialDate.optional().describe('When the reply was given, with the precision known.'),
          to: z.string().trim().min(10, 'must say what the reply answers').describe('What the reply answers: the report or claim, in our words.'),
          reply: z.string().trim().min(10, 'must say what was replied').describe('What the party said in reply, in our words.'),
          quotes: z.array(ref('quotes')).default([]).describe('Quotes of the reply, where the Atlas has them.'),
          sources: z.array(ref('sources')).min(1, 'needs at least one source').describe('The sources that record the reply.'),
        })
        .strict(),
    )
    .default([])
    .describe('Responses of the party concerned that a source records, oldest first.');
