// "the AU panel", "the Andean League observer mission": a body's name used before a lower-case noun of a unit names
// the unit, not the body — whoever leads the unit is one of the body's people, not its head.
import type { Token } from './tokens.ts';

/** Nouns of a body's unit or of a group it sends ("panel", "delegation", "observer mission"). */
const UNIT_NOUNS: ReadonlySet<string> = new Set(['panel', 'delegation', 'team', 'mission', 'committee', 'commission', 'unit', 'office', 'force', 'forces', 'wing', 'branch', 'bureau', 'secretariat', 'taskforce', 'contingent', 'troops', 'monitors', 'observers']);

/** Whether a word is the noun of a body's unit ("the federal delegation", "the negotiating team"). */
export function isUnitNoun(word: string): boolean {
  return UNIT_NOUNS.has(word.toLowerCase());
}

/** Whether the words right after a name ending at `end` (one or two, in lower case) end in a unit's noun. */
export function isUnitNamedAfter(tokens: Token[], end: number): boolean {
  for (let at = end; at < end + 2 && tokens[at] && !tokens[at].punct && !tokens[at].capitalized; at++) {
    if (UNIT_NOUNS.has(tokens[at].lower)) return true;
  }
  return false;
}
