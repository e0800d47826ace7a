// What kind of thing a capitalised chunk names (state, body, organisation, place, person, treaty, event …), read from
// the gazetteer, its head word and the words around it; `classifyChunk` is the entry, the rest serve it and stateNames.ts.
import { countryByCapital, countryByDemonym, countryByName, countryBySeat, isLanguageName, isMemberState, isPeoplePlural, isPeopleWord, isRegionalGovernment, isWorldRegion, lookupKey } from './gazetteer.ts';
import { joinTokens, type Token } from './tokens.ts';
import { EVENT_HEADS, COMMON_ACRONYMS, CURRENCY_NOUNS, CURRENCY_NOUNS_ALSO_VERBS } from './lexicon/capitalisedWords.ts';
import {
  GOVERNMENT_BODY_HEADS,
  COLLECTIVE_SPEAKERS,
  STATE_ACTOR_NOUNS,
  INTERNATIONAL_BODY_HEADS,
  LEGISLATURE_NAMES,
  CHANCELLERY_STATES,
  STATE_NAMED_MOVEMENTS,
  CHAMBER_MEMBERS,
  MEDIA_WORDS,
  ORGANIZATION_HEADS,
  PLACE_HEADS,
  PLACE_SUFFIXES,
  NON_PERSON_WORDS,
  ORGANIZATION_DESCRIPTORS,
  STATE_BODY_DOMAINS,
  STATE_BODY_OPENERS,
  COMPASS_ADJECTIVES,
  TREATY_HEADS,
  TREATY_SET_HEADS,
  GROUP_NOUNS,
  COMPANY_PLURALS,
  ORGANISATION_PLURALS,
  ACTING_COLLECTIVES,
  COMPANY_NAME_WORDS,
} from './lexicon/headWords.ts';
import { NEWS_ORGANIZATIONS } from './lexicon/newsOrganizations.ts';
import {
  BLOC_ADJECTIVES,
  BLOC_COLLECTIVES,
  FOREIGN_PLACE_PREFIXES,
  MISSION_KINDS,
  POSTING_WORDS,
  REBEL_NOUNS,
  SEAT_NOUNS,
  STATE_ORGAN_NOUNS,
  SHARED_SEAT_NAMES,
  FOREIGN_STATE_BODY_OPENERS,
  SENT_FROM_NOUNS,
  AIMED_AT_WORDS,
  OUT_AT_VERBS,
  SWEARING_VERBS,
  HANDING_VERBS,
} from './lexicon/nameCues.ts';
import { COURTESY_TITLES, HONORIFICS, RANK_WORDS, STATE_OFFICES, TITLES, isPortfolioWord, titleRelation, type TitleRelation } from './lexicon/titles.ts';
import { listOpener, STRIKE_VERBS, TERRITORY_VERBS, isTransitObject, COMPASS_WORDS, LOCATIVE, isPlaceByContext, isCompanyByContext, isTreatyByApposition, isTreatyByParties, GEOGRAPHIC_NOUNS } from './nameContext.ts';
import { treatyMention } from './lowerCaseTreaties.ts';
import { isInnerCapitalWord, isIntroducedAsPerson } from './personCues.ts';
import { isCommonNameWord, nameAfterPortfolio, nameAfterTitledState } from './portfolioNames.ts';
import { isShipName } from './creditsAndShips.ts';
import { expandUnitedNations, organizationKey, bodyKey, bodyName, placeKey } from './mentionKeys.ts';
import { isAcronym } from './acronyms.ts';
import { CONNECTORS_AFTER_HEAD, NAME_PREPOSITIONS, AMBIGUOUS_BODY_HEADS, PLACE_PREFIXES, FOREIGN_CONNECTORS, NAME_PARTICLES, COMPOUND_MODIFIER } from './lexicon/nameWords.ts';
import { isHeadWord, isOfficeOfTitle, isParticleName, isNonName, isTitleAt } from './nameChunks.ts';
import type { Mention } from './mentions.ts';
import { statePrefix, classifyAfterState } from './stateNames.ts';

/** Nouns for a piece of land or sea before "of the <name>" ("the waters of the Tarn Banks", "the shores of the X"). */
const PLACE_PIECES = new Set(['waters', 'shores', 'coast', 'coasts', 'edge', 'mouth', 'banks', 'floor', 'north', 'south', 'east', 'west', 'centre', 'center', 'heart', 'rest', 'part', 'parts', 'side', 'tip', 'foothills', 'slopes', 'length']);
/** Levels of a state's courts ("Constitutional Court", "District Court"); international courts are named otherwise. */
const COURT_LEVELS = new Set(['constitutional', 'high', 'district', 'appeals', 'appellate', 'military', 'administrative', 'provincial', 'municipal', 'magistrates', "magistrates'", 'county', 'superior']);
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

/** Levels of government that open an office's title ("State Senator", "Provincial Governor"), no body's name. */
const GOVERNMENT_LEVELS = new Set(['state', 'provincial', 'regional', 'federal', 'municipal', 'local', 'district', 'national', 'county', 'city']);

/** Nouns after a name that make it the name of an event, not of a person ("the Han Kuang exercises"). */
const EVENT_NOUNS_AFTER = new Set(['exercise', 'exercises', 'drill', 'drills', 'operation', 'offensive', 'campaign', 'festival', 'games', 'tournament', 'marathon', 'conference', 'summit', 'dialogue', 'initiative', 'programme', 'program', 'project']);
/** Nouns for ships before their names ("the tanker Sea Lark"): a ship is no actor of the model. */
const VESSEL_NOUNS = new Set(['tanker', 'tankers', 'vessel', 'vessels', 'ship', 'ships', 'freighter', 'freighters', 'trawler', 'trawlers', 'frigate', 'destroyer', 'warship', 'yacht', 'ferry', 'submarine', 'boat', 'boats']);
/** Words before a name that make it a code name of an operation or exercise ("code-named Spring Shield"). */
const CODE_NAME_WORDS = new Set(['code-named', 'codenamed', 'dubbed', 'code-name', 'codename']);

/** Nouns of what a people or a continent has, after which "in <adjective>" names no place ("in European ports"). */
const ADJECTIVE_NOUNS = new Set(['waters', 'ports', 'port', 'territory', 'territories', 'soil', 'airspace', 'coast', 'coasts', 'seas', 'markets', 'cities', 'towns', 'villages', 'islands', 'capitals', 'countries', 'states', 'courts', 'prisons', 'custody', 'hands', 'schools', 'hospitals', 'companies', 'firms', 'banks', 'media', 'regions', 'provinces', 'borders']);

/** Words before "in <capital>" that make the capital its state, when the state is named just before ("said in Beijing"). */
const OWN_CAPITAL_CUES = new Set(['said', 'says', 'told', 'announced', 'ministry', 'presidency', 'office']);
/** The state's bodies that, named before "in <capital>", speak for the state there. */
const OWN_CAPITAL_BODIES = new Set(['ministry', 'presidency', 'office', 'government']);
/** Plural area nouns that a region's name can stand before as an adjective ("the Pacific ports", "Atlantic islands"). */
const AREA_PLURAL_NOUNS = new Set(['ports', 'cities', 'towns', 'islands', 'coasts', 'states', 'countries', 'nations', 'capitals']);
/** Words that end the subject of "told X" when X is an outlet: unnamed sources ("people familiar with the matter told X"). */
const SOURCE_WORDS = new Set(['matter', 'sources', 'source', 'people', 'person', 'witnesses', 'anonymity', 'officials', 'diplomats', 'residents', 'plans', 'talks', 'situation', 'discussions']);

/** True when the words before `and` are an office's portfolio: "Minister of Electricity" before "and Renewable Energy". */
function isPortfolioBefore(tokens: Token[], and: number): boolean {
  let at = and - 1;
  while (at > 0 && tokens[at].capitalized && !tokens[at].punct && and - at <= 3) at--;
  const connector = tokens[at];
  return Boolean(connector && (connector.lower === 'of' || connector.lower === 'for') && at < and - 1 && tokens[at - 1]?.capitalized && titleRelation(tokens[at - 1].lower));
}

/** "Federal Security Service", "National Security Council": a council, agency or service that only a state has. */
export function isStateBodyName(words: string[]): boolean {
  // "Workers' Party Central Committee": an organ of a party is one of the state it rules.
  return STATE_BODY_OPENERS.has(words[0]) || words.some((word) => STATE_BODY_DOMAINS.has(word)) || words.some((word) => /^party('s)?$/.test(word));
}

export function classifyChunk(sentence: number, tokens: Token[], start: number, end: number): Mention[] {
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
  // ("the Minister of Public Works, X": nor a portfolio of its common nouns after "of" or "for".)
  if (/^(of|for)$/.test(tokens[start - 1]?.lower ?? '') && tokens[start - 2] && titleRelation(tokens[start - 2].lower) && tokens.slice(start, end).every((word) => isPortfolioWord(word.lower) || word.lower === 'and')) return [];
  // "Minister of Energy and Mines Kham Vorn": a portfolio after a title, then the holder's name.
  const holder = nameAfterPortfolio(tokens, start, end);
  const held = holder && classifyChunk(sentence, tokens, holder.start, end);
  const person = held ? personAfterTitle(held) : undefined;
  if (held && person) {
    person.kind = 'Person';
    person.title = { title: holder.title, relation: holder.relation };
    return held;
  }
  // "President of Mauritius Ilo Varra", "UN special envoy for Syria X": a state after a title's "of" or "for", then the
  // holder's name — the state the holder leads or serves, or (after "for") only the brief, no actor.
  const briefed = nameAfterTitledState(tokens, start, end);
  if (briefed) {
    const states = classifyChunk(sentence, tokens, start, briefed.stateEnd);
    const named = classifyChunk(sentence, tokens, briefed.stateEnd, end);
    const holderMention = personAfterTitle(named);
    // (A world region as the brief, "senior advisor for Africa X", is no mention at all.)
    if (holderMention && (states.length === 1 || (states.length === 0 && briefed.connector === 'for'))) {
      holderMention.kind = 'Person';
      holderMention.title = { title: briefed.title, relation: briefed.relation, ...(briefed.connector === 'of' ? { of: states[0] } : {}) };
      if (briefed.connector === 'for' && states.length) states[0].modifier = true;
      return [...states, ...named];
    }
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
  // whose first part has words of its own ("the Port Moresby-based Pacific Rights Network", "the New York-based Human
  // Rights Watch", "Hong Kong-based Cathay Pacific").
  const modifierEnd = start + 1 + tokens.slice(start, end - 1).findIndex((token) => COMPOUND_MODIFIER.test(token.text));
  if (end - start > 1 && modifierEnd > start) {
    const rest = classifyChunk(sentence, tokens, modifierEnd, end);
    // "the al-Qaeda-linked al-Shabaab": what is linked to an organisation is one too, never a person.
    // ("London-listed X", "the Oslo-based X": so is what is listed, registered or based somewhere, a company.)
    // ("the Canadian-owned X": so is what a state's people own, a company.)
    if (/-(linked|affiliated|listed|registered|incorporated|based|headquartered|owned)$/i.test(tokens[modifierEnd - 1].text)) {
      for (const [index, mention] of rest.entries()) {
        if (mention.form === 'bare' || mention.kind === 'Person') rest[index] = { ...mention, form: 'name', kind: 'Organization', key: `org:${lookupKey(mention.name)}` };
      }
    }
    return [...classifyChunk(sentence, tokens, start, modifierEnd), ...rest];
  }
  // "a Hong Kong-based executive": where someone is based is a place; "U.S.-brokered", "Saudi-led": a modifier.
  const compound = COMPOUND_MODIFIER.exec(text);
  if (compound) {
    const name = text.slice(0, compound.index);
    const suffix = compound[1];
    const named = { ...base, text: name };
    const owner = countryByName(name) ?? countryByDemonym(name);
    // ("a United Arab Emirates-based company": a member state is its state wherever it is named, not a place; a
    // city-state or a territory stays one.)
    const sited = /^(based|born|headquartered|listed|registered|incorporated)$/i.test(suffix);
    if (sited && !(owner && isMemberState(owner.code) && !countryByCapital(name))) return [{ ...named, form: 'name', kind: 'Place', key: `place:${placeKey(name)}`, name }];
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
    // "the Doha talks", "the Pretoria deal": a capital after "the", before a lower-case noun, names where a thing was
    // held or made ("the Kinshasa government" is the state's).
    const next = tokens[end];
    const attributive = previous?.lower === 'the' && next && !next.capitalized && !next.punct && !possessive && !STATE_ACTOR_NOUNS.has(next.lower) && !OWN_CAPITAL_BODIES.has(next.lower);
    if (((previous && LOCATIVE.has(previous.lower)) || attributive || isPlaceByContext(tokens, start, end)) && !speakersBefore && !wordsFrom && !ownBody && !possessive) {
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
    // ("the English Channel", "the Mozambique Channel": a state's name before "Channel" alone names the sea's channel.)
    if (end - (start + prefix.length) === 1 && tokens[end - 1].lower === 'channel' && !stateMention.possessive) return [placeMention(base, words)];
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
  // ("Dirección General de Pesca": a rank after a foreign body's first word is part of its name.)
  const opensWithTitle = Boolean(title) || FOREIGN_STATE_BODY_OPENERS.has(tokens[start].lower);
  for (let at = start + 1; at < end - 1 && !opensWithTitle; at++) {
    const inner = titleAt(tokens, at, end);
    if (!inner || end - inner.end < 2 || !tokens.slice(inner.end, end).every((token) => /^\p{Lu}/u.test(token.text) || NAME_PARTICLES.has(token.lower) || isParticleName(token))) continue;
    let owner = classifyChunk(sentence, tokens, start, at).at(-1);
    // "Nato Secretary General Mark Rutte", "Opec Secretary General X": a one-word name before an office is its organisation.
    // ("State Representative X", "Provincial Governor X": a level of government before an office names no body.)
    const level = owner?.form === 'bare' && at - start === 1 && GOVERNMENT_LEVELS.has(owner.name.toLowerCase());
    // ("Borno Governor X": a name before a governor may be a region's, which entities.ts decides once all is read; not a
    // bank's short name, "Fed Governor X".)
    if (owner?.form === 'bare' && at - start === 1 && !level) owner = { ...owner, form: 'name', kind: 'Organization', key: `org:${lookupKey(owner.name)}`, beforeGovernor: inner.title.toLowerCase() === 'governor' && owner.name.length > 3 };
    // "Navy Capt. Zhao Lin": a bare service word before a rank names no body of its own.
    if (owner?.form === 'description' || level) {
      const people = classifyChunk(sentence, tokens, inner.end, end);
      const person = personAfterTitle(people);
      if (!person) break;
      person.kind = 'Person';
      person.title = { title: inner.title, relation: inner.relation };
      return people;
    }
    // ("Ondo State Governor X", "Kano State Governor X": a region's name before its governor, the region and the person.)
    const region = owner?.kind === 'Place' && /(^| )governor$/.test(inner.title.toLowerCase());
    if (!owner || (owner.kind !== 'Organization' && owner.kind !== 'Government' && !region)) break;
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
    // ("Kiribati's Police Commissioner": so is a state's service or a portfolio's word before a title.)
    if (tokens.slice(start, at).every((word) => NON_PERSON_WORDS.has(word.lower) || isPortfolioWord(word.lower) || (GOVERNMENT_BODY_HEADS.has(word.lower) && !LEGISLATURE_NAMES.has(word.lower)))) return [];
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
    // ("the General Agreement on Tariffs and Trade": so is one opening a treaty's.)
    if (!name.some((mention) => mention.kind === 'Government' || mention.kind === 'Organization' || mention.kind === 'Treaty' || mention.form === 'description')) return name;
  }

  if (words.length > 1 && !possessive && isTreatyByApposition(tokens, start, end)) return [treatyMention(base, text)];
  if (!possessive && !title && isTreatyByParties(tokens, start)) return [treatyMention(base, text)];
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
  // ("signed at the State House in Maseru": after a locative, the building itself, a place.)
  if (SHARED_SEAT_NAMES.has(lookupKey(text)) && !title) return [isAfterLocative(tokens, start) ? placeMention(base, words) : bodyMention(base, text, undefined)];
  if (words.length > 1 && FOREIGN_STATE_BODY_OPENERS.has(words[0].lower) && !title) return [bodyMention(base, text, undefined)];
  // ("the EU's naval mission Aspides": a mission of that kind too.)
  const mission = descriptor?.lower === 'mission' && MISSION_KINDS.has(tokens[start - 2]?.lower ?? '');
  // ("the giant Tengiz field": "giant" right after an article is an adjective; "energy giant X" names a company.)
  const adjectiveGiant = descriptor?.lower === 'giant' && /^(the|a|an)$/.test(tokens[start - 2]?.lower ?? '');
  // ("the state-owned X", "family-owned X", "state-run X": what is owned or run by someone is a company or an outlet;
  // land is "held" or "controlled", never "owned".)
  // (An outlet known by name is left to the outlets' list: "state-run KCNA" is the Korean Central News Agency.)
  const owned = Boolean(descriptor && /^[\p{Ll}]+-owned$|^state-run$/u.test(descriptor.text)) && !NEWS_ORGANIZATIONS.has(lookupKey(text));
  if (descriptor && !descriptor.capitalized && (ORGANIZATION_DESCRIPTORS.has(descriptor.lower) || mission || owned) && !possessive && !title && !adjectiveGiant) {
    return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text }];
  }
  // "Kaito Seiki and other equipment makers", "Kaito Seiki shares fell", "carmakers such as Brenhaus": a company.
  if (isCompanyByContext(tokens, start, end) && !title) {
    return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text }];
  }

  const news = NEWS_ORGANIZATIONS.get(lookupKey(text));
  if (news) return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(news)}`, name: news }];

  const heads = words.map((word) => word.lower);
  // "crossed the Marrow Channel", "in the Bashi Channel": a channel crossed, sailed or placed in is the sea's, no
  // broadcaster ("a report from the X Channel" may be one).
  if (words.length > 1 && heads.at(-1) === 'channel' && !possessive && isWaterwayContext(tokens, start)) return [placeMention(base, words)];
  // "Kenya Red Cross", "the Red Crescent": a Red Cross society is an organisation, whatever its last word alone says.
  if (heads.at(-2) === 'red' && /^(cross|crescent)$/.test(heads.at(-1)!)) return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text }];
  // (Before the head words: "Palais des Nations" is no organisation for its last word.)
  if (words.length > 2 && FOREIGN_PLACE_PREFIXES.has(heads[0]) && words.slice(1).some((word) => !word.capitalized)) return [placeMention(base, words)];
  // "Chamber of Commerce", "Institute for Policy Studies": the head of a name with a connector stands before it.
  // ("Convention against Torture": a treaty's head stands before "against" too.)
  const of = heads.findIndex((word, k) => CONNECTORS_AFTER_HEAD.has(word) || (word === 'against' && TREATY_HEADS.has(heads[k - 1] ?? '')));
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
  // "the latest West African state", "the Central American country", "Latin American leaders": a region's adjective
  // before a lower-case noun names nothing — a group is tied to a named state, body or people (docs/gold-format.md) —
  // save people acting through the region's one bloc of states ("Southeast Asian foreign ministers said": ASEAN).
  if (words.length === 2 && REGION_OPENERS.test(heads[0]) && /(ian|ean|can|ese)$/.test(heads[1]) && tokens[end] && !tokens[end].capitalized && !tokens[end].punct) {
    const collective = regionCollectiveEnd(tokens, end);
    const bloc = REGION_BLOCS[`${heads[0]} ${heads[1]}`];
    if (!collective || !bloc) return [];
    const phrase = joinTokens(tokens.slice(start, collective));
    return [{ ...base, end: collective, text: phrase, possessive: tokens[collective - 1].possessive, form: 'name', kind: 'Organization', key: `org:${lookupKey(bloc)}`, name: bloc }];
  }
  // "South Kivu", "West Bank": a compass word and one more name is a region.
  // ("the Southern Kurils", "Western Marra": so is a position adjective and one more name.)
  if (words.length === 2 && (/^(north|south|east|west)$/.test(heads[0]) || (COMPASS_ADJECTIVES.has(heads[0]) && heads[0] !== 'central')) && !countryByName(text) && (!ORGANIZATION_HEADS.has(heads[1]) || heads[1] === 'bank') && !GOVERNMENT_BODY_HEADS.has(heads[1]) && !NON_PERSON_WORDS.has(heads[1])) {
    return [placeMention(base, words)];
  }
  // ("Port Authority", "Lake Basin Commission": a body's head word at the end outweighs a place's in front.)
  if (PLACE_PREFIXES.has(heads[0]) && words.length > 1 && !ORGANIZATION_HEADS.has(head) && !GOVERNMENT_BODY_HEADS.has(head)) return [placeMention(base, words)];
  if (words.length === 1 && !LEGISLATURE_NAMES.has(head) && !Object.hasOwn(CHANCELLERY_STATES, head) && (GOVERNMENT_BODY_HEADS.has(head) || ORGANIZATION_HEADS.has(head))) {
    // "the Council", "the Ministry": a short name for a body named in full elsewhere.
    return [{ ...base, form: 'description', key: `description:${head}`, name: text }];
  }
  // "the Chamber of Deputies", "the House of Commons": a chamber named after its members is a state's legislature (a
  // "Chamber of Commerce" is none).
  if (words.length === 3 && /^(house|chamber)$/.test(heads[0]) && heads[1] === 'of' && CHAMBER_MEMBERS.has(heads[2])) return [bodyMention(base, text, undefined)];
  if (heads.some((word) => word === 'ministry' || word === 'department')) return [bodyMention(base, text, undefined)];
  // "Customs and Border Protection", "Civil Protection": a state's service named by its task (only after a service's
  // domain: "protection" alone is too common a word in names to be a body's head).
  if (of < 0 && head === 'protection' && heads.slice(0, -1).some((word) => STATE_BODY_DOMAINS.has(word) || word === 'civil')) return [bodyMention(base, text, undefined)];
  // "Armed Forces of the Philippines": a body named with its state after "of" is that state's.
  // What follows the connector, past "the" ("of the Philippines").
  const afterOf = heads[of + 1] === 'the' ? of + 2 : of + 1;
  const ownerAfterOf = of > 0 ? countryByName(joinTokens(words.slice(afterOf))) : undefined;

  // ("the Federation of Bosnia and Herzegovina": a federation named with its state is one of the state's entities.)
  // ("the National Election Board of Ethiopia": so is a board; an authority may be a state's company, left alone.)
  if (ownerAfterOf && (GOVERNMENT_BODY_HEADS.has(head) || head === 'board' || head === 'federation')) {
    return [{ ...bodyMention(base, text, ownerAfterOf.code), key: `body:${ownerAfterOf.code}:${bodyKey(joinTokens(words.slice(0, of)))}` }];
  }
  // "the Joint Permanent Commission on Defence", "the Joint Military Commission": a commission, committee or board that
  // states hold jointly is a body between them, an organisation, whatever its domain.
  // ("the Multinational Joint Task Force": so is a force that several states' troops make up.)
  if ((heads.includes('joint') && AMBIGUOUS_BODY_HEADS.has(head)) || (heads[0] === 'multinational' && words.length > 1)) return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text }];
  if (GOVERNMENT_BODY_HEADS.has(head)) {
    // A council, commission or agency with no state named may be international: an organisation until a state claims it.
    // "Federal Security Service", "State Council", "Border Guard Service" are a state's, whichever state.
    // "Moscow City Court", "Seoul Central District Court": a court named after a capital is its state's.
    const seat = head === 'court' ? countryByCapital(words[0].text) : undefined;
    if (seat) return [bodyMention(base, text, seat.code)];
    // "the Constitutional Court", "a High Court judge": a court named by its level in a state's system is that state's.
    const domesticCourt = (head === 'court' || head === 'tribunal') && of < 0 && heads.slice(0, -1).some((word) => COURT_LEVELS.has(word));
    // "the Office of the U.S. Trade Representative": a body named after a state's official is that state's.
    const officialOf = of > 0 && AMBIGUOUS_BODY_HEADS.has(head) ? statePrefix(words.slice(afterOf)) : undefined;
    if (officialOf) return [bodyMention(base, text, officialOf.code)];
    // "the Office of the President", "the Assembly of the Republic", "the Council of Deputies": a body named after a
    // state's office, the republic or its deputies is a state's; so is one with "Government" in its name.
    const ownerWords = of > 0 ? heads.slice(afterOf).join(' ') : '';
    const ofTheState = STATE_BODY_OWNERS.has(ownerWords) || (STATE_OFFICES.test(ownerWords) && Boolean(titleRelation(ownerWords)));
    if (ofTheState || heads.slice(0, -1).includes('government')) return [bodyMention(base, text, undefined)];
    // "Allied Maritime Command", "Allied Joint Force Command": a body of allies is an alliance's, no state's.
    if (heads[0] === 'allied') return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text }];
    if (AMBIGUOUS_BODY_HEADS.has(head) && !isStateBodyName(heads) && !domesticCourt) return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text }];
    // "the Royal Thai Army", "the Royal Netherlands Navy": a state's adjective or name inside an army's or a navy's name.
    const inside = /^(army|navy|police|forces|force|guard|corps|fleet)$/.test(head) ? words.slice(1, of > 0 ? of - 1 : -1).map((word) => countryByDemonym(word.text) ?? countryByName(word.text)).find(Boolean) : undefined;
    return [bodyMention(base, text, inside?.code)];
  }
  // "the Bank of Ghana", "the Central Bank of Kessa": a bank named after a state alone (or with "Central", "National",
  // "Reserve") is that state's central bank, a body of a state (its owner is left to be read as other bodies' are).
  const bankOf = head === 'bank' && heads[of] === 'of' && heads.slice(0, of - 1).every((word) => /^(central|national|reserve)$/.test(word)) ? countryByName(joinTokens(words.slice(afterOf))) : undefined;
  if (bankOf) return [bodyMention(base, text, undefined)];
  // ("the Police and Coast Guard Board": a board or an authority named for a state's service is a body of a state.)
  if (/^(board|authority)$/.test(head) && heads.some((word) => STATE_BODY_DOMAINS.has(word))) return [bodyMention(base, text, undefined)];
  // ("the country's Mineral Resources Authority", "the nation's Broadcasting Board": an authority or a board that "the
  // country" owns is a body of the state the sentence is about.)
  const stateOwned = tokens[start - 1]?.possessive && /^(country|nation)$/.test(tokens[start - 1].lower) && tokens[start - 2]?.lower === 'the';
  if (stateOwned && /^(board|authority)$/.test(head) && words.length > 1) return [bodyMention(base, text, stateWrittenBefore(tokens, start - 2)?.code)];
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
  // "Islamic State", "Islamic State Sahel Province", "Islamic State in West Africa Province": a movement named as a
  // state, and its branches named as its provinces, are organisations, no places (its "State" is no area word).
  if (STATE_NAMED_MOVEMENTS.has(heads.slice(0, 2).join(' ')) && (words.length === 2 || head === 'province')) return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text }];
  if (PLACE_HEADS.has(head) && words.length > 1) return [placeMention(base, words)];
  // "ethnic Serb militants", "Croat rebels": fighters named by a people, not by a movement, are a group of that people.
  if (words.length === 1 && isPeopleWord(words[0].text) && REBEL_NOUNS.has(tokens[end]?.lower ?? '') && !tokens[end].capitalized && !possessive) {
    const groupText = `${text} ${tokens[end].text}`;
    return [{ ...base, end: end + 1, text: groupText, form: 'name', kind: 'Group', key: `group:${lookupKey(groupText)}`, name: groupText, possessive: tokens[end].possessive }];
  }
  // "Huthi rebels", "M23 militants": a name before the fighters it fields is their movement, an organisation.
  if (REBEL_NOUNS.has(tokens[end]?.lower ?? '') && !tokens[end].capitalized && !possessive && !title) return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(text)}`, name: text }];
  // "investing in AI", "GDP stalls": acronyms of common nouns.
  if (COMMON_ACRONYMS.has(text)) return [];
  // "15 million CFA francs": an acronym before a currency noun names the currency.
  if (/^\p{Lu}{2,}$/u.test(text) && CURRENCY_NOUNS.has(tokens[end]?.text ?? '') && (!CURRENCY_NOUNS_ALSO_VERBS.has(tokens[end].text) || AMOUNT.test(tokens[start - 1]?.lower ?? ''))) return [];
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
  // "Exporters said …", "Fishermen say …": a plural of a trade or a collective opening a sentence is a common noun, no one's
  // name (MODEL.md: bare generic nouns are no entities).
  if (words.length === 1 && !possessive && (start === 0 || tokens[start - 1].punct) && isGenericPlural(words[0].lower)) return [];
  if (words.length === 1) {
    const previous = tokens[start - 1];
    // "forces captured Vovchansk": ground taken is a place (what strikes hit may be a group: "struck Hezbollah").
    const taken = TERRITORY_VERBS.has(previous?.lower ?? '') || TERRITORY_VERBS.has(listOpener(tokens, start)?.lower ?? '');
    // "issued in Arabic", "posted in Pashto": a language something is said or written in is no place.
    if ((previous?.lower === 'in' || listOpener(tokens, start)?.lower === 'in') && isLanguageName(text)) return [];
    // ("in European ports", "in Slovenian waters": an adjective of a people or a continent before a noun is no place.)
    // (Only before a noun of what a people or a continent has: "in Zvecan stayed" is a town.)
    const adjective = /(ian|ean|ese|ish|can)$/.test(heads[0]) && ADJECTIVE_NOUNS.has(tokens[end]?.lower ?? '') && !tokens[end].capitalized && !possessive;
    if (adjective && previous && LOCATIVE.has(previous.lower)) return [];
    if ((previous && LOCATIVE.has(previous.lower) && !isSender(tokens, start) && !isParticleObject(tokens, start)) || taken || isPlaceByContext(tokens, start, end)) return [{ ...base, form: 'name', kind: 'Place', key: `place:${placeKey(text)}`, name: text }];
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
  if (((before && LOCATIVE.has(before.lower) && !isSender(tokens, start) && !isParticleObject(tokens, start)) || struck || isPlaceByContext(tokens, start, end)) && !possessive) return [placeMention(base, words)];
  // "NGO Foro Penal": an organisation introduced by its type.
  if (words.length > 1 && /^(ngo|ngos)$/.test(heads[0])) {
    const name = joinTokens(words.slice(1));
    return [{ ...base, start: start + 1, text: name, form: 'name', kind: 'Organization', key: `org:${lookupKey(name)}`, name }];
  }
  // "the Han Kuang exercises", "Operation Spring Shield drills": a name before an event noun names the event.
  if (EVENT_NOUNS_AFTER.has(tokens[end]?.lower ?? '') && !tokens[end].capitalized) return [];
  // "Mariel Sta. Ana": a short abbreviation inside a name is part of it; "Gilberto Teodoro Jr.": so is a generation's.
  // ("M.K. Stalin", "A.P.J. Kalam": so are a person's run-together initials opening a name, as South Asian names are written.)
  const abbreviatedInside = (word: Token, index: number) => (index < words.length - 1 && /^\p{Lu}\p{Ll}{1,2}\.$/u.test(word.text)) || (index > 0 && /^(Jr|Sr)\.$/.test(word.text)) || (index === 0 && words.length > 1 && isRunTogetherInitials(word.text));
  if (words.length <= 5 && words.every((word, index) => /^\p{Lu}[\p{L}'-]*$/u.test(word.text) || NAME_PARTICLES.has(word.lower) || isParticleName(word) || abbreviatedInside(word, index))) {
    const name = words.filter((word) => !HONORIFICS.has(word.lower));
    const nameText = joinTokens(name);
    // "Civic Renewal", "Human Rights": common nouns in capitals name a movement, not a person; so does a head word
    // or a state's name inside ("Ballot Watch Nigeria", "Transparency International Kenya").
    // So does an acronym inside ("Air France-KLM"); a regnal number is a person's ("Charles III").
    // ("Christian Schmidt": a word that is also a first name counts only after the first.)
    // ("PetroVietnam Power": so does a word with a capital inside, a brand's.)
    const institutional = name.some((word, index) => (NON_PERSON_WORDS.has(word.lower) && !(index === 0 && FIRST_NAME_WORDS.has(word.lower))) || ORGANIZATION_HEADS.has(word.lower) || COMPANY_NAME_WORDS.has(word.lower) || GOVERNMENT_BODY_HEADS.has(word.lower) || /(^|-)(?![IVX]+\b)\p{Lu}{3,}\b/u.test(word.text) || isInnerCapitalWord(word.text));
    // ("Upper Chad", "Lower Varnia": a state's name after a word of position only names a part of it, a region.)
    if (name.length === 2 && REGION_POSITIONS.has(name[0].lower) && countryByName(name[1].text)) return [placeMention(base, words)];
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
      // ("along the Varro Coast", "off the Tarn Banks", "the waters of the Tarn Banks": so is one a position or a piece of
      // land or sea opens.)
      const reach = /^(along|off|towards|toward|beyond|within|throughout)$/.test(opener) || (opener === 'of' && PLACE_PIECES.has(tokens[start - 3]?.lower ?? ''));
      // ("the Rio Grande", "the Río Negro": so is one that the Spanish or Portuguese word for a river opens.)
      const river = /^(rio|río)$/.test(name[0].lower) && name.length > 1;
      if (LOCATIVE.has(opener) || opener === 'on' || feature || reach || river) return [placeMention(base, words)];
      return [{ ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(nameText)}`, name: nameText }];
    }
    // "Rio Tinto, which owns the mine, …", "X, whose fighters hold the town, …": a relative "which" or a "whose" of
    // members says the name is no person's ("Ana Ruiz, who …" is); "X, which lies on the coast" is a place.
    // ("economist X, which …", "commander X, whose forces …": not after a noun for one person, which says it is one.)
    const relative = tokens[end]?.text === ',' && !isIntroducedAsPerson(tokens, start) ? tokens[end + 1] : undefined;
    const organisation: Mention = { ...base, form: 'name', kind: 'Organization', key: `org:${lookupKey(nameText)}`, name: nameText };
    if (relative?.lower === 'which') return /^(lies|lay|borders|bordered|straddles|sits|stretches)$/.test(tokens[end + 2]?.lower ?? '') ? [placeMention(base, words)] : [organisation];
    if (relative?.lower === 'whose' && /^(fighters|members|troops|militants|leaders?|shares|shareholders|founder|forces)$/.test(tokens[end + 2]?.lower ?? '')) return [organisation];
    if (namesWeapon(tokens, end)) return [];
    return [{ ...base, form: 'name', kind: 'Person', key: `person:${lookupKey(nameText)}`, name: nameText }];
  }
  return [];
}

/** The state last named before `at` in the sentence ("In Fiji, the country's …"), if any: a name of up to four words. */
function stateWrittenBefore(tokens: Token[], at: number): ReturnType<typeof countryByName> {
  for (let last = at - 1; last >= 0; last--) {
    // (Longest first: "Papua New Guinea" before "Guinea".)
    for (let first = Math.max(0, last - 3); first <= last; first++) {
      if (!tokens.slice(first, last + 1).every((token) => token.capitalized && !token.punct)) continue;
      const state = countryByName(joinTokens(tokens.slice(first, last + 1)));
      if (state) return state;
    }
  }
  return undefined;
}

/** "M.K.", "A.P.J.": two or three dotted initials that name no state ("U.S.") and no known organisation ("U.N."). */
function isRunTogetherInitials(text: string): boolean {
  return /^(?:\p{Lu}\.){2,3}$/u.test(text) && !countryByName(text) && !countryByName(text.replace(/\./g, '')) && !ORGANIZATION_INITIALS.has(text.replace(/\./g, ''));
}

/** Dotted acronyms of organisations ("U.N.", "E.U."), never a person's initials. */
const ORGANIZATION_INITIALS: ReadonlySet<string> = new Set(['UN', 'EU', 'AU']);

/** "at X", "in the X": a locative, "the" or not, right before the name at `start`. */
function isAfterLocative(tokens: Token[], start: number): boolean {
  const at = tokens[start - 1]?.lower === 'the' ? start - 2 : start - 1;
  return LOCATIVE.has(tokens[at]?.lower ?? '') && tokens[at].lower !== 'from';
}

/** A number or a word of an amount ("15", "million"), as before a currency. */
const AMOUNT = /^(\d[\d.,]*|hundred|thousand|million|billion|trillion|mn|bn)$/;

/** Plurals of trades and collectives from the lexicon ("exporters", "rebels", "fishermen"), never a name alone ("Banks" may be a surname). */
function isGenericPlural(word: string): boolean {
  const plural = word.endsWith('s') || word.endsWith('men');
  return plural && word !== 'banks' && (GROUP_NOUNS.has(word) || COMPANY_PLURALS.has(word) || ORGANISATION_PLURALS.has(word) || REBEL_NOUNS.has(word) || ACTING_COLLECTIVES.has(word));
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

/** First words of a world region's two-word adjective ("West African", "Southeast Asian", "Latin American"). */
const REGION_OPENERS = /^(north|south|east|west|northeast|northwest|southeast|southwest|central|latin)$/;

/** A world region's adjective whose states act together through one bloc (ASEAN's charter names the region). */
const REGION_BLOCS: Readonly<Record<string, string>> = { 'southeast asian': 'Association of Southeast Asian Nations' };

/** Where "[foreign] ministers", "leaders", "officials" after a region's adjective ends: lower-case words, one a collective. */
function regionCollectiveEnd(tokens: Token[], at: number): number | undefined {
  for (let k = at; k < at + 3 && tokens[k] && !tokens[k].capitalized && !tokens[k].punct; k++) {
    if (BLOC_COLLECTIVES.has(tokens[k].lower)) return k + 1;
  }
  return undefined;
}

/** A title at `start` (longest match first): "Foreign Minister", "President", "Mr". */
export function titleAt(tokens: Token[], start: number, end: number): { title: string; relation: TitleRelation; end: number } | undefined {
  // "Hon'ble Prime Minister X", "Shri Foreign Secretary X": a courtesy title before an office is not part of it.
  const courteous = COURTESY_TITLES.has(tokens[start]?.lower.replace(/\.$/, '') ?? '') && end - start > 2 ? titleAt(tokens, start + 1, end) : undefined;
  if (courteous) return courteous;
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

/** What a state's body may be named "of" ("the Assembly of the Republic", "the Chamber of Deputies"). */
const STATE_BODY_OWNERS = new Set(['republic', 'deputies', 'nation', 'state']);

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
export function personAfterTitle(mentions: Mention[]): Mention | undefined {
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
  // "Prime Minister Tomás Barreto e Lima": the "e" or "y" joining an Iberian surname's two parts, read as a body's
  // connector, still names the person a title opens.
  const joined = words.findIndex((word) => /^(e|y)$/.test(word));
  if (joined > 0 && joined < words.length - 1 && words.length <= 5 && words.every((word, index) => index === joined || /^\p{Lu}\p{Ll}+$/u.test(word)) && !words.some((word) => isCommonNameWord(word.toLowerCase()))) return true;
  // (Only its first word may be a common noun: "Homeland Security", "Bougainville Affairs" are portfolios.)
  return words.length >= 2 && words.length <= 3 && words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word)) && !words.slice(1).some((word) => isCommonNameWord(word.toLowerCase())) && !countryByName(words[0]);
}

/** Words of institutions' names that are first names too ("Christian Democrats", "Christian Schmidt"). */
const FIRST_NAME_WORDS = new Set(['christian']);

/** A name headed by a word states and international bodies share (council, commission, agency, office, service …), not news. */
export function isAmbiguousBody(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  // ("General Authority for the Suez Canal Economic Zone": the head stands before its first connector.)
  const of = words.findIndex((word) => CONNECTORS_AFTER_HEAD.has(word));
  const head = of > 0 ? words[of - 1] : words.at(-1)!;
  return AMBIGUOUS_BODY_HEADS.has(head) && !words.some((word) => MEDIA_WORDS.has(word));
}

export function bodyMention(base: Pick<Mention, 'sentence' | 'start' | 'end' | 'text' | 'possessive'>, name: string, state: string | undefined): Mention {
  const key = bodyKey(name);
  return { ...base, form: 'name', kind: 'Government', key: `body:${state ?? '?'}:${key}`, name: bodyName(name), state };
}

export function placeMention(base: Pick<Mention, 'sentence' | 'start' | 'end' | 'text' | 'possessive'>, words: Token[]): Mention {
  // "the Cross River State government": a region the article shows governing itself is that government, suffix or not.
  const region = words.length > 1 && PLACE_SUFFIXES.has(words.at(-1)!.lower) ? countryByName(joinTokens(words.slice(0, -1))) : undefined;
  if (region && isRegionalGovernment(region.code)) return { ...base, form: 'name', kind: 'Government', key: `state:${region.code}`, name: region.name, state: region.code };
  return { ...base, form: 'name', kind: 'Place', key: `place:${placeKey(joinTokens(words))}`, name: joinTokens(words) };
}

/** Words of position that open a region's name before its state's ("Upper Chad"); compass words are read elsewhere. */
const REGION_POSITIONS = new Set(['upper', 'lower', 'greater', 'inner', 'outer']);

/** Words before a waterway's name that place something in it or across it ("crossed the", "through the", "in the"). */
function isWaterwayContext(tokens: Token[], start: number): boolean {
  const at = tokens[start - 1]?.lower === 'the' ? start - 2 : start - 1;
  const word = tokens[at]?.lower ?? '';
  return (LOCATIVE.has(word) && word !== 'from') || /^(cross|crosses|crossed|crossing|sailed|sailing|sail|transit|transited|transiting|patrol|patrolled|patrolling|along|via)$/.test(word);
}

/** "swore in X as minister", "hand over X": a verb's particle is no locative, and the one sworn in or handed over no place. */
function isParticleObject(tokens: Token[], start: number): boolean {
  if (tokens[start - 1]?.lower === 'over') return HANDING_VERBS.has(tokens[start - 2]?.lower ?? '');
  return tokens[start - 1]?.lower === 'in' && SWEARING_VERBS.has(tokens[start - 2]?.lower ?? '');
}

/** "a letter from X", "support from X", "a swipe at X": a name a thing is sent from or aimed at is its sender or target, no place. */
function isSender(tokens: Token[], start: number): boolean {
  if (tokens[start - 1]?.lower === 'at') return AIMED_AT_WORDS.has(tokens[start - 2]?.lower ?? '') || (tokens[start - 2]?.lower === 'out' && OUT_AT_VERBS.has(tokens[start - 3]?.lower ?? ''));
  return tokens[start - 1]?.lower === 'from' && SENT_FROM_NOUNS.has(tokens[start - 2]?.lower ?? '');
}
