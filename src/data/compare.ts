/** The comparisons of the build: what can be compared, each kind's rows, the prepared comparisons. */
import { atlas } from './site-atlas.ts';
import { COMPARE_KINDS, comparable, compareRows, orderedLayers, preparedComparisons, type CompareKind } from '../lib/views/compare.ts';
import { collectionDef } from '../collections/index.ts';

export const COMPARE_LABELS: Record<CompareKind, string> = {
  countries: collectionDef('countries').labels.plural,
  programs: collectionDef('programs').labels.plural,
  vendors: 'Vendors',
};

export const compareKinds = COMPARE_KINDS.map((kind) => ({
  kind,
  label: COMPARE_LABELS[kind],
  rows: compareRows(kind, orderedLayers(atlas)),
  entries: comparable(atlas, kind),
}));

export const prepared = preparedComparisons(atlas);
