// Finds the entity mentions of one sentence: capitalised names classified by gazetteer and head words,
// demonym phrases ("North Korean troops"), lower-case body and treaty descriptions, pronouns and titles.
// Where a name ends is nameChunks.ts, what kind it is chunkKinds.ts, and a name after a state stateNames.ts.
import type { EntityKind } from '../../graph/model.ts';
import { countryByCapital, countryByDemonym, countryByName, isPeopleWord, isWorldRegion, lookupKey } from './gazetteer.ts';
import { tokenize, joinTokens, type Token } from './tokens.ts';
import { NON_NAME_WORDS, CLAUSE_WORDS } from './lexicon/capitalisedWords.ts';
import { PREPOSITIONS } from './lexicon/prepositions.ts';
import {
  ACTING_COLLECTIVES,
  INTERNATIONAL_BODY_HEADS,
  LEGISLATURE_NAMES,
  ORGANIZATION_HEADS,
  LOWER_CASE_PLACE_WORDS,
  AREA_PLURALS,
  COMPASS_ADJECTIVES,
  SITE_WORDS,
  TREATY_HEADS,
  TREATY_MODIFIERS,
  NON_PERSON_WORDS,
} from './lexicon/headWords.ts';
import { NEWS_ORGANIZATIONS } from './lexicon/newsOrganizations.ts';
import { titleRelation, type TitleRelation } from './lexicon/titles.ts';
import { COMPASS_WORDS } from './nameContext.ts';
import { embassyCity } from './embassies.ts';
import { lowerCaseTreaty, nameAppositiveTreaties, numberTreaty, treatyMention } from './lowerCaseTreaties.ts';
import { compassRegion } from './compassRegions.ts';
import { bothStatesMention, descriptionMention, pronounMention } from './descriptionMentions.ts';
import { alignCoordinatedOrganisations, alignCoordinatedPlaces } from './coordinatedKinds.ts';
import { nameTreatyAddenda } from './treatyAddenda.ts';
import { placeNamesSharingSites } from './sharedSiteWords.ts';
import { titleEnvoysPastPostings } from './postedEnvoys.ts';
import { isVerbAfterLandmark } from './landmarkVerbs.ts';
import { isDatelineCredit, isStaffCredit } from './creditsAndShips.ts';
import { expandUnitedNations, bodyKey, placeKey } from './mentionKeys.ts';
import { acronymSpanEnd, initialsOf, isAcronym, spellsBySyllables, isPermutationOf, isPluralAcronym, spellsAcronym, spellsWithConnectors } from './acronyms.ts';
import { AMBIGUOUS_BODY_HEADS, COMPOUND_MODIFIER } from './lexicon/nameWords.ts';
import { chunkEnd, isParticleName, isNonName, isTitleAt } from './nameChunks.ts';
import { classifyChunk, titleAt, isAmbiguousBody, bodyMention, placeMention } from './chunkKinds.ts';
import { statePrefix } from './stateNames.ts';

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
  /** Names the body or region whose governor follows ("Borno Governor X"). */
  beforeGovernor?: boolean;
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
    // ("the EU and Western Balkan states": an organisation's acronym names no area.)
    if (/^\p{Lu}{2,}$/u.test(text)) return undefined;
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
    // ("the EU-Mercosur deal": a deal named after its two sides is one, as a treaty is.)
    const sidesNamed = isSidesPair(tokens, i, end);
    const isTreaty = Boolean(!isPlace && suffix && !suffix.punct && TREATY_HEADS.has(suffix.lower) && !countryByDemonym(chunkText) && !tokens[end - 1].possessive && (!/^(plan|deal|partnership|act)$/.test(suffix.lower) || (sidesNamed && suffix.lower === 'deal')));
    // ("the Wadi Araba peace treaty", "the Yarmouk water agreement": a lower-case kind of treaty may come between.)
    const treatyHead = tokens[end + 1];
    // ("the Italy-Tunisia migration pact", "the US-Ukraine minerals deal": after its two sides, any noun of what it is about.)
    const aboutWord = suffix && (TREATY_MODIFIERS.has(suffix.lower) || /^(water|oil|supply|boundary)$/.test(suffix.lower) || (sidesNamed && /^\p{Ll}[\p{Ll}-]+$/u.test(suffix.text) && !/(ly|ed)$/.test(suffix.lower)));
    const kindHead = sidesNamed ? /^(treaty|agreement|accord|convention|protocol|pact|deal|memorandum)$/ : /^(treaty|agreement|accord|convention|protocol|pact)$/;
    const isKindOfTreaty = Boolean(!isPlace && !isTreaty && suffix && !suffix.punct && !suffix.capitalized && aboutWord && treatyHead && !treatyHead.capitalized && kindHead.test(treatyHead.lower) && !countryByDemonym(chunkText) && !countryByName(chunkText) && !tokens[end - 1].possessive);
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
    // ("The Ostra Vela district was flooded": nor of a place named with its area word.)
    const spanStart = (isSite || isPlace) && tokens[i].lower === 'the' ? i + 1 : i;
    const span = { sentence: sentenceIndex, start: spanStart, end, text: joinTokens(tokens.slice(spanStart, end)), possessive: tokens[end - 1].possessive };
    const found = isSite ? [{ ...span, form: 'name' as const, kind: 'Place' as const, key: `place:${placeKey(span.text)}`, name: span.text }] : isPlace ? [placeMention(span, tokens.slice(spanStart, end))] : isTreaty || isKindOfTreaty ? treatyAfterName(sentenceIndex, tokens, i, end, nameEnd) : classifyChunk(sentenceIndex, tokens, i, end);
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
  titleEnvoysPastPostings(tokens, mentions);
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

/** "Progressive", "Democratic", "Green": a word that names a party by what it stands for, not by a name of its own. */
function isAdjectiveLike(word: Token): boolean {
  return NON_PERSON_WORDS.has(word.lower) || /(ive|ic|al|ist|ian|ent|ary|ite)$/.test(word.lower);
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
    // ("the far-right Vox party", "the opposition Valor party": a one-word name that is no adjective is the party's own.)
    return { start: nameStart, nounEnd: end + 1, name: words === 1 && isAdjectiveLike(tokens[nameStart]) ? `${name} party` : undefined };
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
const SITE_MODIFIERS = new Set(['border', 'army', 'air', 'naval', 'navy', 'military', 'nuclear', 'power', 'oil', 'gas', 'coal', 'steel', 'refugee', 'displacement', 'displaced', 'transit', 'detention', 'hydroelectric', 'chemical', 'hydropower', 'offshore', 'onshore', 'copper', 'gold', 'lithium', 'mining', 'irrigation']);
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
  // "the Indian Ocean island", "a Pacific island", "a Russian Black Sea port": a sea's or a region's name before
  // "island" or "port" says where one lies.
  if (/^(island|islets?|port|harbou?r)$/.test(word.lower) && (isWorldRegion(named) || /^(ocean|sea|gulf|bay)$/.test(tokens[end - 1].lower))) return end;
  // (With a modifier the phrase is a site's name whatever follows: "the Ryazan oil refinery burned".)
  const after = tokens[siteEnd];
  // "the Black Sea port of Odesa": a site word before "of" names the place after it, not a site of its own.
  if (after?.lower === 'of') return end;
  // ("its Tenke Fungurume mine rose": a site that an owner's "its" or "their" opens is one, whatever follows.)
  const owned = /^(its|their)$/.test(tokens[start - 1]?.lower ?? '');
  return siteEnd > end + 1 || owned || !after || after.punct || PREPOSITIONS.has(after.lower) || AFTER_SITE.has(after.lower) || isVerbAfterLandmark(tokens, siteEnd) ? siteEnd : end;
}

/** "Bavarian state premier", "West African state": a -ian/-can adjective before an area word, or an area word before an office. */
function isAdjectiveBeforeArea(last: Token, area: Token, next: Token | undefined): boolean {
  if (next && !next.capitalized && titleRelation(next.lower)) return true;
  return area.lower === 'state' && /(ian|ean|can)$/.test(last.lower);
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

/** A name with a treaty word after it; an organisation in the name is mentioned too ("the United Nations charter"). */
function treatyAfterName(sentence: number, tokens: Token[], start: number, end: number, nameEnd: number): Mention[] {
  while (start < end - 1 && isNonName(tokens, start)) start++;
  const text = joinTokens(tokens.slice(start, end));
  const treaty = treatyMention({ sentence, start, end, text, possessive: tokens[end - 1].possessive }, text);
  // ("the Lesotho-South Africa water protocol": two sides joined by a hyphen are no organisation owning it.)
  // ("the Camp David accords", "the Minsk II agreement": nor is a place's name; an owner is named by its acronym or its
  // head word, "the ECOWAS protocol", "the United Nations charter".)
  const owner = isSidesPair(tokens, start, nameEnd) ? [] : classifyChunk(sentence, tokens, start, nameEnd).filter((mention) => mention.kind === 'Organization' && namesOwnerBody(mention.text));
  return [...owner.map((mention) => ({ ...mention, modifier: true })), treaty];
}

/** "EU-Mercosur", "Lesotho-South Africa": a chunk that is two sides joined by a hyphen, each a state or an acronym. */
function isSidesPair(tokens: Token[], start: number, end: number): boolean {
  const text = joinTokens(tokens.slice(tokens[start].lower === 'the' ? start + 1 : start, end));
  const parts = text.split('-');
  if (parts.length !== 2 || tokens[end - 1].possessive) return false;
  const side = (part: string) => Boolean(countryByName(part) || countryByCapital(part) || /^\p{Lu}{2,}$/u.test(part));
  // (One side may be a bloc's one-word name when the other is a state or an acronym: "EU-Mercosur".)
  const word = (part: string) => /^\p{Lu}\p{Ll}+$/u.test(part);
  return (side(parts[0]) && side(parts[1])) || (side(parts[0]) && word(parts[1])) || (word(parts[0]) && side(parts[1]));
}

/** An organisation's name by its form: an acronym ("ECOWAS") or a name ending in a body's head word ("United Nations"). */
function namesOwnerBody(text: string): boolean {
  const last = text.split(/\s+/).at(-1)!.toLowerCase();
  return /^\p{Lu}[\p{Lu}.\d]+$/u.test(text) || ORGANIZATION_HEADS.has(last) || INTERNATIONAL_BODY_HEADS.has(last);
}
