/** Verbatim quotes, each with its speaker (a person or an organization) and its source. */
import { z } from 'astro/zod';
import { aliases, idSchema, partialDate, summary, updated, corrections } from '../lib/content/fields.ts';
import { didYouMean } from '../lib/content/did-you-mean.ts';
import { entryPageWork, sourceRecordWork } from '../lib/cite/entry-citation.ts';
import { citationKey, isoOfDate } from '../lib/cite/record.ts';
import type { Atlas } from '../lib/graph/atlas.ts';
import { formatDate } from '../lib/views/format.ts';
import { dedupe, links, quoteView, shorten, speakerRef, titleOf } from '../lib/views/entry.ts';
import type { AtlasEntry, CollectionDef, GraphCheck, RefSchema } from './types.ts';

export const schema = (ref: RefSchema) =>
  z
    .object({
      text: z
        .string()
        .trim()
        .min(2)
        .describe("The words exactly as the source prints them; square brackets mark the source's own insertions."),
      speaker: idSchema.describe('Id of the person or organization who said it.'),
      source: ref('sources').describe('Where the quote was published.'),
      alsoIn: z
        .array(ref('sources'))
        .default([])
        .describe('Other sources that print the same words, so a reader can check them where the main source cannot be read.'),
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
        .describe(
          "Other quotes that give the same remark in another wording (another outlet's report of it): same speaker, same date. The link shows on both quotes.",
        ),
      corrections: corrections(ref),
      updated,
      aliases,
    })
    .strict();

/** The speaker's name, or the id where the speaker is missing. */
function speakerName(atlas: Atlas, quote: AtlasEntry<'quotes'>): string {
  const speaker = atlas.get(speakerRef(atlas, quote.data.speaker));
  return speaker ? titleOf(speaker) : quote.data.speaker;
}

/** A quote's <title> and citation title: its speaker and all of its words (its heading only names the speaker). */
function headTitle(atlas: Atlas, quote: AtlasEntry<'quotes'>): string {
  return `${speakerName(atlas, quote)}: “${quote.data.text}”`;
}

/**
 * A quote's speaker is an id of a person or of an organization, which no reference field can say; and
 * two wordings of one remark have one speaker and one date.
 */
const check: GraphCheck<'quotes'> = (quote, lookup) => {
  const { speaker } = quote.data;
  const person = lookup.has({ collection: 'people', id: speaker });
  const organization = lookup.has({ collection: 'organizations', id: speaker });
  const problems: { field: string; message: string }[] = [];
  const found: ReturnType<GraphCheck<'quotes'>>['links'] = [];
  if (person && organization) {
    problems.push({ field: 'speaker', message: `"${speaker}" is both a person and an organization id; rename one of them` });
  } else if (person || organization) {
    found.push({ to: { collection: person ? 'people' : 'organizations', id: speaker }, via: 'speaker' });
  } else {
    const known = [...lookup.ids('people'), ...lookup.ids('organizations')];
    problems.push({ field: 'speaker', message: `"${speaker}" is neither a person nor an organization${didYouMean(speaker, known)}` });
  }
  quote.data.sameRemark.forEach((ref, index) => {
    const other = lookup.get(ref);
    if (!other) return;
    const field = `sameRemark[${index}]`;
    if (other.id === quote.id) problems.push({ field, message: 'is the quote itself' });
    else if (other.data.speaker !== speaker)
      problems.push({ field, message: `"${ref.id}" has another speaker ("${other.data.speaker}"), so it cannot be the same remark` });
    else if (other.data.date !== quote.data.date)
      problems.push({
        field,
        message: `"${ref.id}" is dated ${other.data.date ?? 'nothing'}, this quote ${quote.data.date ?? 'nothing'}: the same remark has one date`,
      });
  });
  return { links: found, problems };
};

export default {
  labels: { singular: 'Quote', plural: 'Quotes', intro: 'Verbatim quotes, each with its speaker and source.' },
  format: 'yaml',
  title: (entry) => shorten(`“${entry.data.text}”`, 90),
  description: (entry) => entry.data.context,
  date: (entry) => (entry.data.date ? { date: entry.data.date, kind: 'date' } : { date: entry.data.updated, kind: 'updated' }),
  index: {
    item(atlas, entry) {
      const view = quoteView(atlas, entry);
      const outlet = atlas.get(entry.data.source)?.data.publisher;
      const note = [view.speaker.label, outlet, entry.data.date && formatDate(entry.data.date)].filter(Boolean).join(', ');
      return { href: view.href, label: `“${entry.data.text}”`, note, detail: entry.data.context };
    },
  },
  page(entry, { atlas, referrers }) {
    const quote = quoteView(atlas, entry);
    const { about } = entry.data;
    // Linked from either side: the link is written once, in one of the two quotes.
    const wordings = dedupe([...entry.data.sameRemark, ...referrers('quotes', ['sameRemark'])]).flatMap((ref) => {
      const other = atlas.get(ref);
      return other && other.id !== entry.id ? [quoteView(atlas, other)] : [];
    });
    return {
      quote,
      title: `Quote by ${quote.speaker.label}`,
      headTitle: headTitle(atlas, entry),
      facts: [
        { label: 'Speaker', links: [quote.speaker] },
        { label: 'Source', links: [quote.source] },
        ...(quote.date ? [{ label: 'Date', text: quote.date }] : []),
      ],
      linkGroups: [
        { heading: 'About', items: links(atlas, [...about.countries, ...about.programs, ...about.organizations, ...about.layers]) },
      ],
      quoteGroups: [{ heading: 'The same remark in other words', quotes: wordings }],
    };
  },
  cite(atlas, entry, site) {
    const name = speakerName(atlas, entry);
    const source = atlas.get(entry.data.source);
    // Where it was said, from the source's confirmed fields only.
    const original = source ? sourceRecordWork(source).item : undefined;
    const where = original
      ? [original.title, original['container-title'] ?? original.publisher, original.issued && formatDate(isoOfDate(original.issued))]
          .filter(Boolean)
          .join(', ')
      : entry.data.source.id;
    const abstract = `${name}${entry.data.date ? `, ${formatDate(entry.data.date)}` : ''}, quoted from: ${where}`;
    return {
      key: citationKey(entry),
      works: [entryPageWork(entry, site, headTitle(atlas, entry), abstract), ...(source ? [sourceRecordWork(source)] : [])],
      originalLabel: `Where ${name} was quoted`,
    };
  },
  jsonLd(atlas, { data }, link) {
    const speaker = speakerRef(atlas, data.speaker);
    const source = atlas.get(data.source);
    return {
      '@type': 'Quotation',
      text: data.text,
      creator: link(speaker, speaker.collection === 'people' ? 'Person' : 'Organization'),
      isBasedOn: {
        '@type': 'CreativeWork',
        name: source ? source.data.title : data.source.id,
        ...(source?.data.url ? { url: source.data.url } : {}),
        ...(source ? { publisher: { '@type': 'Organization', name: source.data.publisher } } : {}),
      },
      ...(data.date ? { dateCreated: data.date } : {}),
    };
  },
  search: {
    type: 'quote',
    titleWeight: 'ignore',
    byYear: true,
    facets(atlas, entry) {
      const { data } = entry;
      const speaker = speakerName(atlas, entry);
      const source = atlas.get(data.source);
      const outlet = source?.data.publisher;
      // Its own words are a quote's title for search (its page's heading only names the speaker).
      const meta: [string, string][] = [
        ['title', `“${data.text}”`],
        ['quote', data.text],
        ['speaker', speaker],
        ['source', source ? titleOf(source) : data.source.id],
      ];
      if (outlet) meta.push(['outlet', outlet]);
      return { countries: data.about.countries, layers: data.about.layers, speakers: [speaker], meta };
    },
  },
  check,
} satisfies CollectionDef<'quotes'>;
