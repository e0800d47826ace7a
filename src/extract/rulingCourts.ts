// Whose ruling a side rejects: "Lomé rejected the ruling" names no one, but the ruling is the court's the article named.
import { JUDICIAL_BODIES } from './lexicon/stanceWords.ts';
import type { RelationContext } from './relationContext.ts';
import type { Token } from './tokens.ts';

/** "the ruling", "the court's judgment", "this verdict": a court's decision, right after the verb. */
const RULING_NOUNS = /^(the|this|that|its|their) (\S+ )?(ruling|rulings|judgment|judgement|verdict)\b/;

/** "the decision": a court's ruling only where a court was just named ("The court upheld the ban. X condemned the decision"). */
const DECISION_NOUNS = /^(the|this|that|its) (\S+ )?(decision)\b/;

/** True when a court's decision is named right after the verb at `end`. */
export function namesRuling(tokens: Token[], end: number): boolean {
  return RULING_NOUNS.test(tokens.slice(end, end + 3).map((token) => token.lower).join(' '));
}

/** True when "the decision" is named right after the verb at `end`. */
export function namesDecision(tokens: Token[], end: number): boolean {
  return DECISION_NOUNS.test(tokens.slice(end, end + 3).map((token) => token.lower).join(' '));
}

/** The court or tribunal last named in sentences `earliest` to `index` (not a person: "the court's president"), if any. */
export function courtLastNamed(context: RelationContext, index: number, earliest = 0): string | undefined {
  for (let s = index; s >= Math.max(0, earliest); s--) {
    const { mentions } = context.sentences[s];
    for (let i = mentions.length - 1; i >= 0; i--) {
      const key = context.resolved.entityOf.get(mentions[i]);
      const entity = key ? context.resolved.entities.get(key) : undefined;
      if (key && entity && entity.kind !== 'Person' && JUDICIAL_BODIES.test(entity.name)) return key;
    }
  }
  return undefined;
}
