import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { describe, expect, test } from 'vitest';
import { accessedText } from '../../src/lib/cite/dates.ts';
import { bibtexTitle, toBibtex, toRis } from '../../src/lib/cite/bibtex-ris.ts';
import { CITATION_FORMATS, renderCitations, type RenderedCitation } from '../../src/lib/cite/render.ts';
import { atlasPageWork, sourceWork, type CitableEntry } from '../../src/lib/cite/record.ts';
import { shorten } from '../../src/lib/views/entry.ts';

const key = 'atlas_countries_south_korea';
const url = 'https://atlas.example/countries/south-korea/';
const page = (title = 'South Korea', at = url): CitableEntry => ({
  key,
  works: [atlasPageWork({ key, title, url: at, updated: '2026-11-26' })],
});
const accessed: [number, number, number] = [2026, 12, 3];
const citations = renderCitations(page(), accessed);
const byFormat = Object.fromEntries(citations.map((c) => [c.format, c])) as Record<string, RenderedCitation>;

/** What a reader copies: the text of the HTML, every part of a format. */
function text(citation: RenderedCitation | undefined, part = 0): string {
  return (citation?.parts[part]?.html ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#38;/g, '&')
    .replace(/&amp;/g, '&');
}

describe('renderCitations', () => {
  test('offers all six formats', () => {
    expect(citations.map((c) => c.format)).toEqual(CITATION_FORMATS.map((f) => f.id));
  });

  test('APA 7: the group author, the revision day, the title in italics, the URL, and no repeated site name', () => {
    expect(text(byFormat['apa'])).toBe(
      'Sovereign AI Atlas. (2026, November 26). South Korea. https://atlas.example/countries/south-korea/',
    );
    expect(byFormat['apa']?.parts[0]?.html).toContain('<i>South Korea</i>');
  });

  test('MLA 9: the title in quotes and title case, the Atlas in italics, the day', () => {
    expect(text(byFormat['mla'])).toBe('“South Korea.” Sovereign AI Atlas, 26 Nov. 2026, https://atlas.example/countries/south-korea/.');
    expect(byFormat['mla']?.parts[0]?.html).toContain('<i>Sovereign AI Atlas</i>');
  });

  test('Chicago 17: a note and a bibliography entry, dated "last modified"', () => {
    expect(byFormat['chicago']?.parts.map((p) => p.label)).toEqual(['Note', 'Bibliography']);
    expect(text(byFormat['chicago'], 0)).toBe(
      '“South Korea,” Sovereign AI Atlas, last modified November 26, 2026, https://atlas.example/countries/south-korea/.',
    );
    expect(text(byFormat['chicago'], 1)).toBe(
      'Sovereign AI Atlas. “South Korea.” Last modified November 26, 2026. https://atlas.example/countries/south-korea/.',
    );
  });

  test('BibTeX parses with an independent parser into the same fields, with the day and the accessed date', () => {
    const library = parseBibtex(text(byFormat['bibtex']));
    expect(library.errors).toEqual([]);
    const [parsed] = library.entries;
    expect(parsed?.type).toBe('online');
    expect(parsed?.key).toBe(key);
    expect(parsed?.fields['title']).toBe('South Korea');
    expect(parsed?.fields['url']).toBe(url);
    expect(parsed?.fields['date']).toBe('2026-11-26');
    expect(parsed?.fields['urldate']).toBe('2026-12-03');
    expect(parsed?.fields['author']).toEqual([{ name: 'Sovereign AI Atlas' }]);
  });

  test('RIS parses with an independent parser into the same fields', () => {
    const [parsed] = parseRis(text(byFormat['ris']));
    expect(parsed?.type).toBe('webpage');
    expect(parsed?.title).toBe('South Korea');
    expect(parsed?.URL).toBe(url);
    expect(parsed?.['container-title']).toBe('Sovereign AI Atlas');
    expect(Number(parsed?.issued?.['date-parts']?.[0]?.[0])).toBe(2026);
    expect(text(byFormat['ris'])).toContain('DA  - 2026/11/26\n');
    expect(text(byFormat['ris'])).toContain(`ID  - ${key}\n`);
  });

  test('RIS keeps a long URL on one line', () => {
    const long = 'https://atlas.example/programs/aws-european-sovereign-cloud-with-a-very-long-identifier-indeed/';
    const ris = text(renderCitations(page('South Korea', long), accessed).find((c) => c.format === 'ris'));
    expect(parseRis(ris)[0]?.URL).toBe(long);
    expect(ris).toContain(`UR  - ${long}\n`);
  });

  test('CSL-JSON is the record itself', () => {
    const [item] = JSON.parse(text(byFormat['csl-json'])) as Record<string, unknown>[];
    expect(item).toMatchObject({
      type: 'webpage',
      title: 'South Korea',
      author: [{ literal: 'Sovereign AI Atlas' }],
      'container-title': 'Sovereign AI Atlas',
      URL: url,
      issued: { 'date-parts': [[2026, 11, 26]] },
      accessed: { 'date-parts': [[2026, 12, 3]] },
    });
  });

  test('marks the accessed date even when it is the same day as the update', () => {
    const sameDay = renderCitations(page(), [2026, 11, 26]);
    expect(sameDay.find((c) => c.format === 'bibtex')?.parts[0]?.html).toContain(
      'urldate = {<span data-accessed="bibtex">2026-11-26</span>}',
    );
  });

  test('marks the accessed date where a format shows it, so the browser can set today’s date', () => {
    for (const format of ['bibtex', 'ris', 'csl-json'] as const) {
      expect(byFormat[format]?.parts[0]?.html).toContain(`<span data-accessed="${format}">${accessedText(format, accessed)}</span>`);
    }
  });

  test('escapes a hostile title in every format', () => {
    const hostile = renderCitations(page('</script><script>alert(1)</script> & "Q"'), accessed);
    for (const citation of hostile) {
      for (const part of citation.parts) {
        expect(part.html, citation.format).not.toContain('<script>');
        expect(part.html, citation.format).not.toContain('</script>');
      }
    }
    expect(text(hostile.find((c) => c.format === 'ris'))).toContain('TI  - </script><script>alert(1)</script> & "Q"');
  });

  test('a quote cites the page and its original source, each under its own key', () => {
    const source = sourceWork('atlas_sources_x', {
      title: 'A report',
      publisher: 'Body',
      authors: ['Jane Doe'],
      published: '2025-02',
      url: 'https://example.org/r',
      kind: 'report',
      unconfirmed: [],
    });
    const quote: CitableEntry = {
      key: 'atlas_quotes_q',
      works: [atlasPageWork({ key: 'atlas_quotes_q', title: 'Ada: “words”', url, updated: '2026-11-26' }), source],
      originalLabel: 'Where Ada was quoted',
    };
    const rendered = renderCitations(quote, accessed);
    expect(rendered.find((c) => c.format === 'apa')?.parts.map((p) => p.label)).toEqual([
      'This quote in the Atlas',
      'Where Ada was quoted',
    ]);
    const bib = parseBibtex(text(rendered.find((c) => c.format === 'bibtex')));
    expect(bib.entries.map((e) => e.key)).toEqual(['atlas_quotes_q', 'atlas_sources_x']);
    expect(bib.entries[1]?.fields['author']).toEqual([{ firstName: 'Jane', lastName: 'Doe' }]);
  });
});

describe('the formats themselves', () => {
  test('BibTeX keeps a title’s capitals and the word after a colon, and escapes its special characters', () => {
    expect(bibtexTitle('Nvidia and the UAE: a deal')).toBe('{Nvidia} and the {UAE:} {a} deal');
    expect(bibtexTitle('R&D at 100% for $5')).toBe('{R\\&D} at 100\\% for \\$5');
    expect(bibtexTitle('TELUS and INTEL')).toBe('{T{}ELUS} and {INT{}EL}');
    expect(bibtexTitle('models of the U.S. approved')).toBe('{models} of the {U.S.} {approved}');
  });

  test('a source without a confirmed URL or date gives neither, in BibTeX or RIS', () => {
    const { item } = sourceWork('k', {
      title: 'T',
      publisher: 'P',
      authors: [],
      published: '2024',
      url: 'https://example.org/',
      kind: 'news',
      unconfirmed: ['url', 'published'],
    });
    expect(toBibtex(item)).not.toMatch(/url|date|year/);
    expect(toRis(item)).not.toMatch(/UR {2}-|DA {2}-|PY {2}-/);
  });

  test('titles are cut only at a word boundary, with an ellipsis', () => {
    expect(shorten('rather than trying to build everything', 20)).toBe('rather than trying…');
    expect(shorten('rather than trying to build everything', 18)).toBe('rather than trying…');
    expect(shorten('short', 20)).toBe('short');
  });
});

describe('rendering many pages at once', () => {
  test('a bibliography entry reads the same rendered among others as alone', async () => {
    const { Cite } = await import('@citation-js/core');
    const { prerenderBibliographies, bibliographyHtml, TEMPLATES } = await import('../../src/lib/cite/render.ts');
    const { styleItem } = await import('../../src/lib/cite/record.ts');
    // Titles no other test renders, so nothing comes from an earlier rendering.
    const pages: CitableEntry[] = Array.from({ length: 30 }, (_, i) => {
      const s = i % 7;
      const source = sourceWork(`atlas_sources_batch_${s}`, {
        title: `Batch source ${s}: “quoted” words?`,
        publisher: 'Body and Press',
        authors: s % 2 ? ['Jane Doe', 'John Smith'] : [],
        published: ['2024', '2024-05', '2024-05-09'][s % 3],
        url: 'https://example.org/r',
        kind: (['news', 'report', 'company'] as const)[s % 3] ?? 'news',
        unconfirmed: [],
      });
      const key = `atlas_quotes_batch_${i}`;
      return {
        key,
        works: [
          atlasPageWork({
            key,
            title: `Speaker ${i}: “a batch of words, number ${i}”`,
            url: `https://atlas.example/quotes/batch-${i}/`,
            updated: '2026-11-26',
          }),
          source,
        ],
      };
    });
    const alone = (item: Parameters<typeof bibliographyHtml>[0], template: string) =>
      (
        /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(
          new Cite(item).format('bibliography', { template, format: 'html', lang: 'en-US' }),
        )?.[1] ?? ''
      ).trim();
    // 30 quote pages and 7 distinct sources, in each of the three styles, once each.
    expect(prerenderBibliographies(pages)).toBe(37 * 3);
    expect(prerenderBibliographies(pages)).toBe(0);
    for (const style of ['apa', 'mla', 'chicago'] as const) {
      for (const page of pages)
        for (const work of page.works) {
          const item = styleItem(work, style);
          expect(bibliographyHtml(item, TEMPLATES[style]), `${style} ${item.id}`).toBe(alone(item, TEMPLATES[style]));
        }
    }
  });
});
