// A state or a world region with a lower-case position word before it ("western Ukraine", "the central Sahara") is a
// region: a place within the state, not the state acting. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('regions named by a position word and a state', () => {
  it('reads a position word before a state as a place in that state', () => {
    const { entity } = extract(['Drones struck two depots in western Norway overnight, the army said.']);
    expect(entity('western Norway')?.kind).toBe('Place');
  });

  it('reads "south" in lower case before a state the same way', () => {
    const { entity } = extract(['The convoy reached south Sweden on Friday.']);
    expect(entity('south Sweden')?.kind).toBe('Place');
  });

  it('reads a position word before a world region as a place', () => {
    const { entity } = extract(['Rescue ships patrol the central Mediterranean every summer.']);
    expect(entity('central Mediterranean')?.kind).toBe('Place');
  });

  it('leaves a capitalised position word that opens a sentence to the name it opens', () => {
    const { entity } = extract(['South Africa said it would host the talks.']);
    expect(entity('South Africa')?.kind).toBe('Government');
  });
});
