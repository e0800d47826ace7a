// The sides of an action: the pair of states "both sides" and "the two neighbours" stand for, the story's state
// that "the government" means, and each actor's own side (the body or state it speaks for), at which its acts are
// not aimed.
import type { SentenceMentions, Mention } from './mentions.ts';
import type { ArticleEntities } from './entities.ts';
import type { Token } from './tokens.ts';
import { mediatingStates } from './mediators.ts';
import { BOTH_STATES, actorKey, kindOf, mentionKind, namesBothStates, type RelationContext } from './relationContext.ts';

/** True when "the two neighbours", "both partner states" ends right before the verb (past an auxiliary or adverb). */
export function namesBothStatesBefore(tokens: Token[], begin: number): boolean {
  let end = begin;
  while (end > 0 && begin - end < 2 && /^(have|had|has|also|jointly|formally|finally|then)$/.test(tokens[end - 1].lower)) end--;
  return [3, 4].some((length) => end - length >= 0 && namesBothStates(tokens, end - length) && !namesBothStates(tokens, end - length - 1));
}

/** "Kestland's opposition Green Alliance": the state whose group or body a name stands right after. */
export function ownerStateBefore(context: RelationContext, sentence: SentenceMentions, subject: string): string | undefined {
  for (const mention of sentence.mentions) {
    if (context.resolved.entityOf.get(mention) !== subject) continue;
    const owner = sentence.mentions.find((other) => other.end === mention.start);
    const key = owner && actorKey(context, owner);
    if (key?.startsWith('state:') && (owner!.possessive || mentionKind(context, owner!) === 'Group')) return key;
  }
  return undefined;
}

/** The state the story is about, unless one of the subjects is on its side. */
export function storyStateFrom(context: RelationContext, subjects: string[]): string[] {
  const story = context.resolved.storyState;
  if (!story || subjects.some((subject) => sideOf(context.resolved, context.representedBy, subject).has(story))) return [];
  return [story];
}

export function expandBothStates(context: RelationContext, keys: string[], index: number, subjects: string[] = []): string[] {
  if (!keys.includes(BOTH_STATES)) return keys;
  // (Not the pair that acts: "Cuba and Norway urged both sides to …".)
  const paired = () => {
    const pair = pairNamedBefore(context, index);
    return pair.some((key) => subjects.includes(key)) ? [] : pair;
  };
  // ("President X of Mongolia urged both sides to …": sides one of the story's states takes no part in as a side, his
  // government and a company, say.)
  // ("Chad and the rebels agreed a truce in talks mediated by Qatar. … urged both sides to respect it": the state that
  // mediated is no side, though much named.)
  const mediators = mediatingStates(context.sentences, context.resolved.entityOf);
  const pair = context.resolved.bothStates?.filter((state) => !mediators.has(state));
  const taking = pair && subjects.some((subject) => pair.some((state) => sideOf(context.resolved, context.representedBy, subject).has(state)));
  return keys.flatMap((key) => (key === BOTH_STATES ? (taking ? [] : pair ?? paired()) : [key]));
}

/**
 * "Thailand and Cambodia agreed …, since the two neighbours signed …", "President X and Japanese Prime Minister Y
 * agreed … Both leaders condemned …": the two states joined by "and" in this sentence, or the two people last joined
 * so in it or before it (past a title: "and Japanese Prime Minister Y").
 */
function pairNamedBefore(context: RelationContext, index: number): string[] {
  for (let at = index; at >= 0; at--) {
    const { tokens, mentions } = context.sentences[at];
    for (let i = 0; i + 1 < mentions.length; i++) {
      const first = mentions[i];
      if (first.modifier || tokens[first.end]?.lower !== 'and') continue;
      // (Past a state that qualifies the second one's title: "and Japanese Prime Minister Y".)
      const second = mentions.slice(i + 1).find((mention) => !mention.modifier && mention.start > first.end && mention.start <= first.end + 5);
      if (!second || tokens.slice(first.end + 1, second.start).some((token, k) => token.punct || (!token.capitalized && !mentions.some((other) => other.modifier && other.start <= first.end + 1 + k && first.end + 1 + k < other.end)))) continue;
      // (Before this sentence, only two people: states named there may be mediators, not "the two sides".)
      const pair = [pairKey(context, first, at === index), pairKey(context, second, at === index)];
      if (pair[0] && pair[1] && pair[0] !== pair[1]) return pair as string[];
    }
  }
  return [];
}

/** A state, or a person, that "both" may count. */
function pairKey(context: RelationContext, mention: Mention, states: boolean): string | undefined {
  const key = context.resolved.entityOf.get(mention);
  return key && ((states && key.startsWith('state:')) || kindOf(context, key) === 'Person') ? key : undefined;
}

/** The state of the story's pair that the subjects are not on (a state, or a body or person of it). */
export function otherSide(context: RelationContext, subjects: string[]): string[] {
  const [a, b] = context.resolved.bothStates!;
  // (A state that mediated is no side whose acts the other one answers.)
  const mediators = mediatingStates(context.sentences, context.resolved.entityOf);
  if (mediators.has(a) || mediators.has(b)) return [];
  const sides = new Set(subjects.flatMap((subject) => [...sideOf(context.resolved, context.representedBy, subject)]));
  if (sides.has(a) && !sides.has(b)) return [b];
  if (sides.has(b) && !sides.has(a)) return [a];
  return [];
}

/** An actor, the body or state it speaks for or serves, and that state: its own side, which its acts are not aimed at. */
export function sideOf(resolved: ArticleEntities, representedBy: Map<string, string>, actor: string): Set<string> {
  const side = new Set([actor]);
  for (let key: string | undefined = representedBy.get(actor); key && !side.has(key); key = representedBy.get(key)) side.add(key);
  for (const key of [...side]) {
    const state = resolved.entities.get(key)?.state;
    if (state) side.add(`state:${state}`);
  }
  return side;
}
