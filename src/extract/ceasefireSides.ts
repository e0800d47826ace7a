// The parties of a ceasefire are the story's two warring sides, which the sentence naming the truce seldom repeats:
// the pair the story joins as "between X and Y" ("talks between the government and the rebels") or as the subject
// of agreeing ("X and Y agreed to a truce"). Likewise a treaty said to bind "the two governments" belongs to the
// story's two states. The two sides of a truce were fighting each other.
import type { LocalRelation } from '../types.ts';
import type { Mention, SentenceMentions } from './mentions.ts';
import type { ArticleEntities } from './entities.ts';
import { hasNoParties, isMediator } from './treaties.ts';
import { isNegation } from './lexicon/negations.ts';

const SIDE_KINDS = new Set(['Government', 'Organization']);
const CEASEFIRE = /\b(ceasefire|cease-fire|truce|armistice|cessation)\b/;
/** A truce over trade, tariffs or customs. */
const TRADE_TRUCE = /\b(trade|tariffs?|customs|commercial|economic)\b/;
/** Words that tie a treaty to the pair without naming it ("the declaration both sides signed"). */
const BOTH_SIDES = /\b(both sides|the two sides|both parties|the warring (sides|parties))\b/gi;
/** Words that tie a treaty to the story's two states ("binds both governments", "each country's ships"). */
const TWO_STATES = /\b((the two|both) (governments|countries|states|nations|ministers|leaders)|each (country|government|state)|the other side)\b/gi;
const AGREEING = /^(agreed|agree|signed|sign|reached|accepted)$/;
/** Words that may stand between "and" and the second side ("and the armed Liberation Front"). */
const MAX_GAP = 2;
/** Verbs of two sides fighting each other ("has been fighting", "clashed with"). */
const FIGHTING = /^(fight|fights|fought|fighting|battle|battled|battling|clash|clashed|clashing)$/;
/** How far the second side may stand past the first when a verb of fighting joins them ("have been fighting the"). */
const FIGHT_GAP = 5;

export function ceasefireParties(sentences: SentenceMentions[], sentenceText: (index: number) => string, resolved: ArticleEntities, parties: Map<string, string[]>, pair: [string, string] | undefined): LocalRelation[] {
  const twoStates = storyStates(resolved);
  let mediators: Set<string> | undefined;
  const isMediatorHere = (state: string) => (mediators ??= mediatorsAndHosts(sentences, resolved)).has(state);
  const found: LocalRelation[] = [];
  for (const treaty of resolved.entities.values()) {
    if (treaty.kind !== 'Treaty' || parties.has(treaty.key) || hasNoParties(treaty.key)) continue;
    const sentencesOf = [...treaty.sentences].sort((a, b) => a - b);
    // (The words for the pair must tie them to the text: not "are not party to it", nor "the dispute between the two countries".)
    const tied = (pattern: RegExp) => sentencesOf.some((index) => tiesPairToText(sentenceText(index), pattern, sentences[index].mentions.filter((mention) => resolved.entityOf.get(mention) === treaty.key)));
    const bothSides = tied(BOTH_SIDES);
    // "The pact binds both governments to …", "lets each country's ships …": a treaty of the story's two states.
    // "Under the accord the rebels hand over their guns and the government frees prisoners": a sentence naming both sides.
    const namesPair = !!pair && sentencesOf.some((index) => pair.every((side) => sentences[index].mentions.some((mention) => resolved.entityOf.get(mention) === side)));
    const sides = (CEASEFIRE.test(treaty.key) || bothSides || namesPair) && pair ? pair : (bothSides || tied(TWO_STATES)) && twoStates?.length === 2 ? twoStates.filter((state) => !isMediatorHere(state)) : undefined;
    for (const side of (sides ?? []).filter((side) => !isDeniedParty(sentences, resolved, side, treaty.key))) found.push({ kind: 'PARTY_TO', subject: side, object: treaty.key, sentence: sentencesOf[0] ?? 0, confidence: 0.5 });
    // Those who agree to stop fighting were fighting each other.
    // ("the Rumichaca Trade Truce": a truce in a trade war ends tariffs, not fighting.)
    if (pair && CEASEFIRE.test(treaty.key) && !TRADE_TRUCE.test(treaty.key)) {
      for (const [subject, object] of [pair, [pair[1], pair[0]]]) found.push({ kind: 'FIGHTS_AGAINST', subject, object, sentence: sentencesOf[0] ?? 0, confidence: 0.5 });
    }
  }
  return found;
}

/** The entities the article names as a mediator or host ("Qatari mediators", "hosted by Qatar"): none of "both sides". */
function mediatorsAndHosts(sentences: SentenceMentions[], resolved: ArticleEntities): Set<string> {
  const found = new Set<string>();
  for (const sentence of sentences) {
    for (const mention of sentence.mentions) {
      const key = resolved.entityOf.get(mention);
      if (key && isMediator(sentence, mention)) found.add(key);
    }
  }
  return found;
}

/** A negation of being bound, a few words on ("not party to", "does not bind", "have never signed", "neither has ratified"). */
const DENIED_BINDING = /\b(not|never|neither|nor|\w+n['’]t)\s+(\w+\s+){0,2}(a\s+)?(party|parties|bound|bind|binds|sign|signed|signatory|signatories|ratify|ratified|join|joined|accede|acceded)\b/i;

/** How far past a text a negation may deny that the pair is bound by it ("the accord does not bind them"). */
const DENIAL_AFTER = 24;

/**
 * Whether a sentence's words for the pair (`pattern`) are tied to the text it names: no negation between them or just
 * after the text ("the two countries are not party to it", "both sides say it does not bind them"), and not a pair
 * "between" whom something other than the text lies ("the dispute between the two countries predates the accord").
 */
function tiesPairToText(text: string, pattern: RegExp, treaties: Mention[]): boolean {
  // (`pattern` is global; matchAll reads a copy of it, so no state is left behind.)
  const named = treaties.map((treaty) => ({ treaty, start: text.indexOf(treaty.text) })).filter(({ start }) => start >= 0);
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0;
    for (const { treaty, start } of named) {
      const span = text.slice(Math.min(at, start), Math.max(at + match[0].length, start + treaty.text.length) + DENIAL_AFTER);
      if (DENIED_BINDING.test(span)) continue;
      const before = text.slice(0, at);
      if (/\bbetween\s+$/i.test(before) && !before.replace(/\s*between\s+$/i, '').endsWith(treaty.text)) continue;
      return true;
    }
  }
  return false;
}

/** How far before a treaty a side denied to be its party may stand ("Eritrea, which was not a party to the deal"). */
const DENIAL_REACH = 8;

/** Whether the article says `side` is no party to the treaty: a negation between a mention of it and the treaty's, just after. */
function isDeniedParty(sentences: SentenceMentions[], resolved: ArticleEntities, side: string, treaty: string): boolean {
  return sentences.some(({ tokens, mentions }) => mentions.some((named) => resolved.entityOf.get(named) === side && mentions.some((text) =>
    resolved.entityOf.get(text) === treaty && text.start > named.end && text.start - named.end <= DENIAL_REACH && tokens.slice(named.end, text.start).some((token) => isNegation(token.lower)))));
}

/** The pair of actors the story joins most often as "between X and Y" or "X and Y agreed". */
export function warringPair(sentences: SentenceMentions[], resolved: ArticleEntities): [string, string] | undefined {
  const counts = new Map<string, number>();
  for (const { tokens, mentions } of sentences) {
    const sideAt = (mention: Mention | undefined) => {
      const key = mention && resolved.entityOf.get(mention);
      return key && SIDE_KINDS.has(resolved.entities.get(key)?.kind ?? '') ? key : undefined;
    };
    for (const first of mentions) {
      if (first.possessive || tokens[first.end]?.lower !== 'and') continue;
      const second = mentions.find((other) => other.start > first.end && other.start <= first.end + 1 + MAX_GAP && tokens.slice(first.end + 1, other.start).every((token) => !token.punct && !token.capitalized));
      const a = sideAt(first);
      const b = sideAt(second);
      if (!second || !a || !b || a === b || second.possessive) continue;
      const between = tokens[first.start - 1]?.lower === 'between' || (tokens[first.start - 2]?.lower === 'between' && tokens[first.start - 1]?.lower === 'the');
      const agreeing = tokens.slice(second.end, second.end + 5).some((token) => AGREEING.test(token.lower));
      if (!between && !agreeing) continue;
      const pair = [a, b].sort().join('|');
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
    // "The rebels have been fighting the army since April", "X clashed with Y": the two who fight each other.
    for (const first of mentions) {
      const a = sideAt(first);
      if (!a || first.possessive) continue;
      const second = mentions.find((other) => other.start > first.end && other.start - first.end <= FIGHT_GAP);
      const b = sideAt(second);
      if (!second || !b || a === b || second.possessive) continue;
      const words = tokens.slice(first.end, second.start);
      if (words.some((token) => token.punct) || !words.some((token) => FIGHTING.test(token.lower))) continue;
      const pair = [a, b].sort().join('|');
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
  }
  const [best, next] = [...counts].sort((x, y) => y[1] - x[1]);
  if (!best || (next && next[1] === best[1])) return undefined;
  return best[0].split('|') as [string, string];
}

/** The story's two states: those named in the most sentences, when a third is named less than both. */
function storyStates(resolved: ArticleEntities): string[] | undefined {
  if (resolved.bothStates) return resolved.bothStates;
  const [first, second, third] = [...resolved.entities.values()].filter((entity) => entity.key.startsWith('state:')).sort((a, b) => b.sentences.size - a.sentences.size);
  return first && second && second.sentences.size >= 2 && (!third || third.sentences.size < second.sentences.size) ? [first.key, second.key] : undefined;
}
