// Spellings of one place an article mixes: transliterations that differ in their vowels ("Sokhumi" and "Sukhumi",
// "Oecusse" and "Oecussi"), and a name written joined or apart ("Gashuunsukhait", "Gashuun Sukhait").
import { lookupKey } from './gazetteer.ts';
import { PLACE_SUFFIXES } from './lexicon/headWords.ts';
import { cachedByText } from './textCache.ts';

/**
 * Trailing words that name the same place as the name alone: a group of islands' ("the Varo Archipelago", "the Varo
 * islands") and a sea's ("the Baltic"). (Not "city" nor "town": "Gaza City" is not all of Gaza, nor "Ondo town" the
 * state of Ondo.)
 */
const SAME_PLACE_WORDS: ReadonlySet<string> = new Set(['archipelago', 'islands', 'isles', 'sea']);

/**
 * The letters of a place's name without spaces, hyphens, accents (lookupKey drops them) or a trailing area word; cached,
 * as an article's places are compared pairwise.
 */
const compactName = cachedByText((name: string): string => {
  const words = lookupKey(name).split(/[\s-]+/);
  while (words.length > 1 && (PLACE_SUFFIXES.has(words.at(-1)!) || SAME_PLACE_WORDS.has(words.at(-1)!))) words.pop();
  return words.join('').replace(/[^a-z]/g, '');
});

/** The consonants of a name in order, doubled ones once: what transliterations of one name share. */
function consonants(compact: string): string {
  return compact.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

/** True when two place names are spellings of one name. */
export function isSamePlaceSpelling(a: string, b: string): boolean {
  const [x, y] = [compactName(a), compactName(b)];
  if (x === y) return true;
  if (x.length < 5 || y.length < 5 || x[0] !== y[0] || Math.abs(x.length - y.length) > 1) return false;
  // ("Oecusse", "Oecussi": one vowel for another.)
  const vowelSwap = x.length === y.length && [...x].filter((letter, at) => letter !== y[at]).length === 1 && [...x].every((letter, at) => letter === y[at] || (/[aeiouy]/.test(letter) && /[aeiouy]/.test(y[at]!)));
  const [cx, cy] = [consonants(x), consonants(y)];
  return vowelSwap || (cx.length >= 3 && cx === cy);
}
