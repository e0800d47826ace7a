// A text added to a treaty ("the addendum to the 2005 Border Agreement") is a treaty of its own: what is signed or
// ratified then is the addendum, not the treaty it amends.
import type { Mention } from './mentions.ts';
import { joinTokens, type Token } from './tokens.ts';
import { treatyMention } from './lowerCaseTreaties.ts';

/** Lower-case nouns for a text added to a treaty. */
const ADDENDA = /^(addendum|annex|amendment|protocol)$/;

/** "the addendum to the 2005 Border Agreement": the addendum, named with the treaty and its year, replaces it. */
export function nameTreatyAddenda(tokens: Token[], mentions: Mention[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const treaty = mentions[i];
    if (treaty.kind !== 'Treaty' || !/^\p{Lu}/u.test(treaty.text)) continue;
    let at = treaty.start;
    if (/^(19|20)\d\d$/.test(tokens[at - 1]?.text ?? '')) at--;
    if (tokens[at - 1]?.lower !== 'the' || tokens[at - 2]?.lower !== 'to') continue;
    const addendum = tokens[at - 3];
    if (!addendum || addendum.capitalized || !ADDENDA.test(addendum.lower)) continue;
    const start = at - 3;
    const text = joinTokens(tokens.slice(start, treaty.end));
    // (Named as written: the treaty's own name keeps its capitals, the addendum's words none.)
    mentions[i] = { ...treatyMention({ sentence: treaty.sentence, start, end: treaty.end, text, possessive: treaty.possessive }, text), name: text };
  }
}
