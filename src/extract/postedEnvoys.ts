// Envoys named with their posting ("U.S. Ambassador to the Philippines Mark Ellison", "Ambassador to Chile Luis Pardo"):
// the posting is a name of its own, the envoy's another; the title is the person's, and whose envoy the person is the
// body named before the title says.
import type { Mention } from './mentions.ts';
import { countryByCapital, countryByName, isLargeCity } from './gazetteer.ts';
import { joinTokens, type Token } from './tokens.ts';
import { ORGANIZATION_HEADS } from './lexicon/headWords.ts';
import { POSTED_OFFICES, titleRelation } from './lexicon/titles.ts';

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

/** Gives a person named right after "<owner> <envoy's title> to [the] <state>" that title, held for the owner. */
export function titleEnvoysPastPostings(tokens: Token[], mentions: Mention[]): void {
  for (const person of mentions) {
    if (person.kind !== 'Person' || person.form !== 'name' || person.title) continue;
    const posting = mentions.find((mention) => mention.end === person.start && mention.key.startsWith('state:') && !mention.possessive);
    if (!posting) continue;
    const to = tokens[posting.start - 1]?.lower === 'the' ? posting.start - 2 : posting.start - 1;
    if (tokens[to]?.lower !== 'to') continue;
    const title = envoyTitleEndingAt(tokens, mentions, to);
    if (!title) continue;
    const owner = mentions.find((mention) => mention.end === title.start && mention.form === 'name' && (mention.kind === 'Government' || mention.kind === 'Organization'));
    person.title = { title: title.title, relation: title.relation, ...(owner ? { of: owner } : {}) };
  }
}

/** The envoy's title (up to three words, any case) that ends right before `end` ("Ambassador", "special envoy"). */
function envoyTitleEndingAt(tokens: Token[], mentions: Mention[], end: number) {
  for (let length = 3; length >= 1; length--) {
    const start = end - length;
    if (start < 0 || tokens.slice(start, end).some((token) => token.punct)) continue;
    // ("U.S. Ambassador": the owner's name is no word of the title.)
    if (mentions.some((mention) => mention.form === 'name' && mention.start <= start && mention.end > start)) continue;
    const title = tokens.slice(start, end).map((token) => token.lower).join(' ');
    const relation = titleRelation(title);
    if (relation && POSTED_OFFICES.test(title)) return { start, title, relation };
  }
  return undefined;
}
