// Whose ruling a side rejects: "Lomé rejected the ruling" names no one, but the ruling is the court's the article named.
import { JUDICIAL_BODIES } from './lexicon/stanceWords.ts';
import type { RelationContext } from './relationContext.ts';

/** "the ruling", "the court's judgment", "this verdict": a court's decision, right after the verb. */
const RULING_NOUNS = /^(the|this|that|its|their) (\S+ )?(ruling|rulings|judgment|judgement|verdict)\b/;

/** "the decision": a court's ruling only where a court was just named ("The court upheld the ban. X condemned the decision"). */
const DECISION_NOUNS = /^(the|this|that|its) (\S+ )?(decision)\b/;

/**
 * The court whose decision is named right after the verb at `end` of sentence `index`: for "the ruling",
 * the court last named; for "the decision", one named in this sentence or the one before.
 */
export function courtOfDecision(context: RelationContext, index: number, end: number): string | undefined {
  const words = context.sentences[index].tokens.slice(end, end + 3).map((token) => token.lower).join(' ');
  if (RULING_NOUNS.test(words)) return courtLastNamed(context, index);
  return DECISION_NOUNS.test(words) ? courtLastNamed(context, index, index - 1) : undefined;
}

/** The court or tribunal last named in sentences `earliest` to `index` (not a person: "the court's president"), if any. */
function courtLastNamed(context: RelationContext, index: number, earliest = 0): string | undefined {
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
