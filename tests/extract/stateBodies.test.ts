// Bodies of a state named through the state: the spelling with the state's possessive kept among the aliases,
// lower-case bodies after a capital's or "the North's" possessive, embassies and their cities. The sentences are
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('bodies named through their state', () => {
  it('keeps the spelling with the state’s possessive among a body’s aliases', () => {
    const { entity } = extract(["Norway's Ministry of Fisheries said on Tuesday that the quota would be cut."]);
    expect(entity('Ministry of Fisheries')?.aliases).toContain("Norway's Ministry of Fisheries");
  });
});
