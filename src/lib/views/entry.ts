/**
 * View models: everything an entry page shows, computed once per page from the Atlas index.
 * Components only read these; no component queries collections or follows references itself.
 * What is particular to a collection comes from its module's `page()` (src/collections/).
 */
import { collectionDef, type AtlasEntry, type CollectionName, type EntryData, type EntryRef } from '../../collections/index.ts';
import type { EntryDate, IndexItem, PageContext, PageSections, Via } from '../../collections/types.ts';
import type { Atlas } from '../graph/atlas.ts';
import { findCitations } from '../content/body-citations.ts';
import type { Backlink } from '../graph/graph.ts';
import { collectRefs } from '../graph/references.ts';
import { EVIDENCE_LABELS } from '../../collections/sources.ts';
import { formatDate } from './format.ts';
import { entryUrl, quoteAnchor, sourceAnchor } from '../site/routes.ts';
import type { FootprintRow } from './overview.ts';

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
  linkGroups: { heading: string; items: LinkItem[] }[];
  timeline: LinkItem[];
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

/** Numbered sources: body citations first (so numbers match the text), then every other source the entry names. */
export function numberedSources<C extends CollectionName>(atlas: Atlas, entry: AtlasEntry<C>): SourceItem[] {
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
        evidence: EVIDENCE_LABELS[source.data.evidence],
        vendor: source.data.evidence === 'vendor',
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
  const numberOf = (id: string) => sources.find((s) => s.id === id)?.number ?? 0;
  return {
    atlas,
    backlinks,
    cites: (refs) => refs.map((r) => ({ number: numberOf(r.id), anchor: sourceAnchor(r.id) })),
    vendorOnly: (refs) => refs.length > 0 && refs.every((r) => sources.find((s) => s.id === r.id)?.vendor === true),
    referrers<F extends CollectionName>(from: F, via?: readonly Via<F>[]) {
      return referrersIn(backlinks, from, via);
    },
    quotesAbout: () =>
      quotesFrom(atlas, referrersIn(backlinks, 'quotes', ['about.countries', 'about.programs', 'about.organizations', 'about.layers'])),
    quotesBy: () => quotesFrom(atlas, referrersIn(backlinks, 'quotes', ['speaker'])),
  };
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
    linkGroups: [...(sections.linkGroups ?? []), { heading: 'Mentioned in', items: mentionedIn }].filter((group) => group.items.length > 0),
    timeline: sections.timeline === false ? [] : timelineOf(atlas, context.backlinks),
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
