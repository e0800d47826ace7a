// "Deputy Minister of Energy and Mines Kham Vorn", "Minister of Foreign Affairs Ilo Varra": a capitalised portfolio
// after a title runs straight into the holder's name; the name is the last two or three plain words.
import type { Token } from './tokens.ts';
import { titleRelation } from './lexicon/titles.ts';
import type { TitleRelation } from './lexicon/titles.ts';
import { countryByName, isKnownStateWord } from './gazetteer.ts';
import { GOVERNMENT_BODY_HEADS, NON_PERSON_WORDS, ORGANIZATION_HEADS, PLACE_HEADS } from './lexicon/headWords.ts';

/** Endings of the common nouns portfolios are made of ("Mines", "Fisheries", "Education", "Environment", "Energy"). */
const PORTFOLIO_ENDING = /(s|ion|ment|ure|ity|ics|ry|gy|ce)$/;

/** A lower-case word that names a kind of thing, no person: a non-person word or a head word of a place, an organisation or a body. */
export function isCommonNameWord(word: string): boolean {
  return NON_PERSON_WORDS.has(word) || ORGANIZATION_HEADS.has(word) || GOVERNMENT_BODY_HEADS.has(word) || PLACE_HEADS.has(word);
}

/** The title before the portfolio that opens at `start` after "of", "for" or "and" ("Minister of … and"), or undefined. */
function titleBeforePortfolio(tokens: Token[], start: number): number | undefined {
  let connector = start - 1;
  if (tokens[connector]?.lower === 'and') {
    let at = connector - 1;
    while (at > 0 && tokens[at].capitalized && !tokens[at].punct && connector - at <= 3) at--;
    if (at >= connector - 1) return undefined;
    connector = at;
  }
  if (!/^(of|for)$/.test(tokens[connector]?.lower ?? '')) return undefined;
  const title = tokens[connector - 1];
  return title?.capitalized && titleRelation(title.lower) ? connector - 1 : undefined;
}

/**
 * Where the holder's name starts in a chunk [start, end) that opens with a portfolio after a title, with the title;
 * undefined unless one to three portfolio words are followed by a name of two or three plain capitalised words.
 */
export function nameAfterPortfolio(tokens: Token[], chunkStart: number, end: number): { start: number; title: string; relation: TitleRelation } | undefined {
  // (The title may open the chunk: "Minister of Foreign Affairs Ilo Varra" is one run of capitalised words.)
  let start = chunkStart;
  for (let k = chunkStart + 1; k < end - 2 && titleBeforePortfolio(tokens, start) === undefined; k++) if (/^(of|for)$/.test(tokens[k].lower)) start = k + 1;
  const title = titleBeforePortfolio(tokens, start);
  if (title === undefined) return undefined;
  let at = start + 1;
  const portfolioWord = (word: Token) => isCommonNameWord(word.lower) || PORTFOLIO_ENDING.test(word.lower) || word.lower === 'and';
  while (at < end - 2 && at - start < 4 && portfolioWord(tokens[at])) at++;
  const name = tokens.slice(at, end);
  if (name.length < 2 || name.length > 3 || !name.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word.text) && !isCommonNameWord(word.lower) && !titleRelation(word.lower))) return undefined;
  // (The portfolio's words are common nouns: "Energy", not a first name.)
  // ("President of Mauritius Ilo Varra": nor a state's name.)
  // ("Water and Forests": a first word joined to a second by "and" is a portfolio's whatever its ending.)
  const joined = (index: number) => index === start && tokens[start + 1]?.lower === 'and';
  if (!tokens.slice(start, at).every((word, index) => (portfolioWord(word) || joined(start + index)) && !countryByName(word.text) && !isKnownStateWord(word.text))) return undefined;
  const word = tokens[title].lower;
  return { start: at, title: word, relation: titleRelation(word)! };
}
