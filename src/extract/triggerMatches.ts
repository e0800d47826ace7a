// Where the trigger lexicon matches a sentence: each trigger's pattern over the sentence's lower-case words, tried only
// on sentences that hold a word its pattern can start with.
import type { Token } from './tokens.ts';
import { RELATION_TRIGGERS, type RelationTrigger } from './lexicon/relationVerbs.ts';

export interface TriggerMatch {
  trigger: RelationTrigger;
  /** Token range [begin, end) of the match. */
  begin: number;
  end: number;
}

const COMPILED = RELATION_TRIGGERS.map((trigger) => ({ trigger, regex: new RegExp(`(?:^| )${trigger.pattern}(?= |$)`, 'g'), prefixes: firstWordPrefixes(trigger.pattern) }));
/** Triggers by the first three letters their first word can start with; the rest are tried on every sentence. */
const BY_PREFIX = new Map<string, number[]>();
const ALWAYS: number[] = [];
COMPILED.forEach(({ prefixes }, index) => {
  if (!prefixes) ALWAYS.push(index);
  for (const prefix of prefixes ?? []) {
    const key = prefix.slice(0, 3);
    if (!BY_PREFIX.has(key)) BY_PREFIX.set(key, []);
    if (!BY_PREFIX.get(key)!.includes(index)) BY_PREFIX.get(key)!.push(index);
  }
});

/**
 * The literal beginnings of the words a pattern can start with ("criticise[ds]?" → "criticise"), read off its
 * leading group of alternatives; undefined when the pattern does not start that way (then it is always tried).
 */
export function firstWordPrefixes(pattern: string): string[] | undefined {
  // A lookbehind at the start ("(?<!truce )pact …") matches no word of its own: the words are those after it.
  if (/^\(\?<[!=]/.test(pattern)) {
    const close = closingParen(pattern);
    return close < 0 ? undefined : firstWordPrefixes(pattern.slice(close + 1));
  }
  // A pattern that opens with a plain word ("joint (\\S+ ){0,2}commission …") starts with that word.
  if (!pattern.startsWith('(')) {
    if (hasTopLevelAlternative(pattern)) return undefined;
    const word = /^[a-z'-]*/.exec(pattern)![0];
    // (A quantifier after the word makes its last letter optional: "treaty?".)
    const prefix = /^[?*{]/.test(pattern.slice(word.length)) ? word.slice(0, -1) : word;
    return prefix.length >= 3 ? [prefix] : undefined;
  }
  let depth = 0;
  let end = -1;
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '(') depth++;
    else if (pattern[i] === ')' && --depth === 0) {
      end = i;
      break;
    }
  }
  if (end < 0 || pattern[end + 1] === '?' || pattern[end + 1] === '*') return undefined;
  const alternatives: string[] = [];
  let current = '';
  depth = 0;
  for (const char of pattern.slice(1, end)) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === '|' && depth === 0) {
      alternatives.push(current);
      current = '';
    } else current += char;
  }
  alternatives.push(current);
  const prefixes = alternatives.map((alternative) => /^[a-z'-]*/.exec(alternative.split(' ')[0])![0]);
  return prefixes.every((prefix) => prefix.length >= 3) ? prefixes : undefined;
}

/** The index of the parenthesis that closes the one `pattern` opens with; -1 when it never closes. */
function closingParen(pattern: string): number {
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === '(') depth++;
    else if (pattern[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** True when `pattern` has a "|" outside every group (then its first word is not one word). */
function hasTopLevelAlternative(pattern: string): boolean {
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === '(') depth++;
    else if (pattern[i] === ')') depth--;
    else if (pattern[i] === '|' && depth === 0) return true;
  }
  return false;
}

function candidateTriggers(tokens: Token[]): number[] {
  const found = new Set<number>(ALWAYS);
  for (const token of tokens) {
    for (const index of BY_PREFIX.get(token.lower.slice(0, 3)) ?? []) {
      if (COMPILED[index].prefixes!.some((prefix) => token.lower.startsWith(prefix))) found.add(index);
    }
  }
  return [...found].sort((a, b) => a - b);
}

/** Every match of every trigger in a sentence, in lexicon order. */
export function triggerMatches(tokens: Token[]): TriggerMatch[] {
  const candidates = candidateTriggers(tokens);
  if (!candidates.length) return [];
  const { text, offsets } = joinWithOffsets(tokens.map((token) => token.lower));
  const matches: TriggerMatch[] = [];
  for (const { trigger, regex } of candidates.map((index) => COMPILED[index])) {
    regex.lastIndex = 0;
    for (const match of text.matchAll(regex)) {
      const begin = tokenAt(offsets, match.index + (match[0].startsWith(' ') ? 1 : 0));
      const end = tokenAt(offsets, match.index + match[0].length - 1) + 1;
      matches.push({ trigger, begin, end });
    }
  }
  return matches;
}

function joinWithOffsets(words: string[]): { text: string; offsets: number[] } {
  const offsets: number[] = [];
  let text = '';
  for (const word of words) {
    if (text) text += ' ';
    offsets.push(text.length);
    text += word;
  }
  return { text, offsets };
}

function tokenAt(offsets: number[], position: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (offsets[middle] <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}
