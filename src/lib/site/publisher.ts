/**
 * Who stands behind the Atlas: the publisher's own settings (publisher.yaml at the repository root).
 * Every value is the publisher's to give. A value left `null` is not known to the Atlas, and the
 * About page says that it has not been given instead of filling it in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { httpUrl } from '../content/fields.ts';
import type { Problem } from '../graph/graph.ts';

const text = z.string().trim().min(2).nullable();

export const publisherSchema = z
  .object({
    name: text.describe('Who publishes the Atlas: a person, a team or an organization.'),
    contact: z
      .string()
      .trim()
      .refine((value) => z.email().safeParse(value).success || httpUrl.safeParse(value).success, {
        message: 'must be an e-mail address or an http(s) URL',
      })
      .nullable()
      .describe('How to reach the publisher: an e-mail address or a contact page (http/https).'),
    website: httpUrl.nullable().describe("The publisher's own website."),
    licence: text.describe('The licence of the content, e.g. "CC BY 4.0".'),
    licenceUrl: httpUrl.nullable().describe("The licence's text."),
    funding: text.describe('How the Atlas is funded, in a sentence or two.'),
    repository: httpUrl.nullable().describe('Where the source and its revision history can be read; each change then links to its commit.'),
  })
  .strict();

export type Publisher = z.infer<typeof publisherSchema>;

/** The settings file: ATLAS_PUBLISHER_FILE, or publisher.yaml at the root. */
export function publisherFile(root: string = process.cwd()): string {
  return resolve(root, process.env['ATLAS_PUBLISHER_FILE'] ?? 'publisher.yaml');
}

/** The publisher's settings, or the problems that stop the build, each naming the file and field. */
export function readPublisher(root: string = process.cwd()): { publisher?: Publisher; problems: Problem[] } {
  const path = publisherFile(root);
  const file = relative(root, path) || path;
  if (!existsSync(path))
    return {
      problems: [{ file, field: '(file)', message: 'is missing: the About page needs the publisher settings (every value may be null)' }],
    };
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { problems: [{ file, field: '(file)', message: `is not valid YAML: ${(error as Error).message.split('\n')[0] ?? ''}` }] };
  }
  const result = publisherSchema.safeParse(data);
  if (result.success) return { publisher: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({
      file,
      field: issue.path.join('.') || '(file)',
      message: issue.code === 'unrecognized_keys' ? `unknown setting(s) ${issue.keys.join(', ')}` : issue.message,
    })),
  };
}

/** The contact as a link: a mailto: for an e-mail address, the page itself for a URL. */
export function contactLink(publisher: Publisher): string | undefined {
  const { contact } = publisher;
  if (!contact) return undefined;
  return /^https?:\/\//.test(contact) ? contact : `mailto:${contact}`;
}

/** The settings for a page: the build has already refused a file with problems. */
export function publisherSettings(root: string = process.cwd()): Publisher {
  const { publisher, problems } = readPublisher(root);
  if (!publisher) throw new Error(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n'));
  return publisher;
}
