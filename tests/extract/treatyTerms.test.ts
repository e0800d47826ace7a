// Parties read from the clauses that tell a treaty's terms; the sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('parties under a treaty’s terms', () => {
  it('makes the subjects of the clauses after "Under <treaty>," its parties', () => {
    const { relations } = extract(['Oil prices rose on Monday.', 'Under the Kampala Accord, the Liberation Front is to free 40 soldiers, while Uganda releases 300 prisoners held since May.']);
    expect(relations).toEqual(expect.arrayContaining(['Liberation Front PARTY_TO Kampala Accord', 'Uganda PARTY_TO Kampala Accord']));
  });

  it('does not make people or names inside a clause its parties', () => {
    const { relations } = extract(['Oil prices rose on Monday.', 'Under the Kampala Accord, refugees will be able to return to their homes with help from the Red Cross.']);
    expect(relations.filter((relation) => relation.includes('PARTY_TO'))).toEqual([]);
  });
});

describe('a text added to a treaty', () => {
  it('is a treaty of its own, named with the treaty it amends, and is what is signed', () => {
    const { entity, relations } = extract(['The addendum to the 2011 Frontier Agreement was signed on Monday by Velorian Foreign Minister Tamaro and his Ostrian counterpart, Ilo Varra.']);
    expect(entity('addendum to the 2011 Frontier Agreement')?.kind).toBe('Treaty');
    expect(relations).toContain('Tamaro SIGNS addendum to the 2011 Frontier Agreement');
  });
});
