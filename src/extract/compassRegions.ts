// "western Ukraine", "south Lebanon", "the central Mediterranean": a lower-case position word before a state or a
// world region names a region — a place within it, not the state acting.
import type { Mention } from './mentions.ts';
import { countryByName, isWorldRegion } from './gazetteer.ts';
import { placeKey } from './mentionKeys.ts';
import { COMPASS_ADJECTIVES } from './lexicon/headWords.ts';
import { joinTokens, type Token } from './tokens.ts';

const POSITION_WORDS: ReadonlySet<string> = new Set([...COMPASS_ADJECTIVES, 'north', 'south', 'east', 'west']);

/**
 * The region at `index` (a position word) whose name runs to `nameEnd`, and the state it lies in; undefined when the
 * word is capitalised (it opens a name of its own: "South Africa") or no state or world region follows.
 */
export function compassRegion(sentence: number, tokens: Token[], index: number, nameEnd: number): Mention[] | undefined {
  const word = tokens[index];
  if (word.capitalized || !POSITION_WORDS.has(word.lower) || nameEnd <= index + 1) return undefined;
  const nameText = joinTokens(tokens.slice(index + 1, nameEnd)).replace(/'$/, '');
  const country = countryByName(nameText);
  if (!country && !isWorldRegion(nameText)) return undefined;
  const text = joinTokens(tokens.slice(index, nameEnd)).replace(/'$/, '');
  const possessive = tokens[nameEnd - 1].possessive;
  const region: Mention = { sentence, start: index, end: nameEnd, text, form: 'name', kind: 'Place', key: `place:${placeKey(text)}`, name: text, possessive };
  if (!country) return [region];
  // (The state is named, as a modifier; "western Ukraine is in Ukraine" goes without saying, so no LOCATED_IN.)
  const state: Mention = { sentence, start: index + 1, end: nameEnd, text: nameText, form: 'name', kind: 'Government', key: `state:${country.code}`, name: country.name, state: country.code, possessive, modifier: true };
  return [state, region];
}

/** True for a world region or a position word before one, capitalised or not ("Central Africa", "West Asia"). */
export function isWorldRegionName(name: string): boolean {
  const words = name.split(/\s+/);
  return isWorldRegion(name) || (words.length > 1 && POSITION_WORDS.has(words[0].toLowerCase()) && isWorldRegion(words.slice(1).join(' ')));
}
