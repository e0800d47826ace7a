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

  it('takes no person’s surname for a state, though “her government” is written with it', () => {
    const paragraphs = ['The Danish prime minister, Karin Solvang, opened the session.', 'Solvang’s government rejected the criticism on Friday.'];
    expect(findArticleStates(paragraphs).map((state) => state.name)).not.toContain('Solvang');
    const { entity } = extract(paragraphs);
    expect(entity('Karin Solvang')?.kind).toBe('Person');
  });
});
