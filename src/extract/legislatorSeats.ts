// Seats of legislators: "Opposition leader X", "Senator X", "X, a lawmaker who …" naming no chamber sit in the one
// legislature the article names (none is guessed when it names two, nor for a legislator of another state).
import type { LocalRelation } from '../types.ts';
import type { ArticleEntities } from './entities.ts';
import { isLegislatureEntity } from './lexicon/headWords.ts';
import { PRESUMED_CONFIDENCE } from '../../graph/model.ts';

/** The role a seat is given: a legislator so placed speaks for no chamber ("He accused the government" is the person's). */
export const SEAT_ROLE = 'legislator';

/** Whether a relation is a seat found here, which says whom a person sits with, not whom the person speaks for. */
export function isSeat(relation: LocalRelation): boolean {
  return relation.kind === 'MEMBER_OF' && relation.props?.role === SEAT_ROLE;
}

/** MEMBER_OF the article's one legislature for each legislator (person key → sentence) not already placed in it. */
export function seatsInLegislature(legislators: Map<string, number>, relations: LocalRelation[], resolved: ArticleEntities): LocalRelation[] {
  const legislatures = [...resolved.entities.values()].filter(isLegislatureEntity);
  if (legislatures.length !== 1) return [];
  const chamber = legislatures[0].key;
  // ("Ugandan legislator X" in a story of Kenya's parliament: a legislator of another state sits in another chamber.)
  const chamberState = legislatures[0].state ? `state:${legislatures[0].state}` : undefined;
  const servesOtherState = (person: string) => Boolean(chamberState) && relations.some((relation) => relation.subject === person && (relation.kind === 'MEMBER_OF' || relation.kind === 'LEADS') && relation.object.startsWith('state:') && relation.object !== chamberState);
  return [...legislators]
    .filter(([person]) => !servesOtherState(person) && !relations.some((relation) => relation.subject === person && relation.object === chamber))
    .map(([person, sentence]) => ({ kind: 'MEMBER_OF', subject: person, object: chamber, sentence, confidence: PRESUMED_CONFIDENCE, props: { role: SEAT_ROLE } }));
}
