import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { describe, expect, test } from 'vitest';
import { accessedText } from '../../src/lib/cite-dates.ts';
import { CITATION_FORMATS, renderCitations, type RenderedCitation } from '../../src/lib/citation.ts';

const entry = {
  key: 'atlas_countries_south_korea',
  title: 'South Korea',
  url: 'https://atlas.example/countries/south-korea/',
  updated: '2026-11-26',
};
const accessed: [number, number, number] = [2026, 12, 3];
const citations = renderCitations(entry, accessed);
const byFormat = Object.fromEntries(citations.map((c) => [c.format, c])) as Record<string, RenderedCitation>;

/** What a reader copies: the text of the HTML. */
function text(citation: RenderedCitation | undefined): string {
  return (citation?.html ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('renderCitations', () => {
  test('offers all six formats', () => {
    expect(citations.map((c) => c.format)).toEqual(CITATION_FORMATS.map((f) => f.id));
  });

  test('APA 7 names the entry, the update date, the Atlas and the URL', () => {
    expect(text(byFormat['apa'])).toBe('Sovereign AI Atlas. (2026, November 26). South Korea. Sovereign AI Atlas. https://atlas.example/countries/south-korea/');
    expect(byFormat['apa']?.html).toContain('<i>South Korea</i>');
  });

  test('MLA 9 puts the title in quotes, the Atlas in italics, and the accessed date last', () => {
    expect(text(byFormat['mla'])).toBe('“South Korea.” Sovereign AI Atlas, 26 Nov. 2026, https://atlas.example/countries/south-korea/. Accessed 3 Dec. 2026.');
    expect(byFormat['mla']?.html).toContain('<i>Sovereign AI Atlas</i>');
  });

  test('Chicago 17 bibliography entry', () => {
    expect(text(byFormat['chicago'])).toBe('Sovereign AI Atlas. “South Korea.” Sovereign AI Atlas, November 26, 2026. https://atlas.example/countries/south-korea/.');
  });

  test('BibTeX parses with an independent parser into the same fields', () => {
    const library = parseBibtex(text(byFormat['bibtex']));
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(1);
    const [parsed] = library.entries;
    expect(parsed?.key).toBe('atlas_countries_south_korea');
    expect(parsed?.fields['title']).toBe('South Korea');
    expect(parsed?.fields['url']).toBe(entry.url);
    expect(parsed?.fields['publisher']).toEqual(['Sovereign AI Atlas']);
    expect(parsed?.fields['year']).toBe('2026');
    expect(parsed?.fields['note']).toContain('2026-12-03');
  });

  test('RIS parses with an independent parser into the same fields', () => {
    const [parsed] = parseRis(text(byFormat['ris']));
    expect(parsed?.type).toBe('webpage');
    expect(parsed?.title).toBe('South Korea');
    expect(parsed?.URL).toBe(entry.url);
    expect(parsed?.publisher).toBe('Sovereign AI Atlas');
    expect(Number(parsed?.issued?.['date-parts']?.[0]?.[0])).toBe(2026);
  });

  test('RIS keeps a long URL on one line', () => {
    const url = 'https://atlas.example/programs/aws-european-sovereign-cloud-with-a-very-long-identifier-indeed/';
    const ris = text(renderCitations({ ...entry, url }, accessed).find((c) => c.format === 'ris'));
    expect(parseRis(ris)[0]?.URL).toBe(url);
    expect(ris).toContain(`UR  - ${url}\n`);
  });

  test('CSL-JSON is the record itself', () => {
    const [item] = JSON.parse(text(byFormat['csl-json'])) as Record<string, unknown>[];
    expect(item).toMatchObject({
      type: 'webpage',
      title: 'South Korea',
      'container-title': 'Sovereign AI Atlas',
      URL: entry.url,
      issued: { 'date-parts': [[2026, 11, 26]] },
      accessed: { 'date-parts': [[2026, 12, 3]] },
    });
  });

  test('marks the accessed date even when it is the same day as the update', () => {
    const sameDay = renderCitations(entry, [2026, 11, 26]);
    expect(sameDay.find((c) => c.format === 'mla')?.html).toContain('26 Nov. 2026, https://atlas.example/countries/south-korea/. Accessed <span data-accessed="mla">26 Nov. 2026</span>.');
  });

  test('marks the accessed date where a format shows it, so the browser can set today’s date', () => {
    for (const format of ['mla', 'bibtex', 'ris', 'csl-json'] as const) {
      expect(byFormat[format]?.html).toContain(`<span data-accessed="${format}">${accessedText(format, accessed)}</span>`);
    }
  });

  test('escapes a hostile title in every format', () => {
    const hostile = renderCitations({ ...entry, title: '</script><script>alert(1)</script> & "Q"' }, accessed);
    for (const citation of hostile) {
      expect(citation.html, citation.format).not.toContain('<script>');
      expect(citation.html, citation.format).not.toContain('</script>');
    }
    expect(text(hostile.find((c) => c.format === 'ris'))).toContain('TI  - </script><script>alert(1)</script> & "Q"');
  });
});
