// The shapes in which news tells that one side sanctioned another (SANCTIONS). The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../support/articles.ts';

describe('a person sanctioned, named after a demonym and a common noun', () => {
  it('reads "sanctioned Togolese businessman X" as sanctioning X, not Togo', () => {
    const { relations } = extract(['The United States acted against Togo on Monday.', 'The United States sanctioned Togolese businessman Emil Tosk.', 'The EU imposed sanctions on Togolese businessman Emil Tosk.']);
    expect(relations).toEqual(expect.arrayContaining(['United States SANCTIONS Emil Tosk', 'European Union SANCTIONS Emil Tosk']));
    expect(relations).not.toContain('United States SANCTIONS Togo');
    expect(relations).not.toContain('European Union SANCTIONS Togo');
  });

  it('still reads a tariff on "<demonym> steel" as sanctioning that state', () => {
    expect(extract(['Ghana imposed duties on Togolese steel on Monday.']).relations).toContain('Ghana SANCTIONS Togo');
  });
});
