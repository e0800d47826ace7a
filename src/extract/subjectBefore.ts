// The subject of a verb that relations.ts does not read ("The World Bank welcomed the deal"): the actor named
// last before it, a few words away at most, or before an apposition set off by commas.
import type { SentenceMentions } from './mentions.ts';
import type { ArticleEntities } from './entities.ts';
import type { Token } from './tokens.ts';

const ACTOR_KINDS = new Set(['Person', 'Government', 'Organization']);
/** How far before the verb its subject may stand ("the bank's president, Ana Ruiz, welcomed"). */
const SUBJECT_WINDOW = 4;
/** How long an apposition between the subject and its verb may be ("X, an Egyptian environmental group, criticised"). */
const APPOSITION_WINDOW = 8;
/** How long ", quoted by …," may be ("X, quoted by the state news agency Y, said"). */
const QUOTING_WINDOW = 12;
/** How long a relative clause between a subject and its verb may be ("X, who has broken publicly with Y, criticised"). */
const RELATIVE_WINDOW = 14;

/** The actor named last before the verb, close to it. */
export function subjectBefore(mentions: SentenceMentions['mentions'], resolved: ArticleEntities, verb: number, tokens?: Token[]): string | undefined {
  // "Nile Watch, an environmental group, criticised …": the name before the apposition, not a state inside it.
  const opening = tokens ? appositionOpening(tokens, verb) : undefined;
  const end = opening ?? verb;
  const before = mentions.filter((mention) => mention.end <= end && mention.end >= end - SUBJECT_WINDOW && !mention.possessive && !(opening !== undefined && mention.modifier)).sort((a, b) => b.end - a.end);
  for (const mention of before) {
    const key = resolved.entityOf.get(mention);
    const kind = key ? resolved.entities.get(key)?.kind : undefined;
    if (key && kind && ACTOR_KINDS.has(kind)) return key;
  }
  return undefined;
}

/**
 * The comma that opens ", a/an … ," closed right before the verb; or ", quoted by … ," ("X, quoted by the agency Y,
 * said …"), whose agency only carries the words.
 */
function appositionOpening(tokens: Token[], verb: number): number | undefined {
  return openingComma(tokens, verb, APPOSITION_WINDOW, /^(a|an)$/) ?? openingComma(tokens, verb, QUOTING_WINDOW, /^(quoted|cited)$/);
}

/** The comma that opens ", who/which/whose … ," closed right before the verb (past apostrophes inside it). */
export function relativeOpening(tokens: Token[], verb: number): number | undefined {
  return openingComma(tokens, verb, RELATIVE_WINDOW, /^(who|which|whose)$/, /^['’]$/);
}

/**
 * The comma within `window` words before a comma closing at the verb, when `opener` follows it; no other punctuation
 * between but what `passes`.
 */
function openingComma(tokens: Token[], verb: number, window: number, opener: RegExp, passes?: RegExp): number | undefined {
  if (tokens[verb - 1]?.text !== ',') return undefined;
  for (let i = verb - 2; i > 0 && verb - i <= window; i--) {
    if (tokens[i].text === ',') return opener.test(tokens[i + 1]?.lower ?? '') ? i : undefined;
    if (tokens[i].punct && !passes?.test(tokens[i].text)) return undefined;
  }
  return undefined;
}
