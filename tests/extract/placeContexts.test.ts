// Names that the words around make places: shared area nouns ("the Varna and Ostrov provinces"), compass pairs
// ("North and South Kivu"), a capital placed by an apposition, and where a traveller passes through. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/mentions.ts';
import { extract } from '../support/articles.ts';

const NO_DIRECTIONS = new Map<string, string>();

function kinds(sentence: string): string[] {
  return findMentions(0, sentence, NO_DIRECTIONS).mentions.filter((mention) => mention.form !== 'pronoun' && mention.form !== 'bare').map((mention) => `${mention.kind ?? mention.form} ${mention.name}`);
}

describe('places by context', () => {
  it('reads names coordinated before a plural area noun as places', () => {
    expect(kinds('Shelling hit the Varnelsk and Ostrovka oblasts overnight.')).toEqual(['Place Varnelsk', 'Place Ostrovka']);
    expect(kinds('Floods reached the Tarim, Belcourt and Dunmore provinces.')).toEqual(['Place Tarim', 'Place Belcourt', 'Place Dunmore']);
  });

  it('does not read demonyms before a plural area noun as places', () => {
    expect(kinds('Talks covered the Russian and Ukrainian regions near the front.')).not.toContain('Place Russian');
  });

  it('reads a compass pair before one name as two names', () => {
    expect(kinds('Rebels fought in North and South Varelia for months.')).toEqual(['Place North Varelia', 'Place South Varelia']);
    expect(kinds('Envoys from North and South Korea met.')).toEqual(['Government North Korea', 'Government South Korea']);
  });

  it('reads a capital after an apposition\'s adjective as the city', () => {
    expect(kinds('The cabinet met at the palace in Osung, central Nairobi, on Monday.')).toContain('Place Nairobi');
    expect(kinds('Nairobi said the talks would go on.')).toEqual(['Government Kenya']);
  });

  it('reads what a traveller transited as places, states included', () => {
    const found = kinds('The president transited Guam and Belmora on her way south.');
    expect(found).toEqual(['Place Guam', 'Place Belmora']);
  });

  it('keeps one entity for the places of a list in an article', () => {
    const { entity } = extract(['Shelling hit the Varnelsk and Ostrovka oblasts overnight, officials in Kyiv said.']);
    expect(entity('Varnelsk')?.kind).toBe('Place');
    expect(entity('Ostrovka')?.kind).toBe('Place');
  });
});
