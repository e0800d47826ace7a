// The states that mediated talks ("talks mediated by Qatar", "Qatari mediators", "after Togolese mediation"): third parties to a
// dispute, never one of "both sides" however often the story names them.
import type { Mention, SentenceMentions } from './mentions.ts';
import { countryByCapital } from './gazetteer.ts';

/** The mediators of each article's sentences, found once: the relation rules ask for them at every trigger. */
const found = new WeakMap<SentenceMentions[], Set<string>>();

/** Every state the narration says mediated or brokered talks. */
export function mediatingStates(sentences: SentenceMentions[], entityOf: Map<Mention, string>): Set<string> {
  let mediators = found.get(sentences);
  if (!mediators) found.set(sentences, (mediators = findMediators(sentences, entityOf)));
  return mediators;
}

function findMediators(sentences: SentenceMentions[], entityOf: Map<Mention, string>): Set<string> {
  const mediators = new Set<string>();
  for (const { tokens, mentions } of sentences) {
    for (const named of mentions) {
      if (named.inQuote) continue;
      const key = stateKeyOf(named, entityOf);
      if (!key) continue;
      // "Qatari mediators have hosted talks", "after Togolese mediation", "Qatar's mediation": a state's mediation.
      if ((named.modifier || named.possessive) && MEDIATION.test(tokens[named.end]?.lower ?? '')) mediators.add(key);
      if (named.possessive) continue;
      if (/^(of|by)$/.test(tokens[named.start - 1]?.lower ?? '') && MEDIATION.test(tokens[named.start - 2]?.lower ?? '')) mediators.add(key);
      // "mediated by Qatar", "brokered by Qatar"; "Qatar mediated", "Qatar, which mediated" ("Chad brokered a deal with
      // the rebels" may be a side's own bargain: only "mediated" after the name).
      const by = tokens[named.start - 1]?.lower === 'by' && /^(mediated|brokered)$/.test(tokens[named.start - 2]?.lower ?? '');
      const verb = tokens[named.end]?.text === ',' && tokens[named.end + 1]?.lower === 'which' ? named.end + 2 : named.end;
      const mediating = /^(mediated|mediates|mediating)$/.test(tokens[verb]?.lower ?? '');
      if (by || mediating) mediators.add(key);
    }
  }
  return mediators;
}

/** Nouns of mediation ("Qatari mediators", "mediation by Togo"). */
const MEDIATION = /^(mediators?|mediation)$/;

/** The state a name stands for: the state itself, or the state whose capital it is. */
function stateKeyOf(named: Mention, entityOf: Map<Mention, string>): string | undefined {
  const key = entityOf.get(named);
  if (key?.startsWith('state:')) return key;
  const capital = countryByCapital(named.text);
  return capital ? `state:${capital.code}` : undefined;
}
