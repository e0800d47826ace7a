// The sides a treaty's terms bind: "Under the Cairo agreement, Hamas is to free 19 hostages, while Israel frees …" —
// the actors whose clauses a sentence opening with "Under <treaty>," goes on to tell are its parties; and the state
// whose treaty it is ("its safeguards agreement").
import type { LocalRelation } from '../types.ts';
import type { Mention, SentenceMentions } from './mentions.ts';
import type { Token } from './tokens.ts';
import type { ArticleEntities } from './entities.ts';
import { isInternational, judgesInClause } from './treaties.ts';
import { LEAVING_VERBS } from './lexicon/welcomingWords.ts';

const PARTY_KINDS = new Set(['Government', 'Organization']);
/** Words that open a clause whose subject may follow. */
const CLAUSE_OPENERS = new Set([',', 'while', 'whereas', 'and']);

export function partiesUnderTerms(sentences: SentenceMentions[], resolved: ArticleEntities): LocalRelation[] {
  const found: LocalRelation[] = [];
  sentences.forEach(({ tokens, mentions }, index) => {
    for (const treaty of mentions) {
      const treatyKey = resolved.entityOf.get(treaty);
      if (!treatyKey || kindOf(resolved, treaty) !== 'Treaty' || isInternational(treatyKey)) continue;
      for (const party of [ownerOf(tokens, mentions, treaty, resolved), actorUnderWhich(tokens, mentions, treaty, resolved)]) {
        if (party) found.push({ kind: 'PARTY_TO', subject: party, object: treatyKey, sentence: index, confidence: 0.5 });
      }
    }
  });
  sentences.forEach(({ tokens, mentions }, index) => {
    if (tokens[0]?.lower !== 'under') return;
    const start = tokens[1]?.lower === 'the' ? 2 : 1;
    const treaty = mentions.find((mention) => mention.start === start && kindOf(resolved, mention) === 'Treaty');
    if (!treaty || tokens[treaty.end]?.text !== ',') return;
    for (const mention of mentions) {
      if (mention.start <= treaty.end || mention.modifier || mention.possessive || !PARTY_KINDS.has(kindOf(resolved, mention) ?? '')) continue;
      // The subject of a clause: right after the comma, "while" or "and" (past "the"), and before its verb.
      const before = tokens[mention.start - 1]?.lower === 'the' ? mention.start - 2 : mention.start - 1;
      const opener = tokens[before];
      if (!opener || !CLAUSE_OPENERS.has(opener.lower) || (opener.lower === 'and' && tokens[before - 1]?.lower === ',') || /^(to|of|with|by)$/.test(tokens[before - 1]?.lower ?? '')) continue;
      const next = tokens[mention.end];
      if (!next || next.punct || next.capitalized) continue;
      // ("…, while Brazil has criticised the rule": a clause that only judges the text binds nobody by it.)
      if (judgesInClause(tokens, mention)) continue;
      found.push({ kind: 'PARTY_TO', subject: resolved.entityOf.get(mention)!, object: resolved.entityOf.get(treaty)!, sentence: index, confidence: 0.5 });
    }
  });
  return found;
}

/** "its obligations under its safeguards agreement", "Ghana's cocoa export agreement": the state whose agreement it is. */
function ownerOf(tokens: Token[], mentions: Mention[], treaty: Mention, resolved: ArticleEntities): string | undefined {
  const owner = mentions.find((mention) => mention.end === treaty.start && mention.possessive && !mention.inQuote);
  // ("terminated its defence accord", "quit its pact": a text its owner ends or leaves no longer binds it.)
  if (owner && LEAVING_VERBS.has(tokens[owner.start - 1]?.lower ?? '')) return undefined;
  const ownerKey = owner ? resolved.entityOf.get(owner) : undefined;
  return ownerKey?.startsWith('state:') ? ownerKey : undefined;
}

/**
 * "the 2010 Doha agreement, under which Qatari troops patrolled the frontier", "a 1998 agreement under which Russia
 * allows boats to fish": the subject of the clause a treaty's "under which" opens acts under it, as its party.
 */
function actorUnderWhich(tokens: Token[], mentions: Mention[], treaty: Mention, resolved: ArticleEntities): string | undefined {
  const under = tokens[treaty.end]?.text === ',' ? treaty.end + 1 : treaty.end;
  if (tokens[under]?.lower !== 'under' || tokens[under + 1]?.lower !== 'which') return undefined;
  const start = tokens[under + 2]?.lower === 'the' ? under + 3 : under + 2;
  const subject = mentions.find((mention) => mention.start === start && !mention.modifier && !mention.possessive && !mention.inQuote);
  const key = subject ? resolved.entityOf.get(subject) : undefined;
  const entity = key ? resolved.entities.get(key) : undefined;
  // ("Qatari troops": troops act for their state.)
  return entity && PARTY_KINDS.has(entity.kind) ? key : entity?.kind === 'Group' && entity.state && resolved.entities.has(`state:${entity.state}`) ? `state:${entity.state}` : undefined;
}

function kindOf(resolved: ArticleEntities, mention: Mention): string | undefined {
  return resolved.entities.get(resolved.entityOf.get(mention) ?? '')?.kind;
}
