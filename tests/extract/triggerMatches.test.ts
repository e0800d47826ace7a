// Which words a trigger pattern can start with, read off the pattern so that a sentence without any of them is not
// searched with it. The patterns are written for these tests.
import { describe, expect, it } from 'vitest';
import { firstWordPrefixes } from '../../src/extract/triggerMatches.ts';

describe('firstWordPrefixes', () => {
  it('reads the words of a leading group of alternatives, without their optional endings', () => {
    expect(firstWordPrefixes('(criticise[ds]?|condemned) the')).toEqual(['criticise', 'condemned']);
  });

  it('reads past a lookbehind at the start, which matches no word of its own', () => {
    expect(firstWordPrefixes('(?<!(truce|ceasefire) )(pact|deal) with')).toEqual(['pact', 'deal']);
  });

  it('reads a plain opening word, and a quantifier after it makes its last letter optional', () => {
    expect(firstWordPrefixes('joint (\\S+ ){0,2}(commission|patrols)')).toEqual(['joint']);
    expect(firstWordPrefixes('treaty? with')).toEqual(['treat']);
  });

  it('gives none when a word may be short or the pattern has alternatives outside any group', () => {
    expect(firstWordPrefixes('(in|under) the')).toBeUndefined();
    expect(firstWordPrefixes('joint patrols|shared patrols')).toBeUndefined();
  });
});
