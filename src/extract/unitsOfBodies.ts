// "the AU panel", "the Andean League observer mission": a body's name used before a lower-case noun of a unit names
// the unit, not the body — whoever leads the unit is one of the body's people, not its head.
import type { Token } from './tokens.ts';

/** Nouns of a group a body or state sends, never a standing body's short name ("the federal delegation", "the
 * negotiating team"; not "commission" or "office", which a sentence uses for a body named before). */
const SENT_GROUP_NOUNS: ReadonlySet<string> = new Set(['panel', 'delegation', 'team', 'taskforce', 'contingent', 'troops', 'monitors', 'observers']);

/** Nouns of a body's unit or of a group it sends ("panel", "delegation", "observer mission"). */
const UNIT_NOUNS: ReadonlySet<string> = new Set([...SENT_GROUP_NOUNS, 'mission', 'committee', 'commission', 'unit', 'office', 'force', 'forces', 'wing', 'branch', 'bureau', 'secretariat']);

/** Whether a word is the noun of a group a body or state sends. */
export function isSentGroupNoun(word: string): boolean {
  return SENT_GROUP_NOUNS.has(word.toLowerCase());
}

/**
 * Whether the words right after a name ending at `end` (up to three, in lower case: "the parliament's foreign affairs
 * committee") end in a unit's noun.
 */
export function isUnitNamedAfter(tokens: Token[], end: number): boolean {
  for (let at = end; at < end + 3 && tokens[at] && !tokens[at].punct && !tokens[at].capitalized; at++) {
    if (UNIT_NOUNS.has(tokens[at].lower)) return true;
  }
  return false;
}
