// The subject of a verb that relations.ts does not read ("The World Bank welcomed the deal"): the actor named
// last before it, a few words away at most.
import type { SentenceMentions } from './mentions.ts';
import type { ArticleEntities } from './entities.ts';

const ACTOR_KINDS = new Set(['Person', 'Government', 'Organization']);
/** How far before the verb its subject may stand ("the bank's president, Ana Ruiz, welcomed"). */
const SUBJECT_WINDOW = 4;

/** The actor named last before the verb, close to it. */
export function subjectBefore(mentions: SentenceMentions['mentions'], resolved: ArticleEntities, verb: number): string | undefined {
  const before = mentions.filter((mention) => mention.end <= verb && mention.end >= verb - SUBJECT_WINDOW && !mention.possessive).sort((a, b) => b.end - a.end);
  for (const mention of before) {
    const key = resolved.entityOf.get(mention);
    const kind = key ? resolved.entities.get(key)?.kind : undefined;
    if (key && kind && ACTOR_KINDS.has(kind)) return key;
  }
  return undefined;
}
