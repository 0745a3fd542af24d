/** Words readers see for the Atlas's codes: collection names, enums, dates. */
import type { CollectionName } from './schema.ts';

export const COLLECTION_LABELS: Record<CollectionName, { singular: string; plural: string; intro: string }> = {
  countries: { singular: 'Country', plural: 'Countries', intro: 'Country case studies: what each state is building, and on whose chips, cloud and models.' },
  programs: { singular: 'Program or deal', plural: 'Programs and deals', intro: 'Vendor programs, government initiatives and deals that shape who depends on whom.' },
  people: { singular: 'Person', plural: 'People', intro: 'Experts, executives and officials, with their arguments and their words.' },
  organizations: { singular: 'Organization', plural: 'Organizations', intro: 'Vendors, agencies, think tanks, universities and labs.' },
  quotes: { singular: 'Quote', plural: 'Quotes', intro: 'Verbatim quotes, each with its speaker and source.' },
  sources: { singular: 'Source', plural: 'Sources', intro: 'The bibliographic record behind every claim in the Atlas.' },
  events: { singular: 'Event', plural: 'Events', intro: 'Dated events, oldest first.' },
  layers: { singular: 'Stack layer', plural: 'Stack layers', intro: 'The layers of the AI stack, from chips to standards.' },
};

export const RELIANCE_LABELS: Record<string, string> = {
  domestic: 'Domestic',
  us: 'United States',
  china: 'China',
  mixed: 'Mixed',
  'other-foreign': 'Other foreign',
  unknown: 'Unknown',
};

export const STRATEGY_LABELS: Record<string, string> = {
  'full-stack': 'Full stack: building every layer',
  'niche-layer': 'Niche layer: focusing on one part of the stack',
  'partner-led': 'Partner-led: building with foreign vendors',
  hedging: 'Hedging between the US and China',
  early: 'Early stage',
};

/** `kebab-case` code → "Kebab case" for enums without a label of their own. */
export function humanize(code: string): string {
  const text = code.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A partial ISO date as readers write it, keeping its precision.
 * @example formatDate('2025-05-22') // → '22 May 2025'
 * @example formatDate('2025-05') // → 'May 2025'
 */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (month === undefined) return year ?? date;
  const name = MONTHS[Number(month) - 1] ?? month;
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

export const EVIDENCE_LABELS: Record<string, string> = {
  primary: 'Primary document',
  independent: 'Independent reporting',
  vendor: 'Vendor-originated',
  interview: 'Interview',
  secondary: 'Secondary copy',
};

/** Shown wherever a claim rests only on what a vendor says about itself. */
export const VENDOR_ONLY_LABEL = 'vendor claim';
export const VENDOR_ONLY_TITLE = 'This claim rests only on vendor-originated sources (press releases, keynotes, company blogs).';

export const MILESTONE_LABELS: Record<string, string> = {
  announced: 'Announced',
  'agreement-signed': 'Agreement signed',
  selection: 'Selection',
  financing: 'Financing',
  construction: 'Construction',
  'capacity-online': 'Capacity online',
  launched: 'Launched',
  expanded: 'Expanded',
  delayed: 'Delayed',
  retracted: 'Retracted',
  completed: 'Completed',
};
