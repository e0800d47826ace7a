// What a name says of itself: "Chevron said it would suspend drilling", "Hamas said its fighters had withdrawn" — a body
// that the text refers back to as "it" or "its", no person (who would be "he" or "she").
import type { Token } from './tokens.ts';

/** Auxiliaries after which "it" acts ("it would", "it had"). */
const AUXILIARIES = new Set(['would', 'will', 'had', 'has', 'could', 'can', 'did', 'does', 'might', 'may', 'must', 'should', 'plans', 'planned', 'intends', 'intended']);

/** Verbs an empty "it" takes ("he said it would be hard", "it would take weeks", "it had become clear"). */
const EMPTY_SUBJECT_VERBS = new Set(['be', 'been', 'take', 'takes', 'took', 'seem', 'seemed', 'appear', 'appeared', 'become', 'became', 'depend', 'remain', 'remained', 'matter', 'mattered', 'make', 'made', 'mean', 'meant', 'help', 'cost', 'happen', 'happened', 'come', 'get', 'go', 'gone', 'to']);

/**
 * Whether what is said from `speech` (the speech verb's index) opens with "its" or with an "it" that acts ("it would
 * suspend", "it had handed over", "it would not comment"), not the empty "it" of "it would be hard".
 */
export function refersToItself(tokens: Token[], speech: number): boolean {
  let at = speech + 1;
  if (tokens[at]?.lower === 'that') at++;
  if (tokens[at]?.lower === 'its') return true;
  if (tokens[at]?.lower !== 'it' || !AUXILIARIES.has(tokens[at + 1]?.lower ?? '')) return false;
  let verb = at + 2;
  if (tokens[verb]?.lower === 'not' || tokens[verb]?.lower === 'also') verb++;
  const word = tokens[verb];
  return Boolean(word && !word.punct && !word.capitalized && /^[a-z]+$/.test(word.lower) && !EMPTY_SUBJECT_VERBS.has(word.lower) && !AUXILIARIES.has(word.lower));
}
