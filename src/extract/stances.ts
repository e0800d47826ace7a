// Stances read from what is said: a statement that calls what another side did illegal, a provocation or bullying
// condemns that side, whether or not a verb of condemning is used ("“This is economic coercion,” the ministry's
// spokesman said", after the other state's tariffs); one that lays a wrong at its door ("arbitrary", "hostile",
// "crimes") accuses it.
import type { LocalRelation, LocalStatement } from '../types.ts';
import type { ArticleEntities } from './entities.ts';
import { ACCUSING_WORDS, CONDEMNING_SEARCH, DECLINED_CONDEMNATIONS, DENIED_CONDEMNATIONS, JUDICIAL_BODIES, wholeWordSearch } from './lexicon/stanceWords.ts';
import { sideOf } from './relationSides.ts';
import { ACCUSING_VERBS, CHARGE_NOUNS } from './lexicon/reportingVerbs.ts';
import { FORCE_ACT_NOUNS } from './lexicon/headWords.ts';

const ACTOR_KINDS = new Set(['Person', 'Government', 'Organization']);
/**
 * Whom words alone can condemn or accuse: states, their bodies and people. An organisation a statement names is
 * mostly the forum or the rulebook it speaks under ("WTO rules", "UN resolutions", "membership of the Council of
 * Europe"); a verb aimed at it (relations.ts) still finds it, and so does a statement in which it acts (actsIn).
 */
const TARGET_KINDS = new Set(['Person', 'Government']);
/**
 * Condemning words are read first: an accusation adds nothing where the speaker condemns that side already. But one
 * statement whose words both condemn and accuse ("illegal and arbitrary") accuses: MODEL.md's ACCUSES is CONDEMNS made
 * sharper (SHARPER_SEARCH).
 */
const STANCES = [['CONDEMNS', CONDEMNING_SEARCH], ['ACCUSES', wholeWordSearch(ACCUSING_WORDS)]] as const;
/** Accusing words that outweigh condemning ones in the same statement: all but a breach named ("a clear violation of"). */
const SHARPER_SEARCH = wholeWordSearch(new Set([...ACCUSING_WORDS].filter((word) => !/^violat/.test(word))));
/** A verb of condemning in the statement's own words: its stance is that condemnation, whatever wrong it names. */
const CONDEMNING_VERB = /\b(?:condemn|condemns|condemned|condemning|denounce|denounces|denounced|denouncing|deplore|deplores|deplored)\b/i;
/** A verb of accusing in the statement's own words: its stance is that accusation, not a condemnation. */
const ACCUSING_VERB = new RegExp(`\\b(${[...ACCUSING_VERBS].join('|')})\\b`, 'i');
/** "a flagrant violation of our sovereignty": the adjective grades a breach, which accuses (ACCUSING_WORDS). */
const BREACH_ADJECTIVES = /\b(flagrant|blatant)\s+(violations?|breach|breaches)\b/gi;
/**
 * Words that condemn nobody: a stance denied ("not a betrayal") and the outlaws a state acts against ("an operation
 * against illegal mining gangs", "to close illegal wells").
 */
const NOT_STANCES = new RegExp(`${DENIED_CONDEMNATIONS.source}|${DECLINED_CONDEMNATIONS.source}|\\billegal(?:ly)? (?:mining|miners|gangs|wells|migrants|migration|immigrants|immigration|crossings?|logging|fishing|fishermen|nets|drugs|arms|weapons|trafficking|traffickers|smugglers|smuggling|workers|armed groups)\\b`, 'gi');
/**
 * Crime and terror spoken of as such accuse no side: "the fight against organised crime", "every criminal network",
 * "our operations target only terrorists"; nor does a place that lies somewhere ("a block that lies partly in our
 * waters", "a tanker lying off the coast", "lies about 20 km off"), though lies spread or told still accuse ("spreading
 * lies on social media", "lying about the seizure").
 */
const NOT_ACCUSATIONS = /(?<!\b(?:spread|spreads|spreading|tell|tells|telling|told|of|more|these|those|such|outright|blatant|its|their)\s+)\b(?:lies|lying)\s+(?:\w+ly\s+)?(?:in|on|at|within|inside|outside|off|near|along|between|beyond|across|north|south|east|west|just|some|about\s+\d)\b|\borgani[sz]ed crime\b|\bcriminal (?:networks?|gangs?|groups?|organi[sz]ations?|rings?)\b|\b(?:target|targets|targeting|targeted|against|fight|fighting|combat|combating|combatting) (?:only )?(?:the )?terrorists?\b/gi;
/** "If collusion between X and Y continues, we will respond": what a warning's opening condition names has not been charged. */
const OPENING_CONDITION = /^\W*(?:if|unless|should)\b[^,]*,/i;
/**
 * "would treat any attempt to divert the river as an act of aggression", "any move to close the dam would be a
 * provocation": a name given to an act not yet done warns of it; it condemns nothing done (to the clause's end).
 */
const HYPOTHETICAL_ACTS = /\b(?:would|will|could|shall)\s+(?:treat|regard|consider|view|see|deem)\s+(?:any|such)\b[^.;]*|\bany\s+(?:\w+\s+)?(?:attempts?|moves?|steps?|efforts?|actions?|plans?|decisions?|bids?)\b[^.;]*?\b(?:would|will|could)\s+(?:be|amount|constitute)\b[^.;]*/gi;
/**
 * "Benin had called the seizure illegal", "Benin says our patrols are illegal, but …", "Benin had condemned Ghana": words and stances a statement gives to a
 * named third party (not "I" or "we") are theirs, to the clause's end; the speaker takes no stance in them.
 */
const THIRD_PARTY_WORDS = /(?<![\p{L}])(?!(?:I|We)\b)\p{Lu}\p{L}*(?:[-.]\p{L}+)*\s+(?:(?:had|has|have)\s+)?(?:said|says|called|calls|claimed|claims|alleged|alleges|described|describes|argued|argues|insisted|insists|condemned|condemns|denounced|denounces|deplored|deplores|criticised|criticises|criticized|criticizes)\b[^,;]*/gu;
/** Verbs of denying a charge: what follows them is the charge, which the speaker does not make. */
const DENYING = ['denied', 'denies', 'deny', 'denying', 'rejected', 'rejects', 'rejecting', 'disputed', 'disputes', 'refuted', 'refutes'];
/** "denied that …", "rejected claims that …", "denied accusations of …" right before a statement's words. */
const DENIAL_BEFORE = new RegExp(`\\b(?:${DENYING.join('|')})\\s+(?:(?:the|any|all|these|those)\\s+)?(?:(?:${[...CHARGE_NOUNS].join('|')}|suggestions?|reports?)\\s+)?(?:(?:that|of)\\s+)?$`, 'i');
/** A statement that is a denial, verb and all ("denied any provocation and said …"). */
const DENIAL_OPENING = new RegExp(`^\\W*(?:${DENYING.join('|')})\\b`, 'i');
/** What a denial covers: its clause, up to a comma or a verb of saying joined by "and" ("…, calling the seizure a provocation"). */
const DENIED_CLAUSE = /^[^,;]*?(?=,|;|\s+(?:and|but)\s+(?:said|says|added|adds|called|calls|accused|accuses|urged|urges|warned|warns)\b|$)/i;
/** Objects beyond these are a list of everyone the statement names, not the side it condemns. */
const MAX_TARGETS = 2;

export function condemnationsInStatements(statements: LocalStatement[], resolved: ArticleEntities, representedBy: Map<string, string>, actions: LocalRelation[], sentenceText: (index: number) => string): LocalRelation[] {
  const found: LocalRelation[] = [];
  // One stance per speaker and side: a statement adds nothing where the speaker condemns or accuses that side already.
  const stanced = new Set(actions.filter((relation) => relation.kind === 'CONDEMNS' || relation.kind === 'ACCUSES').map((relation) => `${relation.subject}>${relation.object}`));
  // "He accused the government of handing Canberra a say": where a verb of accusing names whom the speaker accuses in
  // the sentence, the names in what they are accused of are not accused too.
  const accusedByVerb = new Set(actions.filter((relation) => relation.kind === 'ACCUSES').map((relation) => `${relation.subject}@${relation.sentence}`));
  // What a statement says once its denials, hypotheses and third parties' words are taken out, and whom it aims at,
  // are the same for every stance kind: worked out once per statement.
  const cleaned = new Map<LocalStatement, string>();
  const cleanedText = (statement: LocalStatement) => {
    let text = cleaned.get(statement);
    if (text === undefined) cleaned.set(statement, (text = withoutDenial(statement, sentenceText(statement.sentence)).replace(HYPOTHETICAL_ACTS, '').replace(THIRD_PARTY_WORDS, '')));
    return text;
  };
  const targets = new Map<LocalStatement, string[]>();
  const targetsOnce = (statement: LocalStatement) => {
    let found = targets.get(statement);
    if (!found) targets.set(statement, (found = targetsOf(statement, resolved, representedBy)));
    return found;
  };
  for (const [kind, search] of STANCES) {
    for (const statement of statements) {
      if (OPENING_CONDITION.test(statement.text) && !search.test(statement.text.replace(OPENING_CONDITION, ''))) continue;
      const done = cleanedText(statement);
      if (!search.test(kind === 'CONDEMNS' ? done.replace(BREACH_ADJECTIVES, '$2').replace(NOT_STANCES, '') : done.replace(NOT_ACCUSATIONS, ''))) continue;
      // ("accused Tbilisi of encouraging what he called provocations": the verb accuses; relations.ts reads it.)
      if (kind === 'CONDEMNS' && ACCUSING_VERB.test(statement.text)) continue;
      if (kind === 'ACCUSES' && !statement.quoted && accusedByVerb.has(`${statement.speaker}@${statement.sentence}`)) continue;
      // ("illegal and arbitrary": words that both condemn and accuse make an accusation, the sharper stance, unless a verb of
      // condemning says which it is.)
      if (kind === 'CONDEMNS' && !CONDEMNING_VERB.test(done) && SHARPER_SEARCH.test(done.replace(NOT_ACCUSATIONS, ''))) continue;
      if (isJudicial(statement.speaker, resolved, representedBy)) continue;
      for (const target of targetsOnce(statement)) {
        const pair = `${statement.speaker}>${target}`;
        if (stanced.has(pair)) continue;
        stanced.add(pair);
        found.push({ kind, subject: statement.speaker, object: target, sentence: statement.sentence, confidence: 0.5 });
      }
    }
  }
  return found;
}

/**
 * "rejected claims that the crews had committed crimes", "denied any provocation and said …": a charge the speaker
 * denies is not one they make; what they go on to say past it still counts.
 */
function withoutDenial(statement: LocalStatement, sentence: string): string {
  const at = statement.quoted ? -1 : sentence.indexOf(statement.text);
  const denied = DENIAL_OPENING.test(statement.text) || (at > 0 && DENIAL_BEFORE.test(sentence.slice(Math.max(0, at - 80), at)));
  return denied ? statement.text.replace(DENIED_CLAUSE, '') : statement.text;
}

/** True when the speaker is a court or tribunal, or speaks for one (its president reading the judgment). */
function isJudicial(speaker: string, resolved: ArticleEntities, representedBy: Map<string, string>): boolean {
  return [...sideOf(resolved, representedBy, speaker)].some((key) => {
    const entity = resolved.entities.get(key);
    return entity !== undefined && entity.kind !== 'Person' && JUDICIAL_BODIES.test(entity.name);
  });
}

/** Whom a statement's stance is aimed at: the actors it names off the speaker's side, else the story's other state. */
function targetsOf(statement: LocalStatement, resolved: ArticleEntities, representedBy: Map<string, string>): string[] {
  const side = sideOf(resolved, representedBy, statement.speaker);
  const targets = statement.about.filter((key) => {
    const entity = resolved.entities.get(key);
    return entity && ACTOR_KINDS.has(entity.kind) && !side.has(key) && !(entity.state && side.has(`state:${entity.state}`)) && representedBy.get(key) !== statement.speaker;
  });
  // A statement naming nobody, in a story between two states, is aimed at the other one.
  if (!targets.length && resolved.bothStates) {
    const [a, b] = resolved.bothStates;
    if (side.has(a)) return [b];
    if (side.has(b)) return [a];
  }
  // ("summoned Chinese Ambassador X and told him the blockade was unacceptable": a person of a state that is a target
  // stands for it.)
  const states = new Set(targets.filter((key) => key.startsWith('state:')));
  const standing = targets.filter((key) => resolved.entities.get(key)!.kind !== 'Person' || ![...sideOf(resolved, representedBy, key)].some((other) => other !== key && states.has(other)));
  // ("We condemn the war in Ukraine": the side an act of force hit is not the one condemned.)
  return targets.length > MAX_TARGETS ? [] : standing.filter((key) => {
    const { kind, aliases } = resolved.entities.get(key)!;
    return (TARGET_KINDS.has(kind) || actsIn(statement.text, aliases)) && !isVictimIn(statement.text, aliases) && !isPlaceIn(statement.text, aliases) && !isHolderIn(statement.text, aliases);
  });
}

/** The nouns of acts of force, as a pattern ("the war in Ukraine", "the attack on Peru"). */
const FORCE_ACTS = `(?:${[...FORCE_ACT_NOUNS].join('|')})`;

/** Meddling in another state's affairs, which is said of the state it hits as much as of the one that meddles. */
const INTRUSIONS = '(?:interference|meddling|intervention)["”’]?\\s+(?:in|into)(?:\\s+the\\s+(?:internal\\s+)?affairs\\s+of)?';

/** The searches a side's names are read with, compiled once a side, not once a statement and stance. */
interface SideSearches {
  /** How many names the side had when they were compiled (names are only ever added). */
  readonly size: number;
  /** Any of its names. */
  readonly named?: RegExp;
  /** A name of it right after an act of force or meddling ("the attack on Peru"), once and every time. */
  readonly hits?: RegExp;
  /** A name of it as where something was done ("killings in Togo", "inside the Central African Republic"). */
  readonly placed?: RegExp;
  /** A name of it as the holder of views, concerns or sovereignty ("Peru's concerns", "the views of the Peruvian government"). */
  readonly holds?: RegExp;
  /** A name of it that acts ("the EU was …", "the Council's decision"), not one after a preposition ("the rules of the WTO are"). */
  readonly acts?: RegExp;
}
const SIDE_SEARCHES = new WeakMap<Set<string>, SideSearches>();

/** Its names longer than `shortest` letters, escaped for a pattern and joined as alternatives ('' for none). */
function namesOf(aliases: Set<string>, shortest: number): string {
  return [...aliases].filter((alias) => alias.length > shortest).map((alias) => alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

function searchesOf(aliases: Set<string>): SideSearches {
  let searches = SIDE_SEARCHES.get(aliases);
  if (searches?.size === aliases.size) return searches;
  const names = namesOf(aliases, 2);
  const acting = namesOf(aliases, 1);
  // (A closing quotation mark may stand after the noun: "“foreign interference” in Libya".)
  const hit = names ? `\\b(?:${FORCE_ACTS}["”’]?\\s+(?:in|on|against|of)|${INTRUSIONS})\\s+(?:the\\s+)?(?:${names})(?![\\p{L}-])` : '';
  searches = {
    size: aliases.size,
    ...(names ? { named: new RegExp(`(?<![\\p{L}-])(?:${names})(?![\\p{L}-])`, 'giu'), hits: new RegExp(hit, 'giu'), holds: new RegExp(`(?<![\\p{L}-])(?:${names})['’]s\\s+(?:[\\p{Ll}-]+\\s+)?${HELD}|\\b${HELD}\\s+of\\s+(?:the\\s+)?(?:${names})(?![\\p{L}-])`, 'giu'), placed: new RegExp(`\\b(?:in|inside|across|throughout)\\s+(?:the\\s+)?(?:${names})(?![\\p{L}-])(?!['’]s)`, 'giu') } : {}),
    ...(acting ? { acts: new RegExp(`(?<![\\p{L}-])(?<!\\b(?:of|under|to|in|with|at|from|by|for|before)\\s+(?:the\\s+)?)(?:${acting})(?:’s|'s|\\s+(?:was|were|is|are|has|had|have|would|will|did|does|had been|has been)\\b)`, 'u') } : {}),
  };
  SIDE_SEARCHES.set(aliases, searches);
  return searches;
}

/**
 * "We condemn the war in Ukraine", "the attack on Peru", "foreign interference in Libya": a side named only as where
 * or whom an act of force or meddling hit.
 */
function isVictimIn(text: string, aliases: Set<string>): boolean {
  const { named, hits } = searchesOf(aliases);
  if (!named || !hits) return false;
  // Only when every mention of the side in the statement is such a victim.
  const hitCount = text.match(hits)?.length ?? 0;
  return hitCount > 0 && (text.match(named)?.length ?? 0) === hitCount;
}

/** What a side holds that others may hurt or share: its views and concerns, its sovereignty, territory and people. */
const HELD = '(?:concerns?|views?|positions?|interests?|rights?|sovereignty|territory|territorial integrity|airspace|waters|citizens|nationals|people|independence)\\b';

/**
 * "shares Peru's concern about …", "ignored the views of the Peruvian government", "violates Ecuador's sovereignty": a
 * side named only as the holder of what was hurt or shared is not the one condemned.
 */
function isHolderIn(text: string, aliases: Set<string>): boolean {
  const { named, holds } = searchesOf(aliases);
  if (!named || !holds) return false;
  const heldCount = text.match(holds)?.length ?? 0;
  return heldCount > 0 && (text.match(named)?.length ?? 0) === heldCount;
}

/**
 * "responsible for torture and illegal killings in Togo": a side named only as where the wrong was done is not the one
 * who did it (as with verbs of condemning in relations.ts).
 */
function isPlaceIn(text: string, aliases: Set<string>): boolean {
  const { named, placed } = searchesOf(aliases);
  if (!named || !placed) return false;
  // ("in the Central African Republic (CAR)": the short name in brackets is the same mention.)
  text = text.replace(/\s*\([^()]{1,12}\)/g, '');
  const placedCount = text.match(placed)?.length ?? 0;
  return placedCount > 0 && (text.match(named)?.length ?? 0) === placedCount;
}

/** "the EU was punishing Africans", "the Council's decision": an organisation that acts in the statement, not its forum. */
function actsIn(text: string, aliases: Set<string>): boolean {
  return searchesOf(aliases).acts?.test(text) ?? false;
}

/**
 * MODEL.md's ACCUSES is CONDEMNS made sharper: where an article has one side accuse another ("accused Minsk of breaching
 * the convention"), a condemnation of the same side by the same speaker ("filed a complaint", "summoned its envoy") says
 * no more, so only the accusation is kept.
 */
export function withoutBluntedStances<T extends LocalRelation>(relations: T[], resolved: ArticleEntities, representedBy: Map<string, string>): T[] {
  // (A person or body of the state that accuses, not the key alone: "Peru accused Chile of piracy" and "Peru's spokeswoman
  // condemned the raid" are one stance.)
  const accused = new Set(relations.filter((relation) => relation.kind === 'ACCUSES').map((relation) => `${relation.subject}>${relation.object}`));
  return relations.filter((relation) => relation.kind !== 'CONDEMNS' || ![...sideOf(resolved, representedBy, relation.subject)].some((subject) => accused.has(`${subject}>${relation.object}`)));
}
