// "Ecuador said Colombia had broken the 2018 fisheries treaty": one who says another side broke a treaty accuses it
// (MODEL.md's ACCUSES, sharper than CONDEMNS), whatever the verb of breach. relations.ts reads the breach; the one who
// tells of it is the speaker of the sentence's statement.
import type { LocalRelation } from '../types.ts';
import type { ArticleEntities } from './entities.ts';
import { sideOf } from './relationSides.ts';
import { JUDICIAL_BODIES } from './lexicon/stanceWords.ts';
import { isInternational } from './treaties.ts';

const ACCUSERS = new Set(['Person', 'Government', 'Organization']);
/** Whom a breach told of accuses: states, their bodies and people, as in stances.ts (an organisation is mostly a forum). */
const ACCUSED = new Set(['Person', 'Government']);

/** An accusation for each treaty breach a speaker lays at another side's door, unless `stances` has their side condemn it already. */
export function accusationsOfBreach(actions: LocalRelation[], stances: LocalRelation[], speakerOfSentence: Map<number, string>, resolved: ArticleEntities, representedBy: Map<string, string>): LocalRelation[] {
  const found: LocalRelation[] = [];
  // ("“… an illegal act that violates the charter,” the spokesman said": one stance per side, as in stances.ts.)
  const stanced = new Set([...actions, ...stances].filter((relation) => relation.kind === 'CONDEMNS' || relation.kind === 'ACCUSES').map((relation) => `${relation.subject}>${relation.object}`));
  for (const relation of actions) {
    // ("Moscow has also violated U.N. Security Council resolutions": a breach of the UN's own texts is condemned, in
    // the gold sets, rather than laid at a side's door as a treaty it made.)
    if (relation.kind !== 'VIOLATES' || isInternational(relation.object)) continue;
    const speaker = speakerOfSentence.get(relation.sentence);
    const violator = relation.subject;
    if (!speaker || !ACCUSERS.has(resolved.entities.get(speaker)?.kind ?? '') || !ACCUSED.has(resolved.entities.get(violator)?.kind ?? '')) continue;
    // ("the court ruled that the law violated the charter": a court's words take no side, as in stances.ts.)
    if ([...sideOf(resolved, representedBy, speaker)].some((key) => resolved.entities.get(key)?.kind !== 'Person' && JUDICIAL_BODIES.test(resolved.entities.get(key)?.name ?? ''))) continue;
    // (A speaker's own side, or the speaker inside the side said to be in breach, is not accused.)
    if (sideOf(resolved, representedBy, speaker).has(violator) || sideOf(resolved, representedBy, violator).has(speaker)) continue;
    if ([...sideOf(resolved, representedBy, speaker)].some((key) => stanced.has(`${key}>${violator}`))) continue;
    found.push({ kind: 'ACCUSES', subject: speaker, object: violator, sentence: relation.sentence, confidence: 0.5 });
  }
  return found;
}
