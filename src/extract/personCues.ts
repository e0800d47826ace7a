// Cues that a capitalised name standing where a person's might is no person's: how it is spelt ("ExxonMobil") and how
// the sentence introduces it ("a Hong Kong company, CK Hutchison").
import type { Token } from './tokens.ts';
import { PERSON_NOUNS } from './lexicon/personNouns.ts';
import { titleRelation } from './lexicon/titles.ts';

/** Surname prefixes written with a capital inside ("McAllister", "DeSantis", "MacLeod"): people's names, not brands. */
const INNER_CAPITAL_SURNAMES = /^(Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|St)\p{Lu}/u;

/** A word with a capital inside its letters ("ExxonMobil", "PetroVietnam", "WhatsApp"): a brand's, a company's. */
export function isInnerCapitalWord(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(\p{Lu}\p{Ll}+)+$/u.test(word) && !INNER_CAPITAL_SURNAMES.test(word);
}

/**
 * "a Hong Kong company, CK Hutchison", "the mine's operator, Rio Tinto": a name set after a described organisation and a
 * comma is that organisation (not after "of": "a member of the group, Ana Ruiz").
 */
export function followsOrganisationNoun(tokens: Token[], start: number, nouns: ReadonlySet<string>): boolean {
  const noun = tokens[start - 2];
  if (tokens[start - 1]?.text !== ',' || !noun || noun.capitalized || noun.possessive || !nouns.has(noun.lower)) return false;
  for (let at = start - 3; at >= Math.max(0, start - 8); at--) {
    const token = tokens[at];
    if (token.punct) return false;
    if (token.possessive || /^(a|an|the|its|their)$/.test(token.lower)) return tokens[at - 1]?.lower !== 'of';
  }
  return false;
}

/** "economist Teodor Vasko", "militia commander X": a lower-case noun for one person, or a title, right before the name. */
export function isIntroducedAsPerson(tokens: Token[], start: number): boolean {
  const noun = tokens[start - 1];
  return Boolean(noun && !noun.capitalized && !noun.punct && !noun.possessive && (PERSON_NOUNS.has(noun.lower) || titleRelation(noun.lower)));
}
