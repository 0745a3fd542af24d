/**
 * View models: everything an entry page shows, computed once per page from the Atlas index.
 * Components only read these; no component queries collections or follows references itself.
 */
import type { Atlas, AtlasEntry } from './atlas.ts';
import { findCitations } from './citations.ts';
import type { Backlink } from './graph.ts';
import { collectRefs, type Ref } from './references.ts';
import { COLLECTION_LABELS, EVIDENCE_LABELS, formatDate, humanize, MILESTONE_LABELS, RELIANCE_LABELS, STRATEGY_LABELS } from './labels.ts';
import { entryUrl, milestoneAnchor, quoteAnchor, sourceAnchor, stackAnchor } from './routes.ts';
import { COLLECTIONS, type CollectionName } from './schema.ts';

export interface LinkItem {
  href: string;
  label: string;
  /** Short text after the link (a date, a reliance, a role). */
  note?: string | undefined;
}

export interface Fact {
  label: string;
  text?: string | undefined;
  links?: LinkItem[] | undefined;
  href?: string | undefined;
}

export interface QuoteView {
  id: string;
  anchor: string;
  href: string;
  text: string;
  speaker: LinkItem;
  source: LinkItem;
  date?: string | undefined;
  context: string;
}

export interface SourceItem {
  id: string;
  anchor: string;
  number: number;
  href: string;
  title: string;
  publisher: string;
  published?: string | undefined;
  url?: string | undefined;
  unconfirmed: string[];
  /** What kind of evidence the source is, in words. */
  evidence: string;
  vendor: boolean;
}

/** A numbered citation of one of the page's sources. */
export interface CiteRef {
  number: number;
  anchor: string;
}

export interface MilestoneView {
  anchor: string;
  date: string;
  dateLabel: string;
  stage: string;
  summary: string;
  sources: CiteRef[];
  /** Every source of it is vendor-originated. */
  vendorOnly: boolean;
}

export interface StackRowView {
  anchor: string;
  layer: LinkItem;
  reliance: string;
  relianceLabel: string;
  note: string;
  sources: CiteRef[];
  /** Every source of the row is vendor-originated. */
  vendorOnly: boolean;
}

export interface EntryView {
  ref: Ref;
  url: string;
  typeLabel: string;
  /** The page heading. */
  title: string;
  /** The document title, where it differs from the heading (quotes). */
  headTitle?: string | undefined;
  lead?: string | undefined;
  /** A caution readers must see, e.g. the fields of a source record that could not be confirmed. */
  notice?: string | undefined;
  updated?: string | undefined;
  facts: Fact[];
  /** Names in other scripts and languages, each with its language tag. */
  alternateNames: { name: string; lang: string }[];
  /** Other names in English (short forms, abbreviations). */
  shortNames: string[];
  stack: StackRowView[];
  /** A program's dated lifecycle. */
  milestones: MilestoneView[];
  /** A program's status with the date a source last confirmed it. */
  status?: { label: string; asOf: string; sources: CiteRef[] } | undefined;
  /** An event whose every source is vendor-originated. */
  vendorOnly: boolean;
  /** The quote itself, on a quote's own page. */
  quote?: QuoteView | undefined;
  quoteGroups: { heading: string; quotes: QuoteView[] }[];
  linkGroups: { heading: string; items: LinkItem[] }[];
  timeline: LinkItem[];
  sources: SourceItem[];
}

/** The display title of any entry. */
export function titleOf(entry: AtlasEntry): string {
  const data = entry.data as Record<string, unknown>;
  if (typeof data['name'] === 'string') return data['name'];
  if (typeof data['title'] === 'string') return data['title'];
  if (entry.collection === 'quotes') return shorten(`“${String(data['text'])}”`, 90);
  return entry.id;
}

const UNCONFIRMED_WORDS: Record<string, string> = { url: 'URL', authors: 'authors', title: 'title', published: 'publication date', publisher: 'publisher' };

/** @example listWords(['a', 'b', 'c']) // → 'a, b and c' */
export function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** @example waybackLookup('https://example.org/a') // → 'https://web.archive.org/web/*\/https://example.org/a' */
export function waybackLookup(url: string): string {
  return `https://web.archive.org/web/*/${url}`;
}

/**
 * A text cut to at most `max` characters at a word boundary, with an ellipsis where it was cut.
 * @example shorten('rather than trying to build', 20) // → 'rather than trying…'
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  // Where the cut falls just before a space, its last word is whole and stays.
  const boundary = /\s/.test(text.charAt(max)) ? max : cut.search(/\s\S*$/);
  return `${(boundary > 0 ? cut.slice(0, boundary) : cut).replace(/[\s,;:.\u2013\u2014-]+$/, '')}…`;
}

function linkTo(atlas: Atlas, ref: Ref, note?: string): LinkItem {
  const entry = atlas.get(ref);
  return { href: entryUrl(ref), label: entry ? titleOf(entry) : ref.id, note };
}

/** The speaker of a quote: a person or an organization. */
export function speakerRef(atlas: Atlas, speaker: string): Ref {
  return atlas.get({ collection: 'people', id: speaker }) ? { collection: 'people', id: speaker } : { collection: 'organizations', id: speaker };
}

/**
 * The title an entry's page carries in <title>, in its metadata and in citations: its display title,
 * or for a quote, its speaker and all of its words (a quote's heading only names the speaker).
 */
export function headTitleOf(atlas: Atlas, entry: AtlasEntry): string {
  if (entry.collection !== 'quotes') return titleOf(entry);
  const quote = entry as AtlasEntry<'quotes'>;
  return `${linkTo(atlas, speakerRef(atlas, quote.data.speaker)).label}: “${quote.data.text}”`;
}

export function quoteView(atlas: Atlas, quote: AtlasEntry<'quotes'>): QuoteView {
  const { data } = quote;
  return {
    id: quote.id,
    anchor: quoteAnchor(quote.id),
    href: entryUrl(quote),
    text: data.text,
    speaker: linkTo(atlas, speakerRef(atlas, data.speaker)),
    source: linkTo(atlas, data.source),
    date: data.date ? formatDate(data.date) : undefined,
    context: data.context,
  };
}

/** Field a backlink came from, without indexes or line numbers: `about.countries`, `stack.layer`, `body citation`. */
export function fieldRoot(field: string): string {
  return field.replace(/\[\d+\]/g, '').replace(/ \(line \d+\)/, '');
}

function dedupe(refs: readonly Ref[]): Ref[] {
  return [...new Map(refs.map((ref) => [`${ref.collection}/${ref.id}`, ref])).values()];
}

function uniqueRefs(links: readonly Backlink[], from: CollectionName, fields?: readonly string[]): Ref[] {
  const seen = new Set<string>();
  const refs: Ref[] = [];
  for (const link of links) {
    if (link.from.collection !== from) continue;
    if (fields && !fields.includes(fieldRoot(link.field))) continue;
    const key = link.from.id;
    if (!seen.has(key)) {
      seen.add(key);
      refs.push(link.from);
    }
  }
  return refs;
}

/** Numbered sources: body citations first (so numbers match the text), then every other source the entry names. */
export function numberedSources(atlas: Atlas, entry: AtlasEntry): SourceItem[] {
  const ids: string[] = [];
  const add = (id: string): void => {
    if (!ids.includes(id)) ids.push(id);
  };
  if (entry.body) for (const { id } of findCitations(entry.body)) add(id);
  for (const ref of collectRefs(entry.data)) if (ref.collection === 'sources') add(ref.id);
  return ids.flatMap((id, index) => {
    const source = atlas.get({ collection: 'sources', id });
    if (!source) return [];
    return [
      {
        id,
        anchor: sourceAnchor(id),
        number: index + 1,
        href: entryUrl(source),
        title: source.data.title,
        publisher: source.data.publisher,
        published: source.data.published ? formatDate(source.data.published) : undefined,
        url: source.data.url,
        unconfirmed: source.data.unconfirmed,
        evidence: EVIDENCE_LABELS[source.data.evidence] ?? source.data.evidence,
        vendor: source.data.evidence === 'vendor',
      },
    ];
  });
}

function byDate(atlas: Atlas, refs: Ref[]): LinkItem[] {
  return refs
    .flatMap((ref) => {
      const event = atlas.get({ collection: 'events', id: ref.id });
      return event ? [{ date: event.data.date, item: linkTo(atlas, ref, formatDate(event.data.date)) }] : [];
    })
    .sort((a, b) => a.date.localeCompare(b.date))
    .map(({ item }) => item);
}

function quotesFrom(atlas: Atlas, refs: Ref[]): QuoteView[] {
  return refs.flatMap((ref) => {
    const quote = atlas.get({ collection: 'quotes', id: ref.id });
    return quote ? [quoteView(atlas, quote)] : [];
  });
}

/** People and organizations quoted about an entry: "who commented". */
function commenters(quotes: QuoteView[]): LinkItem[] {
  const seen = new Map<string, LinkItem>();
  for (const quote of quotes) if (!seen.has(quote.speaker.href)) seen.set(quote.speaker.href, quote.speaker);
  return [...seen.values()];
}

function links(atlas: Atlas, refs: readonly Ref[]): LinkItem[] {
  return refs.map((ref) => linkTo(atlas, ref));
}

/** Build the view of any entry page. */
export function entryView(atlas: Atlas, entry: AtlasEntry): EntryView {
  const ref: Ref = { collection: entry.collection, id: entry.id };
  const back = atlas.backlinks(ref);
  const sources = numberedSources(atlas, entry);
  const numberOf = (id: string) => sources.find((s) => s.id === id)?.number ?? 0;
  const cites = (refs: readonly Ref[]): CiteRef[] => refs.map((r) => ({ number: numberOf(r.id), anchor: sourceAnchor(r.id) }));
  const vendorOnly = (refs: readonly Ref[]) => refs.length > 0 && refs.every((r) => sources.find((s) => s.id === r.id)?.vendor === true);
  const aboutQuotes = quotesFrom(atlas, uniqueRefs(back, 'quotes', ['about.countries', 'about.programs', 'about.organizations', 'about.layers']));
  const spokenQuotes = quotesFrom(atlas, uniqueRefs(back, 'quotes', ['speaker']));
  const timeline = byDate(atlas, uniqueRefs(back, 'events'));
  const mentionedIn = links(atlas, dedupe(back.filter((b) => fieldRoot(b.field) === 'body link').map((b) => b.from)));
  const view: EntryView = {
    ref,
    url: entryUrl(ref),
    typeLabel: COLLECTION_LABELS[entry.collection].singular,
    title: titleOf(entry),
    facts: [],
    alternateNames: [],
    shortNames: [],
    stack: [],
    milestones: [],
    vendorOnly: false,
    quoteGroups: [],
    linkGroups: [],
    timeline,
    sources,
  };
  const group = (heading: string, items: LinkItem[]) => {
    if (items.length > 0) view.linkGroups.push({ heading, items });
  };
  const quoteGroup = (heading: string, quotes: QuoteView[]) => {
    if (quotes.length > 0) view.quoteGroups.push({ heading, quotes });
  };

  switch (entry.collection) {
    case 'countries': {
      const { data } = entry as AtlasEntry<'countries'>;
      view.lead = data.summary;
      view.facts.push(
        { label: 'Strategy', text: STRATEGY_LABELS[data.strategy] ?? humanize(data.strategy) },
        { label: 'Region', text: data.region },
        { label: 'Kind', text: data.kind === 'bloc' ? 'Bloc of states' : 'Country' },
      );
      if (data.iso2) view.facts.push({ label: 'ISO code', text: data.iso2 });
      view.alternateNames = data.alternateNames;
      view.stack = data.stack.map((row) => ({
        anchor: stackAnchor(row.layer.id),
        layer: linkTo(atlas, row.layer),
        reliance: row.reliance,
        relianceLabel: RELIANCE_LABELS[row.reliance] ?? row.reliance,
        note: row.note,
        sources: cites(row.sources),
        vendorOnly: vendorOnly(row.sources),
      }));
      group('Programs and deals in this country', links(atlas, uniqueRefs(back, 'programs')));
      group('Organizations headquartered here', links(atlas, uniqueRefs(back, 'organizations', ['headquarters'])));
      quoteGroup('Quotes about this country', aboutQuotes);
      group('Who commented', commenters(aboutQuotes));
      break;
    }
    case 'programs': {
      const { data } = entry as AtlasEntry<'programs'>;
      view.lead = data.summary;
      view.status = { label: humanize(data.status), asOf: formatDate(data.statusAsOf), sources: cites(data.statusSources) };
      view.milestones = [...data.milestones]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((m, i) => ({
          anchor: milestoneAnchor(i + 1),
          date: m.date,
          dateLabel: formatDate(m.date),
          stage: MILESTONE_LABELS[m.stage] ?? humanize(m.stage),
          summary: m.summary,
          sources: cites(m.sources),
          vendorOnly: vendorOnly(m.sources),
        }));
      view.facts.push(
        { label: 'Kind', text: humanize(data.kind) },
        { label: 'Announced', text: formatDate(data.announced) },
        { label: 'Vendors', links: links(atlas, data.vendors) },
        { label: 'Countries', links: links(atlas, data.countries) },
        { label: 'Stack layers', links: links(atlas, data.layers) },
      );
      quoteGroup('Quotes about this program', aboutQuotes);
      group('Who commented', commenters(aboutQuotes));
      break;
    }
    case 'people': {
      const { data } = entry as AtlasEntry<'people'>;
      view.lead = data.stance;
      view.facts.push({ label: 'Role', text: data.role }, { label: 'Kind', text: humanize(data.kind) });
      if (data.affiliation) view.facts.push({ label: 'Affiliation', links: [linkTo(atlas, data.affiliation)] });
      quoteGroup('Their quotes', spokenQuotes);
      break;
    }
    case 'organizations': {
      const { data } = entry as AtlasEntry<'organizations'>;
      view.lead = data.summary;
      view.facts.push({ label: 'Kind', text: humanize(data.kind) });
      if (data.headquarters) view.facts.push({ label: 'Headquarters', links: [linkTo(atlas, data.headquarters)] });
      if (data.layers.length > 0) view.facts.push({ label: 'Stack layers', links: links(atlas, data.layers) });
      if (data.website) view.facts.push({ label: 'Website', text: data.website, href: data.website });
      group('Programs and deals', links(atlas, uniqueRefs(back, 'programs', ['vendors'])));
      group('People', links(atlas, uniqueRefs(back, 'people', ['affiliation'])));
      quoteGroup('Quotes by this organization', spokenQuotes);
      // A quote shows once per page (its anchor must be unique), under "by" if the organization said it.
      quoteGroup('Quotes about this organization', aboutQuotes.filter((q) => !spokenQuotes.some((spoken) => spoken.id === q.id)));
      break;
    }
    case 'quotes': {
      const quote = entry as AtlasEntry<'quotes'>;
      view.quote = quoteView(atlas, quote);
      view.title = `Quote by ${view.quote.speaker.label}`;
      view.headTitle = headTitleOf(atlas, quote);
      const { about } = quote.data;
      view.facts.push({ label: 'Speaker', links: [view.quote.speaker] }, { label: 'Source', links: [view.quote.source] });
      if (view.quote.date) view.facts.push({ label: 'Date', text: view.quote.date });
      group('About', links(atlas, [...about.countries, ...about.programs, ...about.organizations, ...about.layers]));
      // Linked from either side: the link is written once, in one of the two quotes.
      const wordings = dedupe([...quote.data.sameRemark, ...back.filter((b) => fieldRoot(b.field) === 'sameRemark').map((b) => b.from)])
        .flatMap((r) => {
          const other = atlas.get({ collection: 'quotes', id: r.id });
          return other && other.id !== quote.id ? [quoteView(atlas, other)] : [];
        });
      quoteGroup('The same remark in other words', wordings);
      break;
    }
    case 'sources': {
      const { data } = entry as AtlasEntry<'sources'>;
      view.facts.push({ label: 'Publisher', text: data.publisher });
      if (data.authors.length > 0) view.facts.push({ label: 'Authors', text: data.authors.join('; ') });
      if (data.published) view.facts.push({ label: 'Published', text: formatDate(data.published) });
      view.facts.push({ label: 'Kind', text: humanize(data.kind) }, { label: 'Evidence', text: EVIDENCE_LABELS[data.evidence] ?? data.evidence });
      if (data.url) view.facts.push({ label: 'URL', text: data.url, href: data.url });
      if (data.archived) view.facts.push({ label: 'Archived copy', text: data.archived, href: data.archived });
      else if (data.url) view.facts.push({ label: 'Archived copies', text: 'Look the page up in the Wayback Machine', href: waybackLookup(data.url) });
      if (data.accessed) view.facts.push({ label: 'Accessed', text: formatDate(data.accessed) });
      if (data.unconfirmed.length > 0) {
        view.facts.push({ label: 'Not confirmed', text: data.unconfirmed.join(', ') });
        view.notice = `Not confirmed: the ${listWords(data.unconfirmed.map((f) => UNCONFIRMED_WORDS[f] ?? f))} of this source could not be confirmed. ${
          data.unconfirmed.includes('title') ? 'The title shown is a description, not the published headline.' : ''
        }`.trim();
      }
      if (data.note) view.lead = data.note;
      const citing = dedupe(back.map((b) => b.from));
      for (const collection of COLLECTIONS) {
        group(`Cited by ${COLLECTION_LABELS[collection].plural.toLowerCase()}`, links(atlas, citing.filter((ref) => ref.collection === collection)));
      }
      view.timeline = [];
      break;
    }
    case 'events': {
      const { data } = entry as AtlasEntry<'events'>;
      view.lead = data.summary;
      view.vendorOnly = vendorOnly(data.sources);
      view.facts.push(
        { label: 'Date', text: formatDate(data.date) },
        { label: 'Countries', links: links(atlas, data.countries) },
        { label: 'Programs', links: links(atlas, data.programs) },
        { label: 'Organizations', links: links(atlas, data.organizations) },
      );
      break;
    }
    case 'layers': {
      const { data } = entry as AtlasEntry<'layers'>;
      view.lead = data.summary;
      view.facts.push({ label: 'Position in the stack', text: String(data.order) });
      const rows = back.filter((b) => b.from.collection === 'countries' && fieldRoot(b.field) === 'stack.layer');
      group(
        'Countries at this layer',
        rows.flatMap((b) => {
          const country = atlas.get({ collection: 'countries', id: b.from.id });
          const row = country?.data.stack.find((r) => r.layer.id === entry.id);
          if (!country || !row) return [];
          return [{ href: `${entryUrl(country)}#${stackAnchor(entry.id)}`, label: country.data.name, note: RELIANCE_LABELS[row.reliance] }];
        }),
      );
      group('Programs at this layer', links(atlas, uniqueRefs(back, 'programs', ['layers'])));
      group('Organizations at this layer', links(atlas, uniqueRefs(back, 'organizations', ['layers'])));
      quoteGroup('Quotes about this layer', aboutQuotes);
      break;
    }
  }
  view.updated = entry.data.updated;
  view.shortNames = (entry.data as { shortNames?: string[] }).shortNames ?? [];
  group('Mentioned in', mentionedIn);
  view.facts = view.facts.filter((fact) => fact.text !== undefined || (fact.links?.length ?? 0) > 0);
  return view;
}

export interface IndexItem extends LinkItem {
  detail?: string | undefined;
}

/** The list on a collection's index page, in the order readers expect for that collection. */
export function indexView(atlas: Atlas, collection: CollectionName): IndexItem[] {
  const entries = [...atlas.list(collection)];
  const item = (entry: AtlasEntry, note?: string, detail?: string): IndexItem => ({
    href: entryUrl(entry),
    label: titleOf(entry),
    note,
    detail,
  });
  switch (collection) {
    case 'countries':
      return (entries as AtlasEntry<'countries'>[])
        .sort((a, b) => a.data.name.localeCompare(b.data.name))
        .map((e) => item(e, STRATEGY_LABELS[e.data.strategy], e.data.summary));
    case 'programs':
      return (entries as AtlasEntry<'programs'>[])
        .sort((a, b) => a.data.name.localeCompare(b.data.name))
        .map((e) => item(e, `${humanize(e.data.status)}, announced ${formatDate(e.data.announced)}`, e.data.summary));
    case 'people':
      return (entries as AtlasEntry<'people'>[]).map((e) => item(e, e.data.role, e.data.stance));
    case 'organizations':
      return (entries as AtlasEntry<'organizations'>[])
        .sort((a, b) => a.data.name.localeCompare(b.data.name))
        .map((e) => item(e, humanize(e.data.kind), e.data.summary));
    case 'quotes':
      return (entries as AtlasEntry<'quotes'>[]).map((e) => {
        const view = quoteView(atlas, e);
        const outlet = atlas.get({ collection: 'sources', id: e.data.source.id })?.data.publisher;
        return { href: view.href, label: `“${e.data.text}”`, note: [view.speaker.label, outlet, e.data.date && formatDate(e.data.date)].filter(Boolean).join(', '), detail: e.data.context };
      });
    case 'sources':
      return (entries as AtlasEntry<'sources'>[])
        .sort((a, b) => a.data.publisher.localeCompare(b.data.publisher) || a.data.title.localeCompare(b.data.title))
        .map((e) => item(e, [e.data.publisher, e.data.published && formatDate(e.data.published)].filter(Boolean).join(', ')));
    case 'events':
      return (entries as AtlasEntry<'events'>[])
        .sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id))
        .map((e) => item(e, formatDate(e.data.date), e.data.summary));
    case 'layers':
      return (entries as AtlasEntry<'layers'>[])
        .sort((a, b) => a.data.order - b.data.order)
        .map((e) => item(e, undefined, e.data.summary));
  }
}
