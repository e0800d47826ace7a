// Finds the entity mentions of one sentence: capitalised names classified by gazetteer and head words,
// demonym phrases ("North Korean troops"), lower-case body and treaty descriptions, pronouns and titles.
import type { EntityKind } from '../../graph/model.ts';
import { countryByCapital, countryByDemonym, countryByName, countryBySeat, isLanguageName, isPeoplePlural, isPeopleWord, isRegionalGovernment, isWorldRegion, lookupKey } from './gazetteer.ts';
import { tokenize, joinTokens, type Token } from './tokens.ts';
import { NON_NAME_WORDS, EVENT_HEADS, COMMON_ACRONYMS, CLAUSE_WORDS } from './lexicon/capitalisedWords.ts';
import { PREPOSITIONS } from './lexicon/prepositions.ts';
import {
  GOVERNMENT_BODY_HEADS,
  GROUP_NOUNS,
  ACTING_COLLECTIVES,
  FORCE_GROUP_NOUNS,
  COLLECTIVE_SPEAKERS,
  INTERNATIONAL_BODY_HEADS,
  LEGISLATURE_NAMES,
  CHAMBER_MEMBERS,
  MEDIA_WORDS,
  ORGANIZATION_HEADS,
  PLACE_HEADS,
  LOWER_CASE_PLACE_WORDS,
  PLACE_SUFFIXES,
  NON_PERSON_WORDS,
  ORGANIZATION_DESCRIPTORS,
  STATE_BODY_DOMAINS,
  STATE_BODY_OPENERS,
  AREA_WORDS,
  AREA_PLURALS,
  COMPASS_ADJECTIVES,
  SITE_WORDS,
  STATE_ACTOR_NOUNS,
  STATE_BODY_NOUNS,
  TREATY_HEADS,
  TREATY_SET_HEADS,
  TREATY_MODIFIERS,
} from './lexicon/headWords.ts';
import { NEWS_ORGANIZATIONS } from './lexicon/newsOrganizations.ts';
import { BLOC_ADJECTIVES, BLOC_COLLECTIVES, FOREIGN_PLACE_PREFIXES, MISSION_KINDS, POSTING_WORDS, REBEL_NOUNS, SEAT_NOUNS, STATE_ORGAN_NOUNS, SHARED_SEAT_NAMES, FOREIGN_STATE_BODY_OPENERS } from './lexicon/nameCues.ts';
import { HONORIFICS, RANK_WORDS, STATE_OFFICES, TITLES, titleRelation, type TitleRelation } from './lexicon/titles.ts';
import { listOpener, STRIKE_VERBS, TERRITORY_VERBS, isTransitObject, COMPASS_WORDS, LOCATIVE, isPlaceByContext, isCompanyByContext, isTreatyByApposition, GEOGRAPHIC_NOUNS } from './nameContext.ts';
import { embassyCity } from './embassies.ts';
import { lowerCaseTreaty, nameAppositiveTreaties, numberTreaty, treatyMention } from './lowerCaseTreaties.ts';
import { compassRegion } from './compassRegions.ts';
import { isInnerCapitalWord } from './personCues.ts';
import { bothStatesMention, descriptionMention, pronounMention } from './descriptionMentions.ts';
import { alignCoordinatedOrganisations, alignCoordinatedPlaces } from './coordinatedKinds.ts';
import { nameTreatyAddenda } from './treatyAddenda.ts';
import { placeNamesSharingSites } from './sharedSiteWords.ts';
import { isVerbAfterLandmark } from './landmarkVerbs.ts';
import { isCommonNameWord, nameAfterPortfolio } from './portfolioNames.ts';
import { isDatelineCredit, isShipName, isStaffCredit } from './creditsAndShips.ts';
import { expandUnitedNations, organizationKey, bodyKey, bodyName, placeKey } from './mentionKeys.ts';
import { acronymSpanEnd, initialsOf, isAcronym, spellsBySyllables, isPermutationOf, isPluralAcronym, spellsAcronym, spellsWithConnectors } from './acronyms.ts';
import { CONNECTORS_AFTER_HEAD, NAME_PREPOSITIONS, AMBIGUOUS_BODY_HEADS, PLACE_PREFIXES, FOREIGN_CONNECTORS, NAME_PARTICLES, COMPOUND_MODIFIER } from './lexicon/nameWords.ts';
import { chunkEnd, isHeadWord, isOfficeOfTitle, isParticleName, isNonName, isTitleAt } from './nameChunks.ts';

export { treatyKey, expandUnitedNations, bodyKey, placeKey } from './mentionKeys.ts';

export type MentionForm = 'name' | 'bare' | 'pronoun' | 'description';

export interface Mention {
  sentence: number;
  /** Token range [start, end) in the sentence. */
  start: number;
  end: number;
  /** The surface form as written (for aliases). */
  text: string;
  form: MentionForm;
  /** Unknown for bare single words and pronouns until resolved. */
  kind?: EntityKind;
  /** Clustering key within the article (e.g. `state:KP`, `body:?:ministry unification`). */
  key: string;
  /** Best name this mention gives. */
  name: string;
  /** For states, groups and bodies: the state they belong to, when known. */
  state?: string;
  /** A title or office written next to a person's name. */
  title?: { title: string; relation: TitleRelation; of?: Mention };
  /** Mention used as a modifier ("North Korea's" in "North Korea's leader"). */
  possessive: boolean;
  /** A capital city standing for its state ("Seoul said"). */
  metonym?: boolean;
  /** A place named as being in a state ("the Qaderian port of Sidrah"). */
  locatedIn?: Mention;
  /** Inside quotation marks: the speaker's words, so not the last person the narration spoke of. */
  inQuote?: boolean;
  /** A state named only to qualify a title ("Ukrainian" in "Ukrainian Foreign Minister X"): not an actor there. */
  modifier?: boolean;
  /** Pronoun class: person (he/she) or thing (it/its). */
  pronoun?: 'person' | 'thing' | 'plural';
}

export interface SentenceMentions {
  tokens: Token[];
  mentions: Mention[];
  /** Acronym definitions seen ("Korean Central News Agency (KCNA)"): [long name, acronym]. */
  acronyms: [string, string][];
  /** Acronyms defined for lower-case words ("intercontinental ballistic missile (ICBM)"): names of things, not actors. */
  commonAcronyms: string[];
}

/** Levels of a state's courts ("Constitutional Court", "District Court"); international courts are named otherwise. */
const COURT_LEVELS = new Set(['constitutional', 'high', 'district', 'appeals', 'appellate', 'military', 'administrative', 'provincial', 'municipal', 'magistrates', "magistrates'", 'county', 'superior']);
/** Nouns after a name that make it the name of an event, not of a person ("the Han Kuang exercises"). */
/** Weapons named by their model before these nouns ("Storm Shadow missiles", "ATACMS and HIMARS launchers"): no actor. */
const WEAPON_NOUNS = new Set(['missile', 'missiles', 'rocket', 'rockets', 'drone', 'drones', 'jet', 'jets', 'warplanes', 'tanks', 'howitzers', 'launchers', 'interceptors', 'bombs', 'munitions', 'helicopters']);

/** True when a weapon noun follows the name ending at `end`, or the list it opens ("ATACMS and Storm Shadow missiles"). */
function namesWeapon(tokens: Token[], end: number): boolean {
  let at = end;
  for (let steps = 0; steps < 4 && /^(and|or|,)$/.test(tokens[at]?.lower ?? '') && tokens[at + 1]?.capitalized && !tokens[at + 1].punct; steps++) {
    at++;
    while (tokens[at]?.capitalized && !tokens[at].punct) at++;
  }
  // (One lower-case modifier may stand between: "Kinzhal hypersonic missiles".)
  if (tokens[at] && !tokens[at].capitalized && !tokens[at].punct && !WEAPON_NOUNS.has(tokens[at].lower) && WEAPON_NOUNS.has(tokens[at + 1]?.lower ?? '')) at++;
  return Boolean(tokens[at] && !tokens[at].capitalized && WEAPON_NOUNS.has(tokens[at].lower) && !tokens[end - 1].possessive);
}

const EVENT_NOUNS_AFTER = new Set(['exercise', 'exercises', 'drill', 'drills', 'operation', 'offensive', 'campaign', 'festival', 'games', 'tournament', 'marathon', 'conference', 'summit', 'dialogue', 'initiative', 'programme', 'program', 'project']);
/** Nouns for ships before their names ("the tanker Sea Lark"): a ship is no actor of the model. */
const VESSEL_NOUNS = new Set(['tanker', 'tankers', 'vessel', 'vessels', 'ship', 'ships', 'freighter', 'freighters', 'trawler', 'trawlers', 'frigate', 'destroyer', 'warship', 'yacht', 'ferry', 'submarine', 'boat', 'boats']);
/** Words before a name that make it a code name of an operation or exercise ("code-named Spring Shield"). */
const CODE_NAME_WORDS = new Set(['code-named', 'codenamed', 'dubbed', 'code-name', 'codename']);

/** Words before "in <capital>" that make the capital its state, when the state is named just before ("said in Beijing"). */
const OWN_CAPITAL_CUES = new Set(['said', 'says', 'told', 'announced', 'ministry', 'presidency', 'office']);
/** The state's bodies that, named before "in <capital>", speak for the state there. */
const OWN_CAPITAL_BODIES = new Set(['ministry', 'presidency', 'office', 'government']);
/** Plural area nouns that a region's name can stand before as an adjective ("the Pacific ports", "Atlantic islands"). */
const AREA_PLURAL_NOUNS = new Set(['ports', 'cities', 'towns', 'islands', 'coasts', 'states', 'countries', 'nations', 'capitals']);
/** Words that end the subject of "told X" when X is an outlet: unnamed sources ("people familiar with the matter told X"). */
const SOURCE_WORDS = new Set(['matter', 'sources', 'source', 'people', 'person', 'witnesses', 'anonymity', 'officials', 'diplomats', 'residents', 'plans', 'talks', 'situation', 'discussions']);

/**
 * Names that share one part: "North and South Kivu" (a compass pair before one name; "North and South Korea" are two
 * states) and "the Varnelsk and Ostrovka oblasts" (names before a plural area noun, each a place).
 */
function coordinatedNames(sentence: number, tokens: Token[], start: number): { mentions: Mention[]; end: number } | undefined {
  const first = tokens[start];
  const second = tokens[start + 2];
  if (COMPASS_WORDS.has(first.lower) && tokens[start + 1]?.lower === 'and' && second?.capitalized && COMPASS_WORDS.has(second.lower)) {
    const tail = tokens[start + 3];
    if (!tail?.capitalized || tail.punct || isNonName(tokens, start + 3)) return undefined;
    const end = chunkEnd(tokens, start + 2);
    const rest = joinTokens(tokens.slice(start + 3, end));
    return { mentions: [compassName(sentence, tokens, start, start + 1, `${first.text} ${rest}`), compassName(sentence, tokens, start + 2, end, `${second.text} ${rest}`)], end };
  }
  const spans: number[] = [];
  let at = start;
  for (let steps = 0; steps < 5; steps++) {
    let end = at;
    // ("the Souq al-Juma and Ain Zara districts": a particle joined to a name is part of it.)
    while ((tokens[end]?.capitalized || (end > at && tokens[end] && isParticleName(tokens[end]))) && !tokens[end].punct && !isNonName(tokens, end)) end++;
    if (end === at || tokens[end - 1].possessive) return undefined;
    const next = tokens[end];
    // (Most names are followed by neither: look the name up only when one follows.)
    if (!next || next.capitalized || (next.lower !== 'and' && next.text !== ',' && !(spans.length >= 2 && AREA_PLURALS.has(next.lower)))) return undefined;
    const text = joinTokens(tokens.slice(at, end));
    if (countryByDemonym(text) || countryByName(text) || isWorldRegion(text)) return undefined;
    // "the Baltic and Nordic states", "the Gulf and Western states": adjectives of groups of states, not places.
    if (end - at === 1 && (COMPASS_ADJECTIVES.has(tokens[at].lower) || tokens[at].lower.endsWith('ic'))) return undefined;
    spans.push(at, end);
    if (next.lower === 'and' || next.text === ',') {
      at = tokens[end + 1]?.lower === 'and' ? end + 2 : end + 1;
      continue;
    }
    if (spans.length < 4 || !AREA_PLURALS.has(next.lower)) return undefined;
    const mentions: Mention[] = [];
    // Each is named with the area word in the singular: "the Varna and Ostrov provinces" name "Ostrov province".
    const area = next.lower.replace(/ies$/, 'y').replace(/s$/, '');
    for (let k = 0; k < spans.length; k += 2) {
      const words = tokens.slice(spans[k], spans[k + 1]);
      const place = placeMention({ sentence, start: spans[k], end: spans[k + 1], text: joinTokens(words), possessive: false }, words);
      mentions.push({ ...place, name: `${place.name} ${area}` });
    }
    return { mentions, end: end + 1 };
  }
  return undefined;
}

/** One name of a compass pair: a state when the gazetteer knows it ("South Korea"), else a region ("South Kivu"). */
function compassName(sentence: number, tokens: Token[], start: number, end: number, name: string): Mention {
  const base = { sentence, start, end, text: name, possessive: tokens[end - 1].possessive };
  const country = countryByName(name);
  if (country) return { ...base, form: 'name', kind: 'Government', key: `state:${country.code}`, name: country.name, state: country.code };
  return { ...base, form: 'name', kind: 'Place', key: `place:${placeKey(name)}`, name };
}

/** Finds mentions in one sentence. `directional` marks "the North"/"the South" states known in the article. */
export function findMentions(sentenceIndex: number, sentence: string, directional: Map<string, string>): SentenceMentions {
  const { text: cleaned, acronyms: bracketAcronyms } = stripEditorialBrackets(sentence);
  const tokens = tokenize(cleaned);
  const mentions: Mention[] = [];
  const acronyms: [string, string][] = [...bracketAcronyms];
  const commonAcronyms: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token.punct) {
      i++;
      continue;
    }
    const pronoun = pronounMention(sentenceIndex, tokens, i);
    if (pronoun) {
      mentions.push(pronoun);
      i++;
      continue;
    }
    const pair = bothStatesMention(sentenceIndex, tokens, i);
    if (pair) {
      mentions.push(pair);
      i = pair.end;
      continue;
    }
    const description = descriptionMention(sentenceIndex, tokens, i, directional);
    if (description) {
      mentions.push(description);
      i = description.end;
      continue;
    }
    const treaty = lowerCaseTreaty(sentenceIndex, tokens, i);
    if (treaty) {
      mentions.push(treaty);
      i = treaty.end;
      continue;
    }
    // "protesters blocked the bridge": a collective that acts, named by its noun ("the farmers' union" is the union's).
    if (!token.capitalized && ACTING_COLLECTIVES.has(token.lower) && !token.possessive) {
      mentions.push({ sentence: sentenceIndex, start: i, end: i + 1, text: token.text, form: 'name', kind: 'Group', key: `group:${token.lower}`, name: token.lower, possessive: false });
      i++;
      continue;
    }
    // "western Ukraine", "the central Mediterranean" (a position word first: most words are none).
    const positioned = (COMPASS_ADJECTIVES.has(token.lower) || COMPASS_WORDS.has(token.lower)) && tokens[i + 1]?.capitalized && !tokens[i + 1].punct;
    const region = positioned ? compassRegion(sentenceIndex, tokens, i, chunkEnd(tokens, i + 1)) : undefined;
    if (region) {
      mentions.push(...region);
      i = region.at(-1)!.end;
      continue;
    }
    // Lower-case words, and a capitalised function word not followed by a name ("The talks"), start no name;
    // nor does a plural title ("KDP MPs"). A surname with its particle starts one ("al-Zein said").
    if ((!token.capitalized && !isParticleName(token)) || (isNonName(tokens, i) && !tokens[i + 1]?.capitalized && !isTitleAt(tokens, i)) || isPluralAcronym(token)) {
      i++;
      continue;
    }
    // "an intercontinental ballistic missile (ICBM)": an acronym of lower-case words names a thing; "a mutual defence
    // pact (MDP)" names the treaty found just before it.
    if (tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')' && isAcronym(token) && tokens[i - 2] && !tokens[i - 2].capitalized && !tokens[i - 2].punct) {
      const described = mentions.at(-1);
      if (described && described.end === i - 1 && described.form !== 'pronoun') acronyms.push([described.name, token.text]);
      else commonAcronyms.push(token.text);
      i += 2;
      continue;
    }
    // "the CDU/CSU": two parties' acronyms joined by a slash name their alliance (not "US/EU", two known actors).
    const slash = tokens[i + 1];
    const second = tokens[i + 2];
    if (slash?.text === '/' && second && isAcronym(token) && isAcronym(second) && token.end === slash.start && slash.end === second.start && !isKnownActor(token.text) && !isKnownActor(second.text)) {
      const text = `${token.text}/${second.text}`;
      mentions.push({ sentence: sentenceIndex, start: i, end: i + 3, text, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text, possessive: second.possessive });
      i += 3;
      continue;
    }
    const party = partyNameWithCommonWord(sentenceIndex, tokens, i);
    if (party) {
      mentions.push(party);
      i = party.end;
      continue;
    }
    const coordinated = coordinatedNames(sentenceIndex, tokens, i);
    if (coordinated) {
      mentions.push(...coordinated.mentions);
      i = coordinated.end;
      continue;
    }
    // "Article IV of the treaty": a numbered clause names nothing.
    if (CLAUSE_WORDS.has(token.lower) && /^([IVXLC]+|\d+[a-z]?)$/.test(tokens[i + 1]?.text ?? '')) {
      i += 2;
      continue;
    }
    // Where a name begins, past an opening "the" (for the agencies, committees and bands below too).
    // ("the Incident Prevention and Response Mechanism (IPRM)": an acronym after the name says where it begins.)
    const nameStart = tokens[i].lower === 'the' ? i + 1 : i;
    const plainEnd = chunkEnd(tokens, i);
    let end = acronymSpanEnd(tokens, nameStart, plainEnd);
    const spansAcronym = end > plainEnd;
    // "NEW DELHI, Nov 17 (Reuters) - …": the outlet of a dateline the cleaner left in place is the article's own,
    // no entity it mentions.
    if (isDatelineCredit(tokens, i, end) || isStaffCredit(tokens, i)) {
      i = end + 1;
      continue;
    }
    // "the Kursk region": a lower-case place word after a name makes the name a place.
    const suffix = tokens[end];
    const chunkText = joinTokens(tokens.slice(i, end));
    // ("the Bavarian state premier", "the latest West African state": an adjective before "state" names no place.)
    // ("EU territory": an organisation's acronym before an area word stays the organisation.)
    // ("The Chinese state news agency": a state's adjective after "the" is no name of a place.)
    const nameText = joinTokens(tokens.slice(nameStart, end));
    const isPlace = Boolean(suffix && !suffix.punct && LOWER_CASE_PLACE_WORDS.has(suffix.lower) && !countryByName(chunkText) && !/^\p{Lu}{2,}$/u.test(chunkText) && !countryByDemonym(chunkText) && !countryByDemonym(nameText) && !isAdjectiveBeforeArea(tokens[end - 1], suffix, tokens[end + 1]));
    // "the United Nations charter", "U.N. Security Council resolutions": a lower-case treaty word after a name.
    // ("Friedrich Merz's plan", "the Trump deal": whose plan it is names no treaty.)
    const isTreaty = Boolean(!isPlace && suffix && !suffix.punct && TREATY_HEADS.has(suffix.lower) && !countryByDemonym(chunkText) && !tokens[end - 1].possessive && !/^(plan|deal|partnership|act)$/.test(suffix.lower));
    // ("the Wadi Araba peace treaty", "the Yarmouk water agreement": a lower-case kind of treaty may come between.)
    const treatyHead = tokens[end + 1];
    const isKindOfTreaty = Boolean(!isPlace && !isTreaty && suffix && !suffix.punct && !suffix.capitalized && (TREATY_MODIFIERS.has(suffix.lower) || /^(water|oil|supply|boundary)$/.test(suffix.lower)) && treatyHead && !treatyHead.capitalized && /^(treaty|agreement|accord|convention|protocol|pact)$/.test(treatyHead.lower) && !countryByDemonym(chunkText) && !countryByName(chunkText) && !tokens[end - 1].possessive);
    const nameEnd = end;
    if (isPlace || isTreaty) end++;
    if (isKindOfTreaty) end += 2;
    // "the Houthi movement", "the Islamic State group": a name before "group" or "movement" is an organisation's.
    const organisationNoun = !isPlace && !isTreaty ? organisationNounAfter(tokens, i, end, chunkText) : undefined;
    if (organisationNoun) {
      const { nounEnd } = organisationNoun;
      if (organisationNoun.start > nameStart && COMPOUND_MODIFIER.test(tokens[organisationNoun.start - 1].text)) mentions.push(...classifyChunk(sentenceIndex, tokens, nameStart, organisationNoun.start));
      // (A party named by one adjective keeps the word: "the Democratic party".)
      const name = organisationNoun.name ?? joinTokens(tokens.slice(organisationNoun.start, end));
      const text = joinTokens(tokens.slice(organisationNoun.start, nounEnd));
      mentions.push({ sentence: sentenceIndex, start: organisationNoun.start, end: nounEnd, text, form: 'name', kind: 'Organization', key: `org:${lookupKey(name)}`, name, possessive: tokens[nounEnd - 1].possessive });
      i = nounEnd;
      continue;
    }
    // "the Shin Bet security agency", "the SEBIN intelligence service": a name before what the agency does is a
    // state's body (the state, when a possessive names it, is found by qualifyPossessedBodies).
    const agencyEnd = !isPlace && !isTreaty ? agencyWordsEnd(tokens, i, end, chunkText) : undefined;
    if (agencyEnd) {
      const name = joinTokens(tokens.slice(nameStart, end));
      mentions.push(bodyMention({ sentence: sentenceIndex, start: nameStart, end: agencyEnd, text: joinTokens(tokens.slice(nameStart, agencyEnd)), possessive: tokens[agencyEnd - 1].possessive }, name, undefined));
      i = agencyEnd;
      continue;
    }
    // "the Commons defence committee": a legislature's committee, named in lower case after it, is a body of its own.
    const committeeEnd = !isPlace && !isTreaty ? committeeWordsEnd(tokens, i, end) : undefined;
    if (committeeEnd) {
      const text = joinTokens(tokens.slice(nameStart, committeeEnd));
      mentions.push(bodyMention({ sentence: sentenceIndex, start: nameStart, end: committeeEnd, text, possessive: tokens[committeeEnd - 1].possessive }, text, undefined));
      i = committeeEnd;
      continue;
    }
    // "Amhara militias": armed bands of a named people are a group that acts (MODEL.md).
    const bandEnd = !isPlace && !isTreaty ? armedBandEnd(tokens, i, end, chunkText) : undefined;
    if (bandEnd) {
      const text = joinTokens(tokens.slice(nameStart, bandEnd));
      mentions.push({ sentence: sentenceIndex, start: nameStart, end: bandEnd, text, form: 'name', kind: 'Group', key: `group:${lookupKey(text)}`, name: text, possessive: tokens[bandEnd - 1].possessive });
      i = bandEnd;
      continue;
    }
    // "Dravino airport", "the Kalemba mine", "Re'em army base": a site named after the place it is at.
    const siteEnd = isPlace || isTreaty || isKindOfTreaty ? end : siteWordsEnd(tokens, i, end, chunkText);
    const isSite = siteEnd > end;
    if (isSite) end = siteEnd;
    // ("The Varenko nuclear power plant": a sentence's opening "The" is not part of the site's name.)
    const spanStart = isSite && tokens[i].lower === 'the' ? i + 1 : i;
    const span = { sentence: sentenceIndex, start: spanStart, end, text: joinTokens(tokens.slice(spanStart, end)), possessive: tokens[end - 1].possessive };
    const found = isSite ? [{ ...span, form: 'name' as const, kind: 'Place' as const, key: `place:${placeKey(span.text)}`, name: span.text }] : isPlace ? [placeMention(span, tokens.slice(i, end))] : isTreaty || isKindOfTreaty ? treatyAfterName(sentenceIndex, tokens, i, end, nameEnd) : classifyChunk(sentenceIndex, tokens, i, end);
    // (A name its acronym spells across a joining word, no head word saying more, is an organisation's.)
    if (spansAcronym && (!found.length || (found.length === 1 && found[0].kind === 'Person'))) {
      const text = joinTokens(tokens.slice(nameStart, end));
      found.splice(0, found.length, { sentence: sentenceIndex, start: nameStart, end, text, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text, possessive: false });
    }
    mentions.push(...found);
    // "United Nations peacekeepers": the troops an organisation fields are a group; the organisation is named too.
    const fielding = found.length === 1 && found[0].kind === 'Organization' && found[0].end === end ? found[0] : undefined;
    if (fielding && tokens[end]?.lower === 'peacekeepers' && !tokens[end].capitalized) {
      fielding.modifier = true;
      const text = `${fielding.text} ${tokens[end].text}`;
      mentions.push({ sentence: sentenceIndex, start: fielding.start, end: end + 1, text, form: 'name', kind: 'Group', key: `group:${fielding.key}:peacekeepers`, name: text, possessive: tokens[end].possessive });
      i = end + 1;
      continue;
    }
    // "Long Name (ACR)": the acronym names the same thing ("Caracas (AFP)", a dateline's outlet, does not).
    if (tokens[end]?.text === '(' && tokens[end + 2]?.text === ')' && /^\p{Lu}{2,}$/u.test(tokens[end + 1]?.text ?? '') && !isDatelineOutlet(tokens, i, end, found.at(-1))) {
      const longName = found.at(-1);
      if (longName) acronyms.push([longName.name, tokens[end + 1].text]);
      // (People are not given acronyms: a name the text abbreviates so is an organisation's.)
      if (longName?.kind === 'Person' && longName.end - longName.start > 2) Object.assign(longName, { kind: 'Organization', key: `org:${lookupKey(longName.name)}` });
      i = end + 3;
      continue;
    }
    // "the Revolutionary Armed Forces of Colombia, or FARC,": an acronym after "or" whose letters are the name's
    // initials, in any order (an acronym of the name in another language).
    const spelt = found.at(-1);
    const orAcronym = tokens[end]?.text === ',' && tokens[end + 1]?.lower === 'or' ? tokens[end + 2] : undefined;
    // ("the United Nations Convention on the Law of the Sea, or UNCLOS": connectors may give letters too.)
    // ("the Caribbean Community, or CARICOM": so may the opening letters of its words.)
    const spells = (acronym: string) => isPermutationOf(acronym, initialsOf(tokens, spelt!.start, end)) || spellsWithConnectors(acronym, tokens, spelt!.start, end) || spellsBySyllables(acronym, tokens, spelt!.start, end);
    if (spelt && spelt.end === end && spelt.kind !== 'Person' && orAcronym && isAcronym(orAcronym) && spells(orAcronym.text) && (!tokens[end + 3] || tokens[end + 3].punct)) {
      acronyms.push([spelt.name, orAcronym.text]);
    }
    // "The United Nations Mission in South Sudan, UNMISS, said": an acronym set off by commas that spells the name.
    const setOff = tokens[end]?.text === ',' && tokens[end + 2]?.text === ',' ? tokens[end + 1] : undefined;
    if (spelt && spelt.end === end && spelt.kind !== 'Person' && spelt.kind !== 'Place' && setOff && isAcronym(setOff) && setOff.text.length >= 3 && spells(setOff.text)) {
      acronyms.push([spelt.name, setOff.text]);
    }
    // "Kenya's intelligence service NISK": an acronym right after a state's body is its name.
    const body = found.at(-1);
    const named = body && tokens[body.end];
    if (body?.kind === 'Government' && body.key.startsWith('body:') && named && isAcronym(named) && body.end >= end && (tokens[body.end + 1]?.punct || !tokens[body.end + 1]?.capitalized)) {
      acronyms.push([body.name, named.text]);
    }
    // "Ukraine's military intelligence agency, known as HUR,": so is one given as what the body is known as.
    const knownAs = body && tokens[body.end]?.text === ',' && tokens[body.end + 1]?.lower === 'known' && tokens[body.end + 2]?.lower === 'as' ? tokens[body.end + 3] : undefined;
    if (body?.kind === 'Government' && body.key.startsWith('body:') && knownAs && isAcronym(knownAs)) acronyms.push([body.name, knownAs.text]);
    // "Indonesia's armed forces, the TNI, said": so is an acronym set off after a state's body named in lower case.
    const apposedAt = body && tokens[body.end]?.text === ',' ? (tokens[body.end + 1]?.lower === 'the' ? body.end + 2 : body.end + 1) : -1;
    const apposed = tokens[apposedAt];
    if (body?.kind === 'Government' && body.key.startsWith('body:') && body.state && apposed && isAcronym(apposed) && /^\p{Ll}/u.test(tokens[body.end - 1].text) && /^[,(.]$/.test(tokens[apposedAt + 1]?.text ?? '.')) acronyms.push([body.name, apposed.text]);
    for (const mention of [...found]) {
      qualifyDirectionalBody(mention, directional);
      // "the Finnish Embassy in Tallinn": the embassy is named with its city, and the city is a place of its own.
      const city = mention.kind === 'Government' && mention.key.startsWith('body:') ? embassyCity(tokens, mention.name, mention.end) : undefined;
      if (city) {
        mention.text = `${mention.text} in ${city.text}`;
        mention.name = `${mention.name} in ${city.text}`;
        mention.end = city.end;
        mention.possessive = tokens[city.end - 1].possessive;
        const place = classifyChunk(sentenceIndex, tokens, city.start, city.end);
        found.push(...place);
        mentions.push(...place);
      }
      // "the Treaty on the Eurasian Economic Union": a treaty named after the organisation it founds names it too.
      const founded = mention.kind === 'Treaty' ? foundedOrganisation(sentenceIndex, tokens, mention) : undefined;
      if (founded) mentions.push(founded);
      // "Security Council Resolution 2231", "Protocol 1": a numbered text keeps its number.
      if (mention.kind === 'Treaty' && /^(resolution|protocol|convention|decision)$/i.test(tokens[mention.end - 1].text) && /^\d+(\/\d+)?$/.test(tokens[mention.end]?.text ?? '')) numberTreaty(mention, tokens);
    }
    i = Math.max(end, i + 1, ...found.map((mention) => mention.end));
  }
  qualifyPossessedBodies(mentions);
  nameAppositiveTreaties(tokens, mentions);
  alignCoordinatedPlaces(tokens, mentions);
  alignCoordinatedOrganisations(tokens, mentions);
  nameTreatyAddenda(tokens, mentions);
  placeNamesSharingSites(tokens, mentions);
  // "France's Prime Minister, Pierre Lamy,": an office in capitals names no person of its own.
  const people = mentions.filter((mention) => !(mention.kind === 'Person' && mention.form === 'name' && titleRelation(mention.name.toLowerCase())));
  return { tokens, mentions: people, acronyms, commonAcronyms };
}

/**
 * "the opposition Latvia First party", "the Europe Now Movement": capitalised words before "party", or ending in
 * "Party" or "Movement", name one party even where one of them is a word that alone opens no name ("First", "Now").
 */
function partyNameWithCommonWord(sentence: number, tokens: Token[], index: number): Mention | undefined {
  const start = tokens[index].lower === 'the' ? index + 1 : index;
  let end = start;
  while (end < start + 5 && tokens[end]?.capitalized && !tokens[end].punct && !tokens[end].possessive) end++;
  if (end - start < 2 || tokens[end]?.possessive || !tokens.slice(start + 1, end).some((word) => NON_NAME_WORDS.has(word.lower))) return undefined;
  const words = tokens.slice(start, end);
  if (countryByName(words[0].text) === undefined && !isWorldRegion(words[0].text)) return undefined;
  const lowerParty = tokens[end]?.lower === 'party' && !tokens[end].capitalized;
  if (!lowerParty && !/^(Party|Movement)$/.test(words.at(-1)!.text)) return undefined;
  const name = joinTokens(words);
  const spanEnd = lowerParty ? end + 1 : end;
  return { sentence, start, end: spanEnd, text: joinTokens(tokens.slice(start, spanEnd)), form: 'name', kind: 'Organization', key: `org:${lookupKey(name)}`, name, possessive: tokens[spanEnd - 1].possessive };
}

/** "Treaty on the Eurasian Economic Union" → the union, when the treaty's name ends in an organisation's head word (not "the Charter of the United Nations": a charter is named after a body met elsewhere). */
function foundedOrganisation(sentence: number, tokens: Token[], treaty: Mention): Mention | undefined {
  const [head, connector] = [tokens[treaty.start], tokens[treaty.start + 1]];
  if (!head || !/^treaty$/i.test(head.text) || !/^(on|of|establishing)$/.test(connector?.lower ?? '')) return undefined;
  const start = tokens[treaty.start + 2]?.lower === 'the' ? treaty.start + 3 : treaty.start + 2;
  const words = tokens.slice(start, treaty.end);
  if (words.length < 2 || words.some((word) => !word.capitalized || word.punct) || !ORGANIZATION_HEADS.has(words.at(-1)!.lower)) return undefined;
  const name = joinTokens(words);
  return { sentence, start, end: treaty.end, text: name, form: 'name', kind: 'Organization', key: `org:${lookupKey(name)}`, name, possessive: false, modifier: true };
}

/** Lower-case nouns after "the <name>" that make the name an organisation's ("the Houthi movement"). */
const ORGANISATION_NOUNS_AFTER = new Set(['group', 'movement', 'coalition', 'alliance', 'gang', 'cartel', 'militia', 'network', 'mission']);
/** Words that may stand between such a name and its noun ("the Wagner mercenary group", "the Houthi rebel movement"). */
const ORGANISATION_KINDS = new Set(['militant', 'mercenary', 'rebel', 'armed', 'paramilitary', 'jihadist', 'extremist', 'separatist', 'insurgent', 'opposition', 'advocacy', 'lobby', 'rights', 'gang', 'criminal', 'drug', 'smuggling', 'trafficking']);

/**
 * "the Houthi movement", "the Islamic State group": where the organisation's name starts, or undefined. A state, an
 * adjective ("the Kurdish group", "the Islamist movement") or a person is not one.
 */
function organisationNounAfter(tokens: Token[], start: number, end: number, text: string): { start: number; nounEnd: number; name?: string } | undefined {
  const noun = tokens[end];
  if (!noun || noun.capitalized || tokens[end - 1].possessive) return undefined;
  let nameStart = tokens[start].lower === 'the' ? start + 1 : start;
  // ("the Houthi-run Saba news agency", "the Iran-backed X group": a compound modifier opening the chunk is no part of
  // the name; findMentions reads it apart.)
  // ("the Kessa Lumo-led coalition": a modifier right before the noun leaves no name of its own.)
  if (COMPOUND_MODIFIER.test(tokens[end - 1].text)) return undefined;
  for (let at = end - 2; at >= nameStart; at--) {
    if (COMPOUND_MODIFIER.test(tokens[at].text)) {
      nameStart = at + 1;
      break;
    }
  }
  // "Iran's semi-official Tasnim news agency": a news agency needs no "the".
  // (An agency the lexicon knows keeps its own name: "the state-run KCNA news agency".)
  if (noun.lower === 'news' && tokens[end + 1]?.lower === 'agency' && nameStart < end) {
    const name = joinTokens(tokens.slice(nameStart, end));
    // ("the Russian news agency Interfax": a state's adjective says whose agency it is, and names none.)
    return countryByName(name) || countryByDemonym(name) || NEWS_ORGANIZATIONS.has(lookupKey(name)) ? undefined : { start: nameStart, nounEnd: end + 2 };
  }
  // "Italy's opposition Democratic party", "the governing Estonian Unity party": a name before "party" is a party's.
  if (noun.lower === 'party' && nameStart < end) {
    const name = joinTokens(tokens.slice(nameStart, end));
    const words = end - nameStart;
    // ("the main Kosovo Serb party": a people's adjective names no party.)
    if (countryByName(name) || countryByDemonym(name) || isNonName(tokens, nameStart) || titleAt(tokens, nameStart, end + 1) || isPeopleWord(tokens[end - 1].text)) return undefined;
    return { start: nameStart, nounEnd: end + 1, name: words === 1 ? `${name} party` : undefined };
  }
  // (One kind word may come between: "the Wagner mercenary group".)
  const described = ORGANISATION_KINDS.has(noun.lower) && !noun.possessive && ORGANISATION_NOUNS_AFTER.has(tokens[end + 1]?.lower ?? '') && !tokens[end + 1].capitalized;
  if (!ORGANISATION_NOUNS_AFTER.has(noun.lower) && !described) return undefined;
  // ("its Baltic Sentry mission", "NATO's Baltic Sentry mission": an owner may stand for "the".)
  const determined = (token: Token | undefined) => Boolean(token && (/^(the|its|their)$/.test(token.lower) || (token.possessive && token.capitalized)));
  // ("Malaysia's opposition X coalition", "the ruling X alliance": one kind word may stand after the owner.)
  const kindBefore = tokens[start - 1] && !tokens[start - 1].capitalized && (ORGANISATION_KINDS.has(tokens[start - 1].lower) || /^(ruling|governing)$/.test(tokens[start - 1].lower)) && determined(tokens[start - 2]);
  if (nameStart >= end || (nameStart === start && !determined(tokens[start - 1]) && !kindBefore)) return undefined;
  const name = nameStart === start ? text : joinTokens(tokens.slice(nameStart, end));
  if (countryByName(name) || countryByDemonym(name) || statePrefix(tokens.slice(nameStart, end)) || titleAt(tokens, nameStart, end + 1)) return undefined;
  if (end - nameStart === 1 && /(ish|ian|ite|ist|ese|an)$/.test(tokens[nameStart].lower)) return undefined;
  // ("the UN mission", "the EU's mission": a mission of an organisation named otherwise is no name of its own.)
  if (noun.lower === 'mission' && tokens.slice(nameStart, end).some((word) => /^\p{Lu}[\p{Lu}.]+$/u.test(word.text) || INTERNATIONAL_BODY_HEADS.has(word.lower) || /^(nations|union)$/.test(word.lower))) return undefined;
  return { start: nameStart, nounEnd: described ? end + 2 : end + 1 };
}

/** A chunk's text (`text`, tokens `start` to `end`) without an opening "the": "the Amhara" → "Amhara". */
function nameWithoutThe(tokens: Token[], start: number, end: number, text: string): string {
  return tokens[start].lower === 'the' ? joinTokens(tokens.slice(start + 1, end)) : text;
}

/**
 * Lower-case nouns for armed bands that a people's name stands before ("Amhara militias"). Not "fighters": "Kessar
 * fighters" are the Kessar Front's, named by their movement.
 */
const ARMED_BAND_NOUNS = new Set(['militias', 'militiamen', 'gunmen']);

/** Where "<name> militias" ends, for a name of one or two words that is no state's (those are the state's groups). */
function armedBandEnd(tokens: Token[], start: number, end: number, text: string): number | undefined {
  const noun = tokens[end];
  // (Acting: a word of the clause goes on after them, "Amhara militias to keep control", "X militias had shelled"; a
  // band that only ends a phrase, "the term the army uses for X militias,", is named, not acting.)
  const next = tokens[end + 1];
  if (!noun || noun.capitalized || !ARMED_BAND_NOUNS.has(noun.lower) || tokens[end - 1].possessive || !next || next.punct || next.capitalized) return undefined;
  const name = nameWithoutThe(tokens, start, end, text);
  const words = name.split(' ');
  if (!name || words.length > 2 || isNonName(tokens, start) && tokens[start].lower !== 'the') return undefined;
  if (countryByName(name) || countryByDemonym(name) || words.some((word) => countryByDemonym(word) || countryByName(word))) return undefined;
  return end + 1;
}

/** Where "<legislature> [domain] committee" ends ("the Commons defence committee", "the Bundestag committee"), or undefined. */
function committeeWordsEnd(tokens: Token[], start: number, end: number): number | undefined {
  if (!LEGISLATURE_NAMES.has(tokens[end - 1].lower) || tokens[end - 1].possessive) return undefined;
  const at = [end, end + 1].find((k) => tokens[k]?.lower === 'committee' && tokens.slice(end, k + 1).every((word) => !word.capitalized && !word.punct));
  return at === undefined ? undefined : at + 1;
}

/** What an agency does, written between its name and "agency" or "service" ("the Shin Bet security agency"). */
const AGENCY_DOMAINS = new Set(['security', 'intelligence', 'spy', 'counterintelligence']);

/** Where "<name> security agency" ends, or undefined; a state's name or adjective before it is no agency's name. */
function agencyWordsEnd(tokens: Token[], start: number, end: number, text: string): number | undefined {
  const [domain, head] = [tokens[end], tokens[end + 1]];
  if (!domain || !head || domain.capitalized || head.capitalized || tokens[end - 1].possessive || !AGENCY_DOMAINS.has(domain.lower) || !/^(agency|service)$/.test(head.lower)) return undefined;
  const name = nameWithoutThe(tokens, start, end, text);
  return name && !countryByName(name) && !countryByDemonym(name) && !statePrefix(tokens.slice(tokens[start].lower === 'the' ? start + 1 : start, end)) ? end + 2 : undefined;
}

/** Words before a site word that it is named with ("army base", "nuclear power plant", "oil refinery"). */
const SITE_MODIFIERS = new Set(['border', 'army', 'air', 'naval', 'navy', 'military', 'nuclear', 'power', 'oil', 'gas', 'coal', 'steel', 'refugee', 'detention', 'hydroelectric', 'chemical', 'hydropower', 'offshore', 'onshore', 'copper', 'gold', 'lithium', 'mining', 'irrigation']);
/** Words that may follow a site's name ("at Dravino airport by …", "the Kalemba mine, which …"). */
const AFTER_SITE = new Set(['and', 'or', 'where', 'which', 'that', 'near', 'outside', 'after', 'before', 'since', 'when', 'as']);

/**
 * Where a site named after a place ends ("Dravino airport", "Re'em army base"), or `end` when the words after the
 * name are none ("the Trump town hall": a site word must end the phrase).
 */
function siteWordsEnd(tokens: Token[], start: number, end: number, text: string): number {
  const word = tokens[end];
  if (!word || word.capitalized || word.punct || tokens[end - 1].possessive) return end;
  let siteEnd = SITE_WORDS.has(word.lower) ? end + 1 : end;
  // "Re'em army base", "the Zaporizhzhia nuclear power plant": up to two modifiers before a site word.
  // ("the Oyu Tolgoi copper and gold mine": two modifiers may be joined by "and".)
  for (let k = end; siteEnd === end && k < end + 4 && SITE_MODIFIERS.has(tokens[k]?.lower ?? ''); k++) {
    const head = tokens[k + 1]?.lower ?? '';
    // ("the Jama border crossing": a crossing or a post on a border is a site too.)
    if (SITE_WORDS.has(head) || head === 'base' || head === 'plant' || (tokens[k].lower === 'border' && /^(crossing|post)$/.test(head))) siteEnd = k + 2;
    else if (head === 'and' && SITE_MODIFIERS.has(tokens[k + 2]?.lower ?? '')) k++;
  }
  if (siteEnd === end || (isNonName(tokens, start) && tokens[start].lower !== 'the') || (start + 1 === end && tokens[start].lower === 'the')) return end;
  const named = nameWithoutThe(tokens, start, end, text);
  // ("a Chinese-owned copper mine": a compound modifier names no site.)
  if (countryByName(named) || countryByDemonym(named) || COMPOUND_MODIFIER.test(named)) return end;
  // "the Indian Ocean island", "a Pacific island": a sea's or a region's name before "island" says where one lies.
  if (/^(island|islets?)$/.test(word.lower) && (isWorldRegion(named) || /^(ocean|sea|gulf|bay)$/.test(tokens[end - 1].lower))) return end;
  // (With a modifier the phrase is a site's name whatever follows: "the Ryazan oil refinery burned".)
  const after = tokens[siteEnd];
  // "the Black Sea port of Odesa": a site word before "of" names the place after it, not a site of its own.
  if (after?.lower === 'of') return end;
  return siteEnd > end + 1 || !after || after.punct || PREPOSITIONS.has(after.lower) || AFTER_SITE.has(after.lower) || isVerbAfterLandmark(tokens, siteEnd) ? siteEnd : end;
}

/** "Bavarian state premier", "West African state": a -ian/-can adjective before an area word, or an area word before an office. */
function isAdjectiveBeforeArea(last: Token, area: Token, next: Token | undefined): boolean {
  if (next && !next.capitalized && titleRelation(next.lower)) return true;
  return area.lower === 'state' && /(ian|ean|can)$/.test(last.lower);
}

/** True when the words before `and` are an office's portfolio: "Minister of Electricity" before "and Renewable Energy". */
function isPortfolioBefore(tokens: Token[], and: number): boolean {
  let at = and - 1;
  while (at > 0 && tokens[at].capitalized && !tokens[at].punct && and - at <= 3) at--;
  const connector = tokens[at];
  return Boolean(connector && (connector.lower === 'of' || connector.lower === 'for') && at < and - 1 && tokens[at - 1]?.capitalized && titleRelation(tokens[at - 1].lower));
}

/**
 * A state, a capital or an organisation the gazetteer or the lexicon knows by this name ("US", "EU"), or a word too
 * long for a party's acronym ("KINSHASA/WASHINGTON" opens a dateline).
 */
function isKnownActor(text: string): boolean {
  return text.length > 5 || Boolean(countryByName(text) || countryByCapital(text) || NEWS_ORGANIZATIONS.has(lookupKey(text)));
}

/** "Caracas (AFP)": an outlet's or a state's acronym in brackets after a city or a state that it does not spell. */
function isDatelineOutlet(tokens: Token[], start: number, end: number, named: Mention | undefined): boolean {
  const acronym = tokens[end + 1].text;
  if (spellsAcronym(tokens, start, end, acronym)) return false;
  return named?.kind === 'Place' || Boolean(named?.key.startsWith('state:')) || NEWS_ORGANIZATIONS.has(lookupKey(acronym));
}

/** "South Korea's Ministry of Foreign Affairs": a body right after a state's possessive is that state's. */
function qualifyPossessedBodies(mentions: Mention[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const [owner, body] = [mentions[i - 1], mentions[i]];
    // "Dareen's Health Ministry": a body of a territory that is no state in the gazetteer is named after it.
    // (A party or an office after a person's name is theirs to lead: "Lai's Democratic Progressive Party".)
    if (owner.possessive && owner.end === body.start && (owner.kind === 'Place' || owner.form === 'bare') && body.key.startsWith('body:?:') && body.form === 'name' && /^\p{Lu}/u.test(body.name) && /\b(ministry|department)\b/i.test(body.name)) {
      body.name = `${owner.name} ${body.name}`;
      body.text = `${owner.text}'s ${body.text}`;
      continue;
    }
    // "the Pacific Union's Peace and Security Council": a council of an organisation is part of it, no state's body.
    if (owner.possessive && owner.end === body.start && owner.kind === 'Organization' && owner.form === 'name' && body.key.startsWith('body:?:') && body.form === 'name' && isAmbiguousBody(body.name)) {
      mentions[i] = { ...body, kind: 'Organization', key: `org:${lookupKey(body.name)}` };
      continue;
    }
    if (!owner.possessive || !owner.key.startsWith('state:') || owner.end !== body.start) continue;
    // "Russia's Federal Security Service": a council, commission, agency or service a state owns is its body.
    // The body keeps the spelling with its state's possessive among its aliases ("Norway's Ministry of Fisheries").
    if (body.kind === 'Organization' && body.form === 'name' && isAmbiguousBody(body.name)) {
      mentions[i] = { ...bodyMention(body, body.name, owner.state), text: `${owner.text}'s ${body.text}` };
      continue;
    }
    if (!body.key.startsWith('body:?:')) continue;
    body.key = body.key.replace('body:?:', `body:${owner.state}:`);
    body.state = owner.state;
    if (body.form === 'name') body.text = `${owner.text}'s ${body.text}`;
  }
}

/**
 * "UN [United Nations] Charter" reads as "UN Charter", remembering UN = United Nations; other brackets become spaces.
 * Replacements keep the sentence's length, so token offsets still point into the original sentence.
 */
function stripEditorialBrackets(sentence: string): { text: string; acronyms: [string, string][] } {
  const acronyms: [string, string][] = [];
  if (!sentence.includes('[')) return { text: sentence, acronyms };
  const text = sentence.replace(/(\S+)(\s*)\[([^\]]+)\]/g, (whole, before: string, space: string, inside: string) => {
    const head = before.replace(/[^\p{L}]/gu, '');
    const initials = inside.split(/\s+/).map((word) => word[0]).join('');
    if (head.length >= 2 && head.toUpperCase() === head && initials.toUpperCase() === head) {
      acronyms.push([inside, head]);
      return before + ' '.repeat(whole.length - before.length);
    }
    return `${before}${space} ${inside} `;
  });
  return { text, acronyms };
}

/** "North Central Military Commission" in an article about North Korea: the North's Central Military Commission. */
function qualifyDirectionalBody(mention: Mention, directional: Map<string, string>): void {
  const ambiguous = mention.key.startsWith('org:') && AMBIGUOUS_BODY_HEADS.has(mention.name.split(' ').at(-1)!.toLowerCase());
  if (!mention.key.startsWith('body:?:') && !ambiguous) return;
  const match = /^(North|South|East|West) (.+)$/.exec(mention.name);
  const state = match ? directional.get(match[1].toLowerCase()) : undefined;
  if (!match || !state) return;
  mention.name = match[2];
  mention.kind = 'Government';
  mention.state = state;
  mention.key = `body:${state}:${bodyKey(match[2])}`;
}

/** "Federal Security Service", "National Security Council": a council, agency or service that only a state has. */
function isStateBodyName(words: string[]): boolean {
  // "Workers' Party Central Committee": an organ of a party is one of the state it rules.
  return STATE_BODY_OPENERS.has(words[0]) || words.some((word) => STATE_BODY_DOMAINS.has(word)) || words.some((word) => /^party('s)?$/.test(word));
}

function classifyChunk(sentence: number, tokens: Token[], start: number, end: number): Mention[] {
  // Leading "The" and sentence-initial function words are not part of names.
  // ("The New York Times": "New" before a name opens it, wherever it stands.)
  while (start < end && isNonName(tokens, start) && !isTitleAt(tokens, start) && !opensPlaceName(tokens, start, end) && !opensNameMidSentence(tokens, start) && !(tokens[start].lower === 'new' && start + 1 < end)) start++;
  if (start >= end) return [];
  // "exercises code-named Strait Lightning-2031": the name of an operation, not a place or a person.
  if (CODE_NAME_WORDS.has(tokens[start - 1]?.lower ?? '')) return [];
  // "the tanker Sea Lark", "the trawlers, the Santa Irena and …": a ship's name names no actor.
  const vessel = tokens[start - 1]?.lower === 'the' && tokens[start - 2]?.text === ',' ? tokens[start - 3] : tokens[start - 1];
  if (vessel && !vessel.capitalized && VESSEL_NOUNS.has(vessel.lower)) return [];
  if (isShipName(tokens, start, end)) return [];
  // "High Commissioner for Human Rights", "Minister for Foreign Affairs": an office's portfolio names no organisation.
  // ("senior adviser for Africa": a continent as an adviser's or an envoy's brief too.)
  if (tokens[start - 1]?.lower === 'for' && tokens[start - 2] && titleRelation(tokens[start - 2].lower) && (tokens.slice(start, end).every((word) => NON_PERSON_WORDS.has(word.lower)) || isWorldRegion(joinTokens(tokens.slice(start, end))))) return [];
  // "Minister of Energy and Mines Kham Vorn": a portfolio after a title, then the holder's name.
  const holder = nameAfterPortfolio(tokens, start, end);
  const held = holder && classifyChunk(sentence, tokens, holder.start, end);
  const person = held ? personAfterTitle(held) : undefined;
  if (held && person) {
    person.kind = 'Person';
    person.title = { title: holder.title, relation: holder.relation };
    return held;
  }
  // "Minister of Electricity and Renewable Energy": the second half of a portfolio joined by "and".
  if (tokens[start - 1]?.lower === 'and' && end - start <= 3 && isPortfolioBefore(tokens, start - 1)) return [];
  const words = tokens.slice(start, end);
  const text = joinTokens(words);
  const last = words.at(-1)!;
  const possessive = last.possessive;
  const base = { sentence, start, end, text, possessive };
  if (end - start >= 2 && isOfficeOfTitle(tokens, end - 2)) return [bodyMention(base, text, undefined)];
  // "Kurdish-led Syrian Democratic Forces": a compound modifier opening a longer name is read apart from it; so is one
  // whose first part has words of its own ("the Port Moresby-based Pacific Rights Network").
  const modifierEnd = start + 1 + tokens.slice(start, end - 1).findIndex((token) => COMPOUND_MODIFIER.test(token.text));
  if (end - start > 1 && modifierEnd > start) {
    const rest = classifyChunk(sentence, tokens, modifierEnd, end);
    // "the al-Qaeda-linked al-Shabaab": what is linked to an organisation is one too, never a person.
    if (/-(linked|affiliated)$/i.test(tokens[modifierEnd - 1].text)) {
      for (const [index, mention] of rest.entries()) {
        if (mention.form === 'bare' || mention.kind === 'Person') rest[index] = { ...mention, form: 'name', kind: 'Organization', key: `org:${lookupKey(mention.name)}` };
      }
    }
    return [...classifyChunk(sentence, tokens, start, modifierEnd), ...rest];
  }
  // "the New York-based Human Rights Watch", "Hong Kong-based Cathay Pacific": a compound modifier of two words or
  // more inside a chunk is read apart from the name after it.
  const innerModifier = tokens.slice(start + 1, end - 1).findIndex((token) => COMPOUND_MODIFIER.test(token.text));
  if (innerModifier >= 0) {
    const split = start + 1 + innerModifier + 1;
    return [...classifyChunk(sentence, tokens, start, split), ...classifyChunk(sentence, tokens, split, end)];
  }
  // "a Hong Kong-based executive": where someone is based is a place; "U.S.-brokered", "Saudi-led": a modifier.
  const compound = COMPOUND_MODIFIER.exec(text);
  if (compound) {
    const name = text.slice(0, compound.index);
    const suffix = compound[1];
    const named = { ...base, text: name };
    if (/^(based|born|headquartered)$/i.test(suffix)) return [{ ...named, form: 'name', kind: 'Place', key: `place:${placeKey(name)}`, name }];
    const owner = countryByName(name) ?? countryByDemonym(name);
    if (owner) return [{ ...named, form: 'name', kind: 'Government', key: `state:${owner.code}`, name: owner.name, state: owner.code, modifier: true }];
    // "al-Qaeda-linked": a name others are linked to or affiliated with, no state's, is an organisation's.
    if (/^(linked|affiliated)$/i.test(suffix) && name.length > 1) return [{ ...named, form: 'name', kind: 'Organization', key: `org:${lookupKey(name)}`, name, modifier: true }];
    return [];
  }

  // "the United States' decision": a plural possessive keeps its apostrophe on the token.
  const country = countryByName(text) ?? (text.endsWith("'") ? countryByName(text.slice(0, -1)) : undefined);
  if (country) {
    // "transited Guam": a place passed through, not the state acting.
    // "the court, which sits in Luxembourg", "firms registered in Panama": where a body is seated is a place.
    // ("the ISEAS-Yusof Ishak Institute in Singapore": so is where a named institute, university or school stands.)
    const seated = tokens[start - 1]?.lower === 'in' && (SEATED_WORDS.has(tokens[start - 2]?.lower ?? '') || (Boolean(tokens[start - 2]?.capitalized) && SEATED_INSTITUTIONS.has(tokens[start - 2].lower)));
    if (isTransitObject(tokens, start) || seated) return [{ ...base, form: 'name', kind: 'Place', key: `place:${placeKey(text)}`, name: text }];
    const state: Mention = { ...base, text: text.replace(/'$/, ''), possessive: possessive || text.endsWith("'"), form: 'name', kind: 'Government', key: `state:${country.code}`, name: country.name, state: country.code };
    // "North Korea's supreme leader", "South Korea's unification ministry", "Russia's troops".
    return classifyAfterState(sentence, tokens, end, end, state, false) ?? [state];
  }
  const seat = countryBySeat(text);
  if (seat) return [{ ...base, form: 'name', kind: 'Government', key: `state:${seat.code}`, name: seat.name, state: seat.code, metonym: true }];
  const capital = countryByCapital(text);
  if (capital) {
    const previous = tokens[start - 1];
    // "a monument in Pyongyang" is the city; "officials in Kyiv said" is the state speaking.
    // ("the government in Nuuk would open talks": so is the government seated there; "the reaction in Asmara": its answer.)
    const speakersBefore = /^(officials|authorities|diplomats|sources|leaders|officers|government|regime|leadership|administration|reaction|response)$/.test(tokens[start - 2]?.lower ?? '');
    // "accusations from Warsaw", "pressure from Washington": what a state says or does comes from its capital.
    const wordsFrom = previous?.lower === 'from' && /^(accusations|criticism|statements|warnings|demands|pressure|signals|messages|threats|objections|complaints|protests|requests)$/.test(tokens[start - 2]?.lower ?? '');
    // "Russia's foreign ministry in Moscow said", "the Chinese Foreign Ministry said in Beijing": the state's own body
    // in, or speaking from, its capital is the state there ("its foreign minister said in Algiers": a person, the city).
    const before = tokens.slice(Math.max(0, start - 9), start - 1);
    const ownBody = previous?.lower === 'in' && OWN_CAPITAL_CUES.has(tokens[start - 2]?.lower ?? '') && before.some((token) => OWN_CAPITAL_BODIES.has(token.lower)) && before.some((token) => token.capitalized && (countryByName(token.text) ?? countryByDemonym(token.text))?.code === capital.code);
    if (((previous && LOCATIVE.has(previous.lower)) || isPlaceByContext(tokens, start, end)) && !speakersBefore && !wordsFrom && !ownBody && !possessive) {
      return [{ ...base, form: 'name', kind: 'Place', key: `place:${placeKey(text)}`, name: text }];
    }
    const state: Mention = { ...base, form: 'name', kind: 'Government', key: `state:${capital.code}`, name: capital.name, state: capital.code, metonym: true };
    // "the government in Nuuk would …": the mention covers the phrase, whose subject it is (no object of "in").
    if (speakersBefore && previous?.lower === 'in' && /^(government|regime|leadership|administration)$/.test(tokens[start - 2].lower)) state.start = tokens[start - 3]?.lower === 'the' ? start - 3 : start - 2;
    // "Oslo's foreign ministry": a body after a capital's possessive is its state's.
    const body = possessive ? classifyAfterState(sentence, tokens, end, end, state, false) : undefined;
    return body?.length === 1 && body[0].key.startsWith('body:') ? body : [state];
  }
  // "young North Koreans": people spoken of by nationality, not a named entity.
  if (/s$/.test(text) && countryByDemonym(text.slice(0, -1))) return [];
  // ("the Pacific ports of Manzanillo": a region's name before a plural area noun is an adjective, naming no place.)
  if (isWorldRegion(text) && AREA_PLURAL_NOUNS.has(tokens[end]?.lower ?? '') && !tokens[end].capitalized) return [];
  if (isWorldRegion(text)) return [{ ...base, form: 'name', kind: 'Place', key: `place:${placeKey(text)}`, name: text }];

  // A demonym or a state in front: "South Korean Foreign Ministry", "Russian President Vladimir Putin".
  const prefix = statePrefix(words);
  if (prefix) {
    const stateMention: Mention = {
      ...base,
      end: start + prefix.length,
      text: joinTokens(words.slice(0, prefix.length)),
      form: 'name',
      kind: 'Government',
      key: `state:${prefix.code}`,
      name: prefix.name,
      state: prefix.code,
      possessive: words[prefix.length - 1].possessive,
    };
    const rest = classifyAfterState(sentence, tokens, start + prefix.length, end, stateMention, prefix.demonym);
    // "Qaderia News Agency": a state's name run into an organisation's is that organisation's name.
    // "Nigerian Chamber of Commerce": so is a demonym, which still names the state as a modifier.
    // "the Taiwan Relations Act": so is a law's.
    // ("the American Convention on Human Rights": so is a treaty's whose head stands before a connector.)
    const treatyHead = (at: number) => TREATY_HEADS.has(tokens[at]?.lower ?? '') && (at === end - 1 || CONNECTORS_AFTER_HEAD.has(tokens[at + 1]?.lower ?? ''));
    const organisation = rest?.length === 2 && !stateMention.possessive && (rest[1].kind === 'Organization' || (rest[1].kind === 'Treaty' && tokens.slice(rest[1].start, end).some((_, index) => treatyHead(rest[1].start + index)))) && rest[1].start === stateMention.end && rest[1].end === end;
    if (organisation) {
      const named: Mention = rest[1].kind === 'Treaty' ? treatyMention({ ...base, start }, text) : { ...rest[1], start, text, name: text, key: `org:${lookupKey(text)}` };
      if (!prefix.demonym) return [named];
      stateMention.modifier = true;
      return [stateMention, named];
    }
    // "the Taiwan Affairs Office" (in Beijing): a state named as a body's domain is not its owner.
    if (tokens[start + prefix.length]?.lower === 'affairs' && end - start > prefix.length + 1) return [bodyMention(base, text, undefined)];
    // "the Taiwan Strait", "the Korean Peninsula": a state's name or adjective before a geographic head is a place.
    if (end - (start + prefix.length) === 1 && PLACE_HEADS.has(tokens[end - 1].lower) && !GOVERNMENT_BODY_HEADS.has(tokens[end - 1].lower)) {
      return [placeMention(base, words)];
    }
    // "Kosovo Serbs": a people named with the state they live in is a group that acts; "a Kosovo Serb party": an
    // adjective, naming the state only.
    // ("Bosnian Croats", "Iraqi Kurds": so is a people named with the state's adjective.)
    if (prefix.length === end - start - 1 && isPeoplePlural(tokens[end - 1].text)) return [{ ...base, form: 'name', kind: 'Group', key: `group:${lookupKey(text)}`, name: text }];
    if (!prefix.demonym && prefix.length === end - start - 1 && isPeopleWord(tokens[end - 1].text) && tokens[end] && !tokens[end].capitalized) return [{ ...stateMention, modifier: true }];
    // "Jordan Ellery", "Israel Katz": a state's name run into a personal name is that person's first name.
    const named = rest?.length === 2 ? rest[1] : undefined;
    const personal = named && prefix.length === 1 && !prefix.demonym && !stateMention.possessive && (named.kind === 'Person' || named.form === 'bare') && named.start === stateMention.end && named.end === end && !named.title && !isHeadWord(tokens[end - 1].lower);
    if (personal) return [{ ...named, start, text, name: text, form: 'name', kind: 'Person', key: `person:${lookupKey(text)}` }];
    if (rest) return rest;
    // A bare demonym is an adjective ("Russian territory"): the state is named, but not as an actor.
    if (prefix.demonym) stateMention.modifier = true;
    return [stateMention];
  }

  // "UN Secretary-General António Guterres": an organisation, its office, and the person holding it
  // (unless the chunk opens with a title: "Vice Foreign Minister X", "Chief Cabinet Secretary X").
  // (Asked once: the same title is looked for again below.)
  const title = titleAt(tokens, start, end);
  const opensWithTitle = Boolean(title);
  for (let at = start + 1; at < end - 1 && !opensWithTitle; at++) {
    const inner = titleAt(tokens, at, end);
    if (!inner || end - inner.end < 2 || !tokens.slice(inner.end, end).every((token) => /^\p{Lu}/u.test(token.text) || NAME_PARTICLES.has(token.lower))) continue;
    let owner = classifyChunk(sentence, tokens, start, at).at(-1);
    // "Nato Secretary General Mark Rutte", "Opec Secretary General X": a one-word name before an office is its organisation.
    if (owner?.form === 'bare' && at - start === 1) owner = { ...owner, form: 'name', kind: 'Organization', key: `org:${lookupKey(owner.name)}` };
    // "Navy Capt. Zhao Lin": a bare service word before a rank names no body of its own.
    if (owner?.form === 'description') {
      const people = classifyChunk(sentence, tokens, inner.end, end);
      const person = personAfterTitle(people);
      if (!person) break;
      person.kind = 'Person';
      person.title = { title: inner.title, relation: inner.relation };
      return people;
    }
    if (!owner || (owner.kind !== 'Organization' && owner.kind !== 'Government')) break;
    const people = classifyChunk(sentence, tokens, inner.end, end);
    const person = people.find((mention) => mention.kind === 'Person');
    if (!person) break;
    owner.modifier = true;
    person.title = { title: inner.title, relation: inner.relation, of: owner };
    return [owner, ...people];
  }
  // "the UN High Commissioner" with no name in the chunk: the office's organisation is named; the office is no body.
  // (Only when the chunk ends in a title word: most chunks do not, and this runs on every chunk.)
  const endsInTitle = !opensWithTitle && end - start >= 2 && Boolean(titleRelation(tokens[end - 1].lower));
  for (let at = start + 1; at < end && endsInTitle; at++) {
    if (!titleRelation(joinTokens(tokens.slice(at, end)).toLowerCase())) continue;
    // ("the Office of the High Representative": an office named after a title is a body, not its owner and the title.)
    if (tokens.slice(start + 1, at).some((word) => /^(of|the|for)$/.test(word.text))) break;
    // "Mexico's Security Secretary": a portfolio before a title is an office, naming no organisation.
    if (tokens.slice(start, at).every((word) => NON_PERSON_WORDS.has(word.lower))) return [];
    const owner = classifyChunk(sentence, tokens, start, at);
    if (owner.length === 1 && owner[0].form === 'name' && (owner[0].kind === 'Organization' || owner[0].kind === 'Government')) return owner;
    break;
  }
  if (title) {
    const name = classifyChunk(sentence, tokens, title.end, end);
    const person = personAfterTitle(name);
    if (person) {
      person.kind = 'Person';
      // "Foreign Ministry spokesman X", "Kremlin spokesman X": the body whose office it is opens the title.
      const owner = ownerInTitle(sentence, tokens, start, title.end);
      if (owner) {
        person.title = { title: owner.title, relation: titleRelation(owner.title)!, of: owner.mention };
        return [owner.mention, ...name];
      }
      person.title = { title: title.title, relation: title.relation };
      return name;
    }
    // "the General Court", "the General Authority for …": a rank word opening a body's name is part of it.
    if (!name.some((mention) => mention.kind === 'Government' || mention.kind === 'Organization' || mention.form === 'description')) return name;
  }

  if (words.length > 1 && !possessive && isTreatyByApposition(tokens, end)) return [treatyMention(base, text)];
  // "the business daily Delovoy Vestnik", "the shipping firm Sea Lion": the noun before says what the name is.
  const descriptor = tokens[start - 1];
  // "the presidential office, Cheong Wa Dae, said": a name set off after a state's seat described in lower case is
  // that seat's, a body of the state.
  if (tokens[start - 1]?.text === ',' && SEAT_NOUNS.has(tokens[start - 2]?.lower ?? '') && !tokens[start - 2].capitalized && tokens[end]?.text === ',' && !possessive && !title) return [bodyMention(base, text, undefined)];
  // "Pakistan's military media wing, Inter-Services Public Relations (ISPR), said": a name set off after an organ of a
  // state described in lower case is that organ, a body of the state.
  // ("the Congolese customs authority, the Direction Générale des Douanes (DGDA)": "the" may open the name, and a
  // demonym name the state.)
  const comma = tokens[start - 1]?.text === ',' ? start - 1 : tokens[start - 1]?.lower === 'the' && tokens[start - 2]?.text === ',' ? start - 2 : -1;
  const organ = comma > 0 ? tokens[comma - 1] : undefined;
  if (organ && !organ.capitalized && STATE_ORGAN_NOUNS.has(organ.lower) && /^[,(]$/.test(tokens[end]?.text ?? '') && !possessive && !title && words.length > 1) {
    const stateOf = (token: Token) => (token.possessive ? countryByName(token.text) : countryByDemonym(token.text));
    const owner = tokens.slice(Math.max(0, comma - 6), comma - 1).find((token) => token.capitalized && stateOf(token));
    if (owner) return [bodyMention(base, text, stateOf(owner)!.code)];
  }
  // "State House said": a seat many states' presidencies share the name of is a body of a state, which one unnamed.
  if (SHARED_SEAT_NAMES.has(lookupKey(text)) && !title) return [bodyMention(base, text, undefined)];
  if (words.length > 1 && FOREIGN_STATE_BODY_OPENERS.has(words[0].lower) && !title) return [bodyMention(base, text, undefined)];
  // ("the EU's naval mission Aspides": a mission of that kind too.)
  const mission = descriptor?.lower === 'mission' && MISSION_KINDS.has(tokens[start - 2]?.lower ?? '');
  // ("the giant Tengiz field": "giant" right after an article is an adjective; "energy giant X" names a company.)
  const adjectiveGiant = descriptor?.lower === 'giant' && /^(the|a|an)$/.test(tokens[start - 2]?.lower ?? '');
  if (descriptor && !descriptor.capitalized && (ORGANIZATION_DESCRIPTORS.has(descriptor.lower) || mission) && !possessive && !title && !adjectiveGiant) {
    return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text }];
  }
  // "Kaito Seiki and other equipment makers", "Kaito Seiki shares fell", "carmakers such as Brenhaus": a company.
  if (isCompanyByContext(tokens, start, end) && !title) {
    return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text }];
  }

  const news = NEWS_ORGANIZATIONS.get(lookupKey(text));
  if (news) return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(news)}`, name: news }];

  const heads = words.map((word) => word.lower);
  // (Before the head words: "Palais des Nations" is no organisation for its last word.)
  if (words.length > 2 && FOREIGN_PLACE_PREFIXES.has(heads[0]) && words.slice(1).some((word) => !word.capitalized)) return [placeMention(base, words)];
  // "Chamber of Commerce", "Institute for Policy Studies": the head of a name with a connector stands before it.
  const of = heads.findIndex((word) => CONNECTORS_AFTER_HEAD.has(word));
  const head = of > 0 ? heads[of - 1] : heads.at(-1)!;
  // "… Support and Stabilization Mission in Somalia": a mission named with the state it serves in is an organisation's.
  const servedIn = heads.indexOf('in');
  if (servedIn > 1 && heads[servedIn - 1] === 'mission' && countryByName(joinTokens(words.slice(servedIn + 1)))) {
    return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text }];
  }
  if (EVENT_HEADS.has(head) && words.length > 1) return [];
  // "the Government of National Accord", "the Orlan Regional Government": a government named as a body of its own (a
  // region's, or one of two rivals) is of the Government kind, its state unknown until the article names one.
  // ("the shadow National Unity Government", formed in exile, is no body of a state: an organisation.)
  if (head === 'government' && words.length > 1 && !(of > 0 && countryByName(joinTokens(words.slice(of + 1))))) {
    return UNSEATED_GOVERNMENT_WORDS.has(tokens[start - 1]?.lower ?? '') ? [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text }] : [bodyMention(base, text, undefined)];
  }
  if (TREATY_HEADS.has(head) || (TREATY_SET_HEADS.has(head) && words.length > 1)) return [treatyMention(base, text)];
  // "Defense of Greenland Agreement": a treaty word at the end of a name whose head before "of" is no body's.
  if (of > 0 && TREATY_HEADS.has(heads.at(-1)!) && !isHeadWord(head) && !titleRelation(head)) return [treatyMention(base, text)];
  if (heads.includes('nations') || heads[0] === 'un' || heads[0] === 'u.n.' || (INTERNATIONAL_BODY_HEADS.has(head) && /^(un|u\.n\.|united nations|security|general|international|european|african)\b/i.test(text))) {
    return [{ ...base, form: 'name', kind: 'Organization', key: `org:${organizationKey(text)}`, name: expandUnitedNations(text) }];
  }
  if (heads.includes('news') || /\b(news|press|information) agency$/i.test(text)) {
    return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text }];
  }
  // "the latest West African state": a compass word and an adjective before a lower-case noun names nothing.
  if (words.length === 2 && /^(north|south|east|west)$/.test(heads[0]) && /(ian|ean|can|ese)$/.test(heads[1]) && tokens[end] && !tokens[end].capitalized && !tokens[end].punct) return [];
  // "South Kivu", "West Bank": a compass word and one more name is a region.
  // ("the Southern Kurils", "Western Marra": so is a position adjective and one more name.)
  if (words.length === 2 && (/^(north|south|east|west)$/.test(heads[0]) || (COMPASS_ADJECTIVES.has(heads[0]) && heads[0] !== 'central')) && !countryByName(text) && (!ORGANIZATION_HEADS.has(heads[1]) || heads[1] === 'bank') && !GOVERNMENT_BODY_HEADS.has(heads[1]) && !NON_PERSON_WORDS.has(heads[1])) {
    return [placeMention(base, words)];
  }
  // ("Port Authority", "Lake Basin Commission": a body's head word at the end outweighs a place's in front.)
  if (PLACE_PREFIXES.has(heads[0]) && words.length > 1 && !ORGANIZATION_HEADS.has(head) && !GOVERNMENT_BODY_HEADS.has(head)) return [placeMention(base, words)];
  if (words.length === 1 && !LEGISLATURE_NAMES.has(head) && (GOVERNMENT_BODY_HEADS.has(head) || ORGANIZATION_HEADS.has(head))) {
    // "the Council", "the Ministry": a short name for a body named in full elsewhere.
    return [{ ...base, form: 'description', key: `description:${head}`, name: text }];
  }
  // "the Chamber of Deputies", "the House of Commons": a chamber named after its members is a state's legislature (a
  // "Chamber of Commerce" is none).
  if (words.length === 3 && /^(house|chamber)$/.test(heads[0]) && heads[1] === 'of' && CHAMBER_MEMBERS.has(heads[2])) return [bodyMention(base, text, undefined)];
  if (heads.some((word) => word === 'ministry' || word === 'department')) return [bodyMention(base, text, undefined)];
  // "Armed Forces of the Philippines": a body named with its state after "of" is that state's.
  const ownerAfterOf = of > 0 ? countryByName(joinTokens(words.slice(words[of + 1]?.lower === 'the' ? of + 2 : of + 1))) : undefined;

  // ("the Federation of Bosnia and Herzegovina": a federation named with its state is one of the state's entities.)
  // ("the National Election Board of Ethiopia": so is a board; an authority may be a state's company, left alone.)
  if (ownerAfterOf && (GOVERNMENT_BODY_HEADS.has(head) || head === 'board' || head === 'federation')) {
    return [{ ...bodyMention(base, text, ownerAfterOf.code), key: `body:${ownerAfterOf.code}:${bodyKey(joinTokens(words.slice(0, of)))}` }];
  }
  if (GOVERNMENT_BODY_HEADS.has(head)) {
    // A council, commission or agency with no state named may be international: an organisation until a state claims it.
    // "Federal Security Service", "State Council", "Border Guard Service" are a state's, whichever state.
    // "Moscow City Court", "Seoul Central District Court": a court named after a capital is its state's.
    const seat = head === 'court' ? countryByCapital(words[0].text) : undefined;
    if (seat) return [bodyMention(base, text, seat.code)];
    // "the Constitutional Court", "a High Court judge": a court named by its level in a state's system is that state's.
    const domesticCourt = (head === 'court' || head === 'tribunal') && of < 0 && heads.slice(0, -1).some((word) => COURT_LEVELS.has(word));
    // "the Office of the U.S. Trade Representative": a body named after a state's official is that state's.
    const officialOf = of > 0 && AMBIGUOUS_BODY_HEADS.has(head) ? statePrefix(words.slice(words[of + 1]?.lower === 'the' ? of + 2 : of + 1)) : undefined;
    if (officialOf) return [bodyMention(base, text, officialOf.code)];
    // "Allied Maritime Command", "Allied Joint Force Command": a body of allies is an alliance's, no state's.
    if (heads[0] === 'allied') return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text }];
    if (AMBIGUOUS_BODY_HEADS.has(head) && !isStateBodyName(heads) && !domesticCourt) return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text }];
    // "the Royal Thai Army", "the Royal Netherlands Navy": a state's adjective or name inside an army's or a navy's name.
    const inside = /^(army|navy|police|forces|force|guard|corps|fleet)$/.test(head) ? words.slice(1, of > 0 ? of - 1 : -1).map((word) => countryByDemonym(word.text) ?? countryByName(word.text)).find(Boolean) : undefined;
    return [bodyMention(base, text, inside?.code)];
  }
  if (ORGANIZATION_HEADS.has(head) || heads.includes('news') || heads.includes('agency')) {
    return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text }];
  }
  // "Popular Front", "National Liberation Front": a front named by a cause is a movement; "the Eastern Front" is a place,
  // unless an organisation owns it ("the ELN's Eastern War Front", one of its units).
  const ownedByOrganisation = tokens[start - 1]?.possessive && isAcronym(tokens[start - 1]) && !countryByName(tokens[start - 1].text);
  // ("the Polisario Front", "the Nusra Front": a front named by any name but a position is a movement too.)
  const positional = heads.slice(0, -1).some((word) => COMPASS_WORDS.has(word) || COMPASS_ADJECTIVES.has(word));
  if (head === 'front' && (heads.some((word) => NON_PERSON_WORDS.has(word) && word !== 'front') || ownedByOrganisation || (words.length > 1 && !positional && of < 0))) {
    return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text }];
  }
  if (PLACE_HEADS.has(head) && words.length > 1) return [placeMention(base, words)];
  // "Huthi rebels", "M23 militants": a name before the fighters it fields is their movement, an organisation.
  if (REBEL_NOUNS.has(tokens[end]?.lower ?? '') && !tokens[end].capitalized && !possessive && !title) return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text }];
  // "investing in AI", "GDP stalls": acronyms of common nouns.
  if (COMMON_ACRONYMS.has(text)) return [];
  if (/^\p{Lu}[\p{Lu}\d]+$/u.test(text)) {
    // An acronym not yet defined ("OFAC", "M23", "G7"): an organisation until the article says otherwise.
    if (namesWeapon(tokens, end)) return [];
    return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text }];
  }
  // "Western diplomats", "Republican lawmakers", "the Gulf states": a bloc's or a party's adjective before people or
  // states acting together is a group ("the Baltic and Nordic states", two adjectives sharing a noun, are not one).
  const collective = tokens[end];
  if (words.length === 1 && BLOC_ADJECTIVES.has(heads[0]) && !/^(and|or|,)$/.test(tokens[start - 1]?.lower ?? '') && collective && !collective.capitalized && BLOC_COLLECTIVES.has(collective.lower)) {
    const phrase = `${words[0].text} ${collective.text}`;
    return [{ ...base, end: end + 1, text: phrase, possessive: collective.possessive, form: 'name', kind: 'Group', key: `group:${lookupKey(phrase)}`, name: phrase }];
  }
  // "in Western export controls": a position adjective alone names no place.
  if (words.length === 1 && COMPASS_ADJECTIVES.has(words[0].lower)) return [];
  // "Alternative für Deutschland": a name joined by another language's connector is a party's or a body's; so is one
  // with a capitalised preposition inside ("Doctors Without Borders").
  if (words.some((word) => FOREIGN_CONNECTORS.has(word.text) || (NAME_PREPOSITIONS.has(word.text) && word !== words[0]))) return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text }];
  if (words.length === 1 && COLLECTIVE_SPEAKERS.has(words[0].lower)) {
    return [{ ...base, form: 'name', kind: 'Group', key: `group:${words[0].lower}`, name: words[0].lower }];
  }
  if (words.length === 1) {
    const previous = tokens[start - 1];
    // "forces captured Vovchansk": ground taken is a place (what strikes hit may be a group: "struck Hezbollah").
    const taken = TERRITORY_VERBS.has(previous?.lower ?? '') || TERRITORY_VERBS.has(listOpener(tokens, start)?.lower ?? '');
    // "issued in Arabic", "posted in Pashto": a language something is said or written in is no place.
    if ((previous?.lower === 'in' || listOpener(tokens, start)?.lower === 'in') && isLanguageName(text)) return [];
    if ((previous && LOCATIVE.has(previous.lower)) || taken || isPlaceByContext(tokens, start, end)) return [{ ...base, form: 'name', kind: 'Place', key: `place:${placeKey(text)}`, name: text }];
    // "said in a post on X", "wrote on Telegram": where one posts is a platform, an organisation (named, but neither
    // the speaker nor an actor of the sentence: a modifier).
    if (previous?.lower === 'on' && POSTING_WORDS.has(tokens[start - 2]?.lower ?? '')) return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text, modifier: true }];
    // "two people familiar with the matter told Kanpo", "witnesses told Kanpo": whom sources tell is an outlet.
    if (previous?.lower === 'told' && SOURCE_WORDS.has(tokens[start - 2]?.lower ?? '')) return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text }];
    // "Fighting continued …": a gerund opening a sentence is no name.
    if (start === 0 && /^\p{Lu}\p{Ll}{3,}ing$/u.test(text)) return [];
    return [{ ...base, form: 'bare', key: `bare:${lookupKey(text)}`, name: text }];
  }
  // "residents told Eurasia Ledger they …", "X told Pacific Wire by phone": whom sources tell, or tell by phone, is an outlet.
  if (tokens[start - 1]?.lower === 'told' && (SOURCE_WORDS.has(tokens[start - 2]?.lower ?? '') || (tokens[end]?.lower === 'by' && /^(phone|telephone|email|e-mail)$/.test(tokens[end + 1]?.lower ?? ''))) && !possessive) {
    return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text }];
  }
  // "a hospital in El Fasher": a name after "in" or "near" is a place, not a person; so is one that strikes hit
  // ("air strikes hit Khan Younis and Deir al-Balah").
  const before = tokens[start - 1];
  const struck = STRIKE_VERBS.has(before?.lower ?? '') || STRIKE_VERBS.has(listOpener(tokens, start)?.lower ?? '');
  if (((before && LOCATIVE.has(before.lower)) || struck || isPlaceByContext(tokens, start, end)) && !possessive) return [placeMention(base, words)];
  // "NGO Foro Penal": an organisation introduced by its type.
  if (words.length > 1 && /^(ngo|ngos)$/.test(heads[0])) {
    const name = joinTokens(words.slice(1));
    return [{ ...base, start: start + 1, text: name, form: 'name', kind: 'Organization', key: `org:${lookupKey(name)}`, name }];
  }
  // "the Han Kuang exercises", "Operation Spring Shield drills": a name before an event noun names the event.
  if (EVENT_NOUNS_AFTER.has(tokens[end]?.lower ?? '') && !tokens[end].capitalized) return [];
  // "Mariel Sta. Ana": a short abbreviation inside a name is part of it; "Gilberto Teodoro Jr.": so is a generation's.
  const abbreviatedInside = (word: Token, index: number) => (index < words.length - 1 && /^\p{Lu}\p{Ll}{1,2}\.$/u.test(word.text)) || (index > 0 && /^(Jr|Sr)\.$/.test(word.text));
  if (words.length <= 5 && words.every((word, index) => /^\p{Lu}[\p{L}'-]*$/u.test(word.text) || NAME_PARTICLES.has(word.lower) || isParticleName(word) || abbreviatedInside(word, index))) {
    const name = words.filter((word) => !HONORIFICS.has(word.lower));
    const nameText = joinTokens(name);
    // "Civic Renewal", "Human Rights": common nouns in capitals name a movement, not a person; so does a head word
    // or a state's name inside ("Ballot Watch Nigeria", "Transparency International Kenya").
    // So does an acronym inside ("Air France-KLM"); a regnal number is a person's ("Charles III").
    // ("Christian Schmidt": a word that is also a first name counts only after the first.)
    // ("PetroVietnam Power": so does a word with a capital inside, a brand's.)
    const institutional = name.some((word, index) => (NON_PERSON_WORDS.has(word.lower) && !(index === 0 && FIRST_NAME_WORDS.has(word.lower))) || ORGANIZATION_HEADS.has(word.lower) || GOVERNMENT_BODY_HEADS.has(word.lower) || /(^|-)(?![IVX]+\b)\p{Lu}{3,}\b/u.test(word.text) || isInnerCapitalWord(word.text));
    // ("Lesbia Montenegro Cruz": a state's name in the middle, before a surname, is a person's name too.)
    if (name.length > 1 && (institutional || countryByName(name.at(-1)!.text))) {
      return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(nameText)}`, name: nameText }];
    }
    if (name.length === 1) return [{ ...base, form: 'bare', key: `bare:${lookupKey(nameText)}`, name: nameText }];
    // "Kosovo Serbs": a people named with where they live is a group that acts, not a person.
    if (isPeoplePlural(name.at(-1)!.text)) return [{ ...base, form: 'name', kind: 'Group', key: `group:${lookupKey(nameText)}`, name: nameText }];
    // "India's Jal Shakti minister": a portfolio between a state's possessive and "minister" names no one.
    const owner = tokens[start - 1];
    if (owner?.possessive && countryByName(owner.text) && /^(minister|ministry|secretary|department)$/.test(tokens[end]?.lower ?? '') && !tokens[end].capitalized) return [];
    // "the president of Tarvo Republika", "a member of Civic Renewal": what an office is of is a body or a state, no
    // person (a state-like one when it has a head of state).
    // ("the leader of the pro-Serbian X", "the head of the nationalist X": "the" and one lower-case adjective may come
    // between; "deputy chairman of the cabinet X" has a noun there, the office's.)
    const adjectiveAfterOf = tokens[start - 1] && !tokens[start - 1].capitalized && /-|(ist|ian|ic|al|ive)$/.test(tokens[start - 1].lower) && tokens[start - 2]?.lower === 'the' && tokens[start - 3]?.lower === 'of';
    const office = tokens[start - 1]?.lower === 'of' ? officeBefore(tokens, start - 1) : adjectiveAfterOf ? officeBefore(tokens, start - 3) : undefined;
    if (office) return [STATE_OFFICES.test(office) ? bodyMention(base, nameText, undefined) : { ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(nameText)}`, name: nameText }];
    // "the Shining Path", "the Islamic Emirate said", "on the Blue Nile": "the" stands before no person's name (a
    // title would come between: "the late President X"); after a locative it is a place, else an organisation.
    if (tokens[start - 1]?.lower === 'the') {
      const opener = tokens[start - 2]?.lower ?? '';
      // ("the Bab el-Mandeb strait", "the Ras Doumeira peninsula": so is one that a lower-case geographic noun follows.)
      const feature = tokens[end] && !tokens[end].capitalized && GEOGRAPHIC_NOUNS.has(tokens[end].lower);
      if (LOCATIVE.has(opener) || opener === 'on' || feature) return [placeMention(base, words)];
      return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(nameText)}`, name: nameText }];
    }
    // "Rio Tinto, which owns the mine, …", "X, whose fighters hold the town, …": a relative "which" or a "whose" of
    // members says the name is no person's ("Ana Ruiz, who …" is); "X, which lies on the coast" is a place.
    const relative = tokens[end]?.text === ',' ? tokens[end + 1] : undefined;
    const organisation: Mention = { ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(nameText)}`, name: nameText };
    if (relative?.lower === 'which') return /^(lies|lay|borders|bordered|straddles|sits|stretches)$/.test(tokens[end + 2]?.lower ?? '') ? [placeMention(base, words)] : [organisation];
    if (relative?.lower === 'whose' && /^(fighters|members|troops|militants|leaders?|shares|shareholders|founder|forces)$/.test(tokens[end + 2]?.lower ?? '')) return [organisation];
    if (namesWeapon(tokens, end)) return [];
    return [{ ...base, form: 'name', kind: 'Person', key: `person:${lookupKey(nameText)}`, name: nameText }];
  }
  return [];
}

/** The lower-case office that ends right before `of` ("the president" in "the president of X"), or undefined. */
function officeBefore(tokens: Token[], of: number): string | undefined {
  for (let length = 3; length >= 1; length--) {
    const words = tokens.slice(of - length, of);
    if (words.length < length || words.some((word) => word.punct || word.capitalized)) continue;
    const phrase = words.map((word) => word.lower).join(' ');
    if (titleRelation(phrase) || phrase === 'member') return phrase;
  }
  return undefined;
}

/** The state named at the start of a chunk, by demonym ("North Korean") or name ("North Korea's"). */
function statePrefix(words: Token[]): { length: number; code: string; name: string; demonym: boolean } | undefined {
  for (let length = Math.min(3, words.length); length >= 1; length--) {
    const text = joinTokens(words.slice(0, length));
    const demonym = countryByDemonym(text);
    if (demonym) return { length, code: demonym.code, name: demonym.name, demonym: true };
    // A state's name is a prefix only when something follows it, or it is possessive ("Chile's"); and not when it
    // opens its capital's name ("the Mexico City Memorandum").
    const country = (length < words.length || words[length - 1].possessive) && !countryByCapital(joinTokens(words.slice(0, length + 1))) && countryByName(text);
    if (country) return { length, code: country.code, name: country.name, demonym: false };
  }
  return undefined;
}

/** What follows a state prefix: a body, a title and person, a group, or the state acting. */
function classifyAfterState(sentence: number, tokens: Token[], start: number, chunkEndIndex: number, state: Mention, demonym: boolean): Mention[] | undefined {
  if (start < chunkEndIndex) {
    const title = titleAt(tokens, start, chunkEndIndex);
    if (title) {
      const people = classifyChunk(sentence, tokens, title.end, chunkEndIndex);
      const person = personAfterTitle(people);
      if (person) {
        person.kind = 'Person';
        person.title = { title: title.title, relation: title.relation, of: state };
        state.modifier = true;
        return [state, ...people];
      }
    }
    const rest = classifyChunk(sentence, tokens, start, chunkEndIndex).map((mention) =>
      // "the Lusanian Navy": a lone head word after a state is that state's body, not a short reference; a company's
      // head word is a company's name ("Nippon Steel").
      mention.form !== 'description' || mention.start !== start
        ? mention
        : GOVERNMENT_BODY_HEADS.has(mention.name.toLowerCase())
          ? bodyMention(mention, mention.name, undefined)
          : { ...mention, form: 'name' as const, kind: 'Organization' as const, key: `org:${lookupKey(mention.name)}` },
    );
    for (const [index, mention] of rest.entries()) {
      // "Russia's Federal Security Service", "Nigeria's electoral Commission": a council, commission, agency or
      // service a state owns is a body of that state (its news agencies stay organisations, as MODEL.md has them).
      // ("the Norwegian Refugee Council", "the Danish Refugee Council": a council named with a state's adjective and a
      // cause no state keeps a body for is an organisation; "the Russian Security Council" is the state's.)
      const charity = demonym && !state.possessive && /^(council|committee)$/.test(mention.name.split(/\s+/).at(-1)!.toLowerCase()) && !isStateBodyName(mention.name.toLowerCase().split(/\s+/));
      if (mention.kind === 'Organization' && mention.start === start && isAmbiguousBody(mention.name) && !charity) {
        // ("the Kenya Dairy Board": a state's name run into the body's is part of its name.)
        const runInto = !state.possessive && !demonym;
        const name = runInto ? joinTokens(tokens.slice(state.start, mention.end)) : mention.name;
        rest[index] = bodyMention(runInto ? { ...mention, text: name } : mention, name, state.state);
        continue;
      }
      if (mention.kind === 'Government' && mention.key.startsWith('body:')) {
        mention.state = state.state;
        mention.key = mention.key.replace('body:?:', `body:${state.state}:`);
        mention.text = joinTokens(tokens.slice(state.start, mention.end));
      }
    }
    return [state, ...rest];
  }
  // Lower-case words after the state: "South Korean authorities", "North Korean troops", "South Korea's unification ministry".
  // After a bare name they are the sentence going on ("Lusania sent three navy ships"), not a description.
  // ("The Guinea-Bissau army said": after "the", a state's name is an adjective.)
  if (!demonym && !state.possessive && tokens[state.start - 1]?.lower !== 'the') return undefined;
  // "Peru's Senate", "Chile's Congress": a capitalised one-word body after a state's possessive, alone, is its body.
  const capitalBody = state.possessive ? tokens[chunkEndIndex] : undefined;
  const following = tokens[chunkEndIndex + 1];
  if (capitalBody?.capitalized && SINGLE_WORD_BODIES.has(capitalBody.lower) && !(following?.capitalized && !following.punct)) {
    const end = chunkEndIndex + 1;
    const text = surfaceText(tokens.slice(state.start, end));
    const mention = bodyMention({ sentence, start: state.start, end, text, possessive: capitalBody.possessive }, capitalBody.lower, state.state);
    mention.name = text;
    return [mention];
  }
  const after = lowerCasePhrase(tokens, chunkEndIndex, 3);
  // "the Qaderian port of Sidrah": a place of that state.
  const placeType = tokens[chunkEndIndex];
  if (placeType && AREA_WORDS.has(placeType.lower) && tokens[chunkEndIndex + 1]?.lower === 'of' && tokens[chunkEndIndex + 2]?.capitalized) {
    const nameStart = chunkEndIndex + 2;
    const nameEnd = chunkEnd(tokens, nameStart);
    const words = tokens.slice(nameStart, nameEnd);
    const place = placeMention({ sentence, start: nameStart, end: nameEnd, text: joinTokens(words), possessive: words.at(-1)!.possessive }, words);
    place.locatedIn = state;
    state.modifier = true;
    return [state, place];
  }
  for (let length = after.length; length >= 1; length--) {
    const phrase = after.slice(0, length).map((token) => token.lower).join(' ');
    const end = chunkEndIndex + length;
    const text = surfaceText(tokens.slice(state.start, end));
    if (STATE_ACTOR_NOUNS.has(phrase)) return [{ ...state, end, text }];
    if (GROUP_NOUNS.has(phrase)) {
      const demonymText = demonym ? state.text : state.name;
      // Soldiers, troops and forces of one state are one group; fishermen and exporters are groups of their own.
      const noun = FORCE_GROUP_NOUNS.has(phrase) ? 'troops' : phrase;
      return [{ ...state, end, text, kind: 'Group', key: `group:${state.state}:${noun}`, name: `${demonymText} ${noun}`, possessive: tokens[end - 1].possessive }];
    }
    // "the Iranian news agency", "the Chinese state news agency": a state's outlet is an organisation (MODEL.md), named
    // or not by the words after, and no body of the state.
    if (length > 1 && after[length - 1].lower === 'agency' && after.slice(0, length - 1).some((token) => MEDIA_WORDS.has(token.lower))) {
      state.modifier = true;
      return [state];
    }
    // ("Australian offers of police": a phrase whose body word stands after a preposition is headed before it.)
    const headed = !after.slice(0, length - 1).some((token) => PREPOSITIONS.has(token.lower));
    const body = (Object.hasOwn(STATE_BODY_NOUNS, phrase) ? STATE_BODY_NOUNS[phrase] : undefined) ?? (headed && GOVERNMENT_BODY_HEADS.has(after[length - 1].lower) && (length > 1 || SINGLE_WORD_BODIES.has(phrase)) ? phrase : undefined);
    if (body) {
      const mention = bodyMention({ sentence, start: state.start, end, text, possessive: tokens[end - 1].possessive }, body, state.state);
      // Named as written ("North Korean military"); the key still matches "North Korea's armed forces".
      if (!/\b(ministry|department)$/.test(phrase)) mention.name = text;
      return [mention];
    }
    const title = titleRelation(phrase);
    if (title) {
      // "Iran's foreign ministry spokesman": the office is the ministry's, and the ministry is named too.
      const body = bodyInTitle(sentence, tokens, state, chunkEndIndex, length);
      const owner = body ?? state;
      const person = classifyChunk(sentence, tokens, end, chunkEnd(tokens, end));
      const found = personAfterTitle(person);
      if (found && tokens[end]?.capitalized) {
        found.kind = 'Person';
        found.title = { title: phrase, relation: title, of: owner };
        state.modifier = true;
        return [state, ...(body ? [body] : []), ...person];
      }
      // "Colombia's president, Gustavo Petro,": the name after the comma holds the office; so it does after
      // "Britain's ambassador to the UN, James Whitlow," (where the UN is named too).
      let comma = end;
      // "Qatar's prime minister and foreign minister, Sheikh Mohammed …,": two offices, one holder.
      if (tokens[end]?.lower === 'and') {
        let after = end + 1;
        while (after < end + 4 && tokens[after] && !tokens[after].capitalized && !tokens[after].punct) after++;
        if (after > end + 1 && tokens[after]?.text === ',' && titleRelation(tokens.slice(end + 1, after).map((token) => token.lower).join(' '))) comma = after;
      }
      const posting: Mention[] = [];
      if (/^(to|at)$/.test(tokens[end]?.lower ?? '')) {
        const nameStart = tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
        const nameEnd = tokens[nameStart]?.capitalized ? chunkEnd(tokens, nameStart) : nameStart;
        if (nameEnd > nameStart) {
          posting.push(...classifyChunk(sentence, tokens, nameStart, nameEnd).filter((mention) => mention.kind !== 'Person'));
          comma = nameEnd;
        }
      }
      if (tokens[comma]?.text === ',' && tokens[comma + 1]?.capitalized) {
        const named = classifyChunk(sentence, tokens, comma + 1, chunkEnd(tokens, comma + 1));
        const holder = personAfterTitle(named);
        if (holder && holder.form !== 'bare') {
          holder.title = { title: phrase, relation: title, of: owner };
          state.modifier = true;
          return [state, ...(body ? [body] : []), ...posting, ...named];
        }
      }
      // "North Korea's supreme leader" with no name: a description of the person who leads the state.
      if (title !== 'LEADS') return undefined;
      const described = surfaceText(tokens.slice(state.start, end));
      state.modifier = true;
      return [
        state,
        { sentence, start: chunkEndIndex, end, text: described, form: 'description', kind: 'Person', key: `leader:${state.state}`, name: described, possessive: tokens[end - 1].possessive, title: { title: phrase, relation: title, of: state } },
      ];
    }
  }
  return undefined;
}

/** The body whose office a lower-case title after a state names ("foreign ministry" in "foreign ministry spokesman"). */
function bodyInTitle(sentence: number, tokens: Token[], state: Mention, from: number, length: number): Mention | undefined {
  if (length < 2 || RANK_WORDS.has(tokens[from].lower)) return undefined;
  const words = tokens.slice(from, from + length - 1);
  const phrase = words.map((token) => token.lower).join(' ');
  const name = Object.hasOwn(STATE_BODY_NOUNS, phrase) ? STATE_BODY_NOUNS[phrase] : GOVERNMENT_BODY_HEADS.has(words.at(-1)!.lower) && words.length > 1 ? phrase : undefined;
  if (!name) return undefined;
  const end = from + length - 1;
  return bodyMention({ sentence, start: state.start, end, text: surfaceText(tokens.slice(state.start, end)), possessive: false }, name, state.state);
}

/** Tokens as written, possessives included except on the last ("North Korea's supreme leader"). */
function surfaceText(tokens: Token[]): string {
  return tokens.map((token, index) => (token.possessive && index < tokens.length - 1 && !token.text.endsWith("'") ? `${token.text}'s` : token.text)).join(' ');
}

function lowerCasePhrase(tokens: Token[], start: number, max: number): Token[] {
  const phrase: Token[] = [];
  for (let i = start; i < tokens.length && phrase.length < max; i++) {
    const token = tokens[i];
    if (token.punct || token.capitalized) break;
    phrase.push(token);
    if (token.possessive) break;
  }
  return phrase;
}

/** A title at `start` (longest match first): "Foreign Minister", "President", "Mr". */
function titleAt(tokens: Token[], start: number, end: number): { title: string; relation: TitleRelation; end: number } | undefined {
  for (let length = Math.min(3, end - start - 1); length >= 1; length--) {
    const phrase = tokens.slice(start, start + length).map((token) => token.lower).join(' ');
    const relation = titleRelation(phrase);
    if (relation) return longerTitle(tokens, start, start + length, end) ?? { title: phrase, relation, end: start + length };
    if (length === 1 && HONORIFICS.has(phrase.replace(/\.$/, ''))) return { title: phrase, relation: 'MEMBER_OF', end: start + 1 };
  }
  return undefined;
}

/**
 * "NATO Secretary General X": "NATO Secretary" reads as an office ("… secretary"), but its last word opens a longer
 * one with the next word ("secretary general"), and that office is the one held.
 */
function longerTitle(tokens: Token[], start: number, at: number, end: number): { title: string; relation: TitleRelation; end: number } | undefined {
  const pair = `${tokens[at - 1].lower} ${tokens[at]?.lower ?? ''}`;
  if (at + 1 >= end || !Object.hasOwn(TITLES, pair)) return undefined;
  return { title: tokens.slice(start, at + 1).map((token) => token.lower).join(' '), relation: TITLES[pair], end: at + 1 };
}

/** "the ruling All Progressives Congress": mid-sentence, a capitalised "All" or "New" is part of a name. */
function opensNameMidSentence(tokens: Token[], start: number): boolean {
  const previous = tokens[start - 1];
  // "in The Hague": a capital "The" mid-sentence belongs to the name it opens.
  return Boolean(previous && !previous.punct && !previous.capitalized) && /^(all|new|the)$/.test(tokens[start].lower) && tokens[start].capitalized && Boolean(tokens[start + 1]?.capitalized);
}

/** Words before a government's name that say it holds no state ("the shadow National Unity Government"). */
const UNSEATED_GOVERNMENT_WORDS = new Set(['shadow', 'exiled', 'opposition', 'parallel', 'rebel', 'self-declared', 'self-proclaimed']);

/** Verbs and participles before "in" that say where a body is seated ("which sits in X", "registered in X"). */
const SEATED_WORDS = new Set(['sits', 'sit', 'sat', 'sitting', 'based', 'registered', 'headquartered', 'located', 'seated', 'incorporated', 'domiciled']);

/** Heads of institutions whose name "in <state>" says where they stand, not what the state does. */
const SEATED_INSTITUTIONS = new Set(['institute', 'university', 'school', 'college', 'academy', 'centre', 'center', 'hospital', 'museum']);

/** "New Delhi", "New Zealand": a word that is no name on its own opens the name of a state or capital. */
function opensPlaceName(tokens: Token[], start: number, end: number): boolean {
  // "Second Thomas Shoal", "the Third Committee": an ordinal opens the name of a place or a body that a head word ends.
  if (/^(first|second|third|fourth|fifth|sixth)$/.test(tokens[start].lower) && end - start >= 2 && isHeadWord(tokens[end - 1].lower) && start > 0 && !tokens[start - 1].punct) return true;
  for (let length = 2; length <= Math.min(3, end - start); length++) {
    const text = joinTokens(tokens.slice(start, start + length));
    if (countryByName(text) || countryByCapital(text) || countryByDemonym(text)) return true;
  }
  return false;
}

/** The body or state named at the start of a title ("Foreign Ministry spokesman"), and the office after it. */
function ownerInTitle(sentence: number, tokens: Token[], start: number, end: number): { mention: Mention; title: string } | undefined {
  for (let split = start + 1; split < end; split++) {
    const office = tokens.slice(split, end).map((token) => token.lower).join(' ');
    if (!titleRelation(office) || !tokens[split - 1].capitalized || RANK_WORDS.has(tokens[start].lower)) continue;
    const owner = classifyChunk(sentence, tokens, start, split);
    const mention = owner.length === 1 ? owner[0] : undefined;
    if (mention && mention.form === 'name' && isNamedBody(mention)) return { mention, title: office };
  }
  return undefined;
}

/** A state, a state's body, or an organisation named by its head word or acronym ("Vice Foreign" is none). */
function isNamedBody(mention: Mention): boolean {
  if (mention.key.startsWith('state:') || mention.key.startsWith('body:')) return true;
  const last = mention.name.split(/\s+/).at(-1)!;
  return mention.kind === 'Organization' && (ORGANIZATION_HEADS.has(last.toLowerCase()) || /^\p{Lu}{2,}$/u.test(last));
}

/** The first of the mentions after a person's title that names the person; one read as a body's is made a person's. */
function personAfterTitle(mentions: Mention[]): Mention | undefined {
  const person = mentions.find(namesPersonAfterTitle);
  if (person && person.kind !== 'Person' && person.form !== 'bare') Object.assign(person, { kind: 'Person', key: `person:${lookupKey(person.name)}`, state: undefined });
  return person;
}

/**
 * Whether a mention after a person's title names the person: a person's or a bare name, or ("President Duma Boko") a
 * short name read as a body's for a word that is also a head word, when no head word ends it.
 */
function namesPersonAfterTitle(mention: Mention): boolean {
  if (mention.kind === 'Person' || mention.form === 'bare') return true;
  if (mention.form !== 'name' || (mention.kind !== 'Organization' && mention.kind !== 'Government') || mention.key.startsWith('state:')) return false;
  const words = mention.text.split(/\s+/);
  // (Only its first word may be a common noun: "Homeland Security", "Bougainville Affairs" are portfolios.)
  return words.length >= 2 && words.length <= 3 && words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word)) && !words.slice(1).some((word) => isCommonNameWord(word.toLowerCase())) && !countryByName(words[0]);
}

/** Words of institutions' names that are first names too ("Christian Democrats", "Christian Schmidt"). */
const FIRST_NAME_WORDS = new Set(['christian']);

/** One-word bodies a demonym or possessive names on its own ("the Borovian presidency", "Iran's parliament"). */
const SINGLE_WORD_BODIES: ReadonlySet<string> = new Set(['presidency', 'parliament', 'cabinet', 'senate', 'congress', 'judiciary', 'legislature', 'embassy', 'consulate', 'police']);

/** A name with a treaty word after it; an organisation in the name is mentioned too ("the United Nations charter"). */
function treatyAfterName(sentence: number, tokens: Token[], start: number, end: number, nameEnd: number): Mention[] {
  while (start < end - 1 && isNonName(tokens, start)) start++;
  const text = joinTokens(tokens.slice(start, end));
  const treaty = treatyMention({ sentence, start, end, text, possessive: tokens[end - 1].possessive }, text);
  const owner = classifyChunk(sentence, tokens, start, nameEnd).filter((mention) => mention.kind === 'Organization');
  return [...owner.map((mention) => ({ ...mention, modifier: true })), treaty];
}

/** A name headed by a word states and international bodies share (council, commission, agency, office, service …), not news. */
export function isAmbiguousBody(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  // ("General Authority for the Suez Canal Economic Zone": the head stands before its first connector.)
  const of = words.findIndex((word) => CONNECTORS_AFTER_HEAD.has(word));
  const head = of > 0 ? words[of - 1] : words.at(-1)!;
  return AMBIGUOUS_BODY_HEADS.has(head) && !words.some((word) => MEDIA_WORDS.has(word));
}

function bodyMention(base: Pick<Mention, 'sentence' | 'start' | 'end' | 'text' | 'possessive'>, name: string, state: string | undefined): Mention {
  const key = bodyKey(name);
  return { ...base, form: 'name', kind: 'Government', key: `body:${state ?? '?'}:${key}`, name: bodyName(name), state };
}

function placeMention(base: Pick<Mention, 'sentence' | 'start' | 'end' | 'text' | 'possessive'>, words: Token[]): Mention {
  // "the Cross River State government": a region the article shows governing itself is that government, suffix or not.
  const region = words.length > 1 && PLACE_SUFFIXES.has(words.at(-1)!.lower) ? countryByName(joinTokens(words.slice(0, -1))) : undefined;
  if (region && isRegionalGovernment(region.code)) return { ...base, form: 'name', kind: 'Government', key: `state:${region.code}`, name: region.name, state: region.code };
  return { ...base, form: 'name', kind: 'Place', key: `place:${placeKey(joinTokens(words))}`, name: joinTokens(words) };
}
