/**
 * BibTeX and RIS records of the Atlas's CSL items, written here rather than by citation-js because
 * what citation-js writes is read wrongly by the readers that matter: its BibTeX gives a web page's
 * date as `month = {nov 26}` (pandoc and Zotero keep only the year), and its RIS gives a web page as
 * `TY - ELEC` with the access date in `M1`, drops the website and cuts every ID to 20 characters.
 * Each record here is tested through Zotero's own import translators and pandoc.
 */
import { isoOfDate, type CslDate, type CslItem, type CslName } from './record.ts';

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * BibTeX's special characters as text. "TEL" is split by an empty group, which every BibTeX reader
 * ignores: Zotero's import replaces the letters TEL anywhere in a field with the telephone sign ℡
 * (its table maps `{TEL}` to it, then tries the same key without braces), so "TELUS" read as "℡US".
 * @example bibtexText('R&D at 100%') // → 'R\\&D at 100\\%'
 * @example bibtexText('TELUS') // → 'T{}ELUS'
 */
export function bibtexText(text: string): string {
  return text
    .replace(/[\\{}&%$#_~^]/g, (c) => ({ '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' })[c] ?? `\\${c}`)
    .replace(/TEL/g, 'T{}EL');
}

/**
 * A title whose case survives BibTeX styles and readers that change it: every word with a capital is
 * braced, and so are the words pandoc and sentence-case styles would capitalize: the first word, and
 * the word after a colon or a full stop ("U.S. approves", "$8 bil. in").
 * @example bibtexTitle('Nvidia and the UAE') // → '{Nvidia} and the {UAE}'
 * @example bibtexTitle('Huang: “own data”') // → '{Huang:} {“own} data”'
 * @example bibtexTitle('models of the U.S. approved') // → '{models} of the {U.S.} {approved}'
 */
export function bibtexTitle(title: string): string {
  const words = title.split(/(\s+)/);
  const capitalizedByReaders = (index: number) => index === 0 || /[:.?!]\p{Pe}?$/u.test(words[index - 2] ?? '');
  return words
    .map((word, index) =>
      /\p{Lu}/u.test(word) || (word.trim() !== '' && capitalizedByReaders(index)) ? `{${bibtexText(word)}}` : bibtexText(word),
    )
    .join('');
}

function bibtexName(name: CslName): string {
  // An institution is braced whole, so no reader splits it into a first and a last name.
  return 'literal' in name
    ? `{${bibtexText(name.literal)}}`
    : [name.family, name.given]
        .filter(Boolean)
        .map((part) => bibtexText(part ?? ''))
        .join(', ');
}

const BIBTEX_TYPES = { webpage: 'online', 'article-newspaper': 'article', report: 'techreport' } as const;

/**
 * One BibTeX record. The date is given both ways: `date` for biblatex, pandoc and Zotero, `year` and
 * `month` (a month macro) for classic BibTeX styles; `urldate` is the accessed date.
 */
export function toBibtex(item: CslItem): string {
  const fields: [string, string][] = [];
  const add = (key: string, value: string | undefined) => {
    if (value) fields.push([key, value]);
  };
  add('author', item.author?.map(bibtexName).join(' and '));
  add('title', bibtexTitle(item.title));
  // biblatex reads `institution` as a list split at "and": the name is braced whole.
  if (item.type === 'report') add('institution', item.publisher && `{${bibtexText(item.publisher)}}`);
  else add(item.type === 'webpage' ? 'journaltitle' : 'journal', item['container-title'] && bibtexText(item['container-title']));
  if (item.type === 'article-newspaper') add('entrysubtype', 'newspaper');
  if (item.issued) {
    const [year, month] = item.issued['date-parts'][0];
    add('date', isoOfDate(item.issued));
    add('year', String(year));
    if (month) fields.push(['month', BIBTEX_MONTHS[month - 1] ?? String(month)]);
  }
  add('url', item.URL);
  add('urldate', item.accessed && isoOfDate(item.accessed));
  add('language', item.language === 'en' ? 'english' : undefined);
  add('abstract', item.abstract && bibtexText(item.abstract));
  const body = fields.map(([key, value]) => (key === 'month' ? `  ${key} = ${value},` : `  ${key} = {${value}},`)).join('\n');
  return `@${BIBTEX_TYPES[item.type]}{${item['citation-key']},\n${body}\n}`;
}

const RIS_TYPES = { webpage: 'ELEC', 'article-newspaper': 'NEWS', report: 'RPRT' } as const;

/** `2026/12/01` (RIS dates are year/month/day, each as far as known). */
function risDate(date: CslDate): string {
  return isoOfDate(date).replace(/-/g, '/');
}

/** One RIS record: a person as "Family, Given", an institution whole (Zotero then keeps it as one name). */
export function toRis(item: CslItem): string {
  const lines: string[] = [`TY  - ${RIS_TYPES[item.type]}`];
  const add = (tag: string, value: string | undefined) => {
    // A line break inside a value would start a new tag for every RIS reader.
    if (value) lines.push(`${tag}  - ${value.replace(/\s*\n\s*/g, ' ')}`);
  };
  for (const name of item.author ?? []) add('AU', 'literal' in name ? name.literal : [name.family, name.given].filter(Boolean).join(', '));
  add('TI', item.title);
  add('T2', item['container-title']);
  if (item.type === 'report') add('PB', item.publisher);
  if (item.issued) {
    add('DA', risDate(item.issued));
    add('PY', String(item.issued['date-parts'][0][0]));
  }
  add('UR', item.URL);
  add('Y2', item.accessed && risDate(item.accessed));
  add('LA', item.language);
  add('AB', item.abstract);
  add('ID', item['citation-key']);
  lines.push('ER  - ');
  return lines.join('\n');
}
