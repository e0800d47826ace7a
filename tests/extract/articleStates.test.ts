// States and capitals an article shows that the gazetteer lacks. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { findArticleStates } from '../../src/extract/articleStates.ts';
import { extract } from '../support/articles.ts';

describe('findArticleStates', () => {
  it('takes a demonym only where it stands as an adjective, not inside another name or as a name of its own', () => {
    expect(findArticleStates(['Fire crossed the Varn river near the village of Varni Poyon.', 'The boat was taken to Kesh, which locals call Keshi.']).map((state) => state.name)).toEqual([]);
    expect(findArticleStates(['Lusania protested.', 'Lusanian officials said the talks were over.']).map((state) => state.name)).toContain('Lusania');
  });

  it('finds the demonym after another capitalised word ("Senior Lusanian officials")', () => {
    expect(findArticleStates(['Lusania protested.', 'Senior Lusanian officials said the talks were over.']).map((state) => state.name)).toContain('Lusania');
  });

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

  it('reads a surname written with its Arabic article ("al-Tahiri") as that person, not a state, before "government"', () => {
    const paragraphs = ['Army chief General Omar Hassan al-Tahiri rejected the plan.', 'Tahiri’s government, which sits in Port Kadan, said it would not accept a truce.'];
    expect(findArticleStates(paragraphs).map((state) => state.name)).not.toContain('Tahiri');
    const { extraction } = extract(paragraphs);
    expect(extraction.entities.filter((entity) => entity.kind === 'Government').map((entity) => entity.name)).not.toContain('Tahiri');
  });

  it('still takes a name with a government as a state when nothing else precedes it', () => {
    expect(findArticleStates(['The Velmoran army crossed the river.', 'Velmora’s government protested.']).map((state) => state.name)).toContain('Velmora');
    expect(findArticleStates(['Talks stalled.', 'The Ostrava government protested, and Ostrava’s army moved.']).map((state) => state.name)).toContain('Ostrava');
  });
});

describe('regions that govern themselves', () => {
  it('reads a region the article names as one and as having a leader or ministers as a state', () => {
    expect(findArticleStates(['Gas flows to the breakaway region of Varnistra.', "Varnistra's leader, Ivo Dalen, refused the offer."]).map((state) => state.name)).toContain('Varnistra');
    expect(findArticleStates(['Talks were slowed by Lower Morava, the Kestian state that the river crosses.', "Lower Morava's irrigation minister objected."]).map((state) => state.name)).toContain('Lower Morava');
  });

  it('reads a province with a governor, a region with a state government, or an emirate as governing itself', () => {
    expect(findArticleStates(['The governor of Varuy province, Tomas Rey, attended the signing.'])).toContainEqual({ name: 'Varuy', region: true });
    expect(findArticleStates(['Relatives gathered in Ikom.', 'The Oban Hills State government urged both sides to talk.'])).toContainEqual({ name: 'Oban Hills', region: true });
    expect(findArticleStates(['Velmar has held the island since 1971 under a deal with the emirate of Qaswa.'])).toContainEqual({ name: 'Qaswa', region: true });
  });

  it('reads such a region named with its suffix as its government', () => {
    const { entity } = extract(['Velmar and Ostrava traded accusations over the river.', 'The Oban Hills State government urged both governments to talk.', 'Velmar said it would talk.']);
    expect(entity('Oban Hills State')?.kind).toBe('Government');
  });

  it('reads the people’s word made by dropping "-ia" as a state’s demonym', () => {
    expect(findArticleStates(['Troops entered Ostrakhia.', 'Ostrakh officials said they would resist.'])).toContainEqual({ name: 'Ostrakhia', demonym: 'Ostrakh' });
  });

  it('does not make a region with no government of its own, or an organisation with a leader, a state', () => {
    expect(findArticleStates(['Fighting spread across the region of Dovra.', 'Residents of Dovra fled.']).map((state) => state.name)).not.toContain('Dovra');
    expect(findArticleStates(["Hamsar's leader said the group would fight on."]).map((state) => state.name)).not.toContain('Hamsar');
  });
});
