// Relations read off a pair of names around a noun: "Russia-North Korea cooperation", "talks between X and Y",
// "the truce between X and Y", "Russia's war against Ukraine", "its allies, X and Y".
import type { LocalRelation } from '../types.ts';
import type { Token } from './tokens.ts';
import type { Mention } from './mentions.ts';
import { isMeetingNotHeld } from './triggerGuards.ts';
import { BOTH_STATES, actorKey, counterpartOf, isActor, kindOf, mentionKind, namesBothStates, stateKey, type RelationContext } from './relationContext.ts';

/** Every pair-shaped relation of one sentence. */
export function pairRelations(context: RelationContext, index: number): LocalRelation[] {
  return [...hyphenatedPairs(context, index), ...treatyBetween(context, index), ...meetingBetween(context, index), ...fightingBetween(context, index), ...warsOf(context, index), ...alliesOf(context, index), ...handshakes(context, index), ...counterparts(context, index)];
}

/** Words that may stand between two coordinated names in a photo caption ("X, right, and Y"). */
const CAPTION_PLACES = new Set([',', '(', ')', 'left', 'right', 'centre', 'center', 'and']);

/** "X, right, and Y shake hands before their talks": the two who shake hands meet. */
function handshakes(context: RelationContext, index: number): LocalRelation[] {
  const { tokens, mentions } = context.sentences[index];
  const at = tokens.findIndex((token, k) => /^(shake|shook|shakes|shaking)$/.test(token.lower) && tokens[k + 1]?.lower === 'hands');
  if (at < 0) return [];
  const actors = mentions.filter((mention) => mention.end <= at && at - mention.end <= 3 + 12 && isActor(context, mention));
  const second = actors.at(-1);
  if (!second || at - second.end > 3) return [];
  // The first name stands before "and", past a caption's "right" or "left"; a title may come between "and" and the name.
  const first = actors.at(-2);
  if (!first) return [];
  const between = tokens.slice(first.end, second.start);
  const and = between.findIndex((token) => token.lower === 'and');
  if (and < 0 || !between.slice(0, and).every((token) => CAPTION_PLACES.has(token.lower)) || between.slice(and + 1).some((token) => token.punct)) return [];
  const [a, b] = [actorKey(context, first), actorKey(context, second)];
  return a && b && a !== b ? [{ kind: 'MEETS', subject: a, object: b, sentence: index, confidence: 0.7 }] : [];
}

/** "Foreign Minister X and his Chinese counterpart, Y, agreed …": a minister and the counterpart named with them meet. */
function counterparts(context: RelationContext, index: number): LocalRelation[] {
  const { tokens, mentions } = context.sentences[index];
  const found: LocalRelation[] = [];
  mentions.forEach((other, at) => {
    const first = isActor(context, other) ? counterpartOf(context, tokens, mentions, at) : undefined;
    const [a, b] = [first !== undefined ? actorKey(context, mentions[first]) : undefined, actorKey(context, other)];
    if (a && b && a !== b) found.push({ kind: 'MEETS', subject: a, object: b, sentence: index, confidence: 0.7 });
  });
  return found;
}

const PAIR_NOUNS = new Set(['alliance', 'partnership', 'cooperation', 'co-operation', 'ties', 'relations', 'axis', 'friendship']);

/** "the U.S.-South Korean alliance", "Russia-North Korea cooperation": two states joined by a hyphen. */
function hyphenatedPairs(context: RelationContext, index: number): LocalRelation[] {
  const { tokens, mentions } = context.sentences[index];
  const text = context.sentenceText(index);
  const found: LocalRelation[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [left, right] = [mentions[i], mentions[i + 1]];
    if (right.start !== left.end || !/^\s*-/.test(text.slice(tokens[left.end - 1].end, tokens[right.start].start + 1))) continue;
    if (!PAIR_NOUNS.has(tokens[right.end]?.lower ?? '')) continue;
    const [a, b] = [stateKey(context, left), stateKey(context, right)];
    if (a && b && a !== b) found.push({ kind: 'COOPERATES_WITH', subject: a, object: b, sentence: index, confidence: 0.7 });
  }
  return found;
}

const WAR_NOUNS = new Set(['war', 'invasion', 'offensive', 'assault', 'aggression', 'bombardment']);

/**
 * "Russia's war against Ukraine", "Putin's illegal invasion of Ukraine", "its full-scale war in Ukraine": the owner of
 * a war fights the state it is waged against or in (a leader's war is their state's).
 */
function warsOf(context: RelationContext, index: number): LocalRelation[] {
  const { tokens, mentions } = context.sentences[index];
  const found: LocalRelation[] = [];
  for (const owner of mentions) {
    if (!owner.possessive) continue;
    let at = owner.end;
    while (at < owner.end + 3 && tokens[at] && !tokens[at].punct && !WAR_NOUNS.has(tokens[at].lower)) at++;
    if (!WAR_NOUNS.has(tokens[at]?.lower ?? '') || !/^(against|of|on|in)$/.test(tokens[at + 1]?.lower ?? '')) continue;
    const target = mentions.find((mention) => mention.start === at + 2 || (mention.start === at + 3 && tokens[at + 2].lower === 'the'));
    const ownerKey = context.resolved.entityOf.get(owner);
    const subject = ownerKey && kindOf(context, ownerKey) === 'Person' ? context.representedBy.get(ownerKey) : ownerKey;
    const object = target && context.resolved.entityOf.get(target);
    if (subject && object && subject !== object) found.push({ kind: 'FIGHTS_AGAINST', subject, object, sentence: index, confidence: 0.7 });
  }
  return found;
}

export const ALLY_NOUNS: ReadonlySet<string> = new Set(['ally', 'allies', 'partner', 'partners']);

/**
 * "NATO's partners in the Indo-Pacific – Japan, South Korea and Australia", "its ally, the Philippines": the owner of
 * allies or partners cooperates with each one listed right after them.
 */
function alliesOf(context: RelationContext, index: number): LocalRelation[] {
  const { tokens, mentions } = context.sentences[index];
  const found: LocalRelation[] = [];
  for (const owner of mentions) {
    const ownerKey = owner.possessive ? actorKey(context, owner) : undefined;
    if (!ownerKey) continue;
    let at = owner.end;
    while (at < owner.end + 3 && tokens[at] && !tokens[at].punct && !ALLY_NOUNS.has(tokens[at].lower)) at++;
    if (!ALLY_NOUNS.has(tokens[at]?.lower ?? '')) continue;
    // "Ghana is Togo's closest ally": the one the noun is said of.
    // ("China is Mongolia's biggest trading partner": a market is no partner in what a state does.)
    const said = /^(trading|trade|commercial|export|import)$/.test(tokens[at - 1]?.lower ?? '') ? undefined : allyPredicated(context, tokens, mentions, owner.start);
    if (said && said !== ownerKey) found.push({ kind: 'COOPERATES_WITH', subject: ownerKey, object: said, sentence: index, confidence: 0.7 });
    // Past "in the Indo-Pacific" to the list's opening mark.
    let open = at + 1;
    while (open < at + 6 && tokens[open] && !/^[–—:,]$/.test(tokens[open].text)) open++;
    if (!/^[–—:,]$/.test(tokens[open]?.text ?? '')) continue;
    for (let k = open + 1; k < tokens.length; k++) {
      const listed = mentions.find((mention) => mention.start === k || (mention.start === k + 1 && tokens[k].lower === 'the'));
      if (!listed || !isActor(context, listed)) break;
      const key = actorKey(context, listed);
      if (key && key !== ownerKey) found.push({ kind: 'COOPERATES_WITH', subject: ownerKey, object: key, sentence: index, confidence: 0.7 });
      k = listed.end;
      if (tokens[k]?.text !== ',' && tokens[k]?.lower !== 'and') break;
      if (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'and') k++;
    }
  }
  return found;
}

/** The actor named right before "is" and the owner of an ally noun ("Ghana is Togo's ally", "Chile remained Peru's partner"). */
function allyPredicated(context: RelationContext, tokens: Token[], mentions: Mention[], start: number): string | undefined {
  if (!/^(is|was|remains|remained)$/.test(tokens[start - 1]?.lower ?? '')) return undefined;
  const named = mentions.find((mention) => mention.end === start - 1 && isActor(context, mention) && !mention.possessive);
  return named ? actorKey(context, named) : undefined;
}

const MEETING_NOUNS = new Set(['talks', 'meeting', 'meetings', 'summit', 'negotiations', 'consultations']);

/**
 * "after a morning of talks between X and Y", "a meeting between the two ministers": the two met — named, or the
 * story's two states.
 */
function meetingBetween(context: RelationContext, index: number): LocalRelation[] {
  const pair = pairBetween(context, index, MEETING_NOUNS);
  return pair ? [{ kind: 'MEETS', subject: pair[0], object: pair[1], sentence: index, confidence: 0.7 }] : [];
}

const FIGHTING_NOUNS = new Set(['war', 'fighting', 'clashes', 'battles', 'hostilities']);

/** "The war between the army and the RSF", "fighting between the ELN and the dissidents": each fights the other. */
function fightingBetween(context: RelationContext, index: number): LocalRelation[] {
  if (isFearedWar(context.sentences[index].tokens) || isWarWithoutArms(context.sentences[index].tokens)) return [];
  const pair = pairBetween(context, index, FIGHTING_NOUNS);
  if (!pair) return [];
  return [pair, [pair[1], pair[0]]].map(([subject, object]) => ({ kind: 'FIGHTS_AGAINST' as const, subject, object, sentence: index, confidence: 0.7 }));
}

/** "fears of a new war between", "to avert a war between": a war feared or kept off has not been fought. */
function isFearedWar(tokens: Token[]): boolean {
  const at = tokens.findIndex((token, k) => FIGHTING_NOUNS.has(token.lower) && tokens[k + 1]?.lower === 'between');
  return at >= 0 && tokens.slice(Math.max(0, at - 4), at).some((token) => FEARED_WAR_WORDS.test(token.lower));
}

/** "the trade war between", "a tariff war between": a war fought with duties, not arms. */
function isWarWithoutArms(tokens: Token[]): boolean {
  const at = tokens.findIndex((token, k) => FIGHTING_NOUNS.has(token.lower) && tokens[k + 1]?.lower === 'between');
  return at > 0 && /^(trade|tariff|price|currency|tech|technology|chip|media|propaganda|legal|diplomatic|cyber|information|bidding|turf)$/.test(tokens[at - 1].lower);
}

const FEARED_WAR_WORDS = /^(fears?|feared|risks?|danger|threat|spectre|specter|prospect|brink|avert|averting|averted|avoid|avoiding|prevent|preventing|prevented|possible|potential)$/;

/** The pair after the first "<noun> between" of the sentence. */
function pairBetween(context: RelationContext, index: number, nouns: ReadonlySet<string>): [string, string] | undefined {
  const { tokens } = context.sentences[index];
  const at = tokens.findIndex((token, k) => nouns.has(token.lower) && tokens[k + 1]?.lower === 'between');
  // ("called for talks between X and Y", "offered to host a meeting between": talks not held.)
  if (at >= 0 && nouns === MEETING_NOUNS && isMeetingNotHeld(tokens, at)) return undefined;
  return at < 0 ? undefined : pairAfterBetween(context, index, at + 1);
}

/**
 * The two actors named right after the "between" at `between` and joined by "and", or "the two countries" of the
 * story: "talks between X and Y", "the truce between the two sides".
 */
function pairAfterBetween(context: RelationContext, index: number, between: number): [string, string] | undefined {
  const { tokens, mentions } = context.sentences[index];
  const after = mentions.filter((mention) => mention.start > between && (mention.key === BOTH_STATES || isActor(context, mention)));
  let pair: string[] = [];
  if ((after[0]?.key === BOTH_STATES && after[0].start <= between + 2) || namesBothStates(tokens, between + 1)) pair = context.resolved.bothStates ?? [];
  else if (after[1] && tokens[after[0].end]?.lower === 'and' && after[1].start <= after[0].end + 2) pair = [actorKey(context, after[0]), actorKey(context, after[1])].filter((key): key is string => Boolean(key));
  return pair.length === 2 && pair[0] !== pair[1] ? [pair[0], pair[1]] : undefined;
}

/** "the truce between the army and the RSF", "a ceasefire agreed between Israel and Hamas": the two are its parties. */
function treatyBetween(context: RelationContext, index: number): LocalRelation[] {
  const { tokens, mentions } = context.sentences[index];
  const found: LocalRelation[] = [];
  for (const treaty of mentions) {
    if (mentionKind(context, treaty) !== 'Treaty') continue;
    let at = treaty.end;
    if (/^(signed|agreed|reached|brokered)$/.test(tokens[at]?.lower ?? '')) at++;
    const pair = tokens[at]?.lower === 'between' ? pairAfterBetween(context, index, at) : undefined;
    for (const key of pair ?? []) found.push({ kind: 'PARTY_TO', subject: key, object: context.resolved.entityOf.get(treaty)!, sentence: index, confidence: 0.7 });
  }
  return found;
}
