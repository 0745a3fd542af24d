/**
 * Words readers spell more than one way. Pagefind matches the words of a page (and their English
 * stems: "licences" finds "licence"), not other spellings of them, so "export license" would miss a
 * page that says "export licence". Each entry page therefore carries, in its search index only, the
 * other spellings of the words it uses (src/components/EntryPage.astro): a page that says "licence"
 * is also found by "license", one that says "Emirati" by "Emirates".
 */
import type { EntryRef } from '../../collections/index.ts';
import { isCollectionName } from '../graph/references.ts';

/** Families of words that stand for each other in a search: British and American spellings, a country and its adjective. */
export const SPELLING_FAMILIES: readonly (readonly string[])[] = [
  ['licence', 'license'],
  ['licences', 'licenses'],
  ['licensing', 'licencing'],
  ['centre', 'center'],
  ['centres', 'centers'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['organisation', 'organization'],
  ['organisations', 'organizations'],
  ['defence', 'defense'],
  ['labour', 'labor'],
  ['favour', 'favor'],
  ['behaviour', 'behavior'],
  ['catalogue', 'catalog'],
  ['modelling', 'modeling'],
  ['travelling', 'traveling'],
  ['enrol', 'enroll'],
  ['fulfil', 'fulfill'],
  ['korea', 'korean', 'koreans'],
  ['emirates', 'emirati', 'emiratis'],
  ['china', 'chinese'],
  ['india', 'indian', 'indians'],
  ['brazil', 'brazilian', 'brazilians'],
  ['malaysia', 'malaysian', 'malaysians'],
  ['indonesia', 'indonesian', 'indonesians'],
  ['vietnam', 'vietnamese'],
  ['thailand', 'thai'],
  ['kazakhstan', 'kazakh', 'kazakhstani'],
  ['peru', 'peruvian', 'peruvians'],
  ['estonia', 'estonian', 'estonians'],
  ['europe', 'european', 'europeans'],
  ['america', 'american', 'americans'],
  ['japan', 'japanese'],
  ['taiwan', 'taiwanese'],
  ['saudi', 'saudis'],
];

/** -ise and -ize verbs and their nouns, spelled either way (prioritise / prioritize, digitisation / digitization). */
// The stem ends in a consonant: turquoise, cruise and noise are not -ise verbs.
const ISE = /^(\p{L}{2,}[^aeiouy])is(e|es|ed|ing|ation|ations)$/u;
const IZE = /^(\p{L}{3,})iz(e|es|ed|ing|ation|ations)$/u;
/** Words that end in -ise without being an -ise verb. */
const NOT_ISE = new Set([
  'promise',
  'promised',
  'promises',
  'premise',
  'premises',
  'exercise',
  'exercised',
  'exercises',
  'expertise',
  'enterprise',
  'enterprises',
  'otherwise',
  'franchise',
  'compromise',
  'compromised',
  'surprise',
  'surprised',
  'advertise',
  'advertised',
  'advertising',
  'revise',
  'revised',
  'supervise',
  'supervised',
  'devise',
  'devised',
  'televise',
  'televised',
  'comprise',
  'comprises',
  'comprised',
  'precise',
  'concise',
  'noise',
  'raise',
  'raised',
  'praise',
  'rise',
  'arise',
  'wise',
  'likewise',
  'paradise',
  'merchandise',
  'disguise',
  'cruise',
  'chemise',
  'demise',
  'despise',
  'improvise',
  'improvised',
]);

const FAMILY_OF = new Map<string, readonly string[]>(SPELLING_FAMILIES.flatMap((family) => family.map((word) => [word, family] as const)));

/** Fields that hold no words of the entry's own: addresses and old ids. */
const NOT_TEXT = new Set(['url', 'archived', 'website', 'aliases']);

/**
 * The words an entry's page holds: every text of its record, its body, and the names of the entries it
 * refers to (its page lists them), through `nameOf`. Field names and ids are not its words (a quote's
 * `about.programs` says nothing about "programmes").
 */
export function entryText(data: unknown, body = '', nameOf: (ref: EntryRef) => string | undefined = () => undefined): string {
  const parts: string[] = [body];
  const walk = (value: unknown) => {
    if (typeof value === 'string') parts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      if (
        'collection' in value &&
        typeof value.collection === 'string' &&
        isCollectionName(value.collection) &&
        'id' in value &&
        typeof value.id === 'string'
      ) {
        parts.push(nameOf({ collection: value.collection, id: value.id }) ?? '');
        return;
      }
      for (const [key, inner] of Object.entries(value)) if (!NOT_TEXT.has(key)) walk(inner);
    }
  };
  walk(data);
  return parts.join(' ');
}

/**
 * The other spellings of the words of a text that it does not already use, lower case, sorted.
 * @example otherSpellings('An export licence for the Korean centre') // → ['center', 'korea', 'koreans', 'license']
 */
export function otherSpellings(text: string): string[] {
  const used = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  const out = new Set<string>();
  for (const word of used) {
    for (const other of FAMILY_OF.get(word) ?? []) out.add(other);
    const ise = ISE.exec(word);
    if (ise && !NOT_ISE.has(word)) out.add(`${ise[1]}iz${ise[2]}`);
    const ize = IZE.exec(word);
    if (ize) out.add(`${ize[1]}is${ize[2]}`);
  }
  return [...out].filter((word) => !used.has(word)).sort();
}
