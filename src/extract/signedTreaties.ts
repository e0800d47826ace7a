// Signers the narration leaves implicit: "Under a security memorandum signed in 2024, Baghdad and Ankara agreed to …",
// "the 1995 Mekong Agreement, signed by the four states": a treaty said to have been signed, with no one named after
// "by", was signed by the parties the same sentence names.
import type { LocalRelation } from '../types.ts';
import type { SentenceMentions } from './mentions.ts';
import type { ArticleEntities } from './entities.ts';

/** How far after "signed" an agent may be named ("signed in Lima on Monday by X"). */
const AGENT_REACH = 8;

export function signersOfSignedTreaties(sentences: SentenceMentions[], resolved: ArticleEntities, parties: LocalRelation[]): LocalRelation[] {
  const found: LocalRelation[] = [];
  sentences.forEach(({ tokens, mentions }, index) => {
    for (const treaty of mentions) {
      const key = resolved.entityOf.get(treaty);
      if (!key || resolved.entities.get(key)?.kind !== 'Treaty') continue;
      // "<treaty> signed", "<treaty>, signed", "<treaty>, which was signed", "<treaty> that was signed".
      let at = treaty.end;
      if (tokens[at]?.text === ',') at++;
      if (/^(which|that)$/.test(tokens[at]?.lower ?? '') && /^(was|were)$/.test(tokens[at + 1]?.lower ?? '')) at += 2;
      if (tokens[at]?.lower !== 'signed') continue;
      // (Signers named after "by" are read as the agents of the passive.)
      if (tokens.slice(at + 1, at + 1 + AGENT_REACH).some((token) => token.lower === 'by')) continue;
      const named = new Set(mentions.filter((mention) => mention !== treaty && !mention.inQuote).map((mention) => resolved.entityOf.get(mention)));
      for (const party of parties) {
        if (party.kind === 'PARTY_TO' && party.object === key && party.subject.startsWith('state:') && named.has(party.subject)) {
          found.push({ kind: 'SIGNS', subject: party.subject, object: key, sentence: index, confidence: 0.5 });
        }
      }
    }
  });
  return found;
}
