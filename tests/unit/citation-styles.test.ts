// The Atlas renders APA 7, MLA 9 and Chicago 17 with CSL styles reduced to the works it cites
// (src/lib/cite/csl/). These tests render the same items with the CSL project's official full styles
// (../shared/csl/) and require the same text, for every page of the Atlas, every source's original,
// and works chosen to reach citeproc's punctuation, quotation, case, name and date rules. The hand
// checks at the end compare one entry of each kind with the style guides' own published examples.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { describe, expect, test } from 'vitest';
import type { CollectionName } from '../../src/collections/index.ts';
import { createAtlas, type AtlasEntry } from '../../src/lib/graph/atlas.ts';
import { asDescription, bibliographyHtml, noteHtml, renderCitations, TEMPLATES } from '../../src/lib/cite/render.ts';
import { atlasPageWork, sourceWork, styleItem, type CitedWork, type SourceRecord, type StyleName } from '../../src/lib/cite/record.ts';
import { loadContent } from '../../src/lib/content/check.ts';
import { citableEntry } from '../../src/lib/cite/head-metadata.ts';
import { ROOT } from '../setup/paths.ts';
import { sharedFile } from '../setup/shared.ts';

const OFFICIAL = {
  apa: sharedFile('csl/apa.csl'),
  mla: sharedFile('csl/modern-language-association.csl'),
  chicago: sharedFile('csl/chicago-notes-bibliography-17th-edition.csl'),
} as const;
const styles = plugins.config.get('@csl').styles;
for (const [style, file] of Object.entries(OFFICIAL)) if (file) styles.add(`official-${style}`, readFileSync(file, 'utf8'));

const entries = loadContent(resolve(ROOT, 'content'), ROOT).entries;
const atlas = createAtlas(entries);
const SITE = 'https://atlas.example/';

const TRICKY_TITLES = [
  'Is sovereign AI a myth?',
  'Ends with exclamation!',
  'Ends with a period.',
  'Ends with “a quotation.”',
  'A title with "straight quotes" inside',
  'Nvidia’s and “curly” quotes',
  "It's an apostrophe",
  'Chips, clouds & data: who owns what',
  '</script><script>alert(1)</script>',
  'Tom & Jerry <b>bold</b> and <i>italic</i>',
  'x < y > z',
  '한국의 주권 AI',
  'Président Macron on AI',
  'the lower-case start of a title',
  'UPPER CASE TITLE',
  'iPhone and eBay in a title',
  'A title: with a colon, and of the stop words in it',
  'Semicolon; then more — and a dash…',
  'Ending in (parentheses)',
  '100% of it',
  '[A description in brackets, not a headline]',
];

/** Every kind of original a source record can describe, with the shapes its fields can take. */
function syntheticSources(): CitedWork[] {
  const kinds: SourceRecord['kind'][] = ['news', 'report', 'government', 'academic', 'press-release', 'company'];
  const shapes: Partial<SourceRecord>[] = [
    { published: '2024-12-05' },
    { published: '2024-12' },
    { published: '2024' },
    { published: undefined, accessed: '2026-11-20' },
    { authors: ['Jane Doe'], published: '2025-07-23' },
    { authors: ['Jane Doe', 'John Smith'], published: '2025-07' },
    { authors: ['Jane Doe', 'John Smith', 'Ana María Pérez'], published: '2025' },
    { url: undefined, unconfirmed: ['url'], published: '2025' },
  ];
  return kinds.flatMap((kind, k) =>
    shapes.map((shape, s) =>
      sourceWork(`s${k}_${s}`, {
        title: TRICKY_TITLES[(k * shapes.length + s) % TRICKY_TITLES.length] ?? 'Title',
        publisher: k % 2 ? 'The Sun (Malaysia)' : 'Carnegie Endowment for International Peace',
        authors: [],
        url: 'https://example.org/news/a?b=1&c=2',
        kind,
        unconfirmed: [],
        ...shape,
      }),
    ),
  );
}

function works(): CitedWork[] {
  const pages = entries.flatMap((entry) => citableEntry(atlas, entry, SITE).works);
  const days = Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, '0')}-${m % 2 ? '09' : '28'}`);
  const tricky = TRICKY_TITLES.map((title, i) =>
    atlasPageWork({ key: `t${i}`, title, url: 'https://atlas.example/countries/x/?a=1&b=2', updated: days[i % 12] ?? '2026-11-26' }),
  );
  return [...pages, ...tricky, ...syntheticSources()];
}

/** The official style's text, with the Atlas's one step after any style: a descriptive title set as a description. */
function official(work: CitedWork, style: StyleName, form: 'bibliography' | 'note'): string {
  const cite = new Cite(styleItem(work, style));
  if (form === 'note')
    return asDescription(
      (cite.format('citation', { template: `official-${style}`, format: 'html', lang: 'en-US' }) as string).trim(),
      work.item.title,
    );
  const html = cite.format('bibliography', { template: `official-${style}`, format: 'html', lang: 'en-US' }) as string;
  return asDescription((/<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '').trim(), work.item.title);
}

const haveOfficial = Object.values(OFFICIAL).every(Boolean);

describe.skipIf(!haveOfficial)('the reduced styles, against the official CSL styles in ../shared/csl', () => {
  const all = works();

  test('cover every page and source of the Atlas, the tricky titles and every shape of source', () => {
    expect(all.length).toBeGreaterThan(300);
    expect(new Set(all.map((w) => w.item.type))).toEqual(new Set(['webpage', 'article-newspaper', 'report']));
  });

  const cases: [StyleName, 'bibliography' | 'note'][] = [
    ['apa', 'bibliography'],
    ['mla', 'bibliography'],
    ['chicago', 'bibliography'],
    ['chicago', 'note'],
  ];
  for (const [style, form] of cases) {
    test(`${style} ${form}: the same text as the official style for every work`, () => {
      const mismatches: string[] = [];
      for (const work of all) {
        const item = styleItem(work, style);
        const ours = form === 'note' ? noteHtml(item, TEMPLATES[style]) : bibliographyHtml(item, TEMPLATES[style]);
        const full = official(work, style, form);
        if (ours !== full)
          mismatches.push(`${work.item.id} (${work.item.type}) ${work.item.title}\n  official: ${full}\n  reduced:  ${ours}`);
      }
      expect(mismatches).toEqual([]);
    });
  }
});

// One entry of each kind, checked by hand against the style guides' own published examples.
describe('one entry of each kind, as the style guides write their own examples', () => {
  const cite = (collection: AtlasEntry['collection'], id: string) => {
    const entry = atlas.get({ collection, id });
    if (!entry) throw new Error(`no entry ${collection}/${id}`);
    const parts = renderCitations(citableEntry(atlas, entry, SITE), [2026, 12, 1]).flatMap((c) =>
      c.parts.map((p) => [`${c.format}${p.label ? ` ${p.label}` : ''}`, p.html] as const),
    );
    return Object.fromEntries(parts);
  };

  /** An entry's revision day as APA 7, MLA 9 and Chicago 17 write it. */
  const revised = (collection: CollectionName, id: string) => {
    const updated = atlas.get({ collection, id })?.data.updated ?? '';
    const [year = 0, month = 1, day = 1] = updated.split('-').map(Number);
    const long = new Date(Date.UTC(year, month - 1, day)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
    const short = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'][month - 1];
    return { apa: `${year}, ${long} ${day}`, mla: `${day} ${short} ${year}`, chicago: `${long} ${day}, ${year}` };
  };

  // APA 7, "Webpage on a website with a group author" (apastyle.apa.org, webpage references, example 3):
  //   World Health Organization. (2018, May 24). The top 10 causes of death. https://www.who.int/…
  //   — the site name is left out where it is the same as the group author.
  // MLA 9, a web page whose author is also the website (MLA Handbook 5.23; MLA Style Center,
  //   "Works Cited: A Quick Guide"): “Title of Page.” Website, Day Mon. Year, URL.
  // Chicago 17, 14.206 (owner as author, revision date): Yale University. “About Yale: Yale Facts.” …;
  //   Google. “Privacy Policy.” … Last modified April 17, 2017. https://…
  //   Note: “Privacy Policy,” … Google, last modified April 17, 2017, https://…
  test.each([
    ['countries', 'india', 'India', 'India'],
    ['programs', 'stargate-uae', 'Stargate UAE', 'Stargate UAE'],
    ['people', 'sam-winter-levy', 'Sam Winter-Levy', 'Sam Winter-Levy'],
    ['organizations', 'nvidia', 'NVIDIA', 'NVIDIA'],
    ['events', '2019-05-huawei-entity-list', 'US adds Huawei to the Entity List', 'US Adds Huawei to the Entity List'],
    ['layers', 'chips', 'Chips', 'Chips'],
  ] as const)('%s/%s: a dated page with the Atlas as group author', (collection, id, sentence, title) => {
    const url = `https://atlas.example/${collection}/${id}/`;
    const day = revised(collection, id);
    expect(cite(collection, id)).toMatchObject({
      apa: `Sovereign AI Atlas. (${day.apa}). <i>${sentence}</i>. ${url}`,
      mla: `“${title}.” <i>Sovereign AI Atlas</i>, ${day.mla}, ${url}.`,
      'chicago Note': `“${title},” Sovereign AI Atlas, last modified ${day.chicago}, ${url}.`,
      'chicago Bibliography': `Sovereign AI Atlas. “${title}.” Last modified ${day.chicago}. ${url}.`,
    });
  });

  // A quote: the Atlas page (as above; a quotation inside a title keeps double marks in APA's italics
  // and becomes single inside MLA's and Chicago's double marks, APA 7 6.7, CMOS 6.9), and the original
  // source, here one whose headline and byline could not be confirmed (APA 7 9.7: a description in brackets).
  test('quotes: the quote in the Atlas and where it was said', () => {
    const url = 'https://atlas.example/quotes/winter-levy-very-expensive-proposition/';
    const day = revised('quotes', 'winter-levy-very-expensive-proposition');
    expect(cite('quotes', 'winter-levy-very-expensive-proposition')).toMatchObject({
      'apa This quote in the Atlas': `Sovereign AI Atlas. (${day.apa}). <i>Sam Winter-Levy: “a very, very expensive proposition.”</i> ${url}`,
      'apa Where Sam Winter-Levy was quoted':
        '[Rest of World article on sovereign AI and “sovereignty as a service”]. (2025). <i>Rest of World</i>.',
      'mla This quote in the Atlas': `“Sam Winter-Levy: ‘A Very, Very Expensive Proposition.’” <i>Sovereign AI Atlas</i>, ${day.mla}, ${url}.`,
      'chicago This quote in the Atlas: note': `“Sam Winter-Levy: ‘A Very, Very Expensive Proposition,’” Sovereign AI Atlas, last modified ${day.chicago}, ${url}.`,
    });
  });

  // A news article without a known byline. APA 7, "Newspaper article" (apastyle.apa.org, example 16:
  //   Carey, B. (2019, March 22). Can we get better at forgetting? The New York Times. https://…),
  //   with the title in the author's place when there is no author (APA 7 9.12). MLA 9: “Title.”
  //   Newspaper, Day Mon. Year, URL. Chicago 17, 14.191 (news articles; no author: the paper first).
  test('sources: a news article, cited as the original', () => {
    const url = 'https://www.channelnewsasia.com/asia/malaysia-huawei-us-china-tech-rivalry-chips-ai-5144031';
    const title = 'Malaysian deputy minister retracts Huawei AI remarks amid US-China chip rivalry';
    // A description, not a headline: in plain type and as written, never quoted and title-cased.
    expect(cite('sources', 'cna-malaysia-huawei-retraction')).toMatchObject({
      apa: `[${title}]. (2025, May 21). <i>CNA (Channel NewsAsia)</i>. ${url}`,
      mla: `[${title}]. <i>CNA (Channel NewsAsia)</i>, 21 May 2025, ${url}.`,
      'chicago Note': `[${title}], <i>CNA (Channel NewsAsia)</i>, May 21, 2025, ${url}.`,
      'chicago Bibliography': `<i>CNA (Channel NewsAsia)</i>. [${title}]. May 21, 2025. ${url}.`,
    });
  });

  // A report by an organization. APA 7, "Report by a group author" (apastyle.apa.org, example 50),
  //   title in the author's place and the body as publisher; Chicago 17, 14.241 (reports), year only.
  test('sources: a report, cited as the original', () => {
    const url = 'https://ourtake.bakerbotts.com/post/102kapd/president-trump-pulls-the-plug-on-controversial-ai-diffusion-rule';
    const title = 'President Trump Pulls the Plug on Controversial AI Diffusion Rule';
    expect(cite('sources', 'baker-botts-diffusion-rule-rescinded')).toMatchObject({
      apa: `<i>${title}</i>. (2025). Baker Botts. ${url}`,
      mla: `<i>${title}</i>. Baker Botts, May 2025, ${url}.`,
      'chicago Note': `<i>${title}</i> (Baker Botts, 2025), ${url}.`,
      'chicago Bibliography': `<i>${title}</i>. Baker Botts, 2025. ${url}.`,
    });
  });
});
