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
