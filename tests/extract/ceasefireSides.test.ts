// Parties of a ceasefire read from the story's two sides; the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('the sides of a ceasefire', () => {
  it('makes the pair the story puts "between" the two sides parties to its truce', () => {
    const { relations } = extract([
      'Mediators from Norway resumed talks between Mozambique and the Northern Liberation Front on Tuesday.',
      'The talks aim to save the March 2024 ceasefire, which has frayed since the summer.',
    ]);
    expect(relations).toContain('Mozambique PARTY_TO March 2024 ceasefire');
    expect(relations).toContain('Northern Liberation Front PARTY_TO March 2024 ceasefire');
    // Those who keep a truce between them were fighting each other.
    expect(relations).toEqual(expect.arrayContaining(['Mozambique FIGHTS_AGAINST Northern Liberation Front', 'Northern Liberation Front FIGHTS_AGAINST Mozambique']));
  });

  it('reads the pair from "X and Y agreed", and ties a declaration to them when "both sides" signed it', () => {
    const { relations } = extract([
      'Ethiopia and the Tigray Defence Council agreed on Monday to stop fighting around the city of Mekelle.',
      'The deal builds on the Nairobi Declaration that both sides signed last year.',
    ]);
    expect(relations).toContain('Ethiopia PARTY_TO Nairobi Declaration');
    expect(relations).toContain('Tigray Defence Council PARTY_TO Nairobi Declaration');
    // (A declaration that is no truce says nothing of fighting.)
    expect(relations.filter((relation) => relation.includes('FIGHTS_AGAINST'))).toEqual([]);
  });

  it('gives no parties to a treaty that is no truce and that the sides are not said to share', () => {
    const { relations } = extract([
      'Mediators from Norway resumed talks between Mozambique and the Northern Liberation Front on Tuesday.',
      'Mozambique also cited the Lusaka Trade Protocol in a dispute over tariffs.',
    ]);
    expect(relations.filter((relation) => relation.includes('Northern Liberation Front PARTY_TO'))).toEqual([]);
  });

  it('makes the story’s two states parties to a treaty that binds "both governments" or "each country"', () => {
    const { relations } = extract([
      'Kenya and Tanzania agreed on Friday to share power from a new dam on the border.',
      'The Mara Falls Energy Agreement binds both governments to split the cost of the dam.',
      'Kenya will pay for the turbines and Tanzania for the lines.',
    ]);
    expect(relations).toContain('Kenya PARTY_TO Mara Falls Energy Agreement');
    expect(relations).toContain('Tanzania PARTY_TO Mara Falls Energy Agreement');
  });

  it('gives the pair a treaty whose sentence names both sides', () => {
    const { relations } = extract([
      'Mediators from Norway resumed talks between Mozambique and the Northern Liberation Front on Tuesday.',
      'Under the Pemba Accord, the Northern Liberation Front is to hand over its heavy weapons while Mozambique frees 300 prisoners.',
    ]);
    expect(relations).toContain('Northern Liberation Front PARTY_TO Pemba Accord');
  });

  it('gives the two states no text that "the two countries" are said not to be bound by, nor one named beside a quarrel "between" them', () => {
    const story = 'Kenya and Tanzania have quarrelled over the lake for a decade.';
    const parties = (sentence: string) => extract([story, sentence]).relations.filter((relation) => relation.includes('PARTY_TO'));
    expect(parties('The two countries are not party to the Lindi Fisheries Convention.')).toEqual([]);
    expect(parties('Both sides say the Lindi Fisheries Convention does not bind them.')).toEqual([]);
    expect(parties('The dispute between the two countries is older than the Lindi Fisheries Accord.')).toEqual([]);
    // (The text "between" them is theirs.)
    expect([...new Set(parties('The Lindi Fisheries Accord between the two countries expires in May.'))].sort()).toEqual(['Kenya PARTY_TO Lindi Fisheries Accord', 'Tanzania PARTY_TO Lindi Fisheries Accord']);
  });

  it('makes no mediator or host one of "both sides"', () => {
    const { relations } = extract([
      'Chad and the rebel Northern Front agreed on Thursday to a ceasefire in the mountains, after talks in Qatar.',
      'The truce was announced in Doha, where Qatari mediators have hosted talks since May.',
      "Qatar's foreign ministry said both sides had committed to return to the 2022 Doha Peace Agreement.",
    ], '2026-11-20', { title: 'Chad and rebels agree ceasefire after talks in Qatar' });
    expect(relations).not.toContain('Qatar PARTY_TO Doha Peace Agreement');
    // (The other of the story's two states is still one of them.)
    expect(relations).toContain('Chad PARTY_TO Doha Peace Agreement');
  });

  it('makes no state a party whose "mediation" brought the text about', () => {
    const { relations } = extract([
      'Chad and the Northern Liberation Front agreed in May to the Lamu Declaration, a truce reached under Saudi and U.S. mediation.',
      'Both sides said on Monday that they would respect the truce.',
    ]);
    expect(relations).toEqual(expect.arrayContaining(['Chad PARTY_TO Lamu Declaration', 'Northern Liberation Front PARTY_TO Lamu Declaration']));
    expect(relations.filter((relation) => /^(Saudi Arabia|United States) PARTY_TO/.test(relation))).toEqual([]);
  });
});
