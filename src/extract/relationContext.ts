// What the action-relation rules read of an article, and who among its entities can act.
import type { EntityKind } from '../../graph/model.ts';
import type { SentenceMentions, Mention } from './mentions.ts';
import type { Token } from './tokens.ts';
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
  parties: Map<string, string[]>;
}

/** The kind of the entity an entity key names, if the article has it. */
export function kindOf(context: RelationContext, key: string | undefined): EntityKind | undefined {
  return key ? context.resolved.entities.get(key)?.kind : undefined;
}

/** The kind of the entity a mention names, if it names one. */
export function mentionKind(context: RelationContext, mention: Mention): EntityKind | undefined {
  return kindOf(context, context.resolved.entityOf.get(mention));
}

/** True when the entity a key names is of one of the kinds. */
export function isOfKind(context: RelationContext, key: string | undefined, kinds: readonly EntityKind[]): boolean {
  const kind = kindOf(context, key);
  return kind !== undefined && kinds.includes(kind);
}

/** True when a mention names, by itself, an actor (not a modifier such as "Japanese" in "Japanese ships"). */
export function isActor(context: RelationContext, mention: Mention): boolean {
  if (mention.modifier) return false;
  const kind = mentionKind(context, mention);
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

/** Plural nouns by which a story names its two states together ("both sides", "the two neighbours"). */
const PAIR_NOUNS = /^(states|countries|sides|governments|nations|neighbours|neighbors|capitals|leaders)$/;

/**
 * True when "both partner states", "the two neighbours", "both the governments" stand at `at`: the story's two
 * states, said with a word between that the mentions do not read.
 */
export function namesBothStates(tokens: Token[], at: number): boolean {
  let k = at;
  if (tokens[k]?.lower === 'both') k += tokens[k + 1]?.lower === 'the' ? 2 : 1;
  else if (tokens[k]?.lower === 'the' && tokens[k + 1]?.lower === 'two') k += 2;
  else return false;
  if (PAIR_NOUNS.test(tokens[k]?.lower ?? '')) return true;
  const modifier = tokens[k];
  return Boolean(modifier && !modifier.punct && !modifier.capitalized && PAIR_NOUNS.test(tokens[k + 1]?.lower ?? ''));
}

/**
 * "Ibarra and her Peruvian counterpart, Quispe": the index of the actor named before "and his/her … counterpart" that
 * introduces mentions[at] (past the counterpart's state, "his Somali counterpart"), if any.
 */
export function counterpartOf(context: RelationContext, tokens: Token[], mentions: Mention[], at: number): number | undefined {
  let i = mentions[at].start - 1;
  if (tokens[i]?.text === ',') i--;
  if (!/^counterparts?$/.test(tokens[i]?.lower ?? '')) return undefined;
  let owner = i - 1;
  while (owner > 0 && i - owner <= 3 && !/^(his|her|their)$/.test(tokens[owner].lower)) owner--;
  if (!/^(his|her|their)$/.test(tokens[owner]?.lower ?? '') || tokens[owner - 1]?.lower !== 'and') return undefined;
  const before = mentions.findIndex((mention) => mention.end === owner - 1 && isActor(context, mention));
  return before >= 0 ? before : undefined;
}
