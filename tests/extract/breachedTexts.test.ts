// Parties of a treaty that one side of a two-state story says the other breaks; the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

const title = 'Peru protests Chilean copper levy';

describe('a treaty broken in a dispute between the two states of the headline', () => {
  it('binds both states the sentence names, the complainant and the one said to break it', () => {
    const { relations } = extract(['Peru said on Tuesday that a new Chilean levy on copper ore breaks the Andean Mining Accord and will cost its miners dearly.'], undefined, { title });
    expect(relations).toEqual(expect.arrayContaining(['Peru PARTY_TO Andean Mining Accord', 'Chile PARTY_TO Andean Mining Accord']));
  });

  it('binds no one when the sentence names only one of the two states', () => {
    const { relations } = extract(['Peru said on Tuesday that the levy breaks the Andean Mining Accord.'], undefined, { title });
    expect(relations.filter((relation) => relation.includes('PARTY_TO'))).toEqual([]);
  });

  it('binds both when the sentence before names the other state', () => {
    const { relations } = extract(['Chile raised its levy on copper ore on Monday.', 'Peru said on Tuesday that the move breaks the Andean Mining Accord.'], undefined, { title });
    expect(relations).toEqual(expect.arrayContaining(['Peru PARTY_TO Andean Mining Accord', 'Chile PARTY_TO Andean Mining Accord']));
  });

  it('does not take the other state from a quote in the sentence before', () => {
    const { relations } = extract(['"Chile will regret this," the minister said.', 'Peru said on Tuesday that the move breaks the Andean Mining Accord.'], undefined, { title });
    expect(relations).not.toContain('Chile PARTY_TO Andean Mining Accord');
  });

  it('binds no one in a story whose headline names one state', () => {
    const { relations } = extract(['Peru said on Tuesday that a new Chilean levy on copper ore breaks the Andean Mining Accord.'], undefined, { title: 'Peru protests copper levy' });
    expect(relations.filter((relation) => relation.includes('PARTY_TO'))).toEqual([]);
  });

  it('reads no parties into a convention open to every state', () => {
    const { relations } = extract(['Peru said on Tuesday that the Chilean coast guard had violated the Convention on Maritime Search and Rescue.'], undefined, { title });
    expect(relations.filter((relation) => relation.includes('PARTY_TO'))).toEqual([]);
  });

  it('binds only the state a text is named after, in a dispute with its neighbour', () => {
    const { relations } = extract(['Peru said the Chilean troops violated the Agreement on the Resolution of the Conflict in Peru.'], undefined, { title });
    expect(relations).toContain('Peru PARTY_TO Agreement on the Resolution of the Conflict');
    expect(relations).not.toContain('Chile PARTY_TO Agreement on the Resolution of the Conflict');
  });
});
