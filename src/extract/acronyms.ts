// Acronyms and the names they spell: "ICBM" is all capitals, "FARC" spells "Revolutionary Armed Forces of Colombia" in
// another order, "UNCLOS" takes letters from the connectors of its name, "MPs" is a plural title.
import type { Token } from './tokens.ts';

/** "ICBM", "M23": capitals (and digits) only. */
export function isAcronym(token: Token): boolean {
  return isAcronymText(token.text);
}

/** Whether a whole name is a set of initials ("ECOWAS", "G20"). */
export function isAcronymText(text: string): boolean {
  return /^\p{Lu}[\p{Lu}\d]+$/u.test(text);
}

/** The first letters of the capitalised words of tokens [start, end). */
export function initialsOf(tokens: Token[], start: number, end: number): string {
  let initials = '';
  for (let k = start; k < end; k++) if (tokens[k].capitalized) initials += tokens[k].text[0].toUpperCase();
  return initials;
}

/** "UNCLOS" for "United Nations Convention on the Law of the Sea": every capitalised word's initial, in order, with
 * some connectors' initials among them. */
export function spellsWithConnectors(acronym: string, tokens: Token[], start: number, end: number): boolean {
  const words = tokens.slice(start, end).filter((token) => !token.punct && !/^(the|and|a|an)$/.test(token.lower));
  let at = 0;
  for (const word of words) {
    const letter = word.text[0].toUpperCase();
    if (acronym[at] === letter) at++;
    else if (word.capitalized) return false;
  }
  return at === acronym.length && acronym.length >= 3;
}

/** "FARC" and "RAFC": the same letters, in any order. */
export function isPermutationOf(acronym: string, initials: string): boolean {
  const sorted = (letters: string) => [...letters].sort().join('');
  return acronym.length >= 2 && sorted(acronym) === sorted(initials);
}

/** "MPs", "MEPs", "CEOs": a plural of a title written as an acronym, never a name. */
export function isPluralAcronym(token: Token): boolean {
  const text = token.text;
  return text.length > 2 && text.endsWith('s') && /^\p{Lu}{2,}s$/u.test(text);
}

/**
 * At least half of an acronym's letters are initials of the name's words ("Democratic Forces for the Liberation of
 * Rwanda (FDLR)", "Bolivarian National Intelligence Service (SEBIN)"); "Caracas (AFP)" is a dateline's outlet.
 */
export function spellsAcronym(tokens: Token[], start: number, end: number, acronym: string): boolean {
  const initials = initialsOf(tokens, start, end);
  let spelt = 0;
  for (const letter of acronym) if (initials.includes(letter)) spelt++;
  return spelt * 2 >= acronym.length;
}

/**
 * Lower-case words that may join the words of a name its acronym spells ("Incident Prevention and Response Mechanism",
 * "Union of Greens and Farmers", "Frente de Liberación Nacional").
 */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['and', 'of', 'for', 'the', 'on', 'in', '&', 'de', 'des', 'du', 'la', 'el']);

/**
 * "the Incident Prevention and Response Mechanism (IPRM)": where a name that runs from `start` to an acronym in brackets
 * ends, when the acronym spells the initials of all its capitalised words (so the name is one, whatever joins its
 * parts), and the span is longer than `end`; otherwise `end`.
 */
export function acronymSpanEnd(tokens: Token[], start: number, end: number): number {
  let at = end;
  while (at < tokens.length && at - start <= 12 && ((tokens[at].capitalized && !tokens[at].punct) || NAME_JOINERS.has(tokens[at].lower))) at++;
  if (at === end || tokens[at]?.text !== '(' || tokens[at + 2]?.text !== ')' || !isAcronym(tokens[at + 1]) || !tokens[at - 1].capitalized) return end;
  const acronym = tokens[at + 1].text;
  const initials = initialsOf(tokens, start, at);
  return acronym.length >= 3 && (initials === acronym || spellsWithConnectors(acronym, tokens, start, at)) ? at : end;
}

/**
 * "CARICOM" for "Caribbean Community": an acronym made of the opening letters of each capitalised word in order, some
 * more than one ("CARI" + "COM").
 */
export function spellsBySyllables(acronym: string, tokens: Token[], start: number, end: number): boolean {
  const words = tokens.slice(start, end).filter((token) => token.capitalized && !token.punct).map((token) => token.text.toUpperCase());
  const letters = acronym.toUpperCase();
  if (words.length < 2 || letters.length < 4 || letters.length <= words.length) return false;
  const fits = (at: number, word: number): boolean => {
    if (word === words.length) return at === letters.length;
    for (let length = 1; length <= words[word]!.length && at + length <= letters.length; length++) {
      if (letters.slice(at, at + length) !== words[word]!.slice(0, length)) break;
      if (fits(at + length, word + 1)) return true;
    }
    return false;
  };
  return fits(0, 0);
}
