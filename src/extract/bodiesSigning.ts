// Parties read off signing: a body or organisation that signs a text is its party (a state's signing, and its
// leaders', are read in index.ts); a legislature that ratifies one makes its state the party.
import type { LocalRelation } from '../types.ts';
import type { RelationContext } from './relationContext.ts';
import { isLegislatureEntity } from './lexicon/headWords.ts';
import { titleRelation } from './lexicon/titles.ts';

/**
 * "The roadmap was signed by the Government of National Unity and …", "the IMF reached a staff-level agreement": a body
 * or organisation that signs a text is its party (a state's signing is read with its leaders' in index.ts).
 * "Vanuatu's parliament ratified the pact": a legislature's vote binds its state, which is the party.
 */
export function bodiesSigning(context: RelationContext, relations: LocalRelation[]): LocalRelation[] {
  const signs = relations.filter((relation) => relation.kind === 'SIGNS');
  // (Beside a state that signs, a body is more often a mistaken reading of who signed, than a party of its own.)
  const withState = new Set(signs.filter((relation) => relation.subject.startsWith('state:')).map((relation) => `${relation.sentence}|${relation.object}`));
  return signs
    .filter((relation) => !relation.subject.startsWith('state:') && !withState.has(`${relation.sentence}|${relation.object}`) && ['Government', 'Organization'].includes(context.resolved.entities.get(relation.subject)?.kind ?? ''))
    .map((relation) => ({ ...relation, kind: 'PARTY_TO' as const, props: undefined }));
}

/** The relations with each legislature that "is party" to a text (it ratified it) replaced by its state; dropped when its state is not known. */
export function legislaturesAsStates(context: RelationContext, relations: LocalRelation[]): LocalRelation[] {
  return relations.flatMap((relation) => {
    if (relation.kind !== 'PARTY_TO' || !isLegislature(context, relation.subject)) return [relation];
    const state = `state:${context.resolved.entities.get(relation.subject)?.state}`;
    return context.resolved.entities.has(state) ? [{ ...relation, subject: state }] : [];
  });
}

function isLegislature(context: RelationContext, key: string): boolean {
  return isLegislatureEntity(context.resolved.entities.get(key));
}

/**
 * "signed by Chile's Police Commissioner, Ana Ruiz, and …": an office's title read as a body, with the person who holds
 * it named right after it, is no signer of its own — the person is.
 */
export function withoutTitledSigners(context: RelationContext, relations: LocalRelation[]): LocalRelation[] {
  return relations.filter((relation) => {
    const entity = context.resolved.entities.get(relation.subject);
    if (relation.kind !== 'SIGNS' || !entity || entity.kind === 'Person' || relation.subject.startsWith('state:') || !titleRelation(entity.name.toLowerCase())) return true;
    const { tokens, mentions } = context.sentences[relation.sentence];
    const holderAfter = (end: number) => tokens[end]?.text === ',' && mentions.some((other) => other.start === end + 1 && context.resolved.entities.get(context.resolved.entityOf.get(other) ?? '')?.kind === 'Person');
    return !mentions.some((mention) => context.resolved.entityOf.get(mention) === relation.subject && holderAfter(mention.end));
  });
}
