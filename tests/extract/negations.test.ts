// The negators shared by relation triggers and verbs of saying.
import { describe, expect, it } from 'vitest';
import { isNegation } from '../../src/extract/lexicon/negations.ts';

describe('isNegation', () => {
  it('knows negators written alone and contracted, and nothing else', () => {
    for (const word of ['not', 'never', 'no', 'nor', "didn't", 'won’t', "n't"]) expect(isNegation(word)).toBe(true);
    for (const word of ['note', 'now', 'said', 'nothing']) expect(isNegation(word)).toBe(false);
  });
});
