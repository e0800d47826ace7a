// Appeals to "both sides" ("urged both sides to extend the truce", "a message to both parties: stop the shelling", "urged “all parties to …”")
// are aimed at the story's two warring sides, which the sentence does not name.
import type { LocalRelation } from '../types.ts';
import type { SentenceMentions } from './mentions.ts';
import type { ArticleEntities } from './entities.ts';
import { subjectBefore } from './subjectBefore.ts';
import { sideOf } from './relationSides.ts';

const APPEAL_TO_BOTH = /\b(urged|urges|urging|called on|calls on|calling on|appealed to|appeals to|pressed|reminded|message to)\s+["“]?(both (?:warring |rival |opposing )?(?:sides|parties)|the two (?:warring |rival |opposing )?sides|all sides|all parties|the warring (sides|parties))\b/i;

/** A government below the state's, named in the words before an appeal: its speaker is on the side of the state it lies in. */
const SUBNATIONAL_GOVERNMENT = /\b(?:regional|provincial|state|county|municipal) (?:government|administration|authorities)\b/i;

export function appealsToBothSides(sentences: SentenceMentions[], sentenceText: (index: number) => string, resolved: ArticleEntities, speakerOfSentence: Map<number, string>, pair: [string, string] | undefined, representedBy: Map<string, string>): LocalRelation[] {
  const found: LocalRelation[] = [];
  if (!pair) return found;
  sentences.forEach(({ tokens, mentions }, index) => {
    const match = APPEAL_TO_BOTH.exec(sentenceText(index));
    if (!match) return;
    // ("the regional government … urged all sides to keep the war out of our villages": a region lies within one side.)
    if (SUBNATIONAL_GOVERNMENT.test(sentenceText(index).slice(0, match.index))) return;
    const verb = tokens.findIndex((token) => token.start >= match.index);
    const subject = subjectBefore(mentions, resolved, verb < 0 ? tokens.length : verb) ?? speakerOfSentence.get(index);
    if (!subject) return;
    // ("President X of one side urged both sides …": the sides are others than the story's two, his own among them.)
    if (pair.some((side) => side !== subject && sideOf(resolved, representedBy, subject).has(side))) return;
    // ("… the swap between Russia and Ukraine but urged both sides …": one of the two sides is no one appealing to both.)
    if (pair.includes(subject)) return;
    for (const side of pair) if (side !== subject) found.push({ kind: 'URGES', subject, object: side, sentence: index, confidence: 0.5 });
  });
  return found;
}
