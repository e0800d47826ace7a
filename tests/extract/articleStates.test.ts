// States and capitals an article shows that the gazetteer lacks. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { findArticleStates } from '../../src/extract/articleStates.ts';
import { extract } from '../support/articles.ts';

describe('findArticleStates', () => {
  it('takes a name with a neighbour as a state', () => {
    expect(findArticleStates(['Velmora, Ostrava’s northern neighbour, urged restraint.']).map((state) => state.name)).toContain('Ostrava');
  });

  it('learns a capital named as one, and reads it as the state when it acts', () => {
    const paragraphs = ['Marrakand’s government signed the truce.', 'Rebels have fought the government in Nabrel, Marrakand’s capital, since 2023.', 'Nabrel said the rebels were moving tanks.'];
    const states = findArticleStates(paragraphs);
    expect(states.find((state) => state.name === 'Marrakand')?.capital).toBe('Nabrel');
    const { entity } = extract(paragraphs);
    expect(entity('Marrakand')?.aliases).toContain('Nabrel');
    expect(entity('Marrakand')?.kind).toBe('Government');
  });

  it('reads the surname of a person named in full as that person, not a state, before "government"', () => {
    const paragraphs = ['The Danish prime minister, Mette Halvorsen, opened the summit.', 'Critics said Halvorsen’s government had conceded too much.'];
    expect(findArticleStates(paragraphs).map((state) => state.name)).not.toContain('Halvorsen');
    const { entity } = extract(paragraphs);
    expect(entity('Mette Halvorsen')?.kind).toBe('Person');
  });

  it('still takes a name with a government as a state when nothing else precedes it', () => {
    expect(findArticleStates(['The Velmoran army crossed the river.', 'Velmora’s government protested.']).map((state) => state.name)).toContain('Velmora');
    expect(findArticleStates(['Talks stalled.', 'The Ostrava government protested, and Ostrava’s army moved.']).map((state) => state.name)).toContain('Ostrava');
  });
});
