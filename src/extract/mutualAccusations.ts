// "The army and the rebels accused each other of breaking the truce": each side accuses the other.
import type { LocalRelation } from '../types.ts';
import type { SentenceMentions } from './mentions.ts';
import type { ArticleEntities } from './entities.ts';

const EACH_OTHER = /^(accuse|accuses|accused|accusing|blame|blames|blamed|blaming)$/;
const ACTOR_KINDS = new Set(['Person', 'Government', 'Organization', 'Group']);

export function mutualAccusations(sentences: SentenceMentions[], resolved: ArticleEntities, warring: [string, string] | undefined): LocalRelation[] {
  const found: LocalRelation[] = [];
  sentences.forEach(({ tokens, mentions }, index) => {
    const verb = tokens.findIndex((token, at) => EACH_OTHER.test(token.lower) && /^(each|one)$/.test(tokens[at + 1]?.lower ?? '') && /^(other|another)$/.test(tokens[at + 2]?.lower ?? ''));
    if (verb < 0) return;
    // The two actors named before the verb ("The government, which holds the port, and the rebels"), else the story's pair.
    const named = [...new Set(mentions.filter((mention) => mention.end <= verb && !mention.possessive).map((mention) => resolved.entityOf.get(mention)).filter((key): key is string => !!key && ACTOR_KINDS.has(resolved.entities.get(key)?.kind ?? '')))];
    const pair = named.length === 2 ? named : warring;
    if (!pair) return;
    const [a, b] = pair;
    found.push({ kind: 'ACCUSES', subject: a, object: b, sentence: index, confidence: 0.5 }, { kind: 'ACCUSES', subject: b, object: a, sentence: index, confidence: 0.5 });
  });
  return found;
}
