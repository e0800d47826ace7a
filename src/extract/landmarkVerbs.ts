// A verb after a landmark's name and kind ("whose Kariva lake depends on the rains"): the phrase names the landmark.
import type { Token } from './tokens.ts';
import { PREPOSITIONS } from './lexicon/prepositions.ts';

/** Site words for waters, works and landmarks, which no camp, town or person is spoken of with ("the Biden camp"). */
const LANDMARKS = new Set(['lake', 'dam', 'reservoir', 'canal', 'valley', 'bridge', 'temple', 'pagoda', 'shrine', 'mosque', 'monastery', 'oilfield', 'gasfield']);

/**
 * True when the word at `at`, after a landmark word, is a verb: a finite one ending in -s or -ed followed by a
 * preposition or an article ("depends on", "supplies the"), or a form of "be" or "have".
 */
export function isVerbAfterLandmark(tokens: Token[], at: number): boolean {
  const [site, verb, next] = [tokens[at - 1], tokens[at], tokens[at + 1]];
  if (!site || !verb || !next || !LANDMARKS.has(site.lower) || verb.capitalized || verb.punct) return false;
  if (/^(is|was|has|had|remains|lies)$/.test(verb.lower)) return true;
  return /\p{Ll}{2,}(s|ed)$/u.test(verb.lower) && !/ss$/.test(verb.lower) && (PREPOSITIONS.has(next.lower) || /^(the|a|an|its|their)$/.test(next.lower));
}
