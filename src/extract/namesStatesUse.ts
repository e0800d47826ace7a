// Other names a state or a people gives a place or a thing: "the Essequibo, … that Venezuela calls Guayana Esequiba",
// "the Paracels, which Vietnam calls Hoang Sa and China calls Xisha", "the Yellow Sea, which Koreans call the West Sea".
import type { Mention, SentenceMentions } from './mentions.ts';
import { isPeoplePlural } from './gazetteer.ts';

const CALLING_VERBS: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'name', 'names', 'named']);

/**
 * Pairs [antecedent, other name] of one sentence: the name right after "<state or people> calls (the)", and the
 * nearest mention before the caller that is neither a state nor a pronoun.
 */
export function namesStatesUse({ tokens, mentions }: SentenceMentions): [Mention, Mention][] {
  const pairs: [Mention, Mention][] = [];
  for (const caller of mentions) {
    const verb = tokens[caller.end];
    if (!verb || !CALLING_VERBS.has(verb.lower)) continue;
    const isState = caller.key.startsWith('state:') && !caller.possessive;
    const isPeople = caller.end - caller.start === 1 && isPeoplePlural(caller.text);
    if (!isState && !isPeople) continue;
    // "which Vietnam calls", "that Venezuela calls": a relative clause about what was named before.
    if (!/^(which|that|what|and)$/.test(tokens[caller.start - 1]?.lower ?? '')) continue;
    const nameStart = tokens[caller.end + 1]?.lower === 'the' ? caller.end + 2 : caller.end + 1;
    const other = mentions.find((mention) => mention.start === nameStart && mention.form === 'name');
    const antecedent = mentions.filter((mention) => mention.end <= caller.start && mention.form === 'name' && !mention.key.startsWith('state:')).at(-1);
    if (other && antecedent && !other.key.startsWith('state:')) pairs.push([antecedent, other]);
  }
  return pairs;
}
