// A state that threatens to leave a treaty ("said it might quit the water convention", "threatened to leave the
// accord") is still its party: only a party can leave.
import type { LocalRelation } from '../types.ts';
import type { SentenceMentions } from './mentions.ts';
import type { ArticleEntities } from './entities.ts';

const MAY_LEAVE = /^(could|would|might|may|to|will)$/;
const LEAVE = /^(leave|quit|exit|abandon|withdraw|pull)$/;
/** Verbs whose object is told of a threat, not the one who makes it ("notified the Swiss government that it will withdraw"). */
const INFORMING = /^(notified|notifies|informed|informs|told|tells|warned|warns|assured|assures|wrote)$/;
/** How far before the threat its state may be named ("leading Lima to say that it might quit"). */
const SUBJECT_WINDOW = 8;

export function partiesThreateningToLeave(sentences: SentenceMentions[], resolved: ArticleEntities): LocalRelation[] {
  const found: LocalRelation[] = [];
  sentences.forEach(({ tokens, mentions }, index) => {
    // (Nor an "it" read as the one told: "notified the Swiss government that it will withdraw".)
    const told = new Set(mentions.filter((mention) => isTold(tokens, mention.start)).map((mention) => resolved.entityOf.get(mention)));
    for (let verb = 1; verb < tokens.length; verb++) {
      if (!LEAVE.test(tokens[verb].lower) || !MAY_LEAVE.test(tokens[verb - 1].lower)) continue;
      // The treaty left: the first mention after the verb, within a few words ("withdraw from the …", "leave the nuclear …").
      const treaty = mentions.find((mention) => mention.start > verb && mention.start <= verb + 4 && resolved.entities.get(resolved.entityOf.get(mention) ?? '')?.kind === 'Treaty');
      const state = mentions
        .filter((mention) => mention.end <= verb && mention.end >= verb - SUBJECT_WINDOW && resolved.entityOf.get(mention)?.startsWith('state:') && !told.has(resolved.entityOf.get(mention)!))
        .sort((a, b) => b.end - a.end)[0];
      if (!treaty || !state) continue;
      found.push({ kind: 'PARTY_TO', subject: resolved.entityOf.get(state)!, object: resolved.entityOf.get(treaty)!, sentence: index, confidence: 0.5 });
    }
  });
  return found;
}

/**
 * A name right after a verb of informing, past "the", "to" or both ("notified the Swiss government", "wrote to Bern",
 * "wrote to the Swiss government"): who is told.
 */
function isTold(tokens: SentenceMentions['tokens'], start: number): boolean {
  let before = start - 1;
  if (tokens[before]?.lower === 'the') before--;
  if (tokens[before]?.lower === 'to') before--;
  return INFORMING.test(tokens[before]?.lower ?? '');
}
