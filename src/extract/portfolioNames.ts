// "Deputy Minister of Energy and Mines Kham Vorn", "Minister of Foreign Affairs Ilo Varra": a capitalised portfolio
// after a title runs straight into the holder's name; the name is the last two or three plain words.
import type { Token } from './tokens.ts';
import { isPortfolioWord, titleRelation } from './lexicon/titles.ts';
import type { TitleRelation } from './lexicon/titles.ts';
import { countryByName, isKnownStateWord, isWorldRegion } from './gazetteer.ts';
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
  // ("Minister of State for Defence": a junior minister's title runs on over "of State".)
  if (tokens[connector - 1]?.text === 'State' && tokens[connector - 2]?.lower === 'of') connector -= 2;
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
  // ("Minister of State for Defence": "of" or "for" may join two portfolio words.)
  const portfolioWord = (index: number) => {
    const word = tokens[index]!;
    return isCommonNameWord(word.lower) || isPortfolioWord(word.lower) || PORTFOLIO_ENDING.test(word.lower) || word.lower === 'and' || (/^(of|for)$/.test(word.lower) && index > start && isPortfolioWord(tokens[index + 1]?.lower ?? ''));
  };
  while (at < end - 2 && at - start < 4 && portfolioWord(at)) at++;
  if (!isHolderName(tokens.slice(at, end))) return undefined;
  // (The portfolio's words are common nouns: "Energy", not a first name.)
  // ("President of Mauritius Ilo Varra": nor a state's name.)
  // ("Water and Forests": a first word joined to a second by "and" is a portfolio's whatever its ending.)
  const joined = (index: number) => index === start && tokens[start + 1]?.lower === 'and';
  if (!tokens.slice(start, at).every((word, index) => (portfolioWord(start + index) || joined(start + index)) && !countryByName(word.text) && !isKnownStateWord(word.text))) return undefined;
  const word = tokens[title].lower;
  return { start: at, title: word, relation: titleRelation(word)! };
}

/**
 * "President of Mauritius Ilo Varra", "special envoy for Sudan Tom Reed": a state named right after a title's "of" or
 * "for", then the holder's name of two or three plain capitalised words; where the state ends, and the title.
 */
export function nameAfterTitledState(tokens: Token[], start: number, end: number): { stateEnd: number; title: string; relation: TitleRelation; connector: 'of' | 'for' } | undefined {
  // ("special representative for the Sahel X": a region after "for the" is a brief as well.)
  const the = tokens[start - 1]?.lower === 'the' && tokens[start - 2]?.lower === 'for' ? 1 : 0;
  const connector = tokens[start - 1 - the]?.lower;
  const word = tokens[start - 2 - the]?.lower ?? '';
  const relation = titleRelation(word);
  if ((connector !== 'of' && connector !== 'for') || !relation) return undefined;
  for (let length = 1; length <= 3; length++) {
    const named = tokens.slice(start, start + length).map((token) => token.text).join(' ');
    // "senior advisor for Africa X": a world region after "for" is an envoy's brief, as a state is.
    const region = connector === 'for' && isWorldRegion(named);
    if ((the || !countryByName(named)) && !region) continue;
    if (!isHolderName(tokens.slice(start + length, end))) continue;
    return { stateEnd: start + length, title: word, relation, connector };
  }
  return undefined;
}

/** A holder's name after an office: two or three plain capitalised words, none a common noun or a title. */
function isHolderName(name: Token[]): boolean {
  return name.length >= 2 && name.length <= 3 && name.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word.text) && !isCommonNameWord(word.lower) && !titleRelation(word.lower));
}
