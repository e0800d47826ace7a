// What may stand between a verb and its object: a quoted cause of someone's ("backed “every measure X takes”"), the
// plural noun a list of names stands for ("two generals, X and Y"), titles before a name, a time after it.
import type { EntityKind } from '../../graph/model.ts';
import type { Mention } from './mentions.ts';
import type { Token } from './tokens.ts';
import { titleRelation } from './lexicon/titles.ts';

/** What one backs that belongs to someone ("every measure", "the sovereignty and territorial integrity", "the right"). */
const BACKED_CAUSES = new Set(['sovereignty', 'integrity', 'independence', 'right', 'rights', 'efforts', 'measure', 'measures', 'security', 'unity', 'position', 'stance', 'steps', 'decision', 'demands', 'bid']);

/** True when the words at `at` open a cause of someone's ("every measure", "the territorial integrity"). */
export function isBackedCause(tokens: Token[], at: number): boolean {
  return tokens.slice(at, at + 4).some((token) => BACKED_CAUSES.has(token.lower)) && /^(the|every|all|any|its|their)$/.test(tokens[at]?.lower ?? '');
}

/** Plural nouns for people that a list of names may follow ("two generals, X and Y"). */
export const PEOPLE_NOUNS = /^(generals|officials|officers|commanders|ministers|leaders|executives|businessmen|individuals|people|men|women|members|activists|journalists|judges|lawmakers|politicians|diplomats)$/;

/** True when the words before a name are "<number or the> <…> <people noun>," ("two SSPDF generals,"). */
export function isNamedAfterNoun(between: Token[], mentions: Mention[], from: number, kind: EntityKind | undefined): boolean {
  if (kind !== 'Person' || between.length < 3 || between.at(-1)?.text !== ',' || !PEOPLE_NOUNS.test(between.at(-2)?.lower ?? '')) return false;
  if (!/^(the|two|three|four|five|six|several|\d+)$/.test(between[0].lower)) return false;
  // (Only words of the noun phrase between: no comma, verb or name but one that qualifies it, "SSPDF".)
  return between.slice(1, -2).every((token, k) => !token.punct && (!token.capitalized || mentions.some((other) => other.start <= from + 1 + k && from + 1 + k < other.end)));
}

/** True when the words before a person's name are "the <titles>," ("the Qatari prime minister and foreign minister,"). */
export function isTitleApposition(between: Token[], mentions: Mention[], from: number, kind: EntityKind | undefined): boolean {
  // (An honorific may stand between the comma and the name: ", Sheikh X".)
  const comma = between.findLastIndex((token) => token.text === ',');
  if (kind !== 'Person' || comma < 0 || between.length - comma > 3 || between.slice(comma + 1).some((token) => !token.capitalized) || !/^(the|his|her|its|their)$/.test(between[0]?.lower ?? '')) return false;
  // (A state that qualifies the title, "Qatari", is left out.)
  const words = between.slice(1, comma).filter((_, k) => !mentions.some((other) => other.modifier && other.start <= from + 1 + k && from + 1 + k < other.end));
  if (!words.length || words.some((word) => word.punct)) return false;
  return words.map((word) => word.lower).join(' ').split(' and ').every((title) => titleRelation(title) !== undefined);
}

/**
 * True when the words before a person's name are "the <title> of <body>," ("met the Secretary General of the OAS,
 * Albert Ramdin"): the person holding the office is named after a comma.
 */
export function isOfficeApposition(between: Token[], mentions: Mention[], from: number, kind: EntityKind | undefined): boolean {
  if (kind !== 'Person' || between.at(-1)?.text !== ',' || between[0]?.lower !== 'the') return false;
  const of = between.findIndex((token) => token.lower === 'of');
  if (of < 2 || titleRelation(between.slice(1, of).map((token) => token.lower).join(' ')) === undefined) return false;
  // (After "of", only one body's name, with its article: "of the OAS".)
  const owner = between[of + 1]?.lower === 'the' ? of + 2 : of + 1;
  const body = mentions.find((mention) => mention.start === from + owner);
  return Boolean(body) && body!.end === from + between.length - 1 && body!.kind !== 'Person';
}

/** Past "on Wednesday", "last week", "again" at `at`: where what follows an object's time adjunct starts. */
export function pastTimeAdjunct(tokens: Token[], at: number): number {
  if (tokens[at]?.lower === 'on' && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(tokens[at + 1]?.lower ?? '')) return at + 2;
  if (/^(last|this|next)$/.test(tokens[at]?.lower ?? '') && /^(week|month|year|weekend)$/.test(tokens[at + 1]?.lower ?? '')) return at + 2;
  if (/^(again|today|yesterday|also|repeatedly|formally|publicly)$/.test(tokens[at]?.lower ?? '')) return at + 1;
  return at;
}

/** How long an apposition after an object may be ("the CSTO, the Moscow-led bloc known as the CSTO,"). */
const APPOSITION_REACH = 14;

/** Past ", the/a … ," at `at`: where what follows an object's apposition starts (else `at`). */
export function pastApposition(tokens: Token[], at: number): number {
  if (tokens[at]?.text !== ',' || !/^(the|a|an|its|their)$/.test(tokens[at + 1]?.lower ?? '')) return at;
  for (let k = at + 2; k < tokens.length && k - at <= APPOSITION_REACH; k++) {
    if (tokens[k].text === ',') return k + 1;
    if (tokens[k].punct && tokens[k].text !== '-') return at;
  }
  return at;
}
