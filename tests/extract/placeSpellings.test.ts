// Spellings of one place mixed in one article: vowels of a transliteration, a name joined or apart. The names are
// invented for these tests.
import { describe, expect, it } from 'vitest';
import { isSamePlaceSpelling } from '../../src/extract/placeSpellings.ts';
import { extract } from '../support/articles.ts';

describe('spellings of one place', () => {
  it('takes names that differ in their vowels, or only in a space or an area word, as one place', () => {
    expect(isSamePlaceSpelling('Tskhumavi', 'Tskhimavi')).toBe(true);
    expect(isSamePlaceSpelling('Oravesse', 'Oravessi')).toBe(true);
    expect(isSamePlaceSpelling('Borunkhait', 'Borun Khait crossing')).toBe(true);
  });

  it('keeps apart names with other consonants, short names, and a site named after a town', () => {
    expect(isSamePlaceSpelling('Marvona', 'Marsona')).toBe(false);
    expect(isSamePlaceSpelling('Ado', 'Ida')).toBe(false);
    expect(isSamePlaceSpelling('Ondra', 'Ondra airport')).toBe(false);
  });

  it('joins two spellings of a place in an article into one entity', () => {
    const { extraction } = extract(['Talks were held in Tskhumavi on Monday.', 'Officials in Tskhimavi said the crossing would reopen.']);
    expect(extraction.entities.filter((entity) => entity.kind === 'Place')).toHaveLength(1);
  });
});

describe('a group of islands or a sea named with and without its word', () => {
  it('takes them as one place, but not a town named like its state', () => {
    expect(isSamePlaceSpelling('Varo Archipelago', 'Varo islands')).toBe(true);
    expect(isSamePlaceSpelling('Varo', 'Varo Archipelago')).toBe(true);
    expect(isSamePlaceSpelling('Keldic Sea', 'Keldic')).toBe(true);
    expect(isSamePlaceSpelling('Ondra town', 'Ondra State')).toBe(false);
    expect(isSamePlaceSpelling('Ondra City', 'Ondra')).toBe(false);
  });
});
