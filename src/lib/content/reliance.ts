/**
 * The rule behind every reliance label of a country's stack table, written once: the methodology
 * page prints it, the matrix and every stack table link to it, and the content check applies it.
 *
 * A layer asks one to three questions of the country's main capacity on that layer (which ones is
 * written in the layer's entry, content/layers/): whose technology it runs on, who operates it, who
 * owns it. Each stack row answers them with a place (`basis`), and its label follows from the answers.
 */
export const RELIANCE = ['domestic', 'us', 'china', 'mixed', 'other-foreign', 'unknown'] as const;
export type Reliance = (typeof RELIANCE)[number];
export const RELIANCE_LABELS: Record<Reliance, string> = {
  domestic: 'Domestic',
  us: 'United States',
  china: 'China',
  mixed: 'Mixed',
  'other-foreign': 'Other foreign',
  unknown: 'Unknown',
};

/** What each label means, as the methodology states it. */
export const RELIANCE_DEFINITIONS: Record<Reliance, string> = {
  domestic: "Every question the layer asks is answered by firms, bodies or people of the country itself.",
  us: 'Every question the layer asks is answered by firms or bodies based in the United States.',
  china: 'Every question the layer asks is answered by firms or bodies based in China.',
  'other-foreign':
    'Every question the layer asks is answered by firms or bodies of one foreign place other than the United States and China (for example a UAE contractor in Kazakhstan).',
  mixed:
    'The answers point to more than one place: the questions are answered by different places, or the main capacity is shared between suppliers from different places and no source shows one of them carrying most of it.',
  unknown: 'The sources do not answer at least one of the questions the layer asks, so no label can be decided from them.',
};

/** The questions a layer can ask of a country's main capacity on it. */
export const QUESTIONS = ['technology', 'operator', 'owner'] as const;
export type Question = (typeof QUESTIONS)[number];
export const QUESTION_LABELS: Record<Question, string> = {
  technology: 'Technology',
  operator: 'Operator',
  owner: 'Owner',
};

/** A stack row's answers: for each question its layer asks, the place the sources point to. */
export type Basis = { [Q in Question]?: Reliance | undefined };

/**
 * The label that follows from a row's answers: `unknown` if any answer is unknown, the one place
 * if every answer names the same place, `mixed` otherwise.
 * @example decideReliance({ technology: 'us' }) // → 'us'
 * @example decideReliance({ operator: 'domestic', owner: 'us' }) // → 'mixed'
 * @example decideReliance({ technology: 'unknown', operator: 'domestic' }) // → 'unknown'
 */
export function decideReliance(basis: Basis): Reliance {
  const answers = QUESTIONS.flatMap((q) => (basis[q] === undefined ? [] : [basis[q]]));
  if (answers.length === 0 || answers.includes('unknown')) return 'unknown';
  const [first] = answers;
  return first !== undefined && answers.every((a) => a === first) ? first : 'mixed';
}

/**
 * The basis in one phrase, as the stack table prints it beside the label.
 * @example basisPhrase({ technology: 'us', operator: 'domestic' }) // → 'Technology: United States · Operator: Domestic'
 */
export function basisPhrase(basis: Basis): string {
  return QUESTIONS.flatMap((q) => (basis[q] === undefined ? [] : [`${QUESTION_LABELS[q]}: ${RELIANCE_LABELS[basis[q]]}`])).join(' · ');
}
