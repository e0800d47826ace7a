// An accusation whose target is not named ("accused its neighbour of …", "accused the importers of …"); the sentences
// are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('accused without a name', () => {
  it('does not make the accuser the one in breach when the accused is not named', () => {
    const { relations } = extract(['Chile accused the importers of breaking the Lima Trade Accord.', 'Chile accused its neighbour of breaching the Lima Trade Accord.']);
    expect(relations.filter((relation) => relation.endsWith('VIOLATES Lima Trade Accord'))).toEqual([]);
  });

  it('reads "accused its neighbour of breaking the accord", in a story of two states, as a breach by the other one', () => {
    const { relations } = extract([
      'Chile raised duties on Peruvian steel on Monday, accusing its neighbour of dumping metal and breaking the Lima Trade Accord.',
      'Peru said it would answer within days.',
    ]);
    expect(relations).toContain('Peru VIOLATES Lima Trade Accord');
    expect(relations).not.toContain('Chile VIOLATES Lima Trade Accord');
  });

  it('still reads the named accused as the one in breach', () => {
    const { relations } = extract(['Chile accused Peru of breaching the Lima Trade Accord.']);
    expect(relations).toContain('Peru VIOLATES Lima Trade Accord');
  });
});
