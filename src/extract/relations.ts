// Action relations between entities of one sentence, from the trigger lexicon: subject before the trigger
// (or its possessor), object after it; objects of the wrong kind are dropped. Where triggers match is
// triggerMatches.ts, which matches state no relation (negated, not yet done) is triggerGuards.ts, and relations
// read off a pair of names around a noun are pairRelations.ts; treaties cited are treatyCitations.ts, demands said with
// a modal modalDemands.ts, bodies that sign bodiesSigning.ts. What may stand between a verb and its object is
// objectPhrases.ts, the clause shapes both rules look past clauseTokens.ts.
import { SYMMETRIC_RELATIONS, type EntityKind, type RelationKind } from '../../graph/model.ts';
import type { LocalRelation } from '../types.ts';
import type { SentenceMentions, Mention } from './mentions.ts';
import { countryByCapital, countryByDemonym, stateOpening } from './gazetteer.ts';
import { beforeBracketedAcronym, isOfInsideCapitals, type Token } from './tokens.ts';
import { ACCUSING_VERBS, COMPLEMENT_TAKERS, NAMING_VERBS, RULING_VERBS } from './lexicon/reportingVerbs.ts';
import { OPPOSING_VERBS, WELCOMING_VERBS } from './lexicon/welcomingWords.ts';
import { titleRelation } from './lexicon/titles.ts';
import { ARMED_MEN_NOUNS, CRAFT_NOUNS, DEPLOYED_NOUNS, FORCE_ACT_NOUNS, FORCE_WORDS, HARM_NOUNS, ORGANIZATION_DESCRIPTORS } from './lexicon/headWords.ts';
import { PREPOSITIONS } from './lexicon/prepositions.ts';
import { SUPPLIED_GOODS, SUPPLY_ITEMS, FORCE_NOUNS, WORDS_AND_POLICIES, type RelationTrigger } from './lexicon/relationVerbs.ts';
import { ACTORS, BOTH_STATES, actorKey, counterpartOf, isActor, isOfKind, kindOf, mentionKind, namesBothStates, stateKey, type RelationContext } from './relationContext.ts';
import { ALLY_NOUNS, pairRelations } from './pairRelations.ts';
import { expandBothStates, namesBothStatesBefore, otherSide, ownerStateBefore, sideOf, storyStateFrom } from './relationSides.ts';
import { triggerMatches } from './triggerMatches.ts';
import { treatyCitations } from './treatyCitations.ts';
import { modalDemands } from './modalDemands.ts';
import { bodiesSigning, legislaturesAsStates, withoutTitledSigners } from './bodiesSigning.ts';
import { isUnitNamedAfter } from './unitsOfBodies.ts';
import { PEOPLE_NOUNS, isBackedCause, isNamedAfterNoun, isOfficeApposition, isTitleApposition, pastApposition, pastTimeAdjunct } from './objectPhrases.ts';
import { QUOTE_MARKS, SAYING, balancedQuotes, closesQuoteAt, opensOnly, speechTags, withoutAcronyms, withoutRelativeClauses, withoutSpeechTags } from './clauseTokens.ts';
import { isActDoneUnder, isNoRelation } from './triggerGuards.ts';
import { CONDEMNING_SEARCH, DENIED_CONDEMNATIONS } from './lexicon/stanceWords.ts';
import { isTreatyBackReference, treatyMeant } from './treatyWelcomes.ts';
import { hasNoParties } from './treaties.ts';
import { courtOfDecision } from './rulingCourts.ts';

export type { RelationContext } from './relationContext.ts';

const OBJECT_KINDS: Partial<Record<RelationKind, readonly EntityKind[]>> = {
  DEPLOYS_TO: ['Government', 'Place'],
  FIGHTS_AGAINST: ['Government', 'Place', 'Group', 'Organization'],
  VIOLATES: ['Treaty'],
  PARTY_TO: ['Treaty'],
  SUPPORTS: ['Person', 'Government', 'Organization', 'Group', 'Treaty'],
  INVOKES: ['Treaty'],
  SIGNS: ['Treaty'],
  PROPOSES: ['Treaty'],
  VISITS: ['Place', 'Government'],
  WITHDRAWS_FROM: ['Treaty', 'Organization'],
  THREATENS: ['Person', 'Government', 'Organization', 'Group', 'Place'],
};
/** The kinds a trigger's object may be: its own list, else its relation kind's. */
function objectKinds(trigger: RelationTrigger): readonly EntityKind[] {
  return trigger.objects ?? OBJECT_KINDS[trigger.kind] ?? ACTORS;
}

const CLAUSE_BREAKS = new Set([';', ':', '—', '–', '(', ')', '“', '”', '"']);
const SUBJECT_BREAKS = new Set(['which', 'who', 'whose', 'while', 'whereas', 'although', 'but', 'because', 'if', 'when']);
const OBJECT_WINDOW = 12;
const SUBJECT_WINDOW = 24;
const COORDINATED_SUBJECT_WINDOW = 40;
/** A noun's agent stands close to it ("Lusania joining the blockade against …"). */
const NOMINAL_SUBJECT_WINDOW = 8;

export function findRelations(context: RelationContext): LocalRelation[] {
  const relations: LocalRelation[] = [];
  const signings: LocalRelation[] = [];
  context.sentences.forEach((sentence, index) => {
    // One name is enough when the article names a state: "Canberra condemned the raid" condemns the other state,
    // "X urged the authorities to …" names the story's; none, for "talks between the two neighbours".
    const needed = context.resolved.bothStates ? 0 : context.resolved.storyState ? 1 : 2;
    if (sentence.mentions.length < needed) return;
    relations.push(...pairRelations(context, index), ...treatyCitations(context, index), ...modalDemands(context, index));
    for (const { trigger, begin, end } of triggerMatches(sentence.tokens)) {
      if (isNoRelation(sentence.tokens, trigger, begin, end)) continue;
      (trigger.unlessFoes ? signings : relations).push(...relationsAt(context, index, trigger, begin, end, relations));
    }
  });
  // ("Ghana and Togo signed a deal on Friday" after Ghana accused Togo of …: a settlement between foes is no partnership.
  // An urging counts as hostile here too: without it the judging half gained one wrong partnership and nothing else;
  // finding foes by side rather than by key changed nothing — both measured in the eleventh session's review.)
  const foes = new Set(relations.filter((relation) => HOSTILE.has(relation.kind)).flatMap((relation) => [`${relation.subject}>${relation.object}`, `${relation.object}>${relation.subject}`]));
  const signed = withoutTitledSigners(context, relations);
  return dedupe(legislaturesAsStates(context, [...signed, ...signings.filter((relation) => !foes.has(`${relation.subject}>${relation.object}`)), ...bodiesSigning(context, signed)]));
}

function relationsAt(context: RelationContext, index: number, trigger: RelationTrigger, begin: number, end: number, earlier: LocalRelation[]): LocalRelation[] {
  const sentence = context.sentences[index];
  const { tokens } = sentence;
  const allowed = objectKinds(trigger);
  if (trigger.condemningName && !givesCondemningName(tokens, end)) return [];
  // ("backed", "attacked", "fought": a nominal trigger's verb forms take a verb's subject.)
  const nominal = isNounAt(trigger, tokens, begin);
  // "violations of the accord by Niger", "the attack on Peru by the rebels": a noun's agent named after "by".
  if (nominal && AGENT_NOUN_KINDS.has(trigger.kind)) {
    const agented = actsByAgent(context, index, trigger, end);
    if (agented) return agented;
  }
  // "Chile condemned the attack on Peru", "blamed the strike on X": an act of force named by a noun after a verb of
  // taking a stance is someone else's, not the act of the one who condemns it.
  // ("joined the fight against terrorism alongside Niger": a partner named after the cause is no foe.)
  if (trigger.kind === 'FIGHTS_AGAINST' && tokens[end - 1]?.lower === 'against' && isCauseThenPartner(sentence, end)) return [];
  // ("attacked Niger's decision", "attacked Niger as reckless": an attack in words.)
  if (trigger.kind === 'FIGHTS_AGAINST' && /^attack(ed|s|ing)?$/.test(tokens[begin].lower) && isAttackInWords(sentence, end)) return [];
  // ("condemned attacks on X": a plural the verb trigger also reads is a noun there.)
  if ((nominal || /s$/.test(tokens[begin].lower)) && trigger.kind === 'FIGHTS_AGAINST' && isStanceObject(tokens, begin)) return [];
  // "cooperation between Moscow and Pyongyang": both ends come after the trigger.
  const between = tokens[end - 1]?.lower === 'between';
  // "The protocol was signed … by the two ministers": the agent follows "by", the object stands before.
  // After "was"/"were", the agent may come late: "was signed at the headquarters of the Council by the ministers".
  const byWindow = PASSIVE_MARKERS.has(tokens[begin - 1]?.lower ?? '') ? 14 : 8;
  // ("spoke to X by phone": "by" with a means of contact names no agent.)
  const by = tokens.findIndex((token, i) => i >= end && i <= end + byWindow && token.lower === 'by' && !CONTACT_MEANS.has(tokens[i + 1]?.lower ?? ''));
  // ("the Transition Council chaired by General Brand": a body that a leading verb follows is led by its agent.)
  const reducedRelative = sentence.mentions.some((mention) => mention.end === begin && (mention.kind === 'Treaty' || (trigger.kind === 'LEADS' && isOfKind(context, context.resolved.entityOf.get(mention), allowed))));
  // ("drafted by Britain and backed by the United States": a participle right before "by" is passive too.)
  // ("designated as foreign terrorist organizations by Washington": the participle may open a longer trigger.)
  const participle = by === end && (/ed$/.test(tokens[end - 1].lower) || /ed$/.test(tokens[begin].lower));
  const passive = !between && by >= 0 && (PASSIVE_MARKERS.has(tokens[begin - 1]?.lower ?? '') || tokens[begin - 1]?.text === ',' || reducedRelative || participle);
  let subjects: string[];
  let objects: string[];
  if (between) {
    const pair = findObjects(context, sentence, trigger, end, index);
    [subjects, objects] = [pair.slice(0, 1), pair.slice(1)];
  } else if (passive) {
    // ("X was asked by Y about …": what follows the object of an appeal is not read in the passive.)
    if (trigger.followedBy) return [];
    subjects = agentsAfter(context, sentence, by + 1);
    objects = objectBefore(context, sentence, trigger, begin);
    // "the Sinaloa Cartel and the Gulf Cartel, both designated … by Washington": the names coordinated with it too.
    if (objects.length && tokens[begin - 1]?.lower === 'both') objects = [...objects, ...coordinatedObjectsBefore(context, sentence, trigger, objects[0], begin)];
    // "The roadmap was welcomed by X": the treaty the story means, named by a bare noun before the verb.
    if (!objects.length) objects = treatyBefore(context, index, trigger, begin);
    // "The navy delegation was headed by X": what is led is the noun the verb follows, not a name that qualifies it.
    if (trigger.kind === 'LEADS' && !ledNounIsNamed(sentence, begin)) objects = [];
    // ("It was chaired by X" after a sentence naming states: a meeting is chaired, a state never is.)
    if (trigger.kind === 'LEADS' && /^chair/.test(tokens[begin].lower)) objects = objects.filter((key) => !key.startsWith('state:'));
  } else if (trigger.forces) {
    subjects = forcesBefore(context, sentence, begin);
    objects = findObjects(context, sentence, trigger, end, index);
  } else {
    subjects = findSubjects(context, sentence, nominal, begin);
    // ("Chile accused its neighbour of breaking the accord": what the accused did is not done by the accuser, whom the
    // fallbacks below would find.)
    const accusation = !subjects.length && !nominal && /ing$/.test(tokens[begin].lower) ? accusationBefore(context, sentence, begin) : undefined;
    if (accusation?.accused === '') subjects = unnamedAccused(context, sentence, accusation.verb);
    // "since the two neighbours signed the accord": the story's two states, in words the mentions do not read.
    if (!subjects.length && !accusation && namesBothStatesBefore(tokens, begin)) subjects = [BOTH_STATES];
    if (!subjects.length && !accusation) subjects = speakerAsSubject(context, index, begin);
    if (!subjects.length && !accusation) subjects = eventAgent(context, index, begin, trigger);
    objects = findObjects(context, sentence, trigger, end, index);
    // "the Agreement, which both states signed in Kessa": a treaty object may stand before the verb.
    // ("which the presidents signed in Lima": a place after the verb is no object, so the treaty before is looked for.)
    const fitting = objects.filter((object) => isOfKind(context, object, allowed));
    // (Only a treaty: "accused the forces of abandoning migrants" leaves nothing before the verb that was left.)
    // ("Citing the accord, the president signed in May orders closing …": a signing told by its place or time, with no
    // object named, takes a treaty before it only through a relative clause — "the accord, which X signed in 2004".)
    const placedSigning = trigger.kind === 'SIGNS' && !objects.length && /^(in|on|at)$/.test(tokens[end]?.lower ?? '');
    if (!fitting.length && allowed.includes('Treaty')) objects = objectBefore(context, sentence, trigger, begin, objects.length > 0 || placedSigning, ['Treaty']);
  }
  // ("who led the Indian delegation": a state's adjective before the noun led names nothing led.)
  // ("who led the AU panel": the unit a body's name qualifies is led, not the body — see unitsOfBodies.ts.)
  const led = trigger.kind === 'LEADS' && !passive ? sentence.mentions.find((mention) => mention.start >= end) : undefined;
  if (led && (led.modifier || isUnitNamedAfter(tokens, led.end))) return [];
  // ("leads the Commission's inquiry": what a body's possessive names is led, not the body; "led talks with the EU",
  // "has led calls for the AU to act": a body after a preposition is the other side or the cause, not the body led.)
  if (led && trigger.object === 'direct' && led.possessive && /^\p{Ll}/u.test(tokens[led.end]?.text ?? '')) return [];
  if (led && trigger.object === 'direct' && tokens.slice(end, led.start).some((token) => PREPOSITIONS.has(token.lower))) return [];
  // "a proposal put forward by Qatar, with the support of the United States": the one named after "of" supports.
  // ("won the backing of X": the support is got from X; "sought the support of X", "lost the support of X": none given.)
  const had = trigger.kind === 'SUPPORTS' && tokens[end]?.lower === 'of' ? supportHad(tokens, begin) : undefined;
  if (had === 'sought') return [];
  if (had === 'had') [subjects, objects] = [objects, subjects];
  // "while it enjoyed political and economic backing from Russia": the one the support comes from gives it.
  if (trigger.kind === 'SUPPORTS' && tokens[end]?.lower === 'from') [subjects, objects] = [objects, subjects];
  // ("providing material support to the government", "provided training to X": support given is no supply of arms;
  // "provided details to", "transferred the case to": nor is anything but goods. "provides boats and training to X" is.)
  if (trigger.kind === 'SUPPLIES' && !namesGoods(tokens, end)) return [];
  // ("sent weapons to X" is a supply, not a deployment; "sent troops and weapons to X", "sent warships to X" are deployments.)
  const sending = /^(sent|sends|sending|send)$/.test(tokens[begin].lower);
  const sentArms = sending && sendsArmsOnly(tokens, end);
  if (trigger.kind === 'SUPPLIES' && sending && !sentArms) return [];
  if (trigger.kind === 'DEPLOYS_TO' && sentArms) return [];
  // "sent a delegation to Doha" is a visit (the VISITS trigger reads it), not a deployment.
  // ("sent its foreign minister to X", "sent President Y to X": an office holder sent goes on a visit.)
  if (trigger.kind === 'DEPLOYS_TO' && tokens.slice(end, end + 5).some((token) => ENVOY_NOUNS.has(token.lower) || titleRelation(token.lower) !== undefined)) return [];
  // "sent a formal protest note to X", "the drills sent a message to X": words sent are no forces.
  if (trigger.kind === 'DEPLOYS_TO' && /^(sent|sends|sending|send)$/.test(tokens[begin].lower) && tokens.slice(end, end + 5).some((token) => MESSAGE_NOUNS.has(token.lower))) return [];
  // ("Lesotho sends water from its rivers to South Africa", "sent gas to X": goods sent are a supply, no forces.)
  if (trigger.kind === 'DEPLOYS_TO' && /^(sent|sends|sending|send)$/.test(tokens[begin].lower) && tokens.slice(end, end + 4).some((token) => SENT_GOODS.has(token.lower))) return [];
  // "sent 300 migrants back to X", "sent two investigators to X": people sent home or sent to look into something are no forces.
  if (trigger.kind === 'DEPLOYS_TO' && /^(sent|sends|sending|send|dispatched|dispatches)$/.test(tokens[begin].lower) && tokens.slice(end, end + 5).some((token) => CIVILIANS_SENT.has(token.lower))) return [];
  // "Peru signed the accord with Chile", "the charter that Bolivia signed with Argentina": the other signs it too.
  if (trigger.kind === 'SIGNS' && !passive && !between && subjects.length) subjects = [...subjects, ...coSigners(context, sentence, end)];
  subjects = expandBothStates(context, subjects, index);
  // ("Prime Minister X and his Indian counterpart, Y, signed an agreement": the leaders sign for their states.)
  if (trigger.together && trigger.subjects && !trigger.subjects.includes('Person')) subjects = subjects.map((subject) => (kindOf(context, subject) === 'Person' ? stateServedBy(context, subject) ?? subject : subject));
  if (trigger.subjects) subjects = subjects.filter((subject) => isOfKind(context, subject, trigger.subjects!));
  objects = expandBothStates(context, objects, index, subjects).filter((object) => isOfKind(context, object, allowed));
  // ("The UK and the EU, two donors, called in a joint statement for …": the two subjects act with each other.)
  // (Not the last two of a body's members: "the Troika of the United States, Britain and Norway said in a joint statement".)
  if (trigger.together && !objects.length) {
    if (subjects.length !== 2 || isListedMember(context, sentence, subjects, begin)) return [];
    [subjects, objects] = [subjects.slice(0, 1), subjects.slice(1)];
  }
  // "The ministers of Lusania and Qaderia met": a symmetric relation between two coordinated names.
  // ("A and B met the deadline", "met their targets": a thing met is no meeting.)
  if (SYMMETRIC_RELATIONS.has(trigger.kind) && !objects.length && !(trigger.kind === 'MEETS' && meetsAThing(tokens, end))) {
    const pair = coordinatedBefore(context, sentence, begin);
    if (pair) [subjects, objects] = [[pair[0]], [pair[1]]];
  }
  // "The army and the RSF accuse each other of …": each side is the other's object.
  if (!objects.length && subjects.length >= 2 && /^(each|one)$/.test(tokens[end]?.lower ?? '') && /^(other|another)$/.test(tokens[end + 1]?.lower ?? '')) {
    return subjects.flatMap((subject) => subjects.filter((other) => other !== subject).map((object) => ({ kind: trigger.kind, subject, object, sentence: index, confidence: 0.7 })));
  }
  // "urged the government not to …", "called on the authorities to …": the government of the state the story is about.
  // A party or group of a state means its own government; a state or a foreign body means that of the story's state.
  // ("accused his government of …", "accused the federal army of …": a possessive or an adjective of the state's own may stand before.)
  if (!objects.length && trigger.object === 'direct' && namesUnnamedGovernment(tokens, end) && subjects.length === 1) {
    const subject = context.resolved.entities.get(subjects[0]);
    const own = subject && subject.kind !== 'Government' ? subject.state ?? stateOpening(subject.name) : undefined;
    const home = context.resolved.governmentState ?? context.resolved.storyState;
    // ("China's embassy in Lomé asked the authorities to …": an embassy's host government is the one it addresses.)
    const host = subject && hostState(context, subject.name);
    const state = host ?? (own ? `state:${own}` : subject?.kind !== 'Government' ? (ownerStateBefore(context, sentence, subjects[0]) ?? home) : home);
    if (state && state !== subjects[0] && subject?.state !== state.slice('state:'.length)) objects = [state];
  }
  // "Moscow condemned the sanctions": sanctions are condemned in those who imposed them on the condemning side.
  if (!objects.length && trigger.kind === 'CONDEMNS' && SANCTION_NOUNS.test(tokens.slice(end, end + 3).map((token) => token.lower).join(' '))) objects = sanctionersOf(context, subjects, earlier);
  // "Lomé rejected the ruling", "The court upheld the ban. Arévalo condemned the decision": a ruling (or a decision
  // just after a court's) condemned or rejected is the court's that gave it, not the other state's.
  if (!objects.length && trigger.kind === 'CONDEMNS') {
    const court = courtOfDecision(context, index, end);
    if (court) objects = [court];
  }
  // "Canberra condemned the raid": condemning an act, in a story between two states, condemns the other one.
  // ("summoned the head of the EU delegation": not when the verb names an actor of neither side, whom it is aimed at.)
  // (Not when armed men are what is condemned: "condemned separatist fighters in the north" blames them, no state.)
  if (!objects.length && trigger.kind === 'CONDEMNS' && context.resolved.bothStates && !namesThirdActorAfter(context, sentence, end) && !namesArmedMenAfter(tokens, end)) objects = otherSide(context, subjects);
  // "She said Russia would respond but gave no details": retaliation promised on no condition threatens whoever the side
  // answers — those who sanctioned it, else the story's other state.
  if (!objects.length && trigger.kind === 'THREATENS' && RETALIATION_VERBS.test(tokens[begin].lower) && isPromised(tokens, begin) && isAnswerInKind(tokens, end)) {
    objects = sanctionersOf(context, subjects, earlier);
    if (!objects.length && context.resolved.bothStates) objects = otherSide(context, subjects);
  }
  // "Velmar urged restraint", "urged “restraint and dialogue”": an appeal with nobody named goes to the state the story
  // is about, from outside it.
  if (!objects.length && trigger.kind === 'URGES' && trigger.object === 'direct' && subjects.length && isBareAppeal(tokens, end)) objects = storyStateFrom(context, subjects);
  // "demanded the immediate release of the crew": in a story between two states, what is to be given back is held by
  // the other side, which the demand is aimed at.
  if (!objects.length && trigger.kind === 'URGES' && trigger.object === 'direct' && context.resolved.bothStates && subjects.length && isDemandOfReturn(tokens, end)) objects = otherSide(context, subjects);
  // "COMESA offered to mediate": an offer of mediation that names no one goes to the state the story is about.
  // ("instructed his government to seek talks": talks asked for with no one named are not an offer to mediate.)
  if (!objects.length && trigger.kind === 'PROPOSES' && /^(mediate|broker|talks|meeting)$/.test(tokens[end - 1]?.lower ?? '') && !SEEKING_TALKS.test(tokens[begin].lower) && subjects.length) objects = storyStateFrom(context, subjects);
  // "accused Qaderia of violating it": "it" as the object of a treaty verb is the treaty last named.
  if (!objects.length && allowed.includes('Treaty') && tokens[end]?.lower === 'it') {
    const treaty = lastTreatyBefore(context, index);
    if (treaty) objects = [treaty];
  }
  const found: LocalRelation[] = [];
  // ("X and Y reached a deal": who makes a text is its party; signing it is an act of its own, often later.)
  const made = trigger.kind === 'SIGNS' && MAKING_NOT_SIGNING.test(tokens[begin].lower);
  // ("Ghana increased trade with Togo under the Volta Accord": what the narration says a state does under a treaty,
  // short of an act such as a complaint lodged or troops sent, shows it bound by the treaty, not citing it.)
  const isUnderTreaty = trigger.kind === 'INVOKES' && tokens[begin].lower === 'under' && !isActDoneUnder(tokens, begin);
  // ("Peru is exporting gas to Bolivia under the accord, Chilean officials said": an act told by someone outside the
  // actor's side is narrated too.)
  const speaker = context.speakerOfSentence.get(index);
  const narratedOf = (subject: string) => isUnderTreaty && (!speaker || !sideOf(context.resolved, context.representedBy, speaker).has(subject));
  for (const actor of subjects) {
    const subject = made && kindOf(context, actor) === 'Person' ? stateServedBy(context, actor) : actor;
    if (!subject) continue;
    for (const object of objects) {
      if (!isOfKind(context, object, allowed) || subject === object) continue;
      // (Not a law, "under the 2009 Self-Government Act", nor the United Nations' own texts, which no state makes.)
      const bound: string | undefined = narratedOf(subject) && !hasNoParties(object) && !/ act$/.test(object) ? boundState(context, subject) : undefined;
      // ("the Ghanaian Armed Forces keep troops in Togo under the accord": a state's forces or ministry act for it, and bind it.)
      if (bound && bound !== subject) {
        found.push({ kind: 'PARTY_TO', subject: bound, object, sentence: index, confidence: 0.5 });
        continue;
      }
      const asParty = bound === subject;
      // ("President X of Malvaria … criticised it", "it" read as Malvaria: no one condemns their own side; "Brazil's
      // president and his guest visited Brazil's biggest port": nor does anyone visit their own state.)
      if ((HOSTILE.has(trigger.kind) || trigger.kind === 'VISITS') && sideOf(context.resolved, context.representedBy, subject).has(object)) continue;
      found.push({
        kind: made || asParty ? 'PARTY_TO' : trigger.kind,
        subject,
        object,
        sentence: index,
        confidence: nominal ? 0.6 : 0.75,
        props: made || asParty ? undefined : propsFor(context, trigger.kind, index, end),
      });
    }
  }
  return found;
}

/** How far after a verb of condemning an actor it names may stand ("summoned the head of the EU delegation"). */
const NAMED_ACTOR_REACH = 6;

/** True when an actor that is neither of the story's two states, nor of their sides, is named right after the verb. */
function namesThirdActorAfter(context: RelationContext, sentence: SentenceMentions, end: number): boolean {
  const [a, b] = context.resolved.bothStates!;
  for (const mention of sentence.mentions) {
    if (mention.start < end || mention.start >= end + NAMED_ACTOR_REACH) continue;
    if (sentence.tokens.slice(end, mention.start).some((token) => token.punct)) return false;
    const key = actorKey(context, mention);
    if (!key || !isActor(context, mention)) continue;
    const side = sideOf(context.resolved, context.representedBy, key);
    return !side.has(a) && !side.has(b);
  }
  return false;
}

/** Armed men condemned by a common noun, at most two words after the verb ("condemned the separatist fighters"). */
function namesArmedMenAfter(tokens: Token[], end: number): boolean {
  const words = tokens.slice(end, end + 3);
  const stop = words.findIndex((token) => token.punct);
  return (stop < 0 ? words : words.slice(0, stop)).some((token) => !token.capitalized && ARMED_MEN_NOUNS.has(token.lower));
}

/** Verbs of answering an act in kind ("would respond", "will retaliate", "would hit back"). */
const RETALIATION_VERBS = /^(respond|retaliate|react|hit|strike)$/;

/** Words before "to" that promise what follows ("vowed to retaliate"). */
const PROMISING = /^(vowed|vows|vow|pledged|pledges|promised|promises)$/;

/**
 * "would respond", "could retaliate", "vowed to hit back": the answer is promised or held out, not one given or declined
 * ("did not respond", "declined to respond").
 */
function isPromised(tokens: Token[], begin: number): boolean {
  // ("We will respond if it happens again", "If it happens again, we will respond": a threat on a condition names its
  // target in the condition, or none.)
  if (isConditional(tokens, begin)) return false;
  const before = tokens[begin - 1]?.lower ?? '';
  return /^(would|will|'ll|shall|could)$/.test(before) || (before === 'to' && PROMISING.test(tokens[begin - 2]?.lower ?? ''));
}

/** Ways of answering that are no force ("would react calmly", "respond positively"). */
const PEACEFUL_MANNER = /^(calmly|cautiously|diplomatically|positively|constructively|favourably|favorably|politely|quickly|promptly|formally|officially|publicly)$/;

/** What one answers in words, not in kind ("will respond to the letter", "respond to questions"). */
const ANSWERED_WORDS = /^(letter|letters|request|requests|questions?|note|notes|invitation|proposal|offer|call|calls|query|queries|inquiry|inquiries|email|emails|message|messages|criticism|concerns?|comments?|report|reports)$/;

/**
 * "would respond", "would respond firmly", "would retaliate but gave no details": an answer left open or given as one
 * of force; not one of another kind ("would react calmly", "will respond to the letter").
 */
function isAnswerInKind(tokens: Token[], end: number): boolean {
  const next = tokens[end]?.lower ?? '';
  if (PEACEFUL_MANNER.test(next)) return false;
  if (next !== 'to') return true;
  // ("respond to the letter", "to Peru's note", "to questions")
  for (let k = end + 1; k < Math.min(tokens.length, end + 5); k++) {
    if (ANSWERED_WORDS.test(tokens[k].lower)) return false;
    if (tokens[k].punct && tokens[k].text !== '’' && tokens[k].text !== "'") break;
  }
  return true;
}

/** Marks that end the clause a threat stands in, looking either way from its verb. */
const THREAT_CLAUSE_ENDS: ReadonlySet<string> = new Set(['.', ';', ':', '"', '“', '”', '?', '!']);

/** True when "if" or "unless" stands in the threat's own clause, after its verb or opening the clause before it. */
function isConditional(tokens: Token[], begin: number): boolean {
  const condition = (token: Token) => /^(if|unless)$/.test(token.lower);
  for (let k = begin + 1; k < tokens.length && !THREAT_CLAUSE_ENDS.has(tokens[k].text); k++) {
    if (tokens[k].text === ',' && /^(and|but|while)$/.test(tokens[k + 1]?.lower ?? '')) break;
    if (condition(tokens[k])) return true;
  }
  for (let k = begin - 1; k >= 0 && !THREAT_CLAUSE_ENDS.has(tokens[k].text); k--) {
    if (tokens[k].text === ',' && /^(and|but|while)$/.test(tokens[k + 1]?.lower ?? '')) break;
    if (condition(tokens[k])) return true;
  }
  return false;
}

/** "the sanctions", "the new duties", "the listings": measures one side imposes on another, right after the verb. */
const SANCTION_NOUNS = /^(the|these|those|its|their) (new |latest |fresh )?(sanctions|duties|tariffs|listings|embargo|asset freezes)\b/;

/** Those an earlier sentence shows imposing sanctions on one of the subjects' side (a body or person of its state). */
function sanctionersOf(context: RelationContext, subjects: string[], earlier: LocalRelation[]): string[] {
  const sides = subjects.map((subject) => sideOf(context.resolved, context.representedBy, subject));
  const hit = (object: string) => [...sideOf(context.resolved, context.representedBy, object)].some((key) => sides.some((side) => side.has(key)));
  return [...new Set(earlier.filter((relation) => relation.kind === 'SANCTIONS' && hit(relation.object) && !subjects.includes(relation.subject)).map((relation) => relation.subject))];
}

/** Words after "called", "branded" that make it no naming ("called on", "called for", "called off"). */
const NOT_NAMING = /^(on|upon|for|off|in|out|up|back|it|him|her|them|this|that|a|an)$/;
/** How far past the verb the condemning name may end ("called the 2019 deal between the two states “a betrayal”"). */
const NAMING_REACH = 16;

/** "called the accord “a betrayal of our farmers”": the name given, up to the clause's end, holds a condemning word. */
function givesCondemningName(tokens: Token[], end: number): boolean {
  if (NOT_NAMING.test(tokens[end]?.lower ?? '')) return false;
  const name: string[] = [];
  for (let at = end; at < tokens.length && at < end + NAMING_REACH; at++) {
    if (tokens[at].text === ';' || (tokens[at].text === ',' && !QUOTE_MARKS.has(tokens[at - 1]?.text ?? '') && name.some((word) => QUOTE_MARKS.has(word)))) break;
    name.push(tokens[at].text);
  }
  const text = name.join(' ');
  return CONDEMNING_SEARCH.test(text.replace(DENIED_CONDEMNATIONS, ''));
}

/** True when the first of the subjects named before the verb follows a comma, "and" or "of": they end a longer list. */
function isListedMember(context: RelationContext, sentence: SentenceMentions, subjects: string[], begin: number): boolean {
  const mention = sentence.mentions.find((candidate) => candidate.end <= begin && subjects.includes(actorKey(context, candidate) ?? ''));
  if (!mention) return false;
  const start = sentence.tokens[mention.start - 1]?.lower === 'the' ? mention.start - 1 : mention.start;
  return /^(,|and|of)$/.test(sentence.tokens[start - 1]?.lower ?? '');
}

/** A state, or the state of a body or force of it, or an organisation itself, that a narrated act under a treaty binds. */
function boundState(context: RelationContext, actor: string): string | undefined {
  if (actor.startsWith('state:')) return actor;
  const entity = context.resolved.entities.get(actor);
  // ("The Liberal Party and the Green Union will share the ministries under the coalition agreement": a party or firm
  // that the narration says acts under a text is bound by it itself.)
  if (entity?.kind === 'Organization') return actor;
  const state = entity && /^(Government|Group)$/.test(entity.kind) && entity.state ? `state:${entity.state}` : undefined;
  return state && context.resolved.entities.has(state) ? state : undefined;
}

/** The state a person leads or serves, through the bodies they speak for or belong to. */
function stateServedBy(context: RelationContext, person: string): string | undefined {
  return [...sideOf(context.resolved, context.representedBy, person)].find((key) => key.startsWith('state:'));
}

/** Verbs of the signing trigger that make a text without signing it ("reached a deal", "concluded an accord"). */
const MAKING_NOT_SIGNING = /^(reached|concluded)$/;

/** Acts aimed at another side (condemning, urging, fighting), never at the actor's own body or state. */
const HOSTILE = new Set<RelationKind>(['CONDEMNS', 'ACCUSES', 'FIGHTS_AGAINST', 'SANCTIONS', 'THREATENS', 'URGES']);

/** How far after the verb "with" may stand, past the treaty and its name ("signed the agreement, called the X, with"). */
const CO_SIGNER_REACH = 14;

/** The actors named right after the "with" that follows a verb of signing, past a title ("with the Tunisian president, X"). */
function coSigners(context: RelationContext, sentence: SentenceMentions, end: number): string[] {
  const { tokens, mentions } = sentence;
  let at = end;
  while (at < tokens.length && at - end <= CO_SIGNER_REACH && tokens[at].lower !== 'with') {
    if (CLAUSE_BREAKS.has(tokens[at].text) || SUBJECT_BREAKS.has(tokens[at].lower) || /^(that|and|to|by)$/.test(tokens[at].lower)) return [];
    at++;
  }
  if (tokens[at]?.lower !== 'with') return [];
  const index = mentions.findIndex((mention) => mention.start > at && mention.start - at <= 6 && !mention.modifier);
  const mention = mentions[index];
  // ("with the support of Brazil", "with Chile's blessing": no co-signer.)
  if (!mention || mention.possessive || !isActor(context, mention) || tokens.slice(at + 1, mention.start).some((token) => PREPOSITIONS.has(token.lower) || (!token.punct && !token.capitalized && !/^(the|his|her|its|their)$/.test(token.lower) && !isOwnTitleWord(token, mentions, mention, at)))) return [];
  return [actorKey(context, mention)!];
}

/**
 * A lower-case word of a title before a name ("president", "foreign minister"), as the mention's own title says, or
 * after a state's adjective between "with" and the name ("with his Qatari counterpart X").
 */
function isOwnTitleWord(token: Token, mentions: Mention[], mention: Mention, at: number): boolean {
  return Boolean(mention.title?.title.toLowerCase().split(/\s+/).includes(token.lower)) || mentions.some((other) => other.modifier && other.start > at && other.end <= mention.start);
}

/** How far before the verb the troops of "troops … stationed in" may be named. */
const FORCES_REACH = 4;

/** "some 2,500 Kenyan troops to stay in …", "its soldiers remain in …": the state whose troops stand right before the verb. */
function forcesBefore(context: RelationContext, sentence: SentenceMentions, begin: number): string[] {
  const { tokens, mentions } = sentence;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i];
    if (mention.end > begin) continue;
    if (begin - mention.end > FORCES_REACH) break;
    const owner = mention.possessive && FORCE_WORDS.has(tokens[mention.end]?.lower ?? '');
    const troops = mentionKind(context, mention) === 'Group';
    if (!owner && !troops) continue;
    const key = actorKey(context, mention);
    return key ? [key] : [];
  }
  return [];
}

const ALLY_WORDS = new Set([...ALLY_NOUNS, 'neighbour', 'neighbor']);

/** Verbs by which one gets or holds support ("won the backing of X"), and by which one only asks for it or loses it. */
const HAVING_SUPPORT = /^(with|won|wins|win|winning|secured|secures|secure|securing|received|receives|receive|receiving|got|gets|gained|gains|enjoys|enjoyed|enjoying|has|have|had|having|obtained|obtains|retains|retained)$/;
const SEEKING_SUPPORT = /^(sought|seeks|seek|seeking|needs|need|needed|needing|wants|want|wanted|asked|asks|urged|appealed|requested|requests|lost|loses|losing|lacks|lacked|lacking)$/;

/**
 * "with the (full) support of", "won the backing of": the support is given to the clause's subject ('had'); "sought the
 * support of", "lost the backing of": none is given ('sought').
 */
function supportHad(tokens: Token[], begin: number): 'had' | 'sought' | undefined {
  let at = begin - 1;
  while (at > begin - 4 && tokens[at] && (tokens[at].lower === 'the' || /^(full|strong|firm|tacit|active|financial|military|political|broad|unanimous)$/.test(tokens[at].lower))) at--;
  const word = tokens[at]?.lower ?? '';
  return HAVING_SUPPORT.test(word) ? 'had' : SEEKING_SUPPORT.test(word) ? 'sought' : undefined;
}

/** Verbs of asking for talks, which name the side asked after "with" ("requested consultations with X"). */
const SEEKING_TALKS = /^(requested|requests|request|requesting|sought|seeks|seek|seeking)$/;

/** Verbs whose object is the one spoken to. */
const ADDRESSING = new Set(['told', 'tells', 'tell', 'telling', 'informed', 'briefed', 'assured']);

/** What one urges without naming anyone ("restraint", "calm", "“restraint and dialogue”"). */
const APPEAL_NOUNS = new Set(['restraint', 'calm', 'dialogue', 'de-escalation', 'moderation', 'caution', 'patience', 'halt', 'cessation']);

/** What is demanded back from whoever holds it ("the immediate release of", "the return of", "an apology"). */
const RETURN_NOUNS = new Set(['release', 'return', 'repatriation', 'handover', 'withdrawal', 'explanation', 'apology', 'compensation']);

/** "demanded the (immediate, unconditional) release of …": a thing demanded back right after the verb. */
function isDemandOfReturn(tokens: Token[], end: number): boolean {
  let at = end;
  if (/^(the|an|a)$/.test(tokens[at]?.lower ?? '')) at++;
  while (at < end + 4 && /^(immediate|unconditional|swift|prompt|safe|full|formal|public|official|and)$/.test(tokens[at]?.lower ?? '')) at++;
  return RETURN_NOUNS.has(tokens[at]?.lower ?? '');
}

/** True when what is urged right after the verb, or at the end of the trigger itself ("called for calm"), is an appeal noun. */
function isBareAppeal(tokens: Token[], end: number): boolean {
  const at = QUOTE_MARKS.has(tokens[end]?.text ?? '') ? end + 1 : end;
  return APPEAL_NOUNS.has(tokens[at]?.lower ?? '') || APPEAL_NOUNS.has(tokens[end - 1]?.lower ?? '');
}

/** Any of the goods, as whole words. */
const SUPPLIED_GOODS_SEARCH = new RegExp(`\\b(?:${SUPPLIED_GOODS.join('|')})\\b`);

/**
 * True when goods ("boats", "artillery shells") stand between a verb of supplying at `end` and the "to" after it, before
 * any help ("provides boats and training to X"; not "provided training and food aid to X", nor "provided details to X").
 */
function namesGoods(tokens: Token[], end: number): boolean {
  let to = end;
  while (to < tokens.length && tokens[to].lower !== 'to') to++;
  if (to === tokens.length) to = -1;
  const words = tokens.slice(end, to < 0 ? end : to).map((token) => token.lower);
  const help = words.findIndex((word) => NOT_SUPPLIES.has(word));
  const goods = words.slice(0, help < 0 ? undefined : help).join(' ');
  return SUPPLIED_GOODS_SEARCH.test(goods);
}

/** Whether what is sent before "to" is arms and no forces or craft that go themselves ("sent weapons and ammunition"). */
function sendsArmsOnly(tokens: Token[], end: number): boolean {
  const to = tokens.findIndex((token, index) => index >= end && token.lower === 'to');
  const words = tokens.slice(end, to < 0 ? end : to).map((token) => token.lower);
  return words.some((word) => SENT_ARMS.has(word)) && !words.some((word) => FORCE_WORDS.has(word) || DEPLOYED_NOUNS.has(word) || SENT_FORCES.test(word));
}

/** Arms that are handed over when sent; warships, jets or drones sent mostly go on a mission of their own. */
const SENT_ARMS = new Set(['weapons', 'arms', 'ammunition', 'munitions', 'shells', 'missiles', 'rockets', 'rifles', 'guns', 'weaponry']);
/** People sent that a count names ("300 troops", "40 workers"): no arms handed over either. */
const SENT_FORCES = new RegExp(`^(${FORCE_NOUNS})$`);

/** What is provided that is help, not arms or goods ("provided support to", "providing training to"). */
const NOT_SUPPLIES = new Set(['support', 'assistance', 'aid', 'help', 'backing', 'training', 'advice', 'cover', 'protection', 'funding', 'loans', 'information', 'intelligence', 'evidence', 'details', 'access', 'services']);

/** What one honours by keeping it ("honoured its commitments"), not a person honoured. */
const KEPT_WORDS = new Set(['commitment', 'commitments', 'obligation', 'obligations', 'pledge', 'pledges', 'promise', 'promises', 'word', 'terms', 'agreement', 'agreements', 'treaty', 'deal', 'accord', 'ceasefire', 'truce', 'contract', 'contracts', 'debts', 'debt', 'request', 'wishes', 'ruling', 'award']);

/** People sent who are no forces: sent back home, or sent to look into something. */
const CIVILIANS_SENT = new Set(['back', 'home', 'migrants', 'refugees', 'deportees', 'prisoners', 'detainees', 'asylum', 'nationals', 'citizens', 'experts', 'investigators', 'inspectors', 'technicians', 'doctors', 'students', 'journalists']);

/** What is sent that is words, aid or money, not people or arms ("sent humanitarian aid to X" is no deployment). */
const MESSAGE_NOUNS = new Set(['note', 'notes', 'letter', 'letters', 'message', 'messages', 'signal', 'protest', 'complaint', 'invitation', 'request', 'condolences', 'congratulations', 'greetings', 'warning', 'memo', 'aid', 'assistance', 'relief', 'supplies', 'food', 'medicine', 'medicines', 'vaccines', 'money', 'funds', 'shipments']);
/** Goods a state sends abroad ("sends water to South Africa"), which no deployment carries. */
const SENT_GOODS = new Set(['water', 'gas', 'oil', 'crude', 'electricity', 'power', 'grain', 'wheat', 'maize', 'rice', 'goods', 'exports', 'cargo', 'cargoes', 'coal', 'fuel', 'lng', 'fertiliser', 'fertilizer', 'ore', 'timber']);

/** Who is sent to talk, not to fight. */
const ENVOY_NOUNS = new Set(['delegation', 'delegations', 'envoy', 'envoys', 'negotiators', 'diplomats', 'mediators', 'officials', 'consuls']);
/** Words that make a group a body's observers ("an EU election observation mission", "a Commonwealth observer group"). */
const OBSERVING_WORDS = new Set(['observer', 'observers', 'observation', 'monitoring', 'election', 'fact-finding']);

/** Whether "<name> [observer] mission/delegation", or an observer group or team, starts at `at`. */
function isMissionAfter(tokens: Token[], at: number): boolean {
  let head = at;
  while (head < at + 2 && OBSERVING_WORDS.has(tokens[head]?.lower ?? '')) head++;
  const noun = tokens[head]?.lower ?? '';
  return noun === 'mission' || noun === 'delegation' || (head > at && (noun === 'group' || noun === 'team'));
}

/** How one speaks with someone from afar ("by phone"). */
const CONTACT_MEANS = new Set(['phone', 'telephone', 'video', 'videolink', 'letter', 'email', 'e-mail']);

/** What "the …" calls a state's government without naming it ("accused the new coalition of …", "urged the administration to …"). */
const GOVERNMENT_NOUNS = new Set(['government', 'authorities', 'regime', 'junta', 'military', 'army', 'leadership', 'coalition', 'administration', 'cabinet', 'executive']);
/** Adjectives that say which of a state's own governments is meant ("the federal army", "the interim government"). */
const GOVERNMENT_ADJECTIVES = /^(federal|central|national|interim|transitional|military|new|ruling)$/;

/** True when "the government", "his government", "the federal army" stands at `at`, naming no one. */
function namesUnnamedGovernment(tokens: Token[], at: number): boolean {
  if (!/^(the|his|her|its|their)$/.test(tokens[at]?.lower ?? '')) return false;
  const noun = GOVERNMENT_ADJECTIVES.test(tokens[at + 1]?.lower ?? '') ? at + 2 : at + 1;
  return GOVERNMENT_NOUNS.has(tokens[noun]?.lower ?? '') && !tokens[noun].capitalized;
}
const COPULAS = new Set(['is', 'was', 'are', 'were', 'remains', 'became', 'constitutes']);
const PASSIVE_MARKERS = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);

/** "against terrorism alongside Niger": a lower-case cause right after "against", then a name after "alongside" or "with". */
function isCauseThenPartner(sentence: SentenceMentions, end: number): boolean {
  const { tokens, mentions } = sentence;
  const next = mentions.find((mention) => mention.start >= end);
  if (!next || tokens[end]?.capitalized || /^(the|a|an|its|their|his|her)$/.test(tokens[end]?.lower ?? '')) return false;
  return tokens.slice(end, next.start).some((token) => /^(alongside|with|together)$/.test(token.lower));
}

/** "attacked Niger's decision …", "attacked Niger as reckless": the object at `end` is attacked in words. */
function isAttackInWords(sentence: SentenceMentions, end: number): boolean {
  const { tokens, mentions } = sentence;
  const at = tokens[end]?.lower === 'the' ? end + 1 : end;
  const object = mentions.find((mention) => mention.start === at);
  if (!object) return false;
  let noun = object.end;
  while (noun < object.end + 2 && tokens[noun] && !tokens[noun].punct && !WORDS_AND_POLICIES.test(tokens[noun].lower) && !tokens[noun].capitalized) noun++;
  return (object.possessive && WORDS_AND_POLICIES.test(tokens[noun]?.lower ?? '')) || tokens[object.end]?.lower === 'as';
}

/** Words that make "to" part of a compound preposition ("in response to", "according to", "next to", "due to"). */
const COMPOUND_TO = /^(response|reply|addition|according|close|closer|next|due|thanks|owing|prior|contrary|regard|reference|opposition)$/;

/** Nouns that make "in" open a phrase of cause or manner, not of place ("in response to", "in retaliation for"). */
const COMPOUND_IN = /^(response|reply|addition|retaliation|protest|solidarity|support|exchange|return|line|order)$/;

/** Relations of force and of breach whose noun may take its agent after "by" ("violations of T by X"). */
const AGENT_NOUN_KINDS: ReadonlySet<RelationKind> = new Set(['VIOLATES', 'FIGHTS_AGAINST', 'DEPLOYS_TO']);

/**
 * "repeated violations of the Doha Agreement by Niger": the object right after the noun, the agent right after the
 * object and "by"; undefined when no "by" follows the object.
 */
function actsByAgent(context: RelationContext, index: number, trigger: RelationTrigger, end: number): LocalRelation[] | undefined {
  const sentence = context.sentences[index];
  const at = sentence.tokens[end]?.lower === 'the' ? end + 1 : end;
  const object = sentence.mentions.find((mention) => mention.start === at && !mention.modifier);
  if (!object || sentence.tokens[object.end]?.lower !== 'by') return undefined;
  const key = actorKey(context, object) ?? context.resolved.entityOf.get(object);
  const objects = key && isOfKind(context, key, objectKinds(trigger)) ? [key] : [];
  const subjects = agentsAfter(context, sentence, object.end + 1);
  if (!objects.length || !subjects.length) return undefined;
  return subjects.filter((subject) => subject !== objects[0]).map((subject) => ({ kind: trigger.kind, subject, object: objects[0], sentence: index, confidence: 0.7 }));
}

/** The agents of a passive: every actor named after "by", up to the end of the clause. */
function agentsAfter(context: RelationContext, sentence: SentenceMentions, from: number): string[] {
  const agents: string[] = [];
  let last = from;
  for (const mention of sentence.mentions) {
    if (mention.start < from) continue;
    const between = sentence.tokens.slice(from, mention.start);
    if (between.some((token) => CLAUSE_BREAKS.has(token.text))) break;
    // ("accused by the opposition of avoiding confrontation with Moscow": a gerund starts an act of its own.)
    if (between.some((token) => !token.capitalized && /^\p{Ll}{3,}ing$/u.test(token.text))) break;
    // Another "by" starts the agents of another verb: "led by Gen. Burhan, and the RSF, commanded by Gen. Dagalo".
    // So does a phrase of place or time: "signed by X and Y in the presence of Z".
    // ("welcomed by X, which has armed forces loyal to Y, and by Z": nor is a relative clause.)
    if (sentence.tokens.slice(last, mention.start).some((token) => /^(by|in|at|during|after|before|under|while|whose|which|who)$/.test(token.lower))) break;
    // ("The deal, signed by X and Y, commits Z to …": a lower-case word after a comma starts the main clause's verb.)
    if (between.some((token, k) => token.text === ',' && isClauseVerbAfterComma(between[k + 1]))) break;
    const key = mention.key === BOTH_STATES ? BOTH_STATES : isActor(context, mention) ? actorKey(context, mention) : undefined;
    if (key && !agents.includes(key)) agents.push(key);
    last = mention.end;
  }
  // "signed by X and by Y", "welcomed by X, which …, and by Y": a second "by" joined by "and" names more agents.
  const { tokens } = sentence;
  const next = tokens.findIndex((token, k) => k > last && token.lower === 'by' && tokens[k - 1]?.lower === 'and');
  if (agents.length && next > 0 && !tokens.slice(last, next).some((token) => CLAUSE_BREAKS.has(token.text))) agents.push(...agentsAfter(context, sentence, next + 1).filter((key) => !agents.includes(key)));
  return agents;
}

/** A lower-case word after a comma that is no joiner, determiner or title word: the next verb ("…, commits"). */
function isClauseVerbAfterComma(token: Token | undefined): boolean {
  return Boolean(token && !token.punct && !token.capitalized && !/^(and|or|the|a|an|his|her|its|their|both|by|as|well|also|respectively)$/.test(token.lower) && !titleRelation(token.lower));
}

/** The nearest mention before the trigger of a kind the relation takes as object. */
function objectBefore(context: RelationContext, sentence: SentenceMentions, trigger: RelationTrigger, begin: number, relativeOnly = false, allowed = objectKinds(trigger)): string[] {
  const { tokens } = sentence;
  for (let i = sentence.mentions.length - 1; i >= 0; i--) {
    const mention = sentence.mentions[i];
    if (mention.end > begin || begin - mention.end > 12) continue;
    // ("Chile said the deal was backed by X": past a verb of saying, the clause has an object of its own.)
    if (tokens.slice(mention.end, begin).some((token) => SAYING.has(token.lower) && !token.capitalized)) return [];
    // (Past another object after the verb, only the treaty a relative clause hangs on: "the X, which … signed in Lima", "the memorandum it signed with Y".)
    const relative = tokens[mention.end]?.text === ',' ? tokens[mention.end + 1] : tokens[mention.end];
    if (relativeOnly && !/^(which|that|it|they|he|she|we)$/.test(relative?.lower ?? '')) continue;
    const key = context.resolved.entityOf.get(mention);
    if (key && isOfKind(context, key, allowed)) return [key];
  }
  return [];
}

/** The actors listed before the object `key` that a passive verb after ", both" is said of ("A and B, both designated"). */
function coordinatedObjectsBefore(context: RelationContext, sentence: SentenceMentions, trigger: RelationTrigger, key: string, begin: number): string[] {
  const { tokens, mentions } = sentence;
  const at = mentions.findLastIndex((mention) => mention.end <= begin && context.resolved.entityOf.get(mention) === key);
  const allowed = objectKinds(trigger);
  return at < 0 ? [] : coordinatedWith(context, tokens, mentions, at).filter((other) => other !== key && isOfKind(context, other, allowed));
}

/** Words that may stand between a passive verb and the noun it is said of ("the deal had also been signed"). */
const PASSIVE_FILLERS = new Set([...PASSIVE_MARKERS, 'has', 'had', 'have', 'also', 'already', 'formally', 'officially', 'since', 'later', ',']);

/** "The roadmap was welcomed by X", "the accord, signed by X": the treaty meant by a bare noun before a passive verb. */
function treatyBefore(context: RelationContext, index: number, trigger: RelationTrigger, begin: number): string[] {
  if (!objectKinds(trigger).includes('Treaty')) return [];
  const { tokens } = context.sentences[index];
  let at = begin - 1;
  while (at > 0 && begin - at <= 4 && PASSIVE_FILLERS.has(tokens[at].lower)) at--;
  if (!isTreatyBackReference(tokens, at - 1)) return [];
  const treaty = treatyMeant(context.resolved, index, context.parties, at - 1, tokens[at].lower);
  return treaty ? [treaty] : [];
}

/** True when a name ends right before a leading verb, past a comma or an auxiliary ("the army, led by", "was headed by"). */
function ledNounIsNamed(sentence: SentenceMentions, begin: number): boolean {
  let at = begin;
  while (at > 0 && (sentence.tokens[at - 1].text === ',' || PASSIVE_MARKERS.has(sentence.tokens[at - 1].lower))) at--;
  return sentence.mentions.some((mention) => mention.end === at);
}

const FIRST_PERSON = new Set(['we', 'our', 'us']);
/** Acts a state is said to do, that stand as the subject of what they violate or threaten ("the launch violated …"). */
const STATE_ACTS = new Set(['launch', 'launches', 'test', 'tests', 'firing', 'move', 'decision', 'deployment', 'programme', 'program', 'drills', 'exercises', 'strike', 'strikes', 'seizure', 'blockade']);

/** Nouns for what a state does, whose owner is the agent of what the act is said to do ("Finland's actions"). */
const ACT_NOUNS = new Set([...STATE_ACTS, 'actions', 'action', 'decisions', 'moves', 'operation', 'operations', 'deployments', 'construction', 'closure', 'closures', 'measures', 'measure', 'conduct', 'behaviour', 'behavior', 'refusal', 'incursion', 'incursions', 'activities', 'detention', 'detentions', 'attack', 'attacks', 'raid', 'raids']);

/** True when a possessive's noun, past a quotation mark and up to two describing words, is an act ("'s “unilateral operation”"). */
function ownsAct(tokens: Token[], end: number): boolean {
  for (let at = end; at < end + 4 && tokens[at]; at++) {
    if (ACT_NOUNS.has(tokens[at].lower)) return true;
    if (tokens[at].capitalized || (tokens[at].punct && !QUOTE_MARKS.has(tokens[at].text))) return false;
  }
  return false;
}

/**
 * "…, saying the launch violated multiple resolutions": an act with no agent named is the act of the state the story
 * is about — unless the speaker speaks for that state.
 */
function eventAgent(context: RelationContext, index: number, begin: number, trigger: RelationTrigger): string[] {
  const { tokens } = context.sentences[index];
  const story = context.resolved.storyState;
  const speaker = context.speakerOfSentence.get(index);
  if (story && STATE_ACTS.has(tokens[begin - 1]?.lower ?? '') && tokens[begin - 2]?.lower === 'the' && !(speaker && sideOf(context.resolved, context.representedBy, speaker).has(story))) return [story];
  // "Kyiv said the measure broke the agreement", "Tbilisi said the detentions were “a gross violation” of the accord": in a
  // story between two states, an act one side says breaks a treaty is the other side's.
  if (trigger.kind !== 'VIOLATES' || !speaker || !context.resolved.bothStates || !isUnownedActBefore(tokens, begin)) return [];
  return otherSide(context, [speaker]);
}

/** Acts whose author a breach leaves unnamed ("the measure broke …", "the closures were a violation of …"). */
const BREACHING_ACTS = new Set([...ACT_NOUNS, 'ban', 'bans', 'duty', 'duties', 'tariff', 'tariffs', 'levy', 'levies', 'fees', 'restrictions', 'halt', 'suspension', 'arrests', 'arrest', 'seizures', 'occupation', 'expulsion', 'expulsions', 'shipment', 'shipments']);

/** True when "the/this/these [new] <act>" ends right before the verb, or before "was/were [“]a … violation" at `begin`. */
function isUnownedActBefore(tokens: Token[], begin: number): boolean {
  let at = begin - 1;
  while (at > 0 && begin - at <= 4 && (QUOTE_MARKS.has(tokens[at].text) || /^(a|an|clear|flagrant|blatant|gross|serious|direct|plain|grave|new|also)$/.test(tokens[at].lower))) at--;
  if (COPULAS.has(tokens[at]?.lower ?? '') || /^(had|has|have|would|also)$/.test(tokens[at]?.lower ?? '')) at--;
  if (!BREACHING_ACTS.has(tokens[at]?.lower ?? '')) return false;
  for (let k = at - 1; k >= 0 && at - k <= 3; k--) {
    if (/^(the|this|these|that|those)$/.test(tokens[k].lower)) return true;
    if (tokens[k].punct || tokens[k].capitalized || tokens[k].possessive) return false;
  }
  return false;
}

/**
 * "“We strongly condemn …,” the spokesman said": inside a quote, "we", "our government" and "the government" are
 * the speaker's side — the body or state a spokesperson speaks for, or the speaker itself.
 */
function speakerAsSubject(context: RelationContext, index: number, begin: number): string[] {
  const speaker = context.speakerOfSentence.get(index);
  if (!speaker) return [];
  const { tokens } = context.sentences[index];
  const before = tokens.slice(Math.max(0, begin - 6), begin).map((token) => token.lower);
  const firstPerson = before.some((word) => FIRST_PERSON.has(word)) || /\bthe government$|\bthe government \w+$/.test(before.join(' '));
  // "said the kingdom stood with X", "said the bloc stood with X": a state or a body the speaker's side is, named by a noun.
  const described = /\bthe (\w+)( \w+)?$/.exec(before.join(' '))?.[1] ?? '';
  if (STATE_NOUNS.has(described) || BODY_NOUNS.has(described)) {
    const side = [...sideOf(context.resolved, context.representedBy, speaker)];
    const own = side.find((key) => (STATE_NOUNS.has(described) ? key.startsWith('state:') : kindOf(context, key) === 'Organization'));
    return [own ?? speaker];
  }
  // "X said in a statement it was “studying every option” and called on both governments to …": a verb joined by "and" to
  // the verb of saying, right past the words quoted, is the speaker's own act.
  if (!firstPerson && tokens[begin - 1]?.lower === 'and' && QUOTE_MARKS.has(tokens[begin - 2]?.text ?? '') && tokens.slice(0, begin).some((token) => SAYING.has(token.lower))) return [speaker];
  if (!firstPerson) return [];
  return [context.representedBy.get(speaker) ?? speaker];
}

/** Nouns by which a speaker's own state or body is named in what they say ("the kingdom", "the bloc"). */
const STATE_NOUNS = new Set(['kingdom', 'country', 'republic', 'emirate', 'nation']);
const BODY_NOUNS = new Set(['bloc', 'alliance', 'organisation', 'organization', 'union', 'grouping']);

/** True when a determiner and a lower-case noun that is no title follow "met" at `end` ("met the deadline"). */
function meetsAThing(tokens: Token[], end: number): boolean {
  const [determiner, noun] = [tokens[end], tokens[end + 1]];
  return Boolean(determiner && noun && /^(the|a|an|its|their|all|every|most|some|these|those)$/.test(determiner.lower) && !noun.capitalized && !noun.punct && !titleRelation(noun.lower) && !/^(two|three|four|leaders|ministers|officials|delegations|presidents|envoys)$/.test(noun.lower));
}

/** "A and B <trigger>" (or "the ministers of A and B <trigger>"): the two names right before the trigger. */
function coordinatedBefore(context: RelationContext, sentence: SentenceMentions, begin: number): [string, string] | undefined {
  const { tokens, mentions } = sentence;
  // (Past a state that only qualifies a title: "A and Azerbaijani Deputy Prime Minister B, met".)
  const before = mentions.filter((mention) => mention.end <= begin && begin - mention.end <= 8 && !mention.modifier);
  for (let i = before.length - 1; i > 0; i--) {
    const [first, second] = [before[i - 1], before[i]];
    const titled = second.start > first.end + 1 && second.start <= first.end + 6 && mentions.some((mention) => mention.modifier && mention.start === first.end + 1) && !tokens.slice(first.end + 1, second.start).some((token) => token.punct);
    if (tokens[first.end]?.lower !== 'and' || (second.start !== first.end + 1 && !titled)) continue;
    const a = actorKey(context, first);
    const b = actorKey(context, second);
    if (a && b && a !== b && !first.modifier && !second.modifier) return [a, b];
  }
  return undefined;
}

function lastTreatyBefore(context: RelationContext, sentence: number): string | undefined {
  for (let s = sentence; s >= 0; s--) {
    const mentions = context.sentences[s].mentions;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const key = context.resolved.entityOf.get(mentions[i]);
      if (kindOf(context, key) === 'Treaty') return key;
    }
  }
  return undefined;
}

/** "the Chinese Embassy in Lomé": the state whose capital an embassy or consulate is in, when the article names it. */
function hostState(context: RelationContext, name: string): string | undefined {
  const city = /\b(?:embassy|consulate|consulate-general) in (.+)$/i.exec(name)?.[1];
  const country = city ? countryByCapital(city) : undefined;
  return country && context.resolved.entities.has(`state:${country.code}`) ? `state:${country.code}` : undefined;
}

/** The subjects of the verb (or, when `nominal`, the noun) at `begin`. */
function findSubjects(context: RelationContext, sentence: SentenceMentions, nominal: boolean, begin: number): string[] {
  const { tokens, mentions } = sentence;
  // "Russia's attacks on …", "its supply of drones": a possessor right before the trigger is its agent.
  const owner = mentions.find((mention) => mention.possessive && (mention.end === begin || (mention.end === begin - 1 && !tokens[begin - 1].punct)) && isActor(context, mention));
  if (owner && !FORCE_WORDS.has(tokens[owner.end]?.lower ?? '')) return [actorKey(context, owner)!];
  // "Russia's war against Ukraine", "its support": the possessor right before a nominal trigger.
  // "Qaderia's admission of sending its cutters": a gerund's agent is the possessor too.
  // "firms over their support for Russia": a possessive pronoun names the agent, even when it names no actor.
  if (nominal && /^(their|its|his|her)$/.test(tokens[begin - 1]?.lower ?? '') && !owner) return [];
  // ("Y said X had closed its border, accusing Z": a participle after a comma is no gerund a possessor owns.)
  const participle = !nominal && tokens[begin - 1]?.text === ',' && /^\p{Ll}{3,}ing$/u.test(tokens[begin].text);
  if (nominal || (tokens[begin].lower.endsWith('ing') && !participle)) {
    const reach = nominal ? 3 : 6;
    // ("accusing its neighbour of breaking …": "its" is the accuser's, not the agent's.)
    const possessor = mentions.find((mention) => mention.possessive && mention.end >= begin - reach && mention.end <= begin && isActor(context, mention) && !FORCE_WORDS.has(tokens[mention.end]?.lower ?? '') && !namesNeighbourAt(tokens, mention.start));
    // ("Hamas, for its part, accused Israel of violating …": an actor named after the possessor is nearer the verb.)
    const nearer = possessor && mentions.some((mention) => mention.start >= possessor.end && mention.end <= begin && !mention.possessive && isActor(context, mention));
    if (possessor && !nearer) return [actorKey(context, possessor)!];
  }
  // "accusing its neighbour of flooding the market and breaking the rules of the deal": the one accused does what a
  // gerund after "of" says, however many gerunds are joined there.
  if (!nominal && tokens[begin].lower.endsWith('ing')) {
    const accused = accusationBefore(context, sentence, begin)?.accused;
    if (accused !== undefined) return accused ? [accused] : [];
  }
  // "described it as a grave provocation that threatens peace": a relative clause on a common noun has that noun as
  // its subject — unless the noun is said of the subject ("X is an illegal act that violates …").
  const relative = tokens[begin - 1];
  if (relative && /^(that|which)$/.test(relative.lower) && !tokens[begin - 2]?.punct && !tokens[begin - 2]?.capitalized && !mentions.some((mention) => mention.end === begin - 1)) {
    const predicated = tokens.slice(Math.max(0, begin - 8), begin - 1).some((token) => COPULAS.has(token.lower));
    if (!predicated) return [];
  }
  // "“…,” Barrot said after meeting Aoun", "X told reporters before visiting Y": a gerund after a preposition of time
  // shares the subject of the verb of saying it follows.
  if (/^(after|before|while|since|when)$/.test(tokens[begin - 1]?.lower ?? '') && /ing$/.test(tokens[begin].lower) && SAYING.has(tokens[begin - 2]?.lower ?? '')) {
    const speaker = mentions.findLast((mention) => mention.end === begin - 2 && isActor(context, mention));
    if (speaker) return [actorKey(context, speaker)!];
  }
  // ("the peace plan that the generals signed": a relative clause with a subject of its own that names no actor.)
  if (hasUnnamedRelativeSubject(tokens, mentions, begin)) return [];
  // "Abdelatty, who met Witkoff in Cairo, said …": inside a relative clause, the name it hangs on is the subject.
  const antecedent = relativeAntecedent(context, tokens, mentions, begin);
  if (antecedent) return [antecedent];
  // "Israel, which has long opposed any deal with Iran, urged …": the subject stands before the relative clause.
  // ("Beijing, which regards Taiwan as its own, had warned …": an auxiliary may follow the clause.)
  let close = begin - 1;
  while (close > begin - 3 && close > 0 && /^(had|has|have|was|were|is|are|also|already|then)$/.test(tokens[close].lower)) close--;
  const clauseOpen = tokens[close]?.text === ',' && !nominal ? relativeClauseOpening(tokens, close) : undefined;
  if (clauseOpen !== undefined) {
    const at = mentions.findIndex((mention) => mention.end === clauseOpen && isActor(context, mention) && !isPrepositionalObject(tokens, mention));
    if (at >= 0) return [actorKey(context, mentions[at])!, ...coordinatedWith(context, tokens, mentions, at)];
  }
  // "X said … and accused Y": a verb joined by "and" shares the subject of the verb of saying.
  // ("said it had not been involved but urged both sides …": "but" joins two verbs as "and" does.)
  // ("met X in Baghdad and later visited Damascus": an adverb of time may stand between "and" and the verb.)
  const joinAt = JOINING_ADVERBS.has(tokens[begin - 1]?.lower ?? '') ? begin - 2 : begin - 1;
  const coordinated = !nominal && /^(and|but)$/.test(tokens[joinAt]?.lower ?? '');
  // "Y said in a statement, urging X …", "“…,” said Y, urging X": a participle after a comma belongs to the verb of
  // saying before it, whose subject it shares — and what stands inside the clause that verb reports is not the
  // subject either.
  const saying = coordinated || participle ? tokens.findLastIndex((token, k) => k < begin && SAYING.has(token.lower) && !token.capitalized) : -1;
  if (participle && saying >= 0) {
    const inverted = mentions.find((mention) => (mention.start === saying + 1 || (mention.start === saying + 2 && tokens[saying + 1].lower === 'the')) && mention.end === begin - 1 && isActor(context, mention));
    if (inverted) return [actorKey(context, inverted)!];
  }
  // "Chile left the Council in March, accusing it of …": a participle after a comma has the main clause's subject.
  // ("angered Tehran in 2022 by signing a joint statement with X": a gerund after "by" has the main clause's subject too.)
  const adjunct = participle || (!nominal && tokens[begin - 1]?.lower === 'by' && /^\p{Ll}{3,}ing$/u.test(tokens[begin].text)) ||
    // "Sudan shelled Chad in violation of the accord": an act "in" breach of a text is its subject's, not its object's.
    (nominal && tokens[begin - 1]?.lower === 'in');
  const tags = speechTags(tokens.slice(0, begin));
  const predicate = nominal && isPredicateNoun(tokens, begin);
  // "Norway summoned Iceland's ambassador to demand an explanation": a summons is made to demand or protest, so the
  // infinitive after it is the summoner's; the envoy summoned is not its subject.
  const summons = !nominal && tokens[begin - 1]?.lower === 'to' ? tokens.findLastIndex((token, k) => k < begin - 1 && SUMMONING.test(token.lower)) : -1;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i];
    if (mention.end > begin || (saying >= 0 && mention.start > saying) || (summons >= 0 && mention.start > summons)) continue;
    // ("Turkey, he said, was acting under …": who says it, set off by commas, is not the subject.)
    if (tags.some(([open, close]) => mention.start > open && mention.end < close)) continue;
    // (A verb joined to a verb of saying reaches back as far as that verb does.)
    // (A verb joined by "and" to the clause's first verb reaches back to that clause's subject, however long the first verb's phrase.)
    // ("the North's decision to rebuild the posts was “a clear violation” of …": a noun said of the subject reaches as a verb.)
    if ((saying >= 0 ? saying : begin) - mention.end > (nominal && !predicate ? NOMINAL_SUBJECT_WINDOW : coordinated ? COORDINATED_SUBJECT_WINDOW : SUBJECT_WINDOW)) break;
    // "The Office of Foreign Assets Control (OFAC) accused …": an acronym in brackets is part of the name before it.
    // "…, which handles inter-Korean affairs, expressed regret and urged …": a relative clause set off by commas too.
    // (Past a verb of saying that the trigger is joined to, what that verb reports is no part of the subject's reach.)
    const between = withoutSpeechTags(withoutRelativeClauses(withoutAcronyms(tokens.slice(mention.end, saying >= 0 ? saying + 1 : begin))));
    // "The Treasury said the network shipped oil to China": past a verb of saying, the clause has its own subject.
    const pastSaying = !coordinated && saying < 0 && between.some((token) => SAYING.has(token.lower) && !token.capitalized);
    // A quoted word or two in between ("calling the offer “unrealistic” and accusing …") does not end the clause.
    // … nor does a quote that opens after the subject and runs on past the trigger ("Japan would “continue to work …").
    const quoted = balancedQuotes(between) || opensOnly(between);
    // ("Chad sent troops to the region after rebel columns crossed the border and attacked Zouar": a clause of time with a
    // subject and verb of its own holds the trigger's subject.)
    if (between.some((token, k) => opensTimeClause(between, k))) break;
    if (pastSaying || between.some((token, k) => (CLAUSE_BREAKS.has(token.text) && !(quoted && QUOTE_MARKS.has(token.text))) || (SUBJECT_BREAKS.has(token.lower) && !(coordinated && k === between.length - (begin - joinAt))) || (token.lower === 'that' && (COMPLEMENT_TAKERS.has((between[k - 1] ?? tokens[mention.end - 1]).lower) || takesComplementPastTime(between, k))))) break;
    // "its troops fought …": the owner of the forces acts.
    // ("Israel's delegation arrived in Doha": a delegation acts for its state too.)
    // ("Finland's actions were … a violation of", "Ethiopia's “unilateral operation” of the dam violated": the owner of the act.)
    // ("Kenya's foreign minister met …": an unnamed office holder acts for the state that owns the title.)
    const ownsForces = mention.possessive && (FORCE_WORDS.has(tokens[mention.end]?.lower ?? '') || ENVOY_NOUNS.has(tokens[mention.end]?.lower ?? '') || (mention.form !== 'pronoun' && (ownsAct(tokens, mention.end) || ownsTitle(tokens, mention.end))));
    if (mention.key === BOTH_STATES && !isPrepositionalObject(tokens, mention)) return [BOTH_STATES];
    // ("Colombia's government suspended …": a name whose possessive word stands inside it owns nothing after it.)
    const possessive = mention.possessive && (tokens[mention.end - 1]?.possessive || mention.form === 'pronoun');
    // "Russian warplanes held drills near X": a state's adjective before its craft names the state acting through them.
    const flies = mention.modifier && !mention.possessive && CRAFT_NOUNS.has(tokens[mention.end]?.lower ?? '') && Boolean(stateKey(context, mention));
    if ((!isActor(context, mention) && !flies) || isPrepositionalObject(tokens, mention) || isRenamedObject(context, tokens, mention, mentions) || (possessive && !ownsForces)) continue;
    // "told AFP that the rebels were in breach of …": whom one tells is no subject of what is told.
    if (ADDRESSING.has(tokens[mention.start - 1]?.lower ?? '')) continue;
    // "Tinubu congratulated Aiyedatiwa and praised INEC": the object of the first verb is not the second's subject;
    // nor is a name inside "a U.S. proposal".
    // ("A State Department spokesperson said … and urged X": a body's spokesperson or official speaks for it.)
    // ("An African Union observer mission said … but urged X": a body's mission or delegation acts for it too.)
    const spokenFor = titleRelation(tokens[mention.end]?.lower ?? '') === 'SPEAKS_FOR' || /^officials?$/.test(tokens[mention.end]?.lower ?? '') || isMissionAfter(tokens, mention.end);
    if (((coordinated || adjunct) && isObjectOfVerb(tokens, mention, mentions)) || (/^(a|an)$/.test(tokens[mention.start - 1]?.lower ?? '') && !spokenFor)) continue;
    const subjects = [actorKey(context, mention)!];
    return [...subjects, ...coordinatedWith(context, tokens, mentions, i)];
  }
  return [];
}

/** Verbs of summoning an envoy, whose object does not do what the infinitive after it says. */
const SUMMONING = /^(summoned|summons|summoning)$/;

/** Adverbs of time that may stand between "and" and a verb sharing the first verb's subject ("and later visited"). */
const JOINING_ADVERBS: ReadonlySet<string> = new Set(['later', 'then', 'afterwards', 'subsequently']);

/**
 * "The court ruled in October that …", "said on Monday that …": a verb that takes a clause, then a time before its "that"
 * (or a verb of ruling right before it).
 */
function takesComplementPastTime(between: Token[], that: number): boolean {
  for (let k = that - 1; k >= 0 && that - k <= 4; k--) {
    const word = between[k].lower;
    if (COMPLEMENT_TAKERS.has(word) || RULING_VERBS.has(word)) return k === that - 1 || /^(on|in|last|this|earlier|late|early)$/.test(between[k + 1].lower);
    if (between[k].punct) return false;
  }
  return false;
}

/**
 * True when only a title stands before the name ("Bolivian President X", "his Bolivian counterpart, X", "the visiting
 * foreign minister"), and the name owns nothing after it ("X's decision").
 */
function isTitleBefore(between: Token[], mention: Mention): boolean {
  // ("received Secretary of State X": an "of" inside a title in capitals is part of the title.)
  const words = between.filter((token, k) => !token.capitalized && !token.punct && !/^(the|his|her|their|its|visiting)$/.test(token.lower) && !isOfInsideCapitals(between, k)).map((token) => token.lower).join(' ');
  return !mention.possessive && (!words || words === 'counterpart' || titleRelation(words) !== undefined);
}

/** Words that open a noun phrase of its own ("the attack", "a fresh offensive"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'these', 'those', 'any']);
/** Verbs by which one takes a stance on an act that others did ("condemned the attack on X", "blamed the strike on"). */
// (The verbs of opposing, welcoming and naming a thing are the lexicon's; these are the stance verbs only acts take.)
const STANCE_GOVERNORS: ReadonlySet<string> = new Set([
  ...OPPOSING_VERBS, ...WELCOMING_VERBS, ...NAMING_VERBS, 'denounce', 'deplored', 'deplores', 'blamed', 'blames', 'mourned',
  'mourns', 'protested', 'protests', 'describes', 'brands', 'regretted', 'regrets', 'lamented', 'laments',
]);

/** True when the noun at `begin` opens with a determiner right after a verb of taking a stance. */
function isStanceObject(tokens: Token[], begin: number): boolean {
  // ("condemned repeated attacks on X": the noun may follow the verb with no article, past adjectives.)
  // ("condemned the Israeli strikes on X": a state's adjective before the noun names its agent, not a new clause.)
  const plain = (token: Token) => !token.capitalized || Boolean(countryByDemonym(token.text));
  let bare = begin - 1;
  while (bare > begin - 3 && tokens[bare] && !tokens[bare].punct && plain(tokens[bare]) && !STANCE_GOVERNORS.has(tokens[bare].lower) && !DETERMINERS.has(tokens[bare].lower)) bare--;
  if (STANCE_GOVERNORS.has(tokens[bare]?.lower ?? '')) return true;
  let at = begin - 1;
  while (at >= 0 && begin - at <= 3 && !DETERMINERS.has(tokens[at].lower)) {
    if (tokens[at].punct || !plain(tokens[at]) || QUOTE_MARKS.has(tokens[at].text) || /^(its|their|his|her|our|that|which|who)$/.test(tokens[at].lower)) return false;
    at--;
  }
  const governor = tokens[at - 1];
  if (at < 0 || !DETERMINERS.has(tokens[at].lower) || !governor || governor.punct || governor.capitalized) return false;
  return STANCE_GOVERNORS.has(governor.lower);
}

/** How far back from a gerund the "accused X of" it belongs to may stand. */
const ACCUSED_REACH = 16;

/**
 * The accusation ("accused X of … <gerund>") the gerund at `begin` belongs to, undefined when none: where its verb of
 * accusing stands, and the one accused — its key, '' when what is accused names no actor ("accusing its neighbour of
 * …", a common noun).
 */
function accusationBefore(context: RelationContext, sentence: SentenceMentions, begin: number): { verb: number; accused: string } | undefined {
  const { tokens, mentions } = sentence;
  for (let of = begin - 1; of > 1 && begin - of <= ACCUSED_REACH; of--) {
    if (CLAUSE_BREAKS.has(tokens[of].text) || SUBJECT_BREAKS.has(tokens[of].lower)) return undefined;
    if (tokens[of].lower !== 'of' || !/^\p{Ll}{3,}ing$/u.test(tokens[of + 1]?.text ?? '')) continue;
    // (Only gerunds joined by "and" past the first: "of flooding the market and breaking …".)
    if (of + 1 !== begin && !tokens.slice(of + 2, begin).some((token) => token.lower === 'and')) return undefined;
    const verb = tokens.slice(Math.max(0, of - 6), of).findLastIndex((token) => ACCUSING_VERBS.has(token.lower));
    if (verb < 0) return undefined;
    const from = Math.max(0, of - 6) + verb + 1;
    // ("accusing its neighbour of …": "its" is the accuser's own.)
    const accused = mentions.find((mention) => mention.start >= from && mention.end <= of && isActor(context, mention) && !namesNeighbourAt(tokens, mention.start));
    return { verb: from - 1, accused: accused ? actorKey(context, accused) ?? '' : '' };
  }
  return undefined;
}

/** "its neighbour", "their neighbours" at `at`: the one the possessive's owner is not. */
function namesNeighbourAt(tokens: Token[], at: number): boolean {
  return /^(its|their)$/.test(tokens[at]?.lower ?? '') && /^neighbou?rs?$/.test(tokens[at + 1]?.lower ?? '');
}

/**
 * The one who does what a gerund says in "accusing its neighbour of breaking …" when the accused is not named: in a
 * story of two states, "its neighbour" is the side the accuser is not on; anyone else is no one the sentence names.
 */
function unnamedAccused(context: RelationContext, sentence: SentenceMentions, verb: number): string[] {
  if (!context.resolved.bothStates || !namesNeighbourAt(sentence.tokens, verb + 1)) return [];
  return otherSide(context, findSubjects(context, sentence, false, verb));
}

/** True when a nominal trigger stands as a noun: not a past form ("backed", "fought"), nor a verb's -s form after a name. */
function isNounAt(trigger: RelationTrigger, tokens: Token[], begin: number): boolean {
  if (!trigger.nominal) return false;
  const word = tokens[begin].lower;
  if (/(ed|ought)$/.test(word)) return false;
  const previous = tokens[begin - 1];
  return !(/s$/.test(word) && previous?.capitalized && !previous.possessive);
}

/** True when a copula stands right before the noun, past an article, adjectives and quotation marks ("was “a clear violation”"). */
function isPredicateNoun(tokens: Token[], begin: number): boolean {
  let at = begin - 1;
  while (at > 0 && begin - at <= 4 && (QUOTE_MARKS.has(tokens[at].text) || /^(a|an|the|clear|flagrant|blatant|gross|serious|direct|plain|grave|new)$/.test(tokens[at].lower))) at--;
  return COPULAS.has(tokens[at]?.lower ?? '');
}

/** True when "that/which (the) <lower-case nouns>" stands right before the verb, naming no actor ("that the generals signed"). */
function hasUnnamedRelativeSubject(tokens: Token[], mentions: Mention[], begin: number): boolean {
  let at = begin - 1;
  while (at > 0 && begin - at <= 3 && !tokens[at].punct && !tokens[at].capitalized && /^\p{Ll}+$/u.test(tokens[at].text) && !/^(that|which|has|had|have|was|were|is|are|also|it|they|he|she|we)$/.test(tokens[at].lower)) at--;
  if (at === begin - 1 || !/^(that|which)$/.test(tokens[at]?.lower ?? '')) return false;
  // (Adverbs name no subject: "Israel, which still holds …".)
  const words = tokens.slice(at + 1, begin).filter((token) => !/^(the|a|an|its|their|still|now|already|long|then|never|only|even|once|later|first|jointly)$/.test(token.lower) && !/ly$/.test(token.lower));
  return words.length > 0 && !mentions.some((mention) => mention.start > at && mention.start < begin);
}

/** Verbs whose noun is the trigger ("held talks", "has held indirect talks"). */
const HOLDING_VERBS = /^(held|holds|hold|holding|had|conducted|launched|opened)$/;

/** Words that may stand between "who" and its verb ("who had already met"). */
const RELATIVE_FILLERS = new Set(['has', 'had', 'have', 'been', 'is', 'was', 'were', 'are', 'also', 'already', 'still', 'recently', 'previously', 'later', 'long', 'last', 'then', 'once']);

/** "after FACT columns crossed", "before the two armies clashed": a conjunction of time whose clause has its own verb. */
function opensTimeClause(tokens: Token[], at: number): boolean {
  if (!/^(after|before|until|once)$/.test(tokens[at].lower)) return false;
  const next = tokens[at + 1];
  if (!next || next.punct || /ing$/.test(next.lower) || /^(a|an|this|that|last|next|years?|months?|weeks?|days?|hours?|\d.*)$/.test(next.lower)) return false;
  return tokens.slice(at + 2, at + 5).some((token) => !token.capitalized && /^\p{Ll}+ed$/u.test(token.text) && !/^(led|based|backed|armed|linked)$/.test(token.lower));
}

/** The actor named right before ", who …" or ", which …" when the trigger opens that clause. */
function relativeAntecedent(context: RelationContext, tokens: Token[], mentions: Mention[], begin: number): string | undefined {
  let at = begin - 1;
  while (at > 0 && begin - at <= 3 && RELATIVE_FILLERS.has(tokens[at].lower)) at--;
  // ("Saudi Arabia, which has held indirect talks with …": the trigger's own verb and adjectives may come between.)
  if (!/^(who|which)$/.test(tokens[at]?.lower ?? '') && (HOLDING_VERBS.test(tokens[begin - 2]?.lower ?? '') || HOLDING_VERBS.test(tokens[begin - 1]?.lower ?? ''))) {
    at = begin - 1;
    while (at > 0 && begin - at <= 5 && !tokens[at].punct && !tokens[at].capitalized && !/^(who|which)$/.test(tokens[at].lower)) at--;
  }
  // ("X, who attended the ceremony with his counterpart Y": a clause's verb and its object may stand before "with".)
  if (!/^(who|which)$/.test(tokens[at]?.lower ?? '') && tokens[begin].lower === 'with') {
    at = begin - 1;
    while (at > 0 && begin - at <= 6 && !tokens[at].punct && !tokens[at].capitalized && !/^(who|which)$/.test(tokens[at].lower)) at--;
  }
  if (!/^(who|which)$/.test(tokens[at]?.lower ?? '')) return undefined;
  // ("Kofi Mensah, a former prime minister who signed …": past an apposition in lower case that the clause hangs on.)
  if (tokens[at - 1]?.text !== ',') at = appositionOpening(tokens, at);
  if (tokens[at - 1]?.text !== ',') return undefined;
  const antecedent = mentions.find((mention) => mention.end === at - 1 && isActor(context, mention));
  return antecedent ? actorKey(context, antecedent) : undefined;
}

/** How many words an apposition before "who" may run to ("a former prime minister"). */
const APPOSITION_WORDS = 6;

/** Where ", a former prime minister" opens (its article) when it ends right before `at`; else `at`. */
function appositionOpening(tokens: Token[], at: number): number {
  for (let k = at - 1; k > 0 && at - k <= APPOSITION_WORDS; k--) {
    if (tokens[k].punct) return at;
    if (/^(a|an|the)$/.test(tokens[k].lower)) return tokens[k - 1]?.text === ',' ? k : at;
  }
  return at;
}

/**
 * The comma that opens ", which/who … ," closed by the comma at `close`, when there is one — or a participle clause
 * (", visiting Rabat on Monday,") or an apposition (", a member of …,").
 */
function relativeClauseOpening(tokens: Token[], close: number): number | undefined {
  for (let i = close - 1; i > 0 && close - i <= 30; i--) {
    if (tokens[i].text !== ',') continue;
    const opener = tokens[i + 1];
    // ("X, a member of the council chaired by Y, flew …": an apposition opening with an article is one too.)
    // ("X, of which both A and B are members, offered …": a preposition may open the clause before "which" or "whom".)
    const prepositional = opener && /^(of|in|to|with|for|from|under|among|through)$/.test(opener.lower) && /^(which|whom)$/.test(tokens[i + 2]?.lower ?? '');
    return opener && (prepositional || /^(which|who|whose|a|an|the)$/.test(opener.lower) || (!opener.capitalized && /^\p{Ll}{3,}ing$/u.test(opener.text))) ? i : undefined;
  }
  return undefined;
}

/** Whether some mention in the article names the entity by itself, not as a modifier ("Qatar said", "Doha"). */
function namedAsActor(context: RelationContext, key: string): boolean {
  return context.sentences.some((sentence) => sentence.mentions.some((mention) => !mention.modifier && context.resolved.entityOf.get(mention) === key));
}

function findObjects(context: RelationContext, sentence: SentenceMentions, trigger: RelationTrigger, end: number, index: number): string[] {
  const { tokens, mentions } = sentence;
  const allowed = objectKinds(trigger);
  let from = end;
  if (trigger.object !== 'direct') {
    const prepositions = trigger.object;
    // ("deployed troops in response to Niger's move": a compound preposition's "in" or "to" leads to no object.)
    const at = tokens.findIndex((token, index) => index >= end && index < end + (trigger.reach ?? OBJECT_WINDOW + 4) && prepositions.includes(token.lower) && !(token.lower === 'to' && COMPOUND_TO.test(tokens[index - 1]?.lower ?? '')) && !(token.lower === 'in' && COMPOUND_IN.test(tokens[index + 1]?.lower ?? '')));
    if (at < 0) return [];
    from = at + 1;
  }
  // "demanded that China stop …": whom an appeal is made to may stand after "that".
  if (trigger.kind === 'URGES' && trigger.object === 'direct' && tokens[from]?.lower === 'that') from++;
  // "urged both partner states to …": the story's two states, in words the mentions do not read.
  if (namesBothStates(tokens, from) && !mentions.some((mention) => mention.start === from)) return [BOTH_STATES];
  // "backed the framework", "violated the accord": a bare treaty noun stands for the treaty the story means.
  if (allowed.includes('Treaty')) {
    const at = QUOTE_MARKS.has(tokens[from]?.text ?? '') ? from + 1 : from;
    // (Not when the noun is given its name right after: "the agreement, called the X Partnership".)
    const named = tokens[at + 2]?.text === ',' && /^(called|named|dubbed|known)$/.test(tokens[at + 3]?.lower ?? '');
    const treaty = isTreatyBackReference(tokens, at) && !named ? treatyMeant(context.resolved, index, context.parties, at, tokens[at + 1].lower) : undefined;
    if (treaty) return [treaty];
  }
  const objects: string[] = [];
  let passedDemonym = 0;
  for (const mention of mentions) {
    if (mention.start < from) continue;
    if (mention.start - from > (trigger.window ?? OBJECT_WINDOW) + passedDemonym) break;
    // "supported “Myanmar's efforts …”": a quotation may open right after the verb, on a name (not on "a sinister …").
    // ("said it “fully supports” Lithuania": a quote that closes right after the verb.)
    // ("backed “every measure Iraq takes …”", "supported “the sovereignty of X”": what is backed is that state's.)
    const opening = (QUOTE_MARKS.has(tokens[from]?.text ?? '') && tokens[from].text !== '”' && (tokens[from + 1]?.capitalized || (trigger.kind === 'SUPPORTS' && isBackedCause(tokens, from + 1)))) || closesQuoteAt(tokens, from) ? 1 : 0;
    const between = tokens.slice(from + opening, mention.start);
    // "stands with its ally, the Republic of Korea": the ally's name stands after a comma.
    const comma = between.at(-1)?.lower === 'the' ? between.length - 2 : between.length - 1;
    const ally = comma >= 2 && /^(its|their|our|his|her)$/.test(between[0].lower) && ALLY_WORDS.has(between[comma - 1].lower) && between[comma].text === ',';
    // "signed the agreement, called the X Partnership,": the name a common noun is given stands after a comma.
    const called = /^(the|an?) \S+ , (called|named|dubbed|known as)( the)?$/.test(between.map((token) => token.lower).join(' '));
    // "met the Qatari prime minister and foreign minister, Sheikh X": a person named after their titles.
    const kind = mentionKind(context, mention);
    const titled = isTitleApposition(between, mentions, from, kind);
    // "imposed sanctions on two army generals, X and Y": the people a common noun stands for are named after a comma.
    const named = isNamedAfterNoun(between, mentions, from, kind);
    // "met with the Secretary General of the OAS, Albert Ramdin": the office holder is named after the body.
    const holder = trigger.kind === 'MEETS' && isOfficeApposition(between, mentions, from, kind);
    if (between.some((token, k) => CLAUSE_BREAKS.has(token.text) || (token.text === ',' && !(ally && k === comma) && !called && !titled && !named && !holder) || token.lower === 'that')) break;
    // ("blamed heavy rains and said they had shared data through X": a verb of saying joined after the object starts a
    // clause of its own.)
    if (between.some((token, k) => SAYING.has(token.lower) && !token.capitalized && between[k - 1]?.lower === 'and')) break;
    // ("its support after a series of X's incursions": a clause of time after the object names no object.)
    if (between.some((token) => /^(after|before|amid|following)$/.test(token.lower))) break;
    // "captured two soldiers in X": where a thing is taken is not what is taken.
    if (trigger.plainObject && between.some((token) => PREPOSITIONS.has(token.lower) && token.lower !== 'of')) break;
    if (trigger.titledObject && !isTitleBefore(between, mention)) break;
    // "to support the war against Ukraine": what is supported is the war, not the side it is against.
    if (trigger.kind === 'SUPPORTS' && between.some((token) => token.lower === 'against')) break;
    // ("“practical support” for the route with X", "supports every pressure for the return of freedoms in X": past a
    // thing supported, a name after a preposition is where or with whom, not what is backed.)
    // ("backing from Russia": the giver, whom the rule below swaps in, stands right after "from".)
    if (trigger.kind === 'SUPPORTS' && between.some((token, k) => PREPOSITIONS.has(token.lower) && token.lower !== 'of' && !(k === 0 && from + k === end && token.lower === 'from'))) break;
    // ("threatens peace and stability on the Korean Peninsula": a place after a preposition is where, not whom.)
    if (trigger.kind === 'THREATENS' && between.some((token) => PREPOSITIONS.has(token.lower)) && kind === 'Place') break;
    // "met at the United Nations": where a meeting is held is not who was met.
    // ("talks with the rebels through Omani mediators": nor are those through whom one talks.)
    if (trigger.kind === 'MEETS' && between.some((token) => /^(at|in|on|near|inside|outside|through|via)$/.test(token.lower))) break;
    // ("to visit a plant before returning to Tokyo": where one goes back to is home, not a place visited.)
    if (trigger.kind === 'VISITS' && between.some((token) => /^(returning|return|returned|returns|back|home)$/.test(token.lower))) break;
    // ("honoured its commitments to X", "had honoured the treaty with X": a promise kept honours no one.)
    if (trigger.kind === 'THANKS' && /^honou?r/.test(tokens[end - 1].lower) && between.some((token) => KEPT_WORDS.has(token.lower))) break;
    // ("hailed the ruling as a victory over X", "praised the deal as a win for X": what a thing is called names no one thanked.)
    if (trigger.kind === 'THANKS' && between.some((token) => token.lower === 'as')) break;
    // ("condemn the war in Ukraine", "condemned the shelling near X": where the act happened is not whom it is aimed at.)
    if (trigger.kind === 'CONDEMNS' && between.some((token) => /^(in|near|at|inside)$/.test(token.lower))) break;
    // ("condemned the attack on Peru", "denounced the invasion of X": whom an act of force is aimed at is its victim, not
    // the one condemned.)
    if (trigger.kind === 'CONDEMNS' && between.some((token, k) => FORCE_ACT_NOUNS.has(token.lower) && /^(on|against|of)$/.test(between[k + 1]?.lower ?? ''))) break;
    // ("condemned the arrest of X", "denounced the killing of X": the one harmed is not the one condemned.)
    if (trigger.kind === 'CONDEMNS' && between.some((token, k) => HARM_NOUNS.has(token.lower) && between[k + 1]?.lower === 'of')) break;
    // ("urged the council to call on X", "called on the government to negotiate with X": the one urged is the
    // addressee before "to", named or not; a name in what they are urged to do is not.)
    if (trigger.kind === 'URGES' && trigger.object === 'direct' && between.some((token) => token.lower === 'to')) break;
    // ("accused the government of handing X a say": what one is accused of doing names no one accused.)
    if (trigger.kind === 'ACCUSES' && between.some((token, k) => token.lower === 'of' && /^\p{Ll}{3,}ing$/u.test(between[k + 1]?.text ?? tokens[mention.start].text))) break;
    if (mention.key === BOTH_STATES) return [BOTH_STATES];
    // ("met the head of the IMF, X": the body whose office the person named after the comma holds is not the one met.)
    if (trigger.kind === 'MEETS' && tokens[mention.end]?.text === ',' && isOfficeApposition(tokens.slice(from, mention.end + 1), mentions, from, mentions.find((other) => other.start === mention.end + 1)?.kind)) continue;
    // ("two SSPDF generals, X and Y": a name that qualifies the noun the names stand for is not the object.)
    if (PEOPLE_NOUNS.test(tokens[mention.end]?.lower ?? '') && tokens[mention.end + 1]?.text === ',') continue;
    // "met German Chancellor Olaf Scholz": the state in the title is not the one met.
    if (mention.modifier && mentions.some((other) => other.kind === 'Person' && other.title?.of === mention)) continue;
    // ("held talks with Labour Party leader Peter Obi": nor the body whose lower-case office the person named right after holds.)
    if (isBodyOfTitleAfter(tokens, mentions, mention)) continue;
    // ("sanctions imposed on Chadian businessman Emil Tosk", "met the Iranian firm Kavir Trading": nor a state's adjective
    // before the common noun that a name right after it stands for.)
    // ("sanctioned Togolese businessman X": a demonym the mentions read as its state, too; the name after it is reached past
    // the words it and its noun take.)
    if ((mention.modifier || isDemonymWord(tokens, mention)) && isNamedAfterCommonNoun(context, tokens, mentions, mention)) {
      passedDemonym = Math.max(passedDemonym, (mentions.find((other) => other.start > mention.end)?.start ?? mention.end) - mention.start);
      continue;
    }
    // ("discussing the case with a Slovenian official": someone unnamed whom a state's adjective describes is not the state met.)
    if (trigger.kind === 'MEETS' && /^(a|an)$/.test(tokens[mention.start - 1]?.lower ?? '') && [tokens[mention.end - 1], tokens[mention.end]].some((token) => token && /^\p{Ll}/u.test(token.text)) && kind === 'Government') continue;
    // ("met Togo's Foreign Minister Yao Agbeko": nor is the state whose title a person named right after holds.)
    // ("met Qatar's Minister of State X": the title's own "of" or "for" may stand between.)
    if (mention.possessive && mentionKind(context, mention) === 'Government' && mentions.some((other) => other.kind === 'Person' && other.start > mention.end && other.start - mention.end <= (other.title ? 7 : 4) && tokens.slice(mention.end, other.start).every((token, k, between) => token.capitalized || /^['’]s$/.test(token.text) || (Boolean(other.title) && /^(of|for)$/.test(token.lower) && k > 0 && Boolean(between[k + 1]?.capitalized))))) continue;
    // "the seizure of its trawlers by X": a possessive names whose thing it is, not the object.
    if (mention.possessive && mention.form === 'pronoun') continue;
    // "accused Lai's Democratic Progressive Party of …": the owner's body named right after is the object.
    const owned = mention.possessive && mentions.find((other) => other.start === mention.end && isActor(context, other));
    if (owned) continue;
    // ("committed to the UN human rights treaties": a body's short name before a lower-case noun qualifies that noun.)
    if (trigger.acronymNotObject && mention.end === mention.start + 1 && /^\p{Lu}{2,6}$/u.test(tokens[mention.start].text) && /^\p{Ll}+$/u.test(tokens[mention.end]?.text ?? '')) continue;
    let key = objectKey(context, mention, trigger);
    if (!key) continue;
    // ("with his Azerbaijani counterpart": a state named only in an unnamed counterpart's adjective is met only when the
    // story names it as a side elsewhere.)
    if (trigger.kind === 'MEETS' && mention.modifier && /^counterparts?$/.test(tokens[mention.end]?.lower ?? '') && !namedAsActor(context, key)) continue;
    // ("had spoken to Maamau's government", "urged Ortega's government": a leader's government is the state they lead.)
    if (mention.possessive && kindOf(context, key) === 'Person' && GOVERNMENT_NOUNS.has(tokens[mention.end]?.lower ?? '')) key = stateServedBy(context, key);
    if (!key) continue;
    // "violates the United Nations charter": the organisation inside the treaty's name is not the object.
    if (mention.modifier && !isOfKind(context, key, allowed)) continue;
    objects.push(key);
    // "urged North Korea and Russia to …", "urged the army and the RSF to …": coordinated objects.
    // "urged Cambodia, Laos, Thailand and Vietnam to …": a list of names set off by commas that "and" closes.
    const listed = commaList(context, tokens, mentions, mentions.indexOf(mention));
    objects.push(...listed.map((item) => objectKey(context, item)!));
    const next = mentions[mentions.indexOf(listed.at(-1) ?? mention) + 1];
    let last = listed.at(-1) ?? mention;
    // ("urged Cambodia, Laos, and Vietnam": after a list, a comma may stand before the last "and".)
    const and = listed.length && isSerialComma(tokens, last.end) ? last.end + 1 : last.end;
    // ("in violation of the convention and of the 2016 award": the preposition may be said again.)
    const fillers = tokens.slice(and + 1, next?.start ?? and + 1).map((token) => token.lower).join(' ');
    if (next && tokens[and]?.lower === 'and' && /^((of|to|with) )?(the )?$/.test(fillers ? `${fillers} ` : '')) {
      const nextKey = objectKey(context, next);
      if (nextKey) objects.push(nextKey);
      last = next;
    }
    // "asked Moscow to …" is an appeal; "asked Moscow about …" is not ("asked the council on Wednesday to …" is one too).
    // ("asked the CSTO, the Moscow-led bloc, to hold …": past an apposition set off by commas.)
    const afterAt = pastTimeAdjunct(tokens, pastApposition(tokens, last.end));
    const after = tokens[afterAt]?.lower ?? '';
    if (trigger.followedBy && !trigger.followedBy.includes(after)) return [];
    // ("called for Togo to be expelled": what is wished done to the one named is no appeal to it.)
    if (trigger.pattern.endsWith(' for') && after === 'to' && tokens[afterAt + 1]?.lower === 'be') return [];
    if (trigger.notFollowedBy?.includes(after)) return [];
    break;
  }
  return objects;
}

/** How many lower-case words an office may span between a body and its holder ("Labour Party deputy leader X"). */
const BODY_TITLE_REACH = 2;

/** True when a person is named right after `mention` and a lower-case office of it ("APC chairman X", "party deputy leader X"). */
function isBodyOfTitleAfter(tokens: Token[], mentions: Mention[], mention: Mention): boolean {
  const holder = mentions.find((other) => other.kind === 'Person' && other.start > mention.end && other.start - mention.end <= BODY_TITLE_REACH);
  if (!holder || mention.kind === 'Person' || mention.possessive) return false;
  const words = tokens.slice(mention.end, holder.start);
  if (words.some((token) => token.punct || token.capitalized)) return false;
  return titleRelation(words.map((token) => token.lower).join(' ')) !== undefined;
}

/** True when the mention is one word that names a state's people ("Togolese"). */
function isDemonymWord(tokens: Token[], mention: Mention): boolean {
  return mention.end === mention.start + 1 && Boolean(countryByDemonym(tokens[mention.start].text));
}

/** True when one or two lower-case nouns follow `mention`, then a name of a person or a body ("Chadian businessman Emil Tosk"). */
function isNamedAfterCommonNoun(context: RelationContext, tokens: Token[], mentions: Mention[], mention: Mention): boolean {
  // ("accused Swiss commodities trader Glencore": a single name the article reads as an organisation only later counts too.)
  const named = mentions.find((other) => other.start > mention.end && other.start - mention.end <= 2 && (other.kind === 'Person' || other.kind === 'Organization' || other.form === 'bare'));
  return Boolean(named && tokens.slice(mention.end, named.start).every((token) => /^\p{Ll}+$/u.test(token.text)) && isActor(context, named));
}

/**
 * The names after mentions[at] in a list "A, B, C and D" (B and C here: "and D" is read as any pair is), each an actor
 * right after a comma; none unless an "and" closes the list ("Kenya, the neighbour, …" is an apposition, not a list).
 */
function commaList(context: RelationContext, tokens: Token[], mentions: Mention[], at: number): Mention[] {
  const items: Mention[] = [];
  let link = mentions[at];
  for (let k = at + 1; k < mentions.length; k++) {
    const item = mentions[k];
    if (tokens[link.end]?.text !== ',' || item.start !== link.end + 1 || item.possessive || !objectKey(context, item)) break;
    items.push(item);
    link = item;
  }
  return items.length && (tokens[link.end]?.lower === 'and' || isSerialComma(tokens, link.end)) ? items : [];
}

/** True when a comma at `at` stands before the "and" that closes a list ("A, B, and C"). */
function isSerialComma(tokens: Token[], at: number): boolean {
  return tokens[at]?.text === ',' && tokens[at + 1]?.lower === 'and';
}

function objectKey(context: RelationContext, mention: Mention, trigger?: RelationTrigger): string | undefined {
  // "accused him of …", "sanctioned her": a person pronoun as the object of a verb aimed at people.
  if (mention.form === 'pronoun' && mention.pronoun === 'person' && !(trigger && PERSON_OBJECT_KINDS.has(trigger.kind) && /^(him|her)$/.test(mention.text.toLowerCase()))) return undefined;
  return actorKey(context, mention);
}

const PERSON_OBJECT_KINDS: ReadonlySet<RelationKind> = new Set(['ACCUSES', 'SANCTIONS', 'THREATENS', 'THANKS', 'MEETS', 'URGES']);

/** "The U.S. and South Korea", "Britain, France and Germany": the actors listed before mentions[at]. */
function coordinatedWith(context: RelationContext, tokens: Token[], mentions: Mention[], at: number): string[] {
  const counterpart = counterpartOf(context, tokens, mentions, at) ?? titledBefore(context, tokens, mentions, at);
  if (counterpart !== undefined) return [actorKey(context, mentions[counterpart])!, ...coordinatedWith(context, tokens, mentions, counterpart)];
  const found: string[] = [];
  let link = mentions[at];
  let listed = false;
  for (let k = at - 1; k >= 0; k--) {
    const previous = mentions[k];
    // "the army and the RSF": an article may stand between the joiner and the name; "X and Togolese President Y": a title.
    const start = titledStart(tokens, link);
    // (The state's adjective inside the title is no name of the list: "Togolese".)
    if (previous.start >= start && previous.end <= link.start) continue;
    const gap = tokens[start - 1]?.lower === 'the' ? 2 : 1;
    const joiner = tokens[start - gap];
    // "A, B, and C": a comma may stand before the last "and" (the serial comma).
    const serialComma = isSerialComma(tokens, start - gap - 1) ? 1 : 0;
    // ("The Economic Community of West African States (ECOWAS) and the African Union": past the acronym in brackets.)
    if (previous.end !== beforeBracketedAcronym(tokens, start - gap - serialComma) || !joiner || !(joiner.lower === 'and' || joiner.text === ',') || !isActor(context, previous)) break;
    if (joiner.lower === 'and') listed = true;
    found.push(actorKey(context, previous)!);
    link = previous;
  }
  // "Britain's ambassador to the UN, James Whitlow,": names joined by commas alone are an apposition, not a list.
  return listed ? found : [];
}

/** How many words a title may span after its owner's possessive ("Kenya's deputy foreign minister"). */
const OWNED_TITLE_REACH = 3;

/** True when a title of office, in lower case, follows a possessive at `at` ("Kenya's foreign minister"). */
function ownsTitle(tokens: Token[], at: number): boolean {
  for (let end = at + 1; end <= at + OWNED_TITLE_REACH && end <= tokens.length; end++) {
    const words = tokens.slice(at, end);
    if (words.some((token) => token.capitalized || token.punct)) return false;
    if (titleRelation(words.map((token) => token.lower).join(' ')) !== undefined && !/^(of|for)$/.test(tokens[end]?.lower ?? '')) return true;
  }
  return false;
}

/** How many words a person's title may span before the name ("Togolese Foreign Minister"). */
const TITLE_REACH = 4;

/** Where a person's name begins with the title written before it ("Togolese President Yao Dossou"), else the name. */
function titledStart(tokens: Token[], mention: Mention): number {
  if (mention.kind !== 'Person' || !mention.title) return mention.start;
  let at = mention.start;
  while (at > 0 && mention.start - at < TITLE_REACH && tokens[at - 1].capitalized && !tokens[at - 1].punct) at--;
  return at;
}

/**
 * "The Croat member of the Presidency, X, and the chairwoman of the council, Y, met": the index of the person named
 * before ", and the <title> ," that introduces mentions[at].
 */
function titledBefore(context: RelationContext, tokens: Token[], mentions: Mention[], at: number): number | undefined {
  const comma = mentions[at].start - 1;
  if (tokens[comma]?.text !== ',') return undefined;
  let and = comma - 1;
  while (and > 0 && comma - and <= 12 && tokens[and].lower !== 'and' && !tokens[and].punct) and--;
  // ("X's trade minister, A, and Y's trade minister, B, signed": an owner's possessive may open the second title.)
  const owned = mentions.some((mention) => mention.start === and + 1 && mention.possessive);
  if (tokens[and]?.lower !== 'and' || tokens[and - 1]?.text !== ',' || !(/^(the|his|her|its|their)$/.test(tokens[and + 1]?.lower ?? '') || owned)) return undefined;
  const before = mentions.findIndex((mention) => mention.end === and - 1 && isActor(context, mention) && mentionKind(context, mention) === 'Person');
  return before >= 0 ? before : undefined;
}

/** A name right after a lower-case word that is no preposition, article or conjunction stands as a verb's object. */
function isObjectOfVerb(tokens: Token[], mention: Mention, mentions: Mention[] = []): boolean {
  // ("Kestland's opposition Green Alliance": a word that ends another name is no verb.)
  if (mentions.some((other) => other !== mention && other.end === mention.start)) return false;
  let previous = mention.start - 1;
  // ("met Jordanian Prime Minister X and later visited …": an office in capitals before the name is the object's.)
  if (mention.title) while (previous > 0 && mention.start - previous <= 4 && tokens[previous].capitalized && !tokens[previous].punct) previous--;
  if (tokens[previous]?.lower === 'the') previous--;
  previous = pastDescriptor(tokens, previous);
  const word = tokens[previous];
  // ("One of the candidates, businessman X, said …": a noun that opens an apposition is no verb.)
  const opensPhrase = (previous === 0 || tokens[previous - 1]?.text === ',') && !/(ed|ing)$/.test(word?.lower ?? '') && !SUBJECT_BREAKS.has(word?.lower ?? '');
  // ("Chile's foreign minister Ana Rojas criticised … and urged …": a title in lower case before the name is no verb.)
  const titled = word !== undefined && !!titleRelation(word.lower);
  return Boolean(word && !word.punct && !word.capitalized && !opensPhrase && !titled && !PREPOSITIONS.has(word.lower) && !/^(and|or|but|then|also|a|an)$/.test(word.lower));
}

/** "chairman of the Volta Assembly, the People's Chamber, met …": a name set off by commas right after the object of a
 * preposition renames that object; it is no subject either. */
function isRenamedObject(context: RelationContext, tokens: Token[], mention: Mention, mentions: Mention[]): boolean {
  // ("Britain's ambassador to the UN, Ivo Brand, said": a person named after the post is its holder.)
  if (kindOf(context, actorKey(context, mention)) === 'Person') return false;
  let previous = mention.start - 1;
  if (tokens[previous]?.lower === 'the') previous--;
  if (tokens[previous]?.text !== ',' || tokens[mention.end]?.text !== ',') return false;
  return mentions.some((other) => other.end === previous && isPrepositionalObject(tokens, other));
}

/**
 * "The UN refugee agency UNHCR", "the rights group X": a noun that describes the name at `previous + 1` stands in its
 * noun phrase, so the word before that phrase's article is the one that tells what the name is to a verb.
 */
function pastDescriptor(tokens: Token[], previous: number): number {
  if (!ORGANIZATION_DESCRIPTORS.has(tokens[previous]?.lower ?? '')) return previous;
  const article = tokens.findLastIndex((token, k) => k < previous && previous - k <= 4 && /^(the|an?)$/.test(token.lower));
  return article >= 0 && tokens.slice(article + 1, previous).every((token) => !token.punct && !/(ed|ing)$/.test(token.lower)) ? article - 1 : previous;
}

function isPrepositionalObject(tokens: Token[], mention: Mention): boolean {
  let previous = mention.start - 1;
  if (tokens[previous]?.lower === 'the') previous--;
  previous = pastDescriptor(tokens, previous);
  // "3,000 members of the National Guard were deployed": the part acts for the whole.
  if (tokens[previous]?.lower === 'of' && PARTITIVES.has(tokens[previous - 1]?.lower ?? '')) return false;
  return Boolean(tokens[previous] && PREPOSITIONS.has(tokens[previous].lower));
}

/** Nouns for part of a force or body ("members of", "units of", "leaders of the G7"). */
const PARTITIVES = new Set(['members', 'leaders', 'ministers', 'heads', 'units', 'troops', 'soldiers', 'officers', 'fighters', 'elements', 'personnel', 'battalions', 'brigades', 'detachments', 'contingents']);

function propsFor(context: RelationContext, kind: RelationKind, index: number, end: number): LocalRelation['props'] {
  const text = context.sentenceText(index);
  if (kind === 'DEPLOYS_TO') {
    const count = new RegExp(`(\\d[\\d,]*)(?:\\s*(?:-|–|to|and)\\s*(\\d[\\d,]*))?\\s+(?:more\\s+|additional\\s+)?(?:[A-Z][a-z]+\\s+){0,2}(?:${FORCE_NOUNS})`).exec(text);
    const date = context.dateOfSentence(index);
    const props: NonNullable<LocalRelation['props']> = {};
    if (count) props.count = Number(count[1].replace(/,/g, ''));
    if (date) props.date = date;
    return props;
  }
  if (kind === 'SUPPLIES') {
    const lower = text.toLowerCase();
    const items = SUPPLY_ITEMS.filter((item) => new RegExp(`\\b${item}\\b`).test(lower));
    return items.length ? { items } : undefined;
  }
  if (kind === 'URGES') {
    const tokens = context.sentences[index].tokens;
    const to = tokens.findIndex((token, i) => i >= end && token.lower === 'to');
    if (to >= 0) return { demand: text.slice(tokens[to].start).replace(/[.\s]+$/, '') };
    return undefined;
  }
  if (kind === 'VIOLATES') {
    const speaker = context.speakerOfSentence.get(index);
    const name = speaker ? context.resolved.entities.get(speaker)?.name : undefined;
    return name ? { allegedBy: [name] } : undefined;
  }
  if (kind === 'SIGNS') {
    const date = context.dateOfSentence(index);
    return date ? { date } : undefined;
  }
  return undefined;
}

function dedupe(relations: LocalRelation[]): LocalRelation[] {
  const seen = new Set<string>();
  return relations.filter((relation) => {
    const key = `${relation.kind}|${relation.subject}|${relation.object}|${relation.sentence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
