// The state gazetteer: names news gives states that the country list spells otherwise or lacks. The sentences are
// written for these tests.
import { describe, expect, it } from 'vitest';
import { countryByName } from '../../src/extract/gazetteer.ts';
import { extract } from '../support/articles.ts';

describe('state names', () => {
  it('reads a state whose name news writes with "The" in capitals as that state', () => {
    expect(countryByName('The Gambia')?.code).toBe('GM');
    expect(countryByName('The Bahamas')?.code).toBe('BS');
    const { entity } = extract(['BANJUL, The Gambia - The Gambia has held three elections since 2016.']);
    expect(entity('Gambia')?.kind).toBe('Government');
  });

  it('reads the short names news gives states as those states (a formal name\'s opening, "the Islamic Republic", only in context)', () => {
    expect(countryByName('PNG')?.name).toBe('Papua New Guinea');
    expect(countryByName('Islamic Emirate of Afghanistan')?.name).toBe('Afghanistan');
    expect(countryByName('Islamic Republic')).toBeUndefined();
  });

  it('reads a state that no longer exists as a state', () => {
    const { entity } = extract(['The Soviet Union seized the islands in 1945, and Yugoslavia broke apart in 1991.']);
    expect(entity('Soviet Union')?.kind).toBe('Government');
    expect(entity('Yugoslavia')?.kind).toBe('Government');
  });
});
