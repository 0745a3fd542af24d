/**
 * How each citation format writes the reader's accessed date. The build renders citations with the
 * build day and marks that date; in the browser, the cite script rewrites the marked dates to today.
 * The styled formats show no accessed date for a dated page (APA 7, MLA 9 and Chicago 17 leave it out).
 */
export const ACCESSED_FORMATS = ['bibtex', 'ris', 'csl-json'] as const;
export type AccessedFormat = (typeof ACCESSED_FORMATS)[number];

/** A Date as year, month and day numbers in UTC. */
export function dayParts(date: Date): [number, number, number] {
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/**
 * @example accessedText('bibtex', [2026, 12, 3]) // → '2026-12-03'
 * @example accessedText('ris', [2026, 12, 3]) // → '2026/12/03'
 * @example accessedText('csl-json', [2026, 12, 3]) // → '[2026, 12, 3]'
 */
export function accessedText(format: AccessedFormat, [year, month, day]: [number, number, number]): string {
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  switch (format) {
    case 'bibtex':
      return `${year}-${mm}-${dd}`;
    case 'ris':
      return `${year}/${mm}/${dd}`;
    case 'csl-json':
      return `[${year}, ${month}, ${day}]`;
  }
}
