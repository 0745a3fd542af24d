/**
 * What an entry is cited as, in the three ways the Atlas's collections use: a page of the Atlas (most
 * entries), the original work a source record describes (sources), or both (a quote: the page that
 * gives it and where it was said). Each collection's module picks one in its `cite()`.
 */
import type { AtlasEntry, CollectionName } from '../../collections/index.ts';
import type { Atlas } from '../graph/atlas.ts';
import { absoluteUrl, entryUrl } from '../site/routes.ts';
import { titleOf } from '../views/entry.ts';
import { atlasPageWork, citationKey, sourceWork, type CitableEntry, type CitedWork } from './record.ts';

/** The page of an entry as a cited work: its title (or the given one), its permanent URL, its last revision. */
export function entryPageWork<C extends CollectionName>(
  entry: AtlasEntry<C>,
  site: string,
  title: string = titleOf(entry),
  abstract?: string,
): CitedWork {
  return atlasPageWork({ key: citationKey(entry), title, url: absoluteUrl(entryUrl(entry), site), updated: entry.data.updated, abstract });
}

/** An entry cited as the page of the Atlas that presents it. */
export function atlasPageCitation<C extends CollectionName>(_atlas: Atlas, entry: AtlasEntry<C>, site: string): CitableEntry {
  return { key: citationKey(entry), works: [entryPageWork(entry, site)] };
}

/** The original work a source record describes, as the citation record needs it. */
export function sourceRecordWork(source: AtlasEntry<'sources'>): CitedWork {
  return sourceWork(citationKey(source), source.data);
}
