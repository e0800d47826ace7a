import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/clean/splitParagraphs.ts';

describe('splitParagraphs', () => {
  it('takes one paragraph per line when lines are whole paragraphs', () => {
    expect(splitParagraphs('First paragraph here.\nSecond one, also complete.\n\nThird.')).toEqual([
      'First paragraph here.',
      'Second one, also complete.',
      'Third.',
    ]);
  });

  it('joins hard-wrapped prose within a blank-line block', () => {
    const wrapped = [
      'The port authority announced on Thursday that the northern',
      'quay would close for repairs until the end of the summer,',
      'diverting cargo to the southern terminal.',
      '',
      'Shipping firms said they had been warned.',
    ].join('\n');
    expect(splitParagraphs(wrapped)).toEqual([
      'The port authority announced on Thursday that the northern quay would close for repairs until the end of the summer, diverting cargo to the southern terminal.',
      'Shipping firms said they had been warned.',
    ]);
  });

  it('joins a line broken mid-sentence when the next line goes on in lower case', () => {
    const long = 'The primary school in the upper valley will reopen on Monday after its leaking roof was replaced over the summer,';
    expect(splitParagraphs(`${long}\nthe district said.\nA new line.`)).toEqual([`${long} the district said.`, 'A new line.']);
  });

  it('keeps a headline, its date line and its byline apart: wrapped lines run to about the same width', () => {
    const head = [
      'Harbour workers end week-long strike after pay deal with port operator in Bilbao',
      'Issued on 14/03/2026 - 09:40 GMT',
      'By Amaia Ortzi, with Tomas Brandt in Bilbao',
    ].join('\n');
    expect(splitParagraphs(head)).toEqual([
      'Harbour workers end week-long strike after pay deal with port operator in Bilbao',
      'Issued on 14/03/2026 - 09:40 GMT',
      'By Amaia Ortzi, with Tomas Brandt in Bilbao',
    ]);
  });

  it('keeps short chrome lines apart even without blank lines between them', () => {
    expect(splitParagraphs('Riverside • Gazette\n• 120 views\nDetails')).toEqual(['Riverside • Gazette', '• 120 views', 'Details']);
  });

  it('collapses no-break spaces and runs of whitespace', () => {
    expect(splitParagraphs('  A\u00a0 b \t c.  \r\n\r\n')).toEqual(['A b c.']);
  });

  it('keeps a date line apart from the byline under it, however short the block', () => {
    expect(splitParagraphs('2. okt. 2026 kl. 09.10 | Updated 2. okt. 2026 kl. 11.00\nBy Ida Holm and Sven Dahl, Oslo')).toEqual([
      '2. okt. 2026 kl. 09.10 | Updated 2. okt. 2026 kl. 11.00',
      'By Ida Holm and Sven Dahl, Oslo',
    ]);
  });
});
