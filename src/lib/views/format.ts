/** Words readers see for the Atlas's codes and dates. Each collection's own labels live in its module (src/collections/). */

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

/**
 * A partial ISO date to the month, for narrow places such as the matrix's cells.
 * @example formatMonth('2025-05-22') // → 'May 2025'
 * @example formatMonth('2025-09') // → 'Sep 2025'
 * @example formatMonth('2025') // → '2025'
 */
export function formatMonth(date: string): string {
  const [year, month] = date.split('-');
  return month === undefined ? (year ?? date) : `${(MONTHS[Number(month) - 1] ?? month).slice(0, 3)} ${year}`;
}

/** Shown wherever a claim rests only on what a vendor says about itself. */
export const VENDOR_ONLY_LABEL = 'vendor claim';
export const VENDOR_ONLY_TITLE = 'This claim rests only on vendor-originated sources (press releases, keynotes, company blogs).';
