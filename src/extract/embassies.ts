// An embassy or consulate is named with the city it is in ("the Finnish Embassy in Tallinn"): a state has one in
// many capitals, and news names the one that spoke by its city.
import { joinTokens, type Token } from './tokens.ts';

const MISSION_HEADS = /\b(embassy|consulate|consulate-general)$/i;

/** The city after "in" that an embassy mention ending at `end` is in, as a token range, or undefined. */
export function embassyCity(tokens: Token[], name: string, end: number): { start: number; end: number; text: string } | undefined {
  if (!MISSION_HEADS.test(name) || tokens[end]?.lower !== 'in' || tokens[end - 1]?.possessive) return undefined;
  const start = end + 1;
  let cityEnd = start;
  // "in New Delhi", "in Addis Ababa": up to three capitalised words, none of them possessive.
  while (cityEnd < start + 3 && tokens[cityEnd]?.capitalized && !tokens[cityEnd].punct && /^\p{Lu}\p{Ll}/u.test(tokens[cityEnd].text)) {
    cityEnd++;
    if (tokens[cityEnd - 1].possessive) return undefined;
  }
  if (cityEnd === start) return undefined;
  return { start, end: cityEnd, text: joinTokens(tokens.slice(start, cityEnd)) };
}
