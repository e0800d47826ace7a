// A verb after a landmark's name and kind ("whose Kariva lake depends on the rains"): the phrase names the landmark.
import type { Token } from './tokens.ts';
import { PREPOSITIONS } from './lexicon/prepositions.ts';
import { LANDMARK_WORDS } from './lexicon/headWords.ts';

/**
 * True when the word at `at`, after a landmark word, is a verb: a finite one ending in -s or -ed followed by a
 * preposition or an article ("depends on", "supplies the"), or a form of "be" or "have".
 */
export function isVerbAfterLandmark(tokens: Token[], at: number): boolean {
  const [site, verb, next] = [tokens[at - 1], tokens[at], tokens[at + 1]];
  if (!site || !verb || !next || !LANDMARK_WORDS.has(site.lower) || verb.capitalized || verb.punct) return false;
  if (/^(is|was|has|had|remains|lies)$/.test(verb.lower)) return true;
  return /\p{Ll}{2,}(s|ed)$/u.test(verb.lower) && !/ss$/.test(verb.lower) && (PREPOSITIONS.has(next.lower) || /^(the|a|an|its|their)$/.test(next.lower));
}
