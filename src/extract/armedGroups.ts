// Names that act as armed groups do: "Boko Haram killed at least nine people", "al-Shabaab claimed the attack". News
// names a lone killer as a gunman or a suspect; a name alone that kills many or claims an attack is a group's.
import type { Token } from './tokens.ts';
import type { Mention } from './mentions.ts';
import { GROUP_NOUNS } from './lexicon/headWords.ts';
import { REBEL_NOUNS } from './lexicon/nameCues.ts';

/** Verbs of mass violence whose victims, counted, make the subject a group ("killed at least nine people"). */
const KILLING_VERBS = new Set(['killed', 'abducted', 'kidnapped', 'massacred', 'executed', 'beheaded', 'slaughtered']);
/** Verbs of armed attack on a place or a force ("attacked a military base", "overran the town"). */
const ATTACKING_VERBS = new Set(['attacked', 'ambushed', 'stormed', 'overran', 'raided', 'besieged', 'shelled']);
/** What such attacks hit (a person's words attack plans and critics, not bases or villages). */
const ATTACKED_TARGETS = new Set([
  'base', 'bases', 'village', 'villages', 'town', 'towns', 'convoy', 'convoys', 'checkpoint', 'checkpoints', 'camp',
  'camps', 'post', 'posts', 'outpost', 'barracks', 'positions', 'troops', 'soldiers', 'school', 'church', 'mosque',
  'market', 'prison', 'garrison', 'patrol', 'police', 'station',
]);
/** What is claimed when an attack is claimed ("claimed responsibility", "claimed the bombing"). */
const CLAIMED_ACTS = new Set(['responsibility', 'attack', 'attacks', 'bombing', 'bombings', 'assault', 'raid', 'ambush', 'killing', 'killings', 'kidnapping', 'abduction']);
/** Counts of victims ("at least nine", "dozens", "12"). */
const COUNT_WORDS = /^(\d[\d,]*|at|dozens|scores|hundreds|thousands|more|some|about|nearly|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)$/;
/** Plural nouns for attackers that open sentences capitalised ("Gunmen attacked …"): common nouns, no names. */
const ATTACKER_NOUNS = new Set(['gunmen', 'bandits', 'attackers', 'assailants', 'terrorists', 'raiders', 'militiamen', 'kidnappers', 'jihadists', 'insurgents']);

/** Words that may stand between a subject and its verb ("has killed", "reportedly attacked"). */
const AUXILIARIES = new Set(['has', 'have', 'had', 'also', 'reportedly', 'allegedly', 'then', 'later']);

/** True when the mention is the subject of a killing of many, an armed attack on a place or force, or a claimed attack. */
export function actsAsArmedGroup(tokens: Token[], mention: Mention): boolean {
  let at = mention.end;
  while (at < mention.end + 2 && AUXILIARIES.has(tokens[at]?.lower ?? '')) at++;
  const verb = tokens[at];
  if (!verb || verb.capitalized || mention.possessive) return false;
  const noun = mention.text.toLowerCase();
  if (ATTACKER_NOUNS.has(noun) || GROUP_NOUNS.has(noun) || REBEL_NOUNS.has(noun)) return false;
  const object = tokens.slice(at + 1, at + 5).map((token) => token.lower);
  if (KILLING_VERBS.has(verb.lower)) return COUNT_WORDS.test(object[0] ?? '');
  if (ATTACKING_VERBS.has(verb.lower)) return object.some((word) => ATTACKED_TARGETS.has(word));
  if (verb.lower === 'claimed') return object.slice(0, 2).some((word) => CLAIMED_ACTS.has(word));
  return false;
}
