// The state gazetteer: names news gives states that the country list spells otherwise or lacks. The sentences are
// written for these tests.
import { describe, expect, it } from 'vitest';
import { countryByDemonym, countryByName } from '../../src/extract/gazetteer.ts';
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

  it('reads the names and adjectives news uses for states that the country list spells otherwise', () => {
    expect(countryByName('Cabo Verde')?.code).toBe('CV');
    expect(countryByName('Republic of Congo')?.code).toBe('CG');
    expect(countryByName('Guinea Bissau')?.code).toBe('GW');
    expect(countryByName('Holy See')?.code).toBe('VA');
    for (const [demonym, code] of [['Slovenian', 'SI'], ['Comorian', 'KM'], ['Cabo Verdean', 'CV'], ['Cape Verdean', 'CV'], ['Maldivian', 'MV'], ['Kosovan', 'XK'], ['Salvadorean', 'SV'], ['Bissau-Guinean', 'GW'], ['Luxembourgish', 'LU'], ['Timorese', 'TL'], ['Belarussian', 'BY'], ['Equatoguinean', 'GQ']]) {
      expect(countryByDemonym(demonym)?.code, demonym).toBe(code);
    }
    const { entity, extraction } = extract(['MINDELO - Cabo Verde fined a Slovenian trawler on Monday, and Comorian officials said the crew would be sent home.']);
    expect(entity('Cabo Verde')?.kind).toBe('Government');
    expect(extraction.entities.filter((found) => found.kind !== 'Government' && /Slovenian|Comorian/.test(found.name))).toEqual([]);
  });

  it('reads a demonym the country list also gives as a spelling of the name ("Thai", "Togolese") as the adjective it is', () => {
    expect(countryByName('Thai')).toBeUndefined();
    expect(countryByName('Togolese')).toBeUndefined();
    expect(countryByDemonym('Togolese')?.code).toBe('TG');
    expect(countryByName('Vatican')?.code).toBe('VA');
    const { relations } = extract(['Laotian President Somsack Vongkhamsao spoke by telephone with his Thai counterpart, Prasert Wongsuwan, on Friday.']);
    expect(relations).toContain('Prasert Wongsuwan LEADS Thailand');
    expect(relations).toContain('Somsack Vongkhamsao MEETS Prasert Wongsuwan');
  });
});
