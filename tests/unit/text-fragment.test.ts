import { describe, expect, test } from 'vitest';
import { encodeTerm, passageUrl, textDirective, verbatimRun } from '../../src/lib/cite/text-fragment.ts';

/** What a browser reads back from a directive: its terms, percent-decoded. */
function terms(directive: string): string[] {
  return directive
    .replace(/^:~:text=/, '')
    .split(',')
    .map(decodeURIComponent);
}

describe('text fragments from a quote to its passage', () => {
  test('encodes the characters the directive uses, so a comma or a dash in a quote does not split it', () => {
    expect(encodeTerm('state-of-the-art, really & truly')).toBe('state%2Dof%2Dthe%2Dart%2C%20really%20%26%20truly');
    const directive = textDirective('It is a long-term bet, not a quick win.') ?? '';
    expect(directive).not.toMatch(/[^%]-|,(?!%)/);
    expect(terms(directive)).toEqual(['It is a long-term bet, not a quick win.']);
  });

  test('names a long passage by its first and last five words', () => {
    const quote = 'Countries want to own their data, their compute and their models, and they want the jobs that come with them.';
    const directive = textDirective(quote) ?? '';
    expect(directive.split(',')).toHaveLength(2);
    expect(terms(directive)).toEqual(['Countries want to own their', 'jobs that come with them.']);
  });

  test('keeps curly quotes, en and em dashes and non-Latin text, percent-encoded as UTF-8', () => {
    const directive = textDirective('“Sovereign” AI — not ‘rented’ AI – 主权人工智能') ?? '';
    expect(directive).toMatch(/^:~:text=[A-Za-z0-9%._~!*'()]+$/);
    expect(terms(directive)).toEqual(['Sovereign” AI — not ‘rented’ AI – 主权人工智能']);
    expect(directive).toContain('%E2%80%94'); // em dash
    expect(directive).toContain('%E4%B8%BB'); // 主
  });

  test('never spans an ellipsis or an [insertion]: only a run the source prints as it stands', () => {
    expect(verbatimRun('We will [build] the data centres … and the models will be ours')).toBe('and the models will be ours');
    expect(terms(textDirective('short bit ... the longer part of the quote') ?? '')).toEqual(['the longer part of the quote']);
    expect(textDirective('…')).toBeUndefined();
  });

  test('adds the directive after the page address, keeping a fragment the page already has', () => {
    expect(passageUrl('https://example.org/a', 'Build it here')).toBe('https://example.org/a#:~:text=Build%20it%20here');
    expect(passageUrl('https://example.org/a#part-2', 'Build it here')).toBe('https://example.org/a#part-2:~:text=Build%20it%20here');
  });
});
