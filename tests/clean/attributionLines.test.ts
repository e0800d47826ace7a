import { describe, expect, it } from 'vitest';
import { isQuoteAttribution, joinQuoteAttributions } from '../../src/clean/attributionLines.ts';

describe('quote attributions', () => {
  it('recognises a dash-led attribution line', () => {
    expect(isQuoteAttribution('– the Ministry of Fisheries said in a statement.')).toBe(true);
    expect(isQuoteAttribution('— wrote the mayor on social media.')).toBe(true);
    expect(isQuoteAttribution('- the end of an era.')).toBe(false);
    expect(isQuoteAttribution('The ministry said in a statement.')).toBe(false);
  });

  it('joins the attribution to the quote above it', () => {
    expect(
      joinQuoteAttributions(['Intro.', 'Catches must fall by a fifth to protect the spawning grounds.', '– the Ministry of Fisheries said in a statement.', 'Next.']),
    ).toEqual([
      'Intro.',
      'Catches must fall by a fifth to protect the spawning grounds. – the Ministry of Fisheries said in a statement.',
      'Next.',
    ]);
  });
});
