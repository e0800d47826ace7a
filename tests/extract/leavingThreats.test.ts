// A threat to leave a treaty shows its party; the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('threats to leave a treaty', () => {
  it('makes a state that says it might quit a treaty its party', () => {
    const { relations } = extract(['Bolivia said on Monday that it might quit the Andean Water Convention if the court ruled against it.']);
    expect(relations).toContain('Bolivia PARTY_TO Andean Water Convention');
  });

  it('reads no party from a treaty merely named near a state', () => {
    const { relations } = extract(['Bolivia said the Andean Water Convention was out of date.']);
    expect(relations.filter((relation) => relation.includes('PARTY_TO'))).toEqual([]);
  });

  it('reads no party in the state told of the threat', () => {
    const { relations } = extract(['Zambia on Monday notified the Swiss government that it will withdraw from the Tarvo Wildlife Convention.']);
    expect(relations).not.toContain('Switzerland PARTY_TO Tarvo Wildlife Convention');
  });

  it('reads no party in the state written to past both "to" and "the" ("wrote to the Swiss government")', () => {
    const { relations } = extract(['Zambia on Monday wrote to the Swiss government that it will withdraw from the Tarvo Wildlife Convention.']);
    expect(relations).not.toContain('Switzerland PARTY_TO Tarvo Wildlife Convention');
  });
});

describe('a treaty ended by one of its sides', () => {
  it('reads a state that scraps or terminates a text as leaving it, and no longer its party', () => {
    const ended = extract(['Chad terminated its defence cooperation accord with France in late 2024.']).relations;
    expect(ended).toContain('Chad WITHDRAWS_FROM Defence Cooperation Accord');
    expect(ended).not.toContain('Chad PARTY_TO Defence Cooperation Accord');
    expect(ended).toContain('France PARTY_TO Defence Cooperation Accord');
    const scrapped = extract(['Chile scrapped the Tello Accord with Peru on Monday.']).relations;
    expect(scrapped).toContain('Chile WITHDRAWS_FROM Tello Accord');
    expect(scrapped).not.toContain('Chile PARTY_TO Tello Accord');
    // (States named in the clause after ", and" are no parties of the ended text either.)
    const listed = extract(['In 2024 Mali scrapped the 2015 Ostra peace agreement with armed groups, and in 2025 it announced, with Burkina Faso and Niger, its exit from the Lome Statute.']).relations;
    expect(listed.filter((relation) => relation.includes('PARTY_TO Ostra'))).toEqual([]);
  });

  it('reads nothing left when what is ended is no text', () => {
    expect(extract(['Chile scrapped talks with Peru on Monday.']).relations.filter((relation) => relation.includes('WITHDRAWS_FROM'))).toEqual([]);
  });
});
