// Why a trigger matched in a sentence is no relation: negated ("did not condemn"), not yet done ("is expected to
// visit", "asked X to sign"), said of a document or an accused party rather than an actor, or a preposition that
// opens a relative clause ("the accord, under which …").
import { countryByDemonym } from './gazetteer.ts';
import type { Token } from './tokens.ts';
import type { RelationTrigger } from './lexicon/relationVerbs.ts';
import { PREPOSITIONS } from './lexicon/prepositions.ts';
import { DEPLOYED_NOUNS, FORCE_WORDS } from './lexicon/headWords.ts';
import { isNegation } from './lexicon/negations.ts';
import { CITING_VERBS } from './lexicon/citingWords.ts';
import { ACCUSING_VERBS, NAMING_VERBS } from './lexicon/reportingVerbs.ts';
import { OPPOSING_VERBS, TREATY_BACK_NOUNS } from './lexicon/welcomingWords.ts';
import { QUOTE_MARKS } from './clauseTokens.ts';

const MODALS = new Set(['will', 'would', 'could', 'might', 'may', 'should', 'shall']);
/** Words before "to" that say an act is only intended or expected ("is expected to", "threatened to", "looks forward to working"). */
const INTENT_WORDS = '(expected|plans?|planned|intends?|hopes?|hoped|hoping|wants?|wanted|seeks?|sought|aims?|aimed|wish(es|ed)?|set|due|going|scheduled|slated|poised|forward|threaten(s|ed|ing)?)';
/** An intent right before the trigger. */
const INTENDED = new RegExp(`\\b${INTENT_WORDS} to$`);
/** An intent before the trigger, a time perhaps between ("threatened on Wednesday to withdraw"). */
const INTENDED_SOMETIME = new RegExp(`\\b${INTENT_WORDS}( (on|last|this|next) \\w+)? to$`);

/** True when the trigger at tokens [begin, end) states no relation. */
export function isNoRelation(tokens: Token[], trigger: RelationTrigger, begin: number, end: number): boolean {
  // ("held no talks with X": a negation inside the trigger's own words too.)
  return (
    isNegated(tokens, begin) ||
    tokens.slice(begin + 1, end).some((token) => isNegation(token.lower)) ||
    isReducedUnder(tokens, trigger, begin) ||
    (isHypothetical(tokens, begin) && !isPledge(tokens, trigger, begin)) ||
    isReducedAccusation(tokens, trigger, begin) ||
    isBreachNamed(tokens, trigger, begin) ||
    isDocumentParticiple(tokens, begin) ||
    opensRelative(tokens, end) ||
    isStruckDeal(tokens, trigger, begin, end) ||
    isDutyUnder(tokens, trigger, begin) ||
    isStandingMembership(tokens, trigger, begin) ||
    isUnderAskedOrLongStanding(tokens, trigger, begin) ||
    isUnderDemandedOrDenied(tokens, trigger, begin) ||
    isUnderWithoutAct(tokens, trigger, begin) ||
    isAttackOnCivilians(tokens, trigger, end) ||
    isFightingNoun(tokens, trigger, begin, end) ||
    isDrillProtested(tokens, trigger, begin) ||
    isBodySitting(tokens, trigger, begin, end) ||
    isMeetingNoun(tokens, trigger, begin, end) ||
    isProposedMeeting(tokens, trigger, begin) ||
    isDealNotHeld(tokens, trigger, begin) ||
    isSupportEnded(tokens, trigger, begin) ||
    isReactionMet(tokens, trigger, end) ||
    isInvitedVisit(tokens, trigger, begin) ||
    isAccessionProcess(tokens, trigger, begin, end) ||
    isStandardMet(tokens, trigger, begin, end) ||
    isSanctionWeighed(tokens, trigger, begin) ||
    isSanctionOnNationals(tokens, trigger, end) ||
    isDesignatedToOffice(tokens, trigger, begin) ||
    isLeadingTo(tokens, trigger, end) ||
    isDeniedStance(tokens, trigger, begin) ||
    isAccusedSupport(tokens, trigger, begin) ||
    isConditionalStance(tokens, trigger, begin) ||
    isAskedAbout(tokens, trigger) ||
    isRequestForComment(tokens, trigger, end) ||
    isNamingParticiple(tokens, trigger, begin)
  );
}

/** Words before "called" that leave it a verb of calling ("had called", "he called", "also called"). */
const CALLER_WORDS = /^(had|has|have|also|then|later|first|again|he|she|they|we|i|who|which|and|personally|reportedly)$/;

/** "a rebel leader called X", "a group called X": "called" after a common noun gives a name; it is no phone call. */
function isNamingParticiple(tokens: Token[], trigger: RelationTrigger, begin: number): boolean {
  if (trigger.kind !== 'MEETS' || tokens[begin].lower !== 'called') return false;
  const previous = tokens[begin - 1];
  return Boolean(previous && !previous.punct && !previous.capitalized && !CALLER_WORDS.test(previous.lower) && !/ly$/.test(previous.lower));
}

/** How far after an asking verb "for comment" may stand ("asked Ghana's foreign ministry for comment"). */
const COMMENT_REACH = 8;

/** "asked Ghana for comment", "asked the ministry for a reaction": a reporter's question, which urges no one to act. */
function isRequestForComment(tokens: Token[], trigger: RelationTrigger, end: number): boolean {
  if (trigger.kind !== 'URGES') return false;
  for (let at = end; at < Math.min(tokens.length - 1, end + COMMENT_REACH); at++) {
    if (tokens[at].punct && tokens[at].text !== '’' && tokens[at].text !== "'") return false;
    if (tokens[at].lower === 'for') return /^(comment|comments|reaction|reactions)$/.test(tokens[at + 1].lower) || (/^(a|an|any)$/.test(tokens[at + 1].lower) && /^(comment|reaction|response)$/.test(tokens[at + 2]?.lower ?? ''));
  }
  return false;
}

/** How far back "if" or "unless" may open the clause a stance stands in. */
const CONDITION_REACH = 8;

/** "If Togo asks Ghana to release the boats, …", "unless Ghana stops accusing Togo": a stance on a condition is not taken. */
function isConditionalStance(tokens: Token[], trigger: RelationTrigger, begin: number): boolean {
  if (!DENIABLE_STANCES.has(trigger.kind)) return false;
  for (let at = begin - 1; at >= Math.max(0, begin - CONDITION_REACH); at--) {
    if (tokens[at].punct) return false;
    if (/^(if|unless)$/.test(tokens[at].lower)) return true;
  }
  return false;
}

/** "Did Sudan violate the accord?", "Will Kenya meet Uganda?": an act asked about is not stated. */
function isAskedAbout(tokens: Token[], trigger: RelationTrigger): boolean {
  return DENIABLE_STANCES.has(trigger.kind) && tokens.at(-1)?.text === '?' && /^(did|does|do|will|would|could|can|should|is|are|was|were|has|have|had)$/.test(tokens[0]?.lower ?? '');
}

/** Stances a speaker may deny taking, and acts one may deny doing or put as a condition ("denied meeting", "if X violates"). */
const DENIABLE_STANCES = new Set(['URGES', 'ACCUSES', 'CONDEMNS', 'THREATENS', 'VIOLATES', 'MEETS', 'SANCTIONS', 'COOPERATES_WITH', 'VISITS', 'SUPPLIES']);

/** A verb of denying right before a gerund ("denied urging", "denies ever accusing"). */
const DENIED_GERUND = /\b(denied|denies|deny)( ever)?$/;
/** A verb of denying before "having" and a participle ("denied having urged", "denies ever having accused"). */
const DENIED_PERFECT = /\b(denied|denies|deny)( ever)? having$/;

/** A verb of denying before "that", a pronoun and the auxiliaries of a stance ("denied that it had accused"). */
const DENIED_THAT = /\b(denied|denies|deny|denying)( ever)? that (it|he|she|they|we|i)( (had|has|have|ever|would|will|was|were|is|are|been))*$/;

/** Verbs of accusing whose "X of <gerund>" says what X is charged with ("accused Rwanda of backing the rebels"). */
const CHARGING_VERBS: ReadonlySet<string> = new Set([...ACCUSING_VERBS, 'suspected', 'suspects', 'suspect', 'suspecting']);

/**
 * "Burundi accused Rwanda of backing the rebels": support another charges an actor with is the accuser's claim, told
 * as ACCUSES, not support stated (a breach charged keeps its VIOLATES, which carries who alleges it).
 */
function isAccusedSupport(tokens: Token[], trigger: RelationTrigger, begin: number): boolean {
  // (A quote may open before the charge: 'accused him of "providing material support to …"'.)
  const of = QUOTE_MARKS.has(tokens[begin - 1]?.text ?? '') ? begin - 2 : begin - 1;
  if (trigger.kind !== 'SUPPORTS' || tokens[of]?.lower !== 'of' || !tokens[begin].lower.endsWith('ing')) return false;
  for (let at = of - 1; at >= Math.max(0, of - 7); at--) {
    if (tokens[at].punct) return false;
    if (CHARGING_VERBS.has(tokens[at].lower)) return true;
  }
  return false;
}

/** "denied urging Togo to …", "denies ever accusing X", "denied having urged X", "denied that it had accused X": a stance the actor denies taking is not taken. */
function isDeniedStance(tokens: Token[], trigger: RelationTrigger, begin: number): boolean {
  if (!DENIABLE_STANCES.has(trigger.kind)) return false;
  if (DENIED_THAT.test(tokens.slice(Math.max(0, begin - 7), begin).map((token) => token.lower).join(' '))) return true;
  const before = tokens.slice(Math.max(0, begin - 3), begin).map((token) => token.lower).join(' ');
  return /ing$/.test(tokens[begin]?.lower ?? '') ? DENIED_GERUND.test(before) : DENIED_PERFECT.test(before);
}

/** "the quarrel led to a freeze", "the envoy headed to Addis Ababa": a verb of leading followed by "to" tells a cause or a journey. */
function isLeadingTo(tokens: Token[], trigger: RelationTrigger, end: number): boolean {
  return trigger.kind === 'LEADS' && tokens[end]?.lower === 'to';
}

/**
 * What one holds under a treaty, not an act done under it: "obligations under", "rights under", "pledged under"; and
 * what it grants ("its trade benefits under the pact", "tariff preferences under", "its status under").
 */
const DUTY_WORDS = /^(obligations?|commitments?|rights?|powers|duties|duty|responsibilities|pledged|pledges|bound|benefits|protections?|preferences|privileges|entitlements|exemptions|status)$/;

function isDutyUnder(tokens: Token[], trigger: RelationTrigger, begin: number): boolean {
  if (trigger.kind !== 'INVOKES' || tokens[begin].lower !== 'under') return false;
  // (Unless they are invoked: "would invoke US commitments under Article IV".)
  const invoked = tokens.slice(Math.max(0, begin - 4), begin).some((token) => CITING_VERBS.has(token.lower));
  return (DUTY_WORDS.test(tokens[begin - 1]?.lower ?? '') || isDutyToSomething(tokens, begin)) && !invoked;
}

/** How far back a duty may stand before "under" ("their commitment to trilateral security cooperation with the United States under"). */
const DUTY_REACH = 10;

/** "his right to an effective defence under", "their commitment to security cooperation with X under": a duty "to" a thing, held under the text. */
function isDutyToSomething(tokens: Token[], begin: number): boolean {
  for (let at = begin - 2; at >= Math.max(0, begin - DUTY_REACH); at--) {
    if (tokens[at].punct) return false;
    if (DUTY_WORDS.test(tokens[at].lower) && !/^(pledged|bound)$/.test(tokens[at].lower) && tokens[at + 1]?.lower === 'to') return true;
  }
  return false;
}

/**
 * "the 1997 treaty that both countries have signed", "a convention which Chile has ratified": a relative clause in the
 * perfect says who is bound by the treaty (PARTY_TO), not that a signing is news.
 */
function isStandingMembership(tokens: Token[], trigger: RelationTrigger, begin: number): boolean {
  if (trigger.kind !== 'SIGNS' || !/^(have|has)$/.test(tokens[begin - 1]?.lower ?? '')) return false;
  return tokens.slice(Math.max(0, begin - 6), begin - 1).some((token) => /^(which|that)$/.test(token.lower));
}

/** How far back the verb of an act "under" a treaty may stand ("urged X to withdraw the sanctions and return to cooperation under"). */
const UNDER_CLAUSE_REACH = 12;

/**
 * "urged Seoul to … return to cooperation under the memorandum", "asked the bloc to hold consultations under the
 * treaty": an act asked for is not yet done under it; "has kept troops there since 2021 under the accord": a state of
 * long standing cites nothing now.
 */
function isUnderAskedOrLongStanding(tokens: Token[], trigger: RelationTrigger, begin: number): boolean {
  if (trigger.kind !== 'INVOKES' || tokens[begin].lower !== 'under') return false;
  const previous = tokens[begin - 1]?.lower ?? '';
  const beforePrevious = tokens[begin - 2]?.lower ?? '';
  if (/^\d{4}$/.test(previous) && (beforePrevious === 'since' || tokens[begin - 3]?.lower === 'since')) return true;
  for (let at = begin - 1; at >= Math.max(1, begin - UNDER_CLAUSE_REACH); at--) {
    if (/^[;:—–(]$/.test(tokens[at].text) || /^(which|who|that|but|while)$/.test(tokens[at].lower)) return false;
    if (tokens[at].lower === 'to' && (isAskedFor(tokens, at + 1) || BOUND_TO.test(tokens[at - 1]?.lower ?? ''))) return true;
  }
  return false;
}

/** Words that say an act is owed or denied, not done ("must act", "has to act", "denied acting"). */
const OWED_OR_DENIED = /^(must|should|ought|denied|denies|deny|denying|rejected|rejects)$/;

/**
 * "X must act under the accord", "X has to act under it", "Peru denied acting under the accord": an act under a text
 * that is demanded of the subject, or that it denies, is no invoking of it.
 */
function isUnderDemandedOrDenied(tokens: Token[], trigger: RelationTrigger, begin: number): boolean {
  if (trigger.kind !== 'INVOKES' || tokens[begin].lower !== 'under') return false;
  // (The verb before "under", past a word between: "must act", "must now act", "has to act", "denied acting".)
  for (let at = begin - 2; at >= Math.max(0, begin - 4); at--) {
    if (tokens[at].punct) return false;
    if (OWED_OR_DENIED.test(tokens[at].lower) || (/^(has|have|had|needs|need)$/.test(tokens[at].lower) && tokens[at + 1]?.lower === 'to')) return true;
  }
  return false;
}

/**
 * "the posts it had demolished under the pact", "authorized the force last year under Resolution 2710", "trade has
 * doubled under the accord": a change of quantity, a text adopted or a thing given up "under" a text tells what the
 * text settled or allowed, not that the clause's subject cites it now (unless an act comes nearer: "sent troops").
 */
function isUnderWithoutAct(tokens: Token[], trigger: RelationTrigger, begin: number): boolean {
  if (trigger.kind !== 'INVOKES' || tokens[begin].lower !== 'under') return false;
  for (let at = begin - 1; at >= Math.max(0, begin - SETTLED_REACH); at--) {
    if (/^[;:—–(,]$/.test(tokens[at].text) || ACTS_UNDER.test(tokens[at].lower)) return false;
    if (SETTLED_UNDER.test(tokens[at].lower)) return true;
  }
  return false;
}

/** People who are no side in a fight: an attack on them is no fight against the place named after them. */
const NONCOMBATANTS = /^(civilians|villagers|residents|fishermen|farmers|herders|protesters|demonstrators|migrants|refugees|journalists|workers|students|worshippers|pilgrims|patients|children|women|families|homes|hospitals|schools|markets)$/;

/** "accusing them of attacks on civilians in Upper Nile", "attacks on fishermen in X": whom the attack hit is no state or front. */
function isAttackOnCivilians(tokens: Token[], trigger: RelationTrigger, end: number): boolean {
  if (trigger.kind !== 'FIGHTS_AGAINST') return false;
  // (The verb "attacks" may match alone, its preposition after it.)
  const from = /^(on|against)$/.test(tokens[end - 1]?.lower ?? '') ? end : /^(on|against)$/.test(tokens[end]?.lower ?? '') ? end + 1 : -1;
  if (from < 0) return false;
  for (let at = from; at < Math.min(tokens.length, from + 3); at++) {
    if (tokens[at].punct) return false;
    if (NONCOMBATANTS.test(tokens[at].lower)) return true;
  }
  return false;
}

/** Words before "fighting" that make it a noun, the fighting itself, not a verb with a foe after it. */
const FIGHT_NOUN_BEFORE = /^(the|of|to|heavy|fierce|renewed|intense|deadly|recent|ongoing|sporadic|factional|street|and|after|amid|despite|during)$/;

/** "a halt to fighting around the Sudanese city", "the fighting killed …": the noun names no foe; the verb's foe is a
 * name right after it, or after one determiner ("fighting the army", "has fought al-Shabaab"). */
function isFightingNoun(tokens: Token[], trigger: RelationTrigger, begin: number, end: number): boolean {
  if (trigger.kind !== 'FIGHTS_AGAINST' || trigger.object !== 'direct' || !trigger.plainObject || end - begin !== 1 || !/^(fight|fights|fought|fighting|battle|battles|battled|battling)$/.test(tokens[begin].lower)) return false;
  if (FIGHT_NOUN_BEFORE.test(tokens[begin - 1]?.lower ?? '')) return true;
  const at = /^(the|its|their|his|her)$/.test(tokens[end]?.lower ?? '') ? end + 1 : end;
  // ("fighting al-Shabaab"; not "fighting Nigerien rebels", who are no state's.)
  return !/\p{Lu}/u.test(tokens[at]?.text ?? '') || (Boolean(countryByDemonym(tokens[at]!.text)) && NON_STATE_FIGHTERS.test(tokens[at + 1]?.lower ?? ''));
}

/** How far before "drills" the word that makes them the object of a protest may stand ("over coast guard exercises"). */
const PROTESTED_DRILL_REACH = 4;

/**
 * "lodged a protest over coast guard exercises near X", "condemned the naval drills near Y": drills named as what a
 * side protests are another side's, so they are no threat of the protester's.
 */
function isDrillProtested(tokens: Token[], trigger: RelationTrigger, begin: number): boolean {
  if (trigger.kind !== 'THREATENS' || !/^(drills|exercises|manoeuvres|maneuvers|war)$/.test(tokens[begin].lower)) return false;
  for (let at = begin - 1; at >= Math.max(0, begin - PROTESTED_DRILL_REACH); at--) {
    if (tokens[at].punct || tokens[at].capitalized) return false;
    if (/^(over|against|about|condemned|condemns|denounced|denounces|protested|protests|criticised|criticized|criticises|criticizes)$/.test(tokens[at].lower)) return true;
  }
  return false;
}

/** Armed men who fight for no state, after a state's adjective ("Nigerien rebels"). */
const NON_STATE_FIGHTERS = /^(rebels?|militants?|insurgents?|jihadists?|separatists?|militias?|gangs?|gunmen|extremists|terrorists|bandits|pirates|smugglers|traffickers|poachers)$/;

/** "lodged a complaint under", "sent 500 troops to X under": an act of the words before "under" at `begin`, in its clause. */
export function isActDoneUnder(tokens: Token[], begin: number): boolean {
  for (let at = begin - 1; at >= Math.max(0, begin - SETTLED_REACH); at--) {
    if (/^[;:—–(,]$/.test(tokens[at].text)) return false;
    if (ACTS_UNDER.test(tokens[at].lower)) return true;
  }
  return false;
}

/** How far back the verb may stand ("authorized the force last year under"). */
const SETTLED_REACH = 8;

/** Verbs of what a text settled, allowed or changed. */
const SETTLED_UNDER = /^(rose|rise|rises|risen|fell|fall|falls|fallen|doubled|tripled|grew|grow|grows|grown|increased|decreased|declined|dropped|jumped|surged|slumped|authorized|authorised|authorizes|authorises|mandated|approved|approves|adopted|demolished|dismantled|ceded|transferred|allowed|permitted|expired|lapsed|ended|remained|remains|stayed)$/;

/** The words of an act one does under a text, which cites it now: forces sent, a complaint or case brought, action taken. */
const ACTS_UNDER = /^(act|acts|acted|acting|action|actions|sent|send|sends|sending|dispatched|dispatches|dispatch|deployed|deploys|deploy|deploying|deployment|deployments|troops|forces|soldiers|officers|complaint|complaints|lodged|lodges|filed|files|file|brought|brings|bring|case|cases|claim|claims|request|requested|requests|invoked|invokes|triggered|triggers|trigger|notified|notifies|notice|arbitration|proceedings|proceeding|consultations|negotiations|negotiate|intervened|intervention|retaliated|retaliatory|safeguard|measures|ordered|orders|sought|seeks|seeking|asked|demanded|summoned|convened|challenge|challenged|appeal|appealed|operation|operations|patrols|propose|proposes|proposed|proposing|proposal)$/;

/** "is entitled to half the revenue under", "agreed to lower its tariffs under", "is required to notify under": what the
 * text grants or binds one to, not an act done under it now. */
const BOUND_TO = /^(entitled|supposed|required|obliged|obligated|allowed|permitted|agreed|agrees|agree|committed|commits|undertook|undertakes|promised|promises)$/;

/**
 * "chaired a meeting of the Security Council", "raised it at a meeting of EU foreign ministers", "attended a meeting of
 * the AU": the body sits; whoever chairs, attends or speaks at its sitting does not meet it. ("the first meeting of
 * their water officials", "a meeting of the two countries' commission": the two sides meet.)
 */
function isBodySitting(tokens: Token[], trigger: RelationTrigger, begin: number, end: number): boolean {
  if (trigger.kind !== 'MEETS' || !/^(meeting|meetings|session)$/.test(tokens[end - 1]?.lower ?? '') || tokens[end]?.lower !== 'of') return false;
  const named = tokens[end + 1]?.lower === 'the' ? tokens[end + 2] : tokens[end + 1];
  return Boolean(named?.capitalized) || tokens.slice(Math.max(0, begin - 4), begin).some((token) => /^(chaired|chairs|chairing|convened|convenes|convening|called|presided|held|holds|holding)$/.test(token.lower));
}

/**
 * "opened the meeting by urging both sides", "a meeting in Harare": "meeting" after a determiner is the noun, no verb
 * whose object is met (a noun's partner comes after "with" or "between", read by other patterns).
 */
function isMeetingNoun(tokens: Token[], trigger: RelationTrigger, begin: number, end: number): boolean {
  if (trigger.kind !== 'MEETS' || end !== begin + 1 || !/^(meeting|meetings)$/.test(tokens[begin].lower)) return false;
  return /^(the|a|an|this|that|its|their|his|her|our)$/.test(tokens[begin - 1]?.lower ?? '');
}

/** "proposed holding talks with", "was open to talks with", "offered to host talks between", "called off the meeting
 * with": talks not (yet) held. */
function isProposedMeeting(tokens: Token[], trigger: RelationTrigger, begin: number): boolean {
  if (trigger.kind !== 'MEETS' || !/^(talks|meeting|meetings|dialogue|summit|negotiations)$/.test(tokens[begin].lower)) return false;
  return isMeetingNotHeld(tokens, begin);
}

/** True when the words before the meeting noun at `at` propose, wish for, demand or turn down the meeting. */
export function isMeetingNotHeld(tokens: Token[], at: number): boolean {
  // ("called for talks", "called off a meeting", "broke off talks": those verbs need their "for" or "off" — "called the
  // talks constructive" held them.)
  const from = Math.max(0, at - 5);
  return tokens.slice(from, at).some((token, k) => {
    const next = tokens[from + k + 1]?.lower ?? '';
    if (/^(called|calls|calling)$/.test(token.lower)) return next === 'for' || next === 'off';
    return PROPOSING_WORDS.test(token.lower) || (token.lower === 'off' && /^(broke|breaks|breaking)$/.test(tokens[from + k - 1]?.lower ?? ''));
  });
}

// ("refused to hold talks with X", "called off a meeting with Y", "ruled out talks": talks turned down are not held;
// "wants talks with X", "hopes to hold talks", "demanded talks with", "called for talks between": nor talks wished for.)
const PROPOSING_WORDS = /^(proposed|proposes|propose|proposing|offered|offers|offer|open|ready|willing|scheduled|slated|seek|seeks|sought|seeking|invited|invites|invitation|refused|refuses|refusing|rejected|rejects|rejecting|declined|declines|ruled|rules|cancelled|canceled|cancels|postponed|postpones|boycotted|boycotts|snubbed|preparing|prepares|prepare|ahead|upcoming|forthcoming|wants|want|wanted|wanting|hopes|hope|hoped|hoping|demanded|demands|demand|demanding|urged|urges|urge|urging|pressed|presses|pressing|requested|requests|push|pushed|pushes|pushing|asked|asks|wish|wishes|wished)$/;

/** What is struck in business: "struck a deal with X", "the largest deal Germany has struck outside the EU". */
const BARGAIN_NOUNS = /^(deal|deals|agreement|agreements|bargain|accord|compromise|pact|partnership)$/;

function isStruckDeal(tokens: Token[], trigger: RelationTrigger, begin: number, end: number): boolean {
  if (trigger.kind !== 'FIGHTS_AGAINST' || !/^(struck|strikes|strike)$/.test(tokens[begin].lower)) return false;
  return tokens.slice(end, end + 3).some((token) => BARGAIN_NOUNS.test(token.lower)) || tokens.slice(Math.max(0, begin - 4), begin).some((token) => BARGAIN_NOUNS.test(token.lower));
}

/** Verbs of appeal whose announcement is reported as the appeal ("would ask X to", "will urge X to", "will call on X"). */
const ANNOUNCED_APPEALS = /^(ask|urge|call|press|demand)$/;
/** Verbs of asking for talks whose announcement is the proposal ("would seek a summit with X", "will request talks with X"). */
const ANNOUNCED_REQUESTS = /^(seek|request)$/;

/** Kinds whose announced act is reported as the act ("will stand by", "would deploy 1,200 officers to", "would work with"). */
const PLEDGED_KINDS = new Set(['SUPPORTS', 'DEPLOYS_TO', 'COOPERATES_WITH']);

/** How many words after the act a condition on it may stand ("would cooperate with Ghana on the river if …"). */
const PLEDGE_CONDITION_REACH = 10;

/**
 * "will stand by the army", "would work with Washington and Tokyo to enforce the sanctions", "would keep cooperating
 * with": a pledge of support is support, and one to cooperate is cooperation (not "is expected to back", nor one on a
 * condition: "would cooperate with Ghana if the border reopened").
 */
function isPledge(tokens: Token[], trigger: RelationTrigger, begin: number): boolean {
  const before = tokens.slice(Math.max(0, begin - 4), begin).map((token) => token.lower);
  // ("would retaliate if X …": a threat is said in the conditional.)
  if (trigger.kind === 'THREATENS' && Array.isArray(trigger.object) && trigger.object.includes('if')) return true;
  // ("will remain bound by the accord": one who stays bound by a text is bound by it now.)
  const staying = trigger.kind === 'PARTY_TO' && /^(stay|remain)$/.test(tokens[begin].lower);
  // ("said it would ask the Commission to examine …", "will urge Brussels to act": an appeal announced is news of the appeal.)
  const appeal = (trigger.kind === 'URGES' && ANNOUNCED_APPEALS.test(tokens[begin].lower)) || (trigger.kind === 'PROPOSES' && ANNOUNCED_REQUESTS.test(tokens[begin].lower));
  if (!PLEDGED_KINDS.has(trigger.kind) && !staying && !appeal) return false;
  // (A first pledge to cooperate is the modal and the verb: "would work with", "will closely coordinate with"; past
  // other words only one to go on: "would continue to work with".)
  const goingOn = before.some((word) => /^(continue|keep|remain)$/.test(word));
  if (trigger.kind === 'COOPERATES_WITH' && ((!goingOn && !isModalRightBefore(tokens, begin)) || isConditionAfter(tokens, begin))) return false;
  // ("would send a team to inspect": only forces announced are a deployment.)
  if (trigger.kind === 'DEPLOYS_TO' && !tokens.slice(begin, begin + 7).some((token) => FORCE_WORDS.has(token.lower) || DEPLOYED_NOUNS.has(token.lower))) return false;
  return before.some((word) => /^(will|would|shall)$/.test(word)) && !isAskedFor(tokens, begin) && !INTENDED.test(before.join(' ')) && !before.includes('if');
}

/** "would work with", "will closely coordinate with": a modal right before the verb, past at most an adverb. */
function isModalRightBefore(tokens: Token[], begin: number): boolean {
  const modal = /ly$/.test(tokens[begin - 1]?.lower ?? '') ? begin - 2 : begin - 1;
  return /^(will|would|shall)$/.test(tokens[modal]?.lower ?? '');
}

/** "would cooperate with Ghana if the border reopened": "if" or "unless" after the act, in its clause. */
function isConditionAfter(tokens: Token[], begin: number): boolean {
  for (let at = begin + 1; at < Math.min(tokens.length, begin + PLEDGE_CONDITION_REACH); at++) {
    if (/^[.;:—–]$/.test(tokens[at].text)) return false;
    if (/^(if|unless)$/.test(tokens[at].lower)) return true;
  }
  return false;
}

/**
 * "salaries promised under a UN-backed roadmap", "the islet ceded under the agreement": "under" after a participle that
 * qualifies a noun says what the text did, not that the clause's subject acted under it.
 */
function isReducedUnder(tokens: Token[], trigger: RelationTrigger, begin: number): boolean {
  if (trigger.kind !== 'INVOKES' || tokens[begin].lower !== 'under') return false;
  const participle = tokens[begin - 1];
  const noun = tokens[begin - 2];
  return Boolean(participle && noun && (/ed$/.test(participle.lower) || IRREGULAR_PARTICIPLES.has(participle.lower)) && !participle.capitalized && !noun.punct && !/^(was|were|is|are|be|been|being|has|had|have|it|they|he|she|we|also|not)$/.test(noun.lower));
}

/** Participles that do not end in "-ed" ("the price set under the agreement", "water sold under the deal"). */
const IRREGULAR_PARTICIPLES = new Set(['set', 'paid', 'sold', 'held', 'given', 'made', 'built', 'bought', 'laid', 'kept', 'lent', 'sent', 'taken', 'drawn', 'won', 'granted', 'fixed']);

/** "a resolution demanding an end to …", "a statement urging calm": the document acts, not the sentence's subject. */
function isDocumentParticiple(tokens: Token[], begin: number): boolean {
  return tokens[begin].lower.endsWith('ing') && DOCUMENT_NOUNS.has(tokens[begin - 1]?.lower ?? '');
}

const DOCUMENT_NOUNS = new Set(['resolution', 'statement', 'report', 'letter', 'bill', 'draft', 'text', 'motion', 'declaration', 'communique', 'communiqué', 'proposal', 'law', 'decree', 'petition', 'appeal', 'note']);

/** Verbs by which one names another's act a breach ("called the raid a violation of", "described it as a breach of"). */
const BREACH_NAMING_VERBS: ReadonlySet<string> = new Set([
  ...NAMING_VERBS, 'call', 'describes', 'brands', 'branding', 'terms', 'condemned', 'condemns', 'denounced', 'denounces',
  'decried', 'decries', 'saw', 'sees', 'regarded', 'regards', 'considered', 'considers', 'deemed', 'deems',
]);

/**
 * "Peru called the raid a violation of the convention", "condemned the strike as a breach of": who names an act a breach
 * accuses; the breach is the act's, not the namer's.
 */
function isBreachNamed(tokens: Token[], trigger: RelationTrigger, begin: number): boolean {
  if (trigger.kind !== 'VIOLATES' || !/^(violation|violations|breach|breaches)$/.test(tokens[begin].lower)) return false;
  // ("considered Asmara in breach of": who is "in breach" is named as the one who breaks the text.)
  if (tokens[begin - 1]?.lower === 'in') return false;
  // Back past "a", "an", "as" and adjectives ("a flagrant", "as a clear") to the noun phrase named, and the verb before it.
  let at = begin - 1;
  while (at >= 0 && !tokens[at].punct && /^(a|an|as|the|clear|flagrant|blatant|gross|serious|direct|grave|open|new|further|another|obvious|manifest|material)$/.test(tokens[at].lower)) at--;
  return tokens.slice(Math.max(0, at - 5), at + 1).some((token) => BREACH_NAMING_VERBS.has(token.lower));
}

/** "companies accused of shipping oil": a participle after a noun, with nobody named as the accuser. */
function isReducedAccusation(tokens: Token[], trigger: RelationTrigger, begin: number): boolean {
  if (trigger.kind !== 'ACCUSES' || tokens[begin].lower !== 'accused' || tokens[begin + 1]?.lower !== 'of') return false;
  const previous = tokens[begin - 1];
  return Boolean(previous && !previous.punct && !previous.capitalized && !/^(and|also|then|have|has|had|who|which|publicly|repeatedly|previously|again)$/.test(previous.lower));
}

/** "the Stockholm Agreement, under which the rebels promised …": the preposition opens a relative clause about the
 * treaty before it, whose subject comes after. */
function opensRelative(tokens: Token[], end: number): boolean {
  return /^(which|whom|whose)$/.test(tokens[end]?.lower ?? '') && PREPOSITIONS.has(tokens[end - 1]?.lower ?? '');
}

/** "is expected to visit", "would sign", "threatened to quit": what may happen is not yet a relation. */
function isHypothetical(tokens: Token[], begin: number): boolean {
  const before = tokens.slice(Math.max(0, begin - 3), begin).map((token) => token.lower);
  // "warned Seoul against supplying weapons": what someone is warned against or kept from has not happened.
  const warnedOff = /^(against|from)$/.test(before.at(-1) ?? '') && tokens[begin].lower.endsWith('ing');
  // (A quote may open between the intent and the act: "looked forward “to working with …".)
  const wider = tokens.slice(Math.max(0, begin - 6), begin).filter((token) => !/^[“”"‘’']$/.test(token.text)).slice(-5).map((token) => token.lower).join(' ');
  return warnedOff || isAskedFor(tokens, begin) || before.some((word) => MODALS.has(word)) || INTENDED_SOMETIME.test(wider);
}

/** Verbs of appeal, whose "to …" says what is asked for; and of wishing ("wants Peru to sign", "I want X to meet Y"). */
const APPEALS: ReadonlySet<string> = new Set(['asked', 'asks', 'ask', 'urged', 'urges', 'urge', 'pressed', 'called', 'calls', 'requested', 'requests', 'want', 'wants', 'wanted', 'wanting']);

/** How many words may stand between "to" and the trigger ("to impose new sanctions on"). */
const LIGHT_VERB_REACH = 3;

/** "asked Asean to press the junta": what someone is asked to do has not happened yet. */
function isAskedFor(tokens: Token[], begin: number): boolean {
  // ("to immediately withdraw": an adverb may split the infinitive; "to impose new sanctions on": a verb may govern the
  // noun that is the trigger.)
  let to = begin - 1;
  while (to >= begin - LIGHT_VERB_REACH && to > 0 && tokens[to].lower !== 'to' && !tokens[to].punct && !tokens[to].capitalized && tokens[to].lower !== 'and') to--;
  if (tokens[to]?.lower !== 'to') return false;
  return tokens.slice(Math.max(0, to - 7), to).some((token) => APPEALS.has(token.lower));
}

/** Verbs and nouns that say what follows "to" was not done ("failed to sign", "refused to meet", "Bolivia's refusal to sign"). */
const FAILURES = /^(fail|fails|failed|failing|failure|refuse|refuses|refused|refusing|refusal|decline|declines|declined|declining|reluctance)$/;

/**
 * "failed to sign a sharing deal", "have not signed the accord": a text right after a negated or refused verb, which
 * the states named around it are no parties to.
 */
export function isRefusedText(tokens: Token[], start: number): boolean {
  let verb = start - 1;
  while (verb > 0 && start - verb <= 2 && /^(a|an|the|any|its|their)$/.test(tokens[verb].lower)) verb--;
  return isNegated(tokens, verb);
}

/** "did not sign", "never met", "have failed to sign": a negation a few words before the trigger. */
function isNegated(tokens: Token[], begin: number): boolean {
  if (tokens[begin - 1]?.lower === 'to' && FAILURES.test(tokens[begin - 2]?.lower ?? '')) return true;
  // ("refused to deepen cooperation with": a verb may govern the noun that is the trigger.)
  if (tokens[begin - 2]?.lower === 'to' && !tokens[begin - 1].punct && !tokens[begin - 1].capitalized && FAILURES.test(tokens[begin - 3]?.lower ?? '')) return true;
  // "stopped short of blaming Turkey", "refrained from criticising Rome", "risked breaching": a gerund after a verb of
  // holding back or of risk.
  const before = tokens.slice(Math.max(0, begin - 3), begin).map((token) => token.lower);
  if (/(\b(stopped|stops|stopping|stop) short of|\b(refrained|refrains|refraining|refrain) from|\b(avoided|avoids|avoiding|avoid|risked|risks|risking|risk))$/.test(before.join(' '))) return true;
  // "has yet to sign", "delayed signing", "postponed the signing of": an act not done yet, or put off.
  if (/(\byet to|\b(delayed|delays|delaying|delay|postponed|postpones|postponing|postpone|deferred|defers|deferring|defer)( the)?)$/.test(before.join(' '))) return true;
  // ("said its forces were not involved and called for calm": a negation before "and" or "but" belongs to the verb before.)
  const joiner = before.findLastIndex((word) => /^(and|but)$/.test(word));
  // ("not only condemned X but also …": what is done and more is no negation.)
  const next = (k: number) => before[k + 1] ?? tokens[begin]?.lower;
  return before.some((word, k) => k > joiner && isNegation(word) && !NOT_ONLY.test(next(k) ?? ''));
}

/** Words after "not" that open "not only … but also": the act is done and more is added. */
const NOT_ONLY = /^(only|just|merely|simply)$/;

/** Verbs by which a state leaves, ends or breaks a deal, or others only urge one ("pulled out of its pact with X", "suspended its deal with X", "press for a deal with X"). */
const NOT_HELD = /^(withdrew|withdraws|withdraw|withdrawing|quit|quits|quitting|scrapped|scraps|scrap|abandoned|abandons|cancelled|canceled|cancels|terminated|terminates|tore|tearing|pull|pulls|pulled|pulling|exit|exits|exited|leave|leaves|left|ditch|ditched|renounced|renounces|suspend|suspends|suspended|end|ends|ended|violated|violates|violating|breached|breaching|press|presses|pressed|pressing|push|pushes|pushed|pushing|urge|urges|urged|urging)$/;

/** Words after which "deal" is a verb: "to", a modal, a subject pronoun, an adverb. */
const DEAL_AS_VERB = /^(to|will|would|can|could|must|should|may|might|shall|we|they|i|you|he|she|it|who|which|that|and|or|not|also|directly|firmly|\w+ly)$/;

/**
 * "a security pact with Australia" is a partnership the state holds; one it rejects, leaves or denies ("rejected a deal
 * with X", "withdrew from its pact with X", "has no agreement with X") is not, nor one others press it to make.
 */
function isDealNotHeld(tokens: Token[], trigger: RelationTrigger, begin: number): boolean {
  if (trigger.kind !== 'COOPERATES_WITH' || !TREATY_BACK_NOUNS.has(tokens[begin].lower.replace(/s$/, ''))) return false;
  // ("how to deal with Togo", "Ghana must deal with Togo": "deal" here is the verb.)
  if (/^deals?$/.test(tokens[begin].lower) && DEAL_AS_VERB.test(tokens[begin - 1]?.lower ?? '')) return true;
  // ("Benin signed a border treaty with Togo in 1998": a signing is read by the signing trigger, which dates it.)
  return tokens.slice(Math.max(0, begin - 6), begin).some((token) => OPPOSING_VERBS.has(token.lower) || NOT_HELD.test(token.lower) || isNegation(token.lower) || /^(signed|signs|sign|signing)$/.test(token.lower));
}

/** Verbs that end or take back support ("withdrew its support for", "stopped supporting", "cut aid to"). */
const ENDING_VERBS = /^(withdrew|withdraws|withdraw|withdrawn|withdrawing|ended|ends|end|ending|stopped|stops|stop|stopping|halted|halts|halt|halting|suspended|suspends|suspend|suspending|cut|cuts|cutting|revoked|revokes|revoking|dropped|drops|dropping|abandoned|abandons|abandoning|ceased|ceases|ceasing|scrapped|scraps|scrapping|froze|freezes|frozen|freezing|severed|severs|sever|severing|terminated|terminates|terminating|cancelled|canceled|cancels|cancelling|canceling)$/;

/**
 * "withdrew its support for X", "ended its backing of X", "stopped supporting X": support taken back is none given; so
 * is cooperation ("suspended its cooperation with X", "stopped cooperating with X", "has frozen cooperation with X").
 */
function isSupportEnded(tokens: Token[], trigger: RelationTrigger, begin: number): boolean {
  if (trigger.kind !== 'SUPPORTS' && trigger.kind !== 'COOPERATES_WITH') return false;
  let at = begin - 1;
  while (at > begin - 4 && /^(its|their|his|her|the|all|any|further|military|financial|political|off)$/.test(tokens[at]?.lower ?? '')) at--;
  return ENDING_VERBS.test(tokens[at]?.lower ?? '');
}

/** Private people and firms that a state's adjective may qualify ("a Belarusian businessman", "Albanian nationals"). */
const PRIVATE_TARGETS = /^(businessm[ae]n|businesswom[ae]n|nationals|citizens|individuals|oligarchs|tycoons?|traders?|smugglers?|companies|company|firms?|entities|banks?|vessels|ships|tankers)$/;

/**
 * "imposed sanctions on a Belarusian businessman and two firms", "on nine Albanian nationals": the sanction falls on
 * people of the state, not on the state (its goods — "on Chilean steel" — are the state's).
 */
function isSanctionOnNationals(tokens: Token[], trigger: RelationTrigger, end: number): boolean {
  if (trigger.kind !== 'SANCTIONS') return false;
  let at = end;
  while (at < end + 3 && tokens[at] && !tokens[at].capitalized && !tokens[at].punct && !PRIVATE_TARGETS.test(tokens[at].lower)) at++;
  if (!tokens[at]?.capitalized) return false;
  let name = at;
  while (name < at + 3 && tokens[name]?.capitalized) name++;
  // ("sanctions on Chadian businessman Emil Tosk": a name after the noun is the object, which the trigger keeps.)
  return name > at && PRIVATE_TARGETS.test(tokens[name]?.lower ?? '') && !tokens[name + 1]?.capitalized;
}

/** Words of a status that a designation sanctions ("a terrorist organisation", "a sanctioned entity", "a drug kingpin"). */
const SANCTIONED_STATUS = /^(terror|terrorist|terrorists|sanction|sanctions|sanctioned|extremist|extremists|criminal|cartel|sponsor|threat|narcotics|trafficker|traffickers|kingpin|kingpins|proliferator|proliferators)$/;

/**
 * "designated Kofi Mensah as her successor", "designated X as the venue": a designation that names no status of a
 * sanctions list puts someone in an office or a role, not under sanctions.
 */
function isDesignatedToOffice(tokens: Token[], trigger: RelationTrigger, begin: number): boolean {
  if (trigger.kind !== 'SANCTIONS' || !/^designat/.test(tokens[begin].lower) || !trigger.followedBy?.includes('as')) return false;
  return !tokens.slice(begin + 1, begin + 14).some((token) => SANCTIONED_STATUS.test(token.lower));
}

/** What a plan or a proposal "met with": a reaction, not a person ("met with fierce resistance from X"). */
const REACTION_NOUNS = /^(criticism|resistance|opposition|protests?|scepticism|skepticism|anger|outrage|condemnation|derision|silence|approval|praise|applause|disapproval|objections?|resentment|backlash|hostility|suspicion|concern|alarm|fury|dismay|ridicule|rejection|indifference|enthusiasm|success|failure|delays?|response|reception|welcome|reaction)$/;

/** "the plan met with criticism from X", "met with a cool response", "met stiff resistance": a thing met with a reaction meets nobody. */
function isReactionMet(tokens: Token[], trigger: RelationTrigger, end: number): boolean {
  // ("the proposal met fierce opposition from X": "with" may be left out.)
  if (trigger.kind !== 'MEETS' || (tokens[end - 1]?.lower !== 'with' && !/^(met|meets)$/.test(tokens[end - 1]?.lower ?? ''))) return false;
  let at = end;
  while (at < end + 3 && tokens[at] && !tokens[at].capitalized && !REACTION_NOUNS.test(tokens[at].lower) && !tokens[at].punct) at++;
  return REACTION_NOUNS.test(tokens[at]?.lower ?? '');
}

/** "invited X to visit Lima", "accepted an invitation to meet Y": a visit or meeting one is invited to is yet to come. */
function isInvitedVisit(tokens: Token[], trigger: RelationTrigger, begin: number): boolean {
  if ((trigger.kind !== 'VISITS' && trigger.kind !== 'MEETS') || tokens[begin - 1]?.lower !== 'to') return false;
  return tokens.slice(Math.max(0, begin - 8), begin - 1).some((token) => /^(invited|invites|invite|inviting|invitation|invitations)$/.test(token.lower));
}

/** "Albania's accession talks with the EU", "membership negotiations with": the long process of joining a body, no sitting. */
function isAccessionProcess(tokens: Token[], trigger: RelationTrigger, begin: number, end: number): boolean {
  return trigger.kind === 'MEETS' && tokens.slice(Math.max(0, begin - 1), end).some((token) => /^(accession|membership)$/.test(token.lower));
}

/** What one meets that is a bar set by someone, not someone ("meet NATO's spending target", "met the EU's standards"). */
const STANDARD_NOUNS = /^(targets?|standards?|criteria|conditions?|requirements?|demands?|deadlines?|obligations?|expectations?|goals?|benchmarks?|thresholds?|rules|terms|quotas?|needs)$/;

/** "to meet NATO's spending target", "met the EU's standards for beef": meeting a standard of someone's is no meeting with them. */
function isStandardMet(tokens: Token[], trigger: RelationTrigger, begin: number, end: number): boolean {
  if (trigger.kind !== 'MEETS' || !/^(meet|meets|met|meeting)$/.test(tokens[begin].lower) || end !== begin + 1) return false;
  // (Past the owner's name and its possessive, up to two words that describe the noun.)
  const owner = tokens.slice(end, end + 6).findIndex((token) => token.possessive || /^['’]s$/.test(token.text));
  if (owner < 0) return false;
  return tokens.slice(end + owner + 1, end + owner + 4).some((token, k, after) => STANDARD_NOUNS.test(token.lower) && after.slice(0, k).every((word) => !word.punct && !word.capitalized));
}

/** Words by which sanctions are only weighed, threatened or asked for ("is considering sanctions on", "threatened sanctions against"). */
const WEIGHING_WORDS = /^(considering|considers|considered|consider|weighing|weighs|weighed|mulling|mulls|mulled|discussing|discussed|threatened|threatens|threatening|threat|threats|warned|warns|proposed|proposes|proposing|called|calls|calling|urged|urges|urging|demanded|demands|demanding|sought|seeks|seeking|possible|potential|prospect)$/;

/** "Kenya is considering sanctions on X", "threatened tariffs on X": sanctions weighed or threatened are not imposed. */
function isSanctionWeighed(tokens: Token[], trigger: RelationTrigger, begin: number): boolean {
  if (trigger.kind !== 'SANCTIONS' || !/^(sanctions|tariffs|ban|bans|embargo|embargoes)$/.test(tokens[begin].lower)) return false;
  return tokens.slice(Math.max(0, begin - 4), begin).some((token) => WEIGHING_WORDS.test(token.lower));
}
