// Where the posting of a capitalised envoy's title ends: "Ambassador to Chile Luis Pardo" names Chile, then the envoy.
import { countryByCapital, countryByName, isLargeCity } from './gazetteer.ts';
import { joinTokens, type Token } from './tokens.ts';
import { ORGANIZATION_HEADS } from './lexicon/headWords.ts';
import { POSTED_OFFICES } from './lexicon/titles.ts';

/** The longest a posting's name runs, in words ("the United Nations", "Papua New Guinea"). */
const MAX_POSTING_WORDS = 4;

/**
 * After "Ambassador to" or "Envoy in", where the chunk opening at `start` stops being the posting: past a state, a
 * capital, a large city or an organisation ("the United Nations"), when a name of two words or more follows at once.
 */
export function postingEnd(tokens: Token[], start: number): number | undefined {
  // ("Ambassador to the United Nations Jorge Salas": the chunk may open after "the".)
  const at = tokens[start - 1]?.lower === 'the' ? start - 1 : start;
  const office = tokens[at - 2];
  if (!office || !/^(to|in)$/.test(tokens[at - 1]?.lower ?? '') || !POSTED_OFFICES.test(office.lower)) return undefined;
  const from = tokens[start].lower === 'the' ? start + 1 : start;
  for (let k = Math.min(tokens.length - 2, from + MAX_POSTING_WORDS); k > from; k--) {
    const part = tokens.slice(from, k);
    if (part.some((token) => token.punct || !token.capitalized)) continue;
    const text = joinTokens(part);
    const posting = countryByName(text) || countryByCapital(text) || isLargeCity(text) || (part.length > 1 && ORGANIZATION_HEADS.has(part.at(-1)!.lower));
    const nameFollows = [k, k + 1].every((n) => tokens[n].capitalized && !tokens[n].punct);
    if (posting && nameFollows) return k;
  }
  return undefined;
}
