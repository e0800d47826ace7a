// The sides of a dispute over a broken treaty: in a story between the two states of its headline, a text that a sentence
// naming both (or following one that names the other) says is broken ("Eswatini said the South African duty breaks the
// SACU Agreement") binds both of them — the side said to break it and the side that complains — though no sentence calls
// either its party.
import type { LocalRelation } from '../types.ts';
import type { Mention, SentenceMentions } from './mentions.ts';
import type { ArticleEntities } from './entities.ts';
import { hasNoParties } from './treaties.ts';

/** Words that say a text is broken, right before it ("broke the", "in breach of the", "a gross violation of the"). */
const BREACH_WORDS = /^(violate|violates|violated|violating|violation|violations|breach|breached|breaches|breaching|broke|breaks|break|breaking|broken|flouted|flouts|flouting|contravenes|contravened|contravening|contravention|infringes|infringed|infringement)$/;
/** How many words may stand between the breach word and the text ("broke both the", "a clear violation of the 2002"). */
const BREACH_REACH = 4;

/**
 * `pair`: the two states the headline names — the story's sides only then (in "Marrak truce strained", the two states
 * named most are the government's and a mediator's, in a war with rebels).
 */
export function partiesToBreachedTexts(sentences: SentenceMentions[], resolved: ArticleEntities, pair: [string, string] | undefined): LocalRelation[] {
  if (!pair) return [];
  const found: LocalRelation[] = [];
  sentences.forEach(({ tokens, mentions }, index) => {
    for (const treaty of mentions) {
      const key = resolved.entityOf.get(treaty);
      const text = resolved.entities.get(key ?? '');
      if (!key || text?.kind !== 'Treaty' || hasNoParties(key) || / act$/.test(key)) continue;
      // (A convention or charter open to every state, "the 1951 Refugee Convention", has parties the story does not tell.)
      if (/\b(convention|covenant|charter)\b/.test(key)) continue;
      const before = tokens.slice(Math.max(0, treaty.start - BREACH_REACH - 1), treaty.start);
      const at = before.findLastIndex((token) => BREACH_WORDS.test(token.lower));
      if (at < 0 || before.slice(at + 1).some((token) => token.punct && !/^["“”]$/.test(token.text))) continue;
      // (The dispute is the story's: both its states, by name, adjective, body or people, are named in the sentence or the
      // one before it: "Chile raised its duty on copper on Monday. Peru said the move broke the accord." — by the
      // narration, since a quote before may name a state only as what its speaker talks of.)
      const near = [...mentions, ...(sentences[index - 1]?.mentions ?? []).filter((mention) => !mention.inQuote)];
      if (!pair.every((state) => near.some((mention) => mention !== treaty && sideNamed(mention, resolved) === state))) continue;
      // ("the Agreement on the Resolution of the Conflict in South Sudan": a text named after one side's state is its own.)
      const after = mentions.find((mention) => mention.start > treaty.end && mention.start <= treaty.end + 4 && tokens[treaty.end]?.lower === 'in');
      const named = pair.filter((state) => [text.name, ...text.aliases].some((name) => namedIn(name, resolved, state)) || (after && resolved.entityOf.get(after) === state));
      for (const state of named.length === 1 ? named : pair) found.push({ kind: 'PARTY_TO', subject: state, object: key, sentence: index, confidence: 0.5 });
    }
  });
  return found;
}

/** The state a mention names: itself, or the state of the body, group or person it names. */
function sideNamed(mention: Mention, resolved: ArticleEntities): string | undefined {
  const key = resolved.entityOf.get(mention) ?? mention.key;
  const entity = resolved.entities.get(key);
  return key.startsWith('state:') ? key : entity?.state ? `state:${entity.state}` : mention.state ? `state:${mention.state}` : undefined;
}

/** Whether a treaty's name holds one of the state's names ("… in South Sudan"). */
function namedIn(name: string, resolved: ArticleEntities, state: string): boolean {
  const entity = resolved.entities.get(state);
  return Boolean(entity && [entity.name, ...entity.aliases].some((alias) => alias.length > 3 && name.includes(alias)));
}
