/**
 * View models: everything an entry page shows, computed once per page from the Atlas index.
 * Components only read these; no component queries collections or follows references itself.
 * What is particular to a collection comes from its module's `page()` (src/collections/).
 */
import { collectionDef, type AtlasEntry, type CollectionName, type EntryData, type EntryRef } from '../../collections/index.ts';
import type { CitedAt, EntryDate, IndexItem, PageContext, PageSections, Via } from '../../collections/types.ts';
import type { Atlas } from '../graph/atlas.ts';
import { citationOrder } from '../content/citation-order.ts';
import type { Backlink } from '../graph/graph.ts';
import { EVIDENCE_LABELS } from '../../collections/sources.ts';
import { formatDate } from './format.ts';
import { correctionAnchor, entryUrl, quoteAnchor, replyAnchor, sourceAnchor } from '../site/routes.ts';
import { findCitations } from '../content/body-citations.ts';
import { citationId } from '../content/remark-atlas.ts';
import { passageUrl } from '../cite/text-fragment.ts';
import { isDescriptiveTitle, withoutBrackets } from '../cite/record.ts';
import type { FootprintRow } from './overview.ts';
import type { OfferRow, OfferTermView } from './offers.ts';

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
  /** Links to the passage in each source that can be read (a URL text fragment), main source first. */
  passages: LinkItem[];
  /** Said where the main source's address could not be confirmed, so its passage cannot be linked. */
  caveat?: string | undefined;
  /** Other sources that print the same words. */
  alsoIn: LinkItem[];
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
  /** Where a web archive's copies of the URL can be looked up (a look-up, not a confirmed copy). */
  archiveLookup?: string | undefined;
  /** A confirmed archived copy, where the record has one. */
  archived?: string | undefined;
  /** The title is a description in [brackets], not the published headline. */
  descriptiveTitle: boolean;
  /** The places on the page that cite it. */
  citedAt: LinkItem[];
}

/** A dated correction of the entry, as its page shows it. */
export interface CorrectionView {
  anchor: string;
  date: string;
  dateLabel: string;
  wrong: string;
  right: string;
  sources: CiteRef[];
}

/** The recorded response of the party an entry is about. */
export interface ReplyView {
  anchor: string;
  date?: string | undefined;
  dateLabel?: string | undefined;
  to: string;
  reply: string;
  quotes: QuoteView[];
  sources: CiteRef[];
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
  /** The answers the label rests on, in one phrase (src/lib/content/reliance.ts). */
  basis: string;
  /** The date the row's sources speak of, and in words. */
  asOf: string;
  asOfLabel: string;
  /** The capacity described is a plan. */
  planned: boolean;
  sources: CiteRef[];
  /** Every source of the row is vendor-originated. */
  vendorOnly: boolean;
}

export interface EntryView {
  ref: EntryRef;
  url: string;
  typeLabel: string;
  /** The page heading. */
  title: string;
  /** The document title, where it differs from the heading (quotes). */
  headTitle?: string | undefined;
  /** The entry's description: the page's meta description. */
  description?: string | undefined;
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
  /** An entry whose every source is vendor-originated. */
  vendorOnly: boolean;
  /** The quote itself, on a quote's own page. */
  quote?: QuoteView | undefined;
  quoteGroups: { heading: string; quotes: QuoteView[] }[];
  footprint: FootprintRow[];
  offerTerms: (OfferTermView & { cites: CiteRef[] })[];
  offers?: { caption: string; rows: OfferRow[] } | undefined;
  linkGroups: { heading: string; items: LinkItem[] }[];
  timeline: LinkItem[];
  /** Dated corrections, oldest first. */
  corrections: CorrectionView[];
  /** Responses of the party concerned, where a source records one. */
  replies: ReplyView[];
  sources: SourceItem[];
}

/** The display title of any entry. */
export function titleOf<C extends CollectionName>(entry: AtlasEntry<C>): string {
  return collectionDef(entry.collection).title(entry);
}

/** One or two sentences on any entry: its page's description, its feed item, its JSON-LD. */
export function descriptionOf<C extends CollectionName>(entry: AtlasEntry<C>): string | undefined {
  return collectionDef(entry.collection).description(entry);
}

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

/** A link to an entry, labelled with its title (or its id, where the entry is missing). */
export function linkTo(atlas: Atlas, ref: EntryRef, note?: string): LinkItem {
  const entry = atlas.get(ref);
  return { href: entryUrl(ref), label: entry ? titleOf(entry) : ref.id, note };
}

export function links(atlas: Atlas, refs: readonly EntryRef[]): LinkItem[] {
  return refs.map((ref) => linkTo(atlas, ref));
}

/** The speaker of a quote: a person or an organization. */
export function speakerRef(atlas: Atlas, speaker: string): EntryRef<'people' | 'organizations'> {
  return atlas.get({ collection: 'people', id: speaker })
    ? { collection: 'people', id: speaker }
    : { collection: 'organizations', id: speaker };
}

/** The URL of a source that a reader can open, where the record confirms it. */
function readableUrl(source: AtlasEntry<'sources'>): string | undefined {
  return source.data.unconfirmed.includes('url') ? undefined : source.data.url;
}

/** Links to a quote's passage in each of its sources that can be opened, main source first. */
function passagesOf(atlas: Atlas, quote: AtlasEntry<'quotes'>): LinkItem[] {
  return dedupe([quote.data.source, ...quote.data.alsoIn]).flatMap((ref) => {
    const source = atlas.get(ref);
    const url = source && readableUrl(source);
    const href = url && passageUrl(url, quote.data.text);
    return source && href ? [{ href, label: source.data.publisher }] : [];
  });
}

export function quoteView(atlas: Atlas, quote: AtlasEntry<'quotes'>): QuoteView {
  const { data } = quote;
  const source = atlas.get(data.source);
  const caveat =
    source && !readableUrl(source)
      ? `The address of this quote's source could not be confirmed, so the Atlas cannot link to its passage${data.alsoIn.length > 0 ? '; the same words are also printed in' : '.'}`
      : undefined;
  return {
    id: quote.id,
    anchor: quoteAnchor(quote.id),
    href: entryUrl(quote),
    text: data.text,
    speaker: linkTo(atlas, speakerRef(atlas, data.speaker)),
    // A descriptive title reads as the description it is, without its brackets.
    source: { ...linkTo(atlas, data.source), label: source ? withoutBrackets(source.data.title) : data.source.id },
    date: data.date ? formatDate(data.date) : undefined,
    context: data.context,
    passages: passagesOf(atlas, quote),
    caveat,
    alsoIn: links(atlas, data.alsoIn),
  };
}

/** The quotes among some refs, as cards. */
export function quotesFrom(atlas: Atlas, refs: readonly EntryRef<'quotes'>[]): QuoteView[] {
  return refs.flatMap((ref) => {
    const quote = atlas.get(ref);
    return quote ? [quoteView(atlas, quote)] : [];
  });
}

/** People and organizations quoted about an entry: "who commented". */
export function commenters(quotes: readonly QuoteView[]): LinkItem[] {
  const seen = new Map<string, LinkItem>();
  for (const quote of quotes) if (!seen.has(quote.speaker.href)) seen.set(quote.speaker.href, quote.speaker);
  return [...seen.values()];
}

/** Refs without repeats, in first-seen order. */
export function dedupe<R extends EntryRef>(refs: readonly R[]): R[] {
  return [...new Map(refs.map((ref) => [`${ref.collection}/${ref.id}`, ref])).values()];
}

/** Numbered sources, in order of first appearance on the page (src/lib/content/citation-order.ts). */
export function numberedSources<C extends CollectionName>(atlas: Atlas, entry: AtlasEntry<C>): SourceItem[] {
  const ids = citationOrder(entry);
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
        evidence: EVIDENCE_LABELS[source.data.evidence],
        vendor: source.data.evidence === 'vendor',
        archiveLookup: source.data.url && !source.data.unconfirmed.includes('url') ? waybackLookup(source.data.url) : undefined,
        archived: source.data.archived,
        descriptiveTitle: isDescriptiveTitle(source.data.title),
        citedAt: [],
      },
    ];
  });
}

/** The entries of one collection in a list of backlinks, each once, optionally only those through some fields. */
export function referrersIn<F extends CollectionName>(backlinks: readonly Backlink[], from: F, via?: readonly Via<F>[]): EntryRef<F>[] {
  const seen = new Set<string>();
  const refs: EntryRef<F>[] = [];
  for (const link of backlinks) {
    if (!isFrom(link, from)) continue;
    if (via && !(via as readonly string[]).includes(link.via)) continue;
    if (!seen.has(link.from.id)) {
      seen.add(link.from.id);
      refs.push(link.from);
    }
  }
  return refs;
}

function isFrom<F extends CollectionName>(link: Backlink, from: F): link is Backlink & { from: EntryRef<F> } {
  return link.from.collection === from;
}

/** Events among backlinks, oldest first, each with its date. */
function timelineOf(atlas: Atlas, backlinks: readonly Backlink[]): LinkItem[] {
  return referrersIn(backlinks, 'events')
    .flatMap((ref) => {
      const event = atlas.get(ref);
      return event ? [{ date: event.data.date, item: linkTo(atlas, ref, formatDate(event.data.date)) }] : [];
    })
    .sort((a, b) => a.date.localeCompare(b.date))
    .map(({ item }) => item);
}

/** What a collection's `page()` is given for one entry. */
function pageContext(atlas: Atlas, entry: EntryRef, sources: SourceItem[]): PageContext {
  const backlinks = atlas.backlinks(entry);
  return {
    atlas,
    backlinks,
    cites: (refs, at) => citeMarks(sources, refs, at),
    vendorOnly: (refs) => refs.length > 0 && refs.every((r) => sources.find((s) => s.id === r.id)?.vendor === true),
    referrers<F extends CollectionName>(from: F, via?: readonly Via<F>[]) {
      return referrersIn(backlinks, from, via);
    },
    quotesAbout: () =>
      quotesFrom(atlas, referrersIn(backlinks, 'quotes', ['about.countries', 'about.programs', 'about.organizations', 'about.layers'])),
    quotesBy: () => quotesFrom(atlas, referrersIn(backlinks, 'quotes', ['speaker'])),
  };
}

/** Citation marks in number order; each source cited from a place on the page links back to it. */
function citeMarks(sources: readonly SourceItem[], refs: readonly { id: string }[], at?: CitedAt): CiteRef[] {
  const marks = dedupeIds(refs).flatMap((ref) => {
    const source = sources.find((s) => s.id === ref.id);
    if (!source) return [];
    if (at && !source.citedAt.some((link) => link.href === `#${at.anchor}`))
      source.citedAt.push({ href: `#${at.anchor}`, label: at.label });
    return [{ number: source.number, anchor: source.anchor }];
  });
  return marks.sort((a, b) => a.number - b.number);
}

function dedupeIds<R extends { id: string }>(refs: readonly R[]): R[] {
  return [...new Map(refs.map((r) => [r.id, r])).values()];
}

/** The body's citations of each source, as back-links to the marks the remark plugin gave ids. */
function bodyCitedAt(sources: readonly SourceItem[], body: string | undefined): void {
  if (!body) return;
  const counts = new Map<string, number>();
  for (const { id } of findCitations(body)) {
    const n = (counts.get(id) ?? 0) + 1;
    counts.set(id, n);
    sources.find((s) => s.id === id)?.citedAt.push({ href: `#${citationId(id, n)}`, label: `text ${n}` });
  }
}

/** The entry's corrections, each citing its sources. */
function correctionsOf(data: EntryData<CollectionName>, sources: readonly SourceItem[]): CorrectionView[] {
  return data.corrections.map((c, i) => {
    const anchor = correctionAnchor(i + 1);
    return {
      anchor,
      date: c.date,
      dateLabel: formatDate(c.date),
      wrong: c.wrong,
      right: c.right,
      sources: citeMarks(sources, c.sources, { anchor, label: `Correction ${i + 1}` }),
    };
  });
}

/** The recorded replies of a person or organization, each citing its sources. */
function repliesOf(atlas: Atlas, data: EntryData<CollectionName>, sources: readonly SourceItem[]): ReplyView[] {
  if (!('replies' in data)) return [];
  return data.replies.map((r, i) => {
    const anchor = replyAnchor(i + 1);
    return {
      anchor,
      date: r.date,
      dateLabel: r.date ? formatDate(r.date) : undefined,
      to: r.to,
      reply: r.reply,
      quotes: quotesFrom(atlas, r.quotes),
      sources: citeMarks(sources, r.sources, { anchor, label: 'Reply' }),
    };
  });
}

/** The sections of an entry's page, from its collection's module. */
function sectionsOf<C extends CollectionName>(entry: AtlasEntry<C>, context: PageContext): PageSections {
  return collectionDef(entry.collection).page(entry, context);
}

/** An entry's other names in English, for the collections that have them. */
function shortNamesOf(data: EntryData<CollectionName>): string[] {
  return 'shortNames' in data ? data.shortNames : [];
}

/** Build the view of any entry page. */
export function entryView<C extends CollectionName>(atlas: Atlas, entry: AtlasEntry<C>): EntryView {
  const sources = numberedSources(atlas, entry);
  const context = pageContext(atlas, entry, sources);
  const sections = sectionsOf(entry, context);
  bodyCitedAt(sources, entry.body);
  const replies = repliesOf(atlas, entry.data, sources);
  const corrections = correctionsOf(entry.data, sources);
  const mentionedIn = links(atlas, dedupe(context.backlinks.filter((b) => b.via === 'body link').map((b) => b.from)));
  return {
    ref: { collection: entry.collection, id: entry.id },
    url: entryUrl(entry),
    typeLabel: collectionDef(entry.collection).labels.singular,
    title: sections.title ?? titleOf(entry),
    headTitle: sections.headTitle,
    description: descriptionOf(entry),
    lead: sections.lead,
    notice: sections.notice,
    updated: entry.data.updated,
    facts: (sections.facts ?? []).filter((fact) => fact.text !== undefined || (fact.links?.length ?? 0) > 0),
    alternateNames: sections.alternateNames ?? [],
    shortNames: shortNamesOf(entry.data),
    stack: sections.stack ?? [],
    milestones: sections.milestones ?? [],
    status: sections.status,
    vendorOnly: sections.vendorOnly ?? false,
    quote: sections.quote,
    quoteGroups: (sections.quoteGroups ?? []).filter((group) => group.quotes.length > 0),
    footprint: sections.footprint ?? [],
    offerTerms: sections.offerTerms ?? [],
    offers: sections.offers && sections.offers.rows.length > 0 ? sections.offers : undefined,
    linkGroups: [...(sections.linkGroups ?? []), { heading: 'Mentioned in', items: mentionedIn }].filter((group) => group.items.length > 0),
    timeline: sections.timeline === false ? [] : timelineOf(atlas, context.backlinks),
    corrections,
    replies,
    sources,
  };
}

/** The list on a collection's index page, in the order readers expect for that collection. */
export function indexView<C extends CollectionName>(atlas: Atlas, collection: C): IndexItem[] {
  const { index } = collectionDef(collection);
  const entries = [...atlas.list(collection)];
  if (index.compare) entries.sort(index.compare);
  return entries.map((entry) => index.item(atlas, entry));
}

/** The date of an entry about no single date: its last revision. */
export function lastRevised<C extends CollectionName>(entry: AtlasEntry<C>): EntryDate {
  return { date: entry.data.updated, kind: 'updated' };
}

/** Index order for entries with a name. */
export function byName(a: { data: { name: string } }, b: { data: { name: string } }): number {
  return a.data.name.localeCompare(b.data.name);
}

/** A plain line of an index page: the entry's title, linked, with a note and a detail. */
export function indexItem<C extends CollectionName>(entry: AtlasEntry<C>, note?: string, detail?: string): IndexItem {
  return { href: entryUrl(entry), label: titleOf(entry), note, detail };
}
