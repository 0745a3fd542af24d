import { distance } from 'fastest-levenshtein';

/**
 * The existing ids closest to a mistyped one, best first: what a content author most likely meant.
 * @example closestIds('chip', ['chips', 'cloud', 'models']) // → ['chips']
 */
export function closestIds(wanted: string, existing: Iterable<string>, limit = 3): string[] {
  const maxDistance = Math.max(2, Math.floor(wanted.length / 3));
  return [...existing]
    .map((id) => ({ id, score: id.includes(wanted) || wanted.includes(id) ? 0.5 : distance(wanted, id) }))
    .filter(({ score }) => score <= maxDistance)
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map(({ id }) => id);
}

/** "did you mean …?" for an error message, or an empty string when nothing is close. */
export function didYouMean(wanted: string, existing: Iterable<string>): string {
  const ids = closestIds(wanted, existing);
  return ids.length === 0 ? '' : ` (did you mean ${ids.map((id) => `"${id}"`).join(', ')}?)`;
}
