// Clause shapes read off tokens: quotation marks that open or close, ", he said," tags, ", which … ," clauses and
// bracketed acronyms, which the subject and object rules look past.
import type { Token } from './tokens.ts';
import { SPEECH_VERBS } from './lexicon/reportingVerbs.ts';
import { WEEKDAYS } from './dates.ts';

/** Verbs of saying: the clause after them has its own subject. */
export const SAYING = new Set(['said', 'says', 'say', 'saying', 'told', 'claimed', 'claims', 'announced', 'added', 'stated', 'warned', 'insisted', 'reported']);

/** Words after a comma that open a clause with a subject of its own (", while X …", ", but X …"). */
export const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['while', 'whereas', 'but']);

export const QUOTE_MARKS = new Set(['“', '”', '"']);

/** True when the quotation marks among the tokens open and close in pairs. */
export function balancedQuotes(tokens: Token[]): boolean {
  let open = false;
  for (const token of tokens) {
    if (token.text === '“' || (token.text === '"' && !open)) open = true;
    else if (token.text === '”' || token.text === '"') open = false;
  }
  return !open;
}

/** True when the quotation mark at `at` closes a quote opened a few words before it. */
export function closesQuoteAt(tokens: Token[], at: number): boolean {
  if (tokens[at]?.text === '”') return true;
  if (tokens[at]?.text !== '"') return false;
  const before = tokens.slice(Math.max(0, at - 6), at).filter((token) => token.text === '"').length;
  return before % 2 === 1;
}

/** True when the only quotation mark among the tokens opens a quote. */
export function opensOnly(tokens: Token[]): boolean {
  const marks = tokens.filter((token) => QUOTE_MARKS.has(token.text));
  return marks.length === 1 && marks[0].text !== '”';
}

/** Tokens with any "(ACRONYM)" taken out. */
export function withoutAcronyms(tokens: Token[]): Token[] {
  return tokens.filter((token, k) => !(token.text === '(' && tokens[k + 2]?.text === ')' && /^\p{Lu}{2,}$/u.test(tokens[k + 1]?.text ?? '')) && !(token.text === ')' && tokens[k - 2]?.text === '(') && !(/^\p{Lu}{2,}$/u.test(token.text) && tokens[k - 1]?.text === '(' && tokens[k + 1]?.text === ')'));
}

/** Where ", he said," or ", officials told reporters," stands: [opening comma, closing comma] pairs. */
export function speechTags(tokens: Token[]): [number, number][] {
  const tags: [number, number][] = [];
  tokens.forEach((token, open) => {
    if (token.text !== ',') return;
    const close = tokens.findIndex((other, k) => k > open && k <= open + 6 && other.text === ',');
    const inside = tokens.slice(open + 1, close);
    if (close > 0 && inside.length >= 2 && SAYING.has(inside[inside.length - 1].lower) && !inside.slice(0, -1).some((word) => word.punct || SAYING.has(word.lower))) tags.push([open, close]);
  });
  return tags;
}

/** Tokens with any ", he said," taken out, commas and all. */
export function withoutSpeechTags(tokens: Token[]): Token[] {
  const [tag] = speechTags(tokens);
  return tag ? [...tokens.slice(0, tag[0]), ...withoutSpeechTags(tokens.slice(tag[1] + 1))] : tokens;
}

/** Tokens with any ", which/who … ," clause taken out, commas and all. */
export function withoutRelativeClauses(tokens: Token[]): Token[] {
  const open = tokens.findIndex((token, k) => token.text === ',' && /^(which|who)$/.test(tokens[k + 1]?.lower ?? ''));
  if (open < 0) return tokens;
  const close = tokens.findIndex((token, k) => k > open + 1 && token.text === ',');
  return close < 0 ? tokens : [...tokens.slice(0, open), ...withoutRelativeClauses(tokens.slice(close + 1))];
}

/**
 * The index of a verb of saying right before `at`, past an optional "that" and an "on Monday" before it ("said it had",
 * "said that its …", "said on Monday that its …"); undefined when there is none.
 */
export function sayingVerbBefore(tokens: Token[], at: number): number | undefined {
  let verb = tokens[at - 1]?.lower === 'that' ? at - 2 : at - 1;
  const weekday = tokens[verb];
  if (tokens[verb + 1]?.lower === 'that' && weekday?.capitalized && WEEKDAYS.includes(weekday.lower) && tokens[verb - 1]?.lower === 'on') verb -= 2;
  return SPEECH_VERBS.has(tokens[verb]?.lower ?? '') ? verb : undefined;
}

/** Auxiliaries and adverbs that may stand between a subject and its verb ("Brazil has openly criticised the rule"). */
const AUXILIARY_AFTER_SUBJECT = /^(has|have|had|did|does|do|would|will)$/;
const ADVERB_AFTER_SUBJECT = /^(also|already|since|quickly|swiftly|openly|strongly|sharply|publicly)$/;

/** Where the verb of a subject that ends at `at` stands: past one auxiliary, then one adverb. */
export function verbAfterSubject(tokens: Token[], at: number): number {
  if (AUXILIARY_AFTER_SUBJECT.test(tokens[at]?.lower ?? '')) at++;
  if (ADVERB_AFTER_SUBJECT.test(tokens[at]?.lower ?? '')) at++;
  return at;
}
