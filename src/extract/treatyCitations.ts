// A treaty cited for what it grants, requires or settles, by someone who says so: "Calder added that the Merrow
// Agreement gave both navies the right to patrol", "she said the claim rested on the Vell Treaty", "he told reporters
// the issue had been settled by the 1961 treaty" — the one who says it INVOKES the treaty.
import type { LocalRelation } from '../types.ts';
import type { Mention } from './mentions.ts';
import type { Token } from './tokens.ts';
import type { RelationContext } from './relationContext.ts';
import { subjectBefore } from './subjectBefore.ts';
import { isInternational } from './treaties.ts';
import { treatyMeant } from './treatyWelcomes.ts';
import { isRefusedText } from './triggerGuards.ts';
import { CITING_AFTER, CITING_BEFORE, SAYING_VERBS, TREATY_NOUNS } from './lexicon/citingWords.ts';
import { isNegation } from './lexicon/negations.ts';

/** How far after a treaty's name its verb may stand ("the 2001 Fisheries Agreement of 2001 gave"). */
const VERB_REACH = 3;

/** Every treaty cited by a speaker in one sentence. */
export function treatyCitations(context: RelationContext, index: number): LocalRelation[] {
  const { tokens, mentions } = context.sentences[index];
  const found: LocalRelation[] = [];
  for (const at of citedTreatyPlaces(tokens, mentions, context, index)) {
    const speaker = speakerBefore(context, index, at.start);
    if (speaker && !isInternational(at.treaty)) found.push({ kind: 'INVOKES', subject: speaker, object: at.treaty, sentence: index, confidence: 0.6 });
  }
  return found;
}

/** The treaties of a sentence that stand as the subject of a verb of granting, or after "settled by", "rested on". */
function citedTreatyPlaces(tokens: Token[], mentions: Mention[], context: RelationContext, index: number): { treaty: string; start: number }[] {
  const places: { treaty: string; start: number }[] = [];
  const { resolved } = context;
  for (const mention of mentions) {
    const key = resolved.entityOf.get(mention);
    if (!key || resolved.entities.get(key)?.kind !== 'Treaty' || mention.modifier) continue;
    if (grantsAfter(tokens, mention.end) || citedBefore(tokens, mention.start)) places.push({ treaty: key, start: mention.start });
  }
  // "the powers the agreement gives me": a bare "the agreement" for the story's treaty.
  tokens.forEach((token, k) => {
    if (token.lower !== 'the' || !TREATY_NOUNS.has(tokens[k + 1]?.lower ?? '') || mentions.some((mention) => mention.start <= k + 1 && mention.end > k + 1)) return;
    if (!grantsAfter(tokens, k + 2)) return;
    const treaty = treatyMeant(resolved, index, context.parties, k, tokens[k + 1].lower);
    if (treaty) places.push({ treaty, start: k });
  });
  return places;
}

/** A verb of granting or settling right after a treaty, past its date ("of 2001"), an auxiliary ("had settled") or ", which". */
function grantsAfter(tokens: Token[], end: number): boolean {
  // ("the 1977 Neutrality Treaty, which allows …": past the relative pronoun.)
  const from = tokens[end]?.text === ',' && /^(which|that)$/.test(tokens[end + 1]?.lower ?? '') ? end + 2 : end;
  for (let at = from; at < from + VERB_REACH && tokens[at]; at++) {
    // ("CITES permits are …": a word that a verb of being follows is a noun the treaty names, not a verb it governs.)
    if (CITING_AFTER.has(tokens[at].lower)) return !isRefusedText(tokens, at + 1) && !isNegation(tokens[at - 1]?.lower ?? '') && !/^(is|are|was|were)$/.test(tokens[at + 1]?.lower ?? '');
    if (tokens[at].punct || tokens[at].capitalized) return false;
  }
  return false;
}

/** "settled by the treaty", "rested on the treaty", "required by the accord": a phrase right before the treaty. */
function citedBefore(tokens: Token[], start: number): boolean {
  const at = /^(the|a|its|their)$/.test(tokens[start - 1]?.lower ?? '') ? start - 1 : start;
  return CITING_BEFORE.has(`${tokens[at - 2]?.lower} ${tokens[at - 1]?.lower}`);
}

/** Who says the clause the treaty stands in: the subject of a verb of saying before it, else the sentence's speaker. */
function speakerBefore(context: RelationContext, index: number, start: number): string | undefined {
  const { tokens, mentions } = context.sentences[index];
  const saying = tokens.findLastIndex((token, k) => k < start && SAYING_VERBS.has(token.lower));
  const subject = saying >= 0 ? subjectBefore(mentions, context.resolved, saying, tokens) : undefined;
  return subject ?? (saying >= 0 || mentions.some((mention) => mention.inQuote) ? context.speakerOfSentence.get(index) : undefined);
}
