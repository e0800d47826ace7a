// Acronyms and the names they spell, tested on token runs of names written for these tests and of well-known bodies.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/tokens.ts';
import { acronymSpanEnd, initialsOf, isAcronym, isPermutationOf, isPluralAcronym, spellsAcronym, spellsBySyllables, spellsWithConnectors } from '../../src/extract/acronyms.ts';

/** The tokens of a name, with where it ends. */
function name(text: string) {
  const tokens = tokenize(text);
  return { tokens, end: tokens.length };
}

describe('acronyms', () => {
  it('reads capitals and digits as an acronym, and a plural of one as a title', () => {
    const [icbm, m23, mps, word] = tokenize('ICBM M23 MPs Word');
    expect(isAcronym(icbm!)).toBe(true);
    expect(isAcronym(m23!)).toBe(true);
    expect(isAcronym(word!)).toBe(false);
    expect(isPluralAcronym(mps!)).toBe(true);
    expect(isPluralAcronym(icbm!)).toBe(false);
  });

  it('spells a name by its initials in any order, or by half its letters', () => {
    const { tokens, end } = name('Revolutionary Armed Forces of Colombia');
    expect(initialsOf(tokens, 0, end)).toBe('RAFC');
    expect(isPermutationOf('FARC', initialsOf(tokens, 0, end))).toBe(true);
    expect(isPermutationOf('FARCX', initialsOf(tokens, 0, end))).toBe(false);
    const sebin = name('Bolivarian National Intelligence Service');
    expect(spellsAcronym(sebin.tokens, 0, sebin.end, 'SEBIN')).toBe(true);
    const caracas = name('Caracas');
    expect(spellsAcronym(caracas.tokens, 0, caracas.end, 'AFP')).toBe(false);
  });

  it('spells a name with letters of its connectors, or with the opening letters of its words', () => {
    const unclos = name('United Nations Convention on the Law of the Sea');
    expect(spellsWithConnectors('UNCLOS', unclos.tokens, 0, unclos.end)).toBe(true);
    expect(spellsWithConnectors('UNCS', unclos.tokens, 0, unclos.end)).toBe(false);
    const caricom = name('Caribbean Community');
    expect(spellsBySyllables('CARICOM', caricom.tokens, 0, caricom.end)).toBe(true);
    expect(spellsBySyllables('CARIMOC', caricom.tokens, 0, caricom.end)).toBe(false);
  });

  it('runs a name on to the acronym in brackets that spells all of it', () => {
    const { tokens } = name('the Incident Prevention and Response Mechanism (IPRM) met');
    // The chunk before the acronym would stop at "and"; the acronym says the name goes on to "Mechanism".
    expect(acronymSpanEnd(tokens, 1, 3)).toBe(6);
    const other = name('the Incident Prevention and Response Mechanism (XYZ) met');
    expect(acronymSpanEnd(other.tokens, 1, 3)).toBe(3);
  });

  it('runs a name on past the particles of other languages ("de", "la") when the acronym spells it', () => {
    const { tokens } = name('the Frente de Unidad Costera (FUC) met');
    expect(acronymSpanEnd(tokens, 1, 2)).toBe(5);
  });
});
