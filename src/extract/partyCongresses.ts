// Parties named "… Congress" ("the Trinamool Congress", "the Indian National Congress"): the words around show a party,
// which contests seats and has leaders and candidates, where a legislature has none of these.
import type { Mention } from './mentions.ts';
import type { Token } from './tokens.ts';

/** Words before a party's name that no legislature takes ("the ruling X Congress", "the opposition X Congress"). */
const PARTY_STANDINGS = new Set(['ruling', 'opposition', 'governing']);
/** Words after a party's name for its people or its kind ("Congress candidate", "the X Congress party"). */
const PARTY_PEOPLE = new Set(['party', 'candidate', 'candidates', 'leader', 'leaders', 'chief', 'president', 'workers', 'supporters', 'spokesperson', 'spokesman', 'spokeswoman', 'chairman', 'chairperson', 'nominee']);
/** Verbs of contesting an election before "seats" or "votes" ("won 29 seats", "lost two seats"). */
const CONTEST_VERBS = new Set(['won', 'wins', 'win', 'lost', 'secured', 'bagged', 'swept', 'took', 'retained', 'contested', 'contests']);

/** True when a mention of a "… Congress" is spoken of as a party: ruling or in opposition, with candidates, winning seats. */
export function isSpokenOfAsParty(tokens: Token[], mention: Mention): boolean {
  // ("the opposition Indian National Congress": the state's adjective opening the name is read apart from it.)
  let start = mention.start;
  while (start > 0 && tokens[start - 1].capitalized && !tokens[start - 1].punct) start--;
  if (PARTY_STANDINGS.has(tokens[start - 1]?.lower ?? '')) return true;
  const after = tokens[mention.end];
  if (after && !after.capitalized && PARTY_PEOPLE.has(after.lower)) return true;
  const next = tokens.slice(mention.end, mention.end + 6).map((token) => token.lower);
  const verb = next.findIndex((word) => CONTEST_VERBS.has(word));
  return verb >= 0 && next.slice(verb + 1).some((word) => word === 'seats' || word === 'votes');
}
