/**
 * What a collection of the Atlas is: the one interface every module in src/collections/ implements,
 * and the entry types derived from the modules' schemas. Shared machinery (the graph, pages, citations,
 * search, feed) asks a collection's module and never switches on a collection's name.
 */
import type { z } from 'astro/zod';
import type { COLLECTION_MODULES } from './index.ts';
import type { Atlas } from '../lib/graph/atlas.ts';
import type { Backlink } from '../lib/graph/graph.ts';
import type { CitableEntry } from '../lib/cite/record.ts';
import type { FootprintRow } from '../lib/views/overview.ts';
import type { CiteRef, Fact, LinkItem, MilestoneView, QuoteView, StackRowView } from '../lib/views/entry.ts';
import type { OfferRow, OfferTermView } from '../lib/views/offers.ts';

/** Every collection, by the name of its folder in content/ and of its URLs. */
export type CollectionName = keyof typeof COLLECTION_MODULES;

/** A cross-link to an entry of collection C, as Astro's `reference()` gives it. */
export interface EntryRef<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

/**
 * How a collection's schema writes a reference to an entry of another collection. The Astro config
 * passes Astro's `reference()`, the content check an id schema of its own; both parse an id to an
 * `EntryRef`, so entry data has one type wherever it was read.
 */
export type RefSchema = <T extends CollectionName>(collection: T) => z.ZodType<EntryRef<T>, string>;

/** The data of an entry of collection C, as pages see it (references resolved to `EntryRef`s). */
export type EntryData<C extends CollectionName> = z.output<ReturnType<(typeof COLLECTION_MODULES)[C]['schema']>>;

/** One entry of collection C. */
export interface AtlasEntry<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  data: EntryData<C>;
  /** The Markdown body, for collections written as MDX. */
  body?: string | undefined;
}

/** An entry of any collection: a union that narrows on `collection`, as Astro's `CollectionEntry` does. */
export type AnyEntry = { [C in CollectionName]: AtlasEntry<C> }[CollectionName];

/** The field paths of collection C's data that hold references: `stack.layer`, `about.countries` … */
export type RefField<C extends CollectionName> = RefPaths<EntryData<C>>;
// Entry data nests at most three objects deep (`about.countries`, `stack.sources`); the depth limit
// keeps TypeScript from expanding the type without end for a generic collection.
type RefPaths<T, P extends string = '', Depth extends unknown[] = []> = Depth['length'] extends 4
  ? never
  : T extends EntryRef
    ? P
    : T extends string | number | boolean | null | undefined
      ? never
      : T extends readonly (infer U)[]
        ? RefPaths<U, P, Depth>
        : { [K in keyof T & string]-?: RefPaths<T[K], P extends '' ? K : `${P}.${K}`, [...Depth, unknown]> }[keyof T & string];

/** The date a search result and a sort order give an entry, and what that date is. */
export interface EntryDate {
  date: string;
  /** What the date means: results read "Announced …", "Last changed on …", or the date alone. */
  kind: 'date' | 'announced' | 'published' | 'updated';
}

/** One line of a collection's index page. */
export interface IndexItem extends LinkItem {
  detail?: string | undefined;
}

/** What an entry page shows beyond what every page has (heading, sources, timeline, "Mentioned in"). */
export interface PageSections {
  /** The heading, where it is not the entry's title (a quote's names its speaker). */
  title?: string | undefined;
  /** The document title, where it differs from the heading. */
  headTitle?: string | undefined;
  lead?: string | undefined;
  /** A caution readers must see, e.g. the fields of a source record that could not be confirmed. */
  notice?: string | undefined;
  facts?: Fact[];
  /** Names in other scripts and languages, each with its language tag. */
  alternateNames?: { name: string; lang: string }[];
  stack?: StackRowView[];
  milestones?: MilestoneView[];
  status?: { label: string; asOf: string; sources: CiteRef[] } | undefined;
  /** The entry rests only on vendor-originated sources. */
  vendorOnly?: boolean;
  /** The quote itself, on a quote's own page. */
  quote?: QuoteView | undefined;
  /** Groups are shown in this order; empty ones are left out. */
  quoteGroups?: { heading: string; quotes: QuoteView[] }[];
  linkGroups?: { heading: string; items: LinkItem[] }[];
  /** A vendor's programs, where and at which layers. */
  footprint?: FootprintRow[];
  /** A program's terms as an offer, each citing its sources. */
  offerTerms?: (OfferTermView & { cites: CiteRef[] })[];
  /** The offers a vendor made or a country took, side by side, and what the table is. */
  offers?: { caption: string; rows: OfferRow[] } | undefined;
  /** `false` where the page lists no events (a source's page lists what cites it instead). */
  timeline?: boolean;
}

/** A place on a page that cites sources: its element id and how a back-link names it. */
export interface CitedAt {
  anchor: string;
  label: string;
}

/** What a module's `page()` is given: the Atlas, the entry's numbered sources and its backlinks. */
export interface PageContext {
  atlas: Atlas;
  /**
   * Citation marks for a list of sources, numbered as on the page and in number order. Given where on
   * the page they stand (an element id and a short label), each source's entry in the list links back there.
   */
  cites(refs: readonly EntryRef<'sources'>[], at?: CitedAt): CiteRef[];
  /** Every one of these sources is vendor-originated (and there is at least one). */
  vendorOnly(refs: readonly EntryRef<'sources'>[]): boolean;
  /** Everything that links to the entry. */
  backlinks: readonly Backlink[];
  /** The entries of collection F that link to this one, each once, through the given fields (all, if none given). */
  referrers<F extends CollectionName>(from: F, via?: readonly Via<F>[]): EntryRef<F>[];
  /** Quotes about the entry, and quotes it said (a person's or an organization's). */
  quotesAbout(): QuoteView[];
  quotesBy(): QuoteView[];
}

/** How one entry links to another: a reference field of its data, or a relation the graph finds itself. */
export type Via<F extends CollectionName> = RefField<F> | Relation;
/** Links that are not reference fields: a quote's speaker (named by id), and citations and links in a body. */
export type Relation = 'speaker' | 'body citation' | 'body link';

/** How search sees a collection's entries. */
export interface SearchDef<C extends CollectionName> {
  /** The `type` filter value, as it appears in search URLs (`?type=quote`). */
  type: string;
  /** Pagefind weight of the page heading; `ignore` leaves the heading out of the index. */
  titleWeight: number | 'ignore';
  /**
   * Where the names index suggests entries: lower first. `named`: the entry is a named thing, searched
   * by its names and listed before events, quotes and sources. Absent: never suggested.
   */
  suggest?: { rank: number; named: boolean };
  /** Whether results can be narrowed by the year of the entry's date. */
  byYear: boolean;
  /** The country, layer and speaker filters of an entry, and the metadata its results show. */
  facets(atlas: Atlas, entry: AtlasEntry<C>): SearchFacets;
}

export interface SearchFacets {
  countries?: readonly EntryRef<'countries'>[];
  layers?: readonly EntryRef<'layers'>[];
  speakers?: readonly string[];
  meta?: [string, string][];
}

/** An extra check on the graph that references alone do not express, with the links it finds. */
export interface GraphCheck<C extends CollectionName> {
  (entry: AtlasEntry<C>, lookup: GraphLookup): { links: { to: EntryRef; via: Relation }[]; problems: { field: string; message: string }[] };
}

/** What a graph check can ask about the other entries. */
export interface GraphLookup {
  has(ref: EntryRef): boolean;
  get<C extends CollectionName>(ref: EntryRef<C>): AtlasEntry<C> | undefined;
  ids(collection: CollectionName): Iterable<string>;
}

/** Everything the Atlas knows about one kind of entry. */
export interface CollectionDef<C extends CollectionName> {
  /** How readers see the collection's name. */
  labels: { singular: string; plural: string; intro: string };
  /** `mdx`: frontmatter and a Markdown body; `yaml`: a record. */
  format: 'mdx' | 'yaml';
  /** The entry's display title. */
  title(entry: AtlasEntry<C>): string;
  /** One or two sentences on the entry: the page's description, its feed item, its JSON-LD. */
  description(entry: AtlasEntry<C>): string | undefined;
  /** The date the entry is about, for sorting and results; its last revision if it is about no single date. */
  date(entry: AtlasEntry<C>): EntryDate;
  /** The collection's index page: the order readers expect (file-name order if absent) and each line. */
  index: { compare?(a: AtlasEntry<C>, b: AtlasEntry<C>): number; item(atlas: Atlas, entry: AtlasEntry<C>): IndexItem };
  /** The sections of the entry's page. */
  page(entry: AtlasEntry<C>, context: PageContext): PageSections;
  /** What "Cite this", the meta tags and reference managers cite the entry as. */
  cite(atlas: Atlas, entry: AtlasEntry<C>, site: string): CitableEntry;
  /** The schema.org entity the page is about (its JSON-LD `mainEntity`), without the shared fields. */
  jsonLd(atlas: Atlas, entry: AtlasEntry<C>, link: JsonLdLink, site: string): { '@type': string } & Record<string, unknown>;
  search: SearchDef<C>;
  /** Checks beyond the schema and references (e.g. that a quote's speaker exists). */
  check?: GraphCheck<C>;
  /**
   * The sources the page cites above the entry's body, in the order they are shown (a program's
   * status and lifecycle, a country's stack table), so that footnotes number in order of first
   * appearance on the page. Left out where nothing above the body cites a source.
   */
  citedAbove?: (entry: AtlasEntry<C>) => readonly EntryRef<'sources'>[];
}

/** A schema.org reference to another entry: its type, name and address. */
export type JsonLdLink = (ref: EntryRef, type: string) => Record<string, unknown>;
