// What the action-relation rules read of an article, and who among its entities can act.
import type { EntityKind } from '../../graph/model.ts';
import type { SentenceMentions, Mention } from './mentions.ts';
import type { ArticleEntities } from './entities.ts';

export const ACTORS: readonly EntityKind[] = ['Person', 'Government', 'Organization', 'Group'];
/** The key a mention of "the two countries" stands for until it is expanded into the story's two states. */
export const BOTH_STATES = 'both-states';

export interface RelationContext {
  sentences: SentenceMentions[];
  resolved: ArticleEntities;
  /** Speaker entity of the statement a sentence belongs to, for VIOLATES' allegedBy. */
  speakerOfSentence: Map<number, string>;
  /** The body or state a person speaks for or serves, from the article's structure ("we" in their quotes). */
  representedBy: Map<string, string>;
  /** Dates spoken of by each sentence. */
  dateOfSentence: (sentence: number) => string | undefined;
  sentenceText: (sentence: number) => string;
  /** Each treaty's parties, as far as the article names them (which treaty "the deal" means). */
  parties?: Map<string, string[]>;
}

/** True when a mention names, by itself, an actor (not a modifier such as "Japanese" in "Japanese ships"). */
export function isActor(context: RelationContext, mention: Mention): boolean {
  if (mention.modifier) return false;
  const key = context.resolved.entityOf.get(mention);
  const kind = key ? context.resolved.entities.get(key)?.kind : undefined;
  return Boolean(kind && ACTORS.includes(kind));
}

/** Troops act for their state: "North Korean troops fought alongside Russian forces" is North Korea and Russia. */
export function actorKey(context: RelationContext, mention: Mention): string | undefined {
  const key = context.resolved.entityOf.get(mention);
  if (!key) return undefined;
  const entity = context.resolved.entities.get(key);
  if (entity?.kind === 'Group' && entity.state && context.resolved.entities.has(`state:${entity.state}`)) return `state:${entity.state}`;
  return key;
}

/** The state a mention names, if it names one. */
export function stateKey(context: RelationContext, mention: Mention): string | undefined {
  const key = context.resolved.entityOf.get(mention);
  return key?.startsWith('state:') ? key : undefined;
}
