// A bare name that what it says refers back to as "it" or "its" is a body's, no person's; the empty "it" of "it would be
// hard" says nothing of the speaker. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('names that speak of themselves as "it"', () => {
  it('reads a bare speaker that says "it would …" or "its …" as an organisation', () => {
    expect(extract(['Fuel prices climbed again. Norvanta said it would halt drilling off the coast.']).entity('Norvanta')?.kind).toBe('Organization');
    expect(extract(['Talks resumed in Cairo. Kessaro, meanwhile, said it had handed over two bodies.']).entity('Kessaro')?.kind).toBe('Organization');
    expect(extract(['Veltrix said its staff at the plant were safe.']).entity('Veltrix')?.kind).toBe('Organization');
  });

  it('keeps a bare speaker whose "it" is empty, or who is "he", a person', () => {
    expect(extract(['Fuel prices climbed again. Odhiambo said it would be hard to cut them.']).entity('Odhiambo')?.kind).toBe('Person');
    expect(extract(['Fuel prices climbed again. Odhiambo said he would resign.']).entity('Odhiambo')?.kind).toBe('Person');
  });
});
