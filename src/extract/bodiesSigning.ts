// Parties read off signing: a body or organisation that signs a text is its party (a state's signing, and its
// leaders', are read in index.ts).
import type { LocalRelation } from '../types.ts';
import type { RelationContext } from './relationContext.ts';

/**
 * "The roadmap was signed by the Government of National Unity and …", "the IMF reached a staff-level agreement": a body
 * or organisation that signs a text is its party (a state's signing is read with its leaders' in index.ts).
 */
export function bodiesSigning(context: RelationContext, relations: LocalRelation[]): LocalRelation[] {
  const signs = relations.filter((relation) => relation.kind === 'SIGNS');
  // (Beside a state that signs, a body is more often a mistaken reading of who signed, than a party of its own.)
  const withState = new Set(signs.filter((relation) => relation.subject.startsWith('state:')).map((relation) => `${relation.sentence}|${relation.object}`));
  return signs
    .filter((relation) => !relation.subject.startsWith('state:') && !withState.has(`${relation.sentence}|${relation.object}`) && ['Government', 'Organization'].includes(context.resolved.entities.get(relation.subject)?.kind ?? ''))
    .map((relation) => ({ ...relation, kind: 'PARTY_TO' as const, props: undefined }));
}
