/**
 * How each citation format writes the accessed date. The build renders citations with the build day
 * and marks that date; in the browser, the cite script rewrites the marked dates to today.
 */
export const ACCESSED_FORMATS = ['mla', 'bibtex', 'ris', 'csl-json'] as const;
export type AccessedFormat = (typeof ACCESSED_FORMATS)[number];

const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** A Date as year, month and day numbers in UTC. */
export function dayParts(date: Date): [number, number, number] {
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/**
 * @example accessedText('mla', [2026, 11, 27]) // → '27 Nov. 2026'
 * @example accessedText('ris', [2026, 12, 3]) // → '2026/12/3' (as citation-js writes RIS dates)
 */
export function accessedText(format: AccessedFormat, [year, month, day]: [number, number, number]): string {
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  switch (format) {
    case 'mla':
      return `${day} ${MLA_MONTHS[month - 1]} ${year}`;
    case 'bibtex':
      return `${year}-${mm}-${dd}`;
    case 'ris':
      return `${year}/${month}/${day}`;
    case 'csl-json':
      return `[${year}, ${month}, ${day}]`;
  }
}
