// Demands said with a modal rather than a verb of urging: "the minister said the European Union should respond with
// sanctions", "she said Ruvania must free the crew at once" — the one who says that another should act URGES it.
import type { LocalRelation } from '../types.ts';
import type { RelationContext } from './relationContext.ts';
import { actorKey, isActor } from './relationContext.ts';
import { subjectBefore } from './subjectBefore.ts';
import { SAYING_VERBS } from './lexicon/citingWords.ts';

/** Modals of obligation, one or two words ("should", "must", "needs to", "has to"). */
const OBLIGATION = /^(should|must|(needs?|has|have|ought) to)$/;
/** Days that may stand between the verb and the clause ("said on Monday that …"). */
const DAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** How far after the verb of saying the actor may stand ("said on Thursday that the EU …"). */
const REACH = 6;

/** The demands made with a modal in one sentence. */
export function modalDemands(context: RelationContext, index: number): LocalRelation[] {
  const { tokens, mentions } = context.sentences[index];
  const found: LocalRelation[] = [];
  tokens.forEach((token, verb) => {
    if (!SAYING_VERBS.has(token.lower) || token.capitalized) return;
    // The actor that opens the reported clause, with nothing but "that", "the" or a time between.
    const target = mentions.find((mention) => mention.start > verb && mention.start <= verb + REACH && isActor(context, mention) && !mention.possessive);
    if (!target || tokens.slice(verb + 1, target.start).some((word) => word.punct || (word.capitalized && !DAYS.test(word.lower)) || /^(to|with|by|of|for|from|in|at)$/.test(word.lower))) return;
    const modal = tokens[target.end]?.lower === 'should' || tokens[target.end]?.lower === 'must' ? tokens[target.end].lower : `${tokens[target.end]?.lower} ${tokens[target.end + 1]?.lower}`;
    // ("should not worry": no demand; "must be freed": the actor is what is acted on, not who is to act.)
    if (!OBLIGATION.test(modal) || /^(not|be)$/.test(tokens[target.end + (modal.includes(' ') ? 2 : 1)]?.lower ?? '')) return;
    const speaker = subjectBefore(mentions, context.resolved, verb, tokens) ?? context.speakerOfSentence.get(index);
    const object = actorKey(context, target);
    if (speaker && object && speaker !== object) found.push({ kind: 'URGES', subject: speaker, object, sentence: index, confidence: 0.6 });
  });
  return found;
}
