// Keys and display names that make two spellings of one treaty, body, organisation or place one entity
// ("Foreign Ministry" = "Ministry of Foreign Affairs", "Kursk region" = "Kursk Oblast", "pact" = "treaty").
import { countryByDemonym, countryByName, lookupKey } from './gazetteer.ts';
import { cachedByText } from './textCache.ts';
import { GOVERNMENT_BODY_HEADS, PLACE_SUFFIXES } from './lexicon/headWords.ts';

/** "U.N. Security Council resolutions" and "Security Council resolutions" are one; "pact" and "treaty" are one. */
export const treatyKey = cachedByText((text: string): string =>
  lookupKey(expandUnitedNations(text))
    .replace(/\bdefence\b/g, 'defense')
    .replace(/\b(pact|accord|agreement)\b/g, 'treaty')
    .replace(/^the /, '')
    .replace(/^united nations /, 'un ')
    .replace(/^security council /, 'un security council '),
);

export function treatyName(text: string): string {
  const expanded = expandUnitedNations(text);
  if (/^\p{Ll}/u.test(expanded)) return expanded.replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase()).replace(/\b(Of|And|The|For|On)\b/g, (word) => word.toLowerCase());
  return expanded;
}

export function expandUnitedNations(text: string): string {
  return text.replace(/^(?:U\.N\.|UN)(?=\s|$)/, 'UN');
}

export function organizationKey(text: string): string {
  return lookupKey(expandUnitedNations(text)).replace(/^united nations /, 'un ').replace(/^(?!un )(security council)$/, 'un $1');
}

/** "Foreign Ministry" = "Ministry of Foreign Affairs" = "foreign ministry": head word, then domain words. */
export const bodyKey = cachedByText((name: string): string => {
  let words = lookupKey(name)
    .replace(/\bdefence\b/g, 'defense')
    .replace(/\b(military|army)\b/g, 'armed forces')
    .replace(/\b(self-)?defen[cs]e forces\b/g, 'armed forces')
    .replace(/'s\b/g, '')
    .split(/[\s-]+/)
    .filter((word) => !['of', 'the', 'for', 'and', 'national', 'affairs', 'on', 'state-run', 'ruling'].includes(word));
  // The state in front is not part of the body's name: "North Korean military" = "North Korea's armed forces".
  for (let length = Math.min(3, words.length - 1); length >= 1; length--) {
    const prefix = words.slice(0, length).join(' ');
    if (countryByName(prefix) || countryByDemonym(prefix)) {
      words = words.slice(length);
      break;
    }
  }
  const headIndex = words.findIndex((word) => GOVERNMENT_BODY_HEADS.has(word));
  if (headIndex < 0) return words.join(' ');
  const head = words[headIndex];
  const domain = [...words.slice(0, headIndex), ...words.slice(headIndex + 1)].sort();
  return [head, ...domain].join(' ');
});

/** Display name of a body: the formal "Ministry of X" order when written in lower case ("unification ministry"). */
export function bodyName(name: string): string {
  if (/^\p{Lu}/u.test(name)) return name;
  const match = /^([\p{L} ]+) (ministry|department)$/u.exec(name);
  if (match) return `Ministry of ${capitalise(match[1])}`.replace('Ministry of Foreign', 'Ministry of Foreign Affairs');
  return capitalise(name);
}

function capitalise(text: string): string {
  return text.replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase());
}

/** "Kursk region", "Kursk Oblast" and "Kursk area" are one place; so are "Zvečan" and "Zvecan" (lookupKey drops accents). */
export const placeKey = cachedByText((text: string): string => {
  const words = lookupKey(text).split(' ');
  const kept = words.filter((word, index) => index === 0 || !PLACE_SUFFIXES.has(word));
  return kept.join(' ');
});
