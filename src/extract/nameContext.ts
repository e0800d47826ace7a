// What the words around a capitalised name say it is: a place ("the port of Odesa", "captured Vovchansk", "in Caracas,
// Maracaibo and Valencia") or a company ("X shares fell", "analysts at X", "carmakers such as X and Y").
import type { Token } from './tokens.ts';
import { PREPOSITIONS } from './lexicon/prepositions.ts';
import { SPEECH_VERBS } from './lexicon/reportingVerbs.ts';
import { ORGANIZATION_DESCRIPTORS, COMPANY_PLURALS, ORGANISATION_PLURALS, AREA_WORDS, COMPASS_ADJECTIVES, TRANSIT_VERBS, NON_PERSON_WORDS, TREATY_HEADS } from './lexicon/headWords.ts';

/** True when the name at `start` ends a list ("A, B and C") that a locative opens. */
function inPlaceList(tokens: Token[], start: number): boolean {
  const opener = listOpener(tokens, start);
  // ("the ports of Manzanillo and Veracruz": an "of" after a plural area noun opens such a list too.)
  return Boolean(opener && ((LOCATIVE.has(opener.lower) && opener.lower !== 'from') || TRANSIT_VERBS.has(opener.lower) || opener.lower === 'of' || CLAIM_NOUNS.has(opener.lower)));
}

/**
 * The word before the first name of a list ("A, B and C") that the name at `start` is in, when it is in one: the name
 * comes after "and" or "or", or a comma, "and" or "or" follows it ("in Ankara, Erdogan said" is no list).
 */
export function listOpener(tokens: Token[], start: number): Token | undefined {
  let after = start;
  while (tokens[after]?.capitalized && !tokens[after].punct) after++;
  const joined = /^(and|or)$/.test(tokens[start - 1]?.lower ?? '') || /^(,|and|or)$/.test(tokens[after]?.lower ?? '');
  if (!joined) return undefined;
  // "the ambassador in Sarajevo, Pavel Sorokin, told …": a name set off by commas that no list goes on after is an
  // apposition.
  const goesOn = (tokens[after + 1]?.capitalized && !tokens[after + 1].punct) || /^(and|or)$/.test(tokens[after + 1]?.lower ?? '');
  if (tokens[start - 1]?.text === ',' && tokens[after]?.text === ',' && !goesOn) return undefined;
  let at = start - 1;
  let steps = 0;
  // ("in London or Paris": "or" joins a list as "and" does.)
  while (at > 0 && (tokens[at].text === ',' || tokens[at].lower === 'and' || tokens[at].lower === 'or') && steps < 6) {
    let before = at - 1;
    if (!tokens[before]?.capitalized || tokens[before].punct) return undefined;
    while (before > 0 && tokens[before - 1].capitalized && !tokens[before - 1].punct) before--;
    const opener = tokens[before - 1];
    // ("the people of Bamako, Ouagadougou and Niamey" too.)
    if (opener?.lower === 'of' && (AREA_OWNERS_PLURAL.has(tokens[before - 2]?.lower ?? '') || PLACE_OWNERS.has(tokens[before - 2]?.lower ?? ''))) return opener;
    if (opener && (LOCATIVE.has(opener.lower) || TRANSIT_VERBS.has(opener.lower) || STRIKE_VERBS.has(opener.lower) || TERRITORY_VERBS.has(opener.lower))) return opener;
    // ("a claim to Lipa, Kanto and Dura": land claimed, listed, is the claim noun's.)
    const claim = tokens[before - 2];
    if (opener && /^(to|on|over)$/.test(opener.lower) && claim && CLAIM_NOUNS.has(claim.lower)) return claim;
    at = before - 1;
    steps++;
  }
  return undefined;
}

/** Verbs of striking or taking ground: a name of two or more words after them is a place ("shelled Khan Younis"). */
export const STRIKE_VERBS = new Set(['hit', 'struck', 'shelled', 'bombed', 'pounded', 'bombarded', 'captured', 'retook', 'recaptured', 'besieged', 'encircled', 'stormed', 'overran', 'raided',
  // ("troops entered Ostra Vela", "rebels seized X": ground entered or taken.)
  'entered', 'seized', 'occupied', 'evacuated']);

/** Verbs of taking or holding ground: even a single name after them is a place ("captured Vovchansk"). */
export const TERRITORY_VERBS = new Set(['captured', 'retook', 'recaptured', 'besieged', 'encircled', 'overran', 'shelled', 'liberated']);

/** "transited Guam and Belmora": a place passed through, or one of a list of them. */
export function isTransitObject(tokens: Token[], start: number): boolean {
  return TRANSIT_VERBS.has(tokens[start - 1]?.lower ?? '') || TRANSIT_VERBS.has(listOpener(tokens, start)?.lower ?? '');
}

export const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west']);

/** Nouns whose "of NAME" is a place ("the people of El Fasher", "the outskirts of Kessa"). */
const PLACE_OWNERS = new Set(['people', 'residents', 'outskirts', 'streets', 'suburbs', 'centre', 'center', 'siege', 'fall', 'battle', 'mayor', 'governor', 'population', 'ruins', 'skies', 'edge', 'heart', 'annexation', 'occupation']);
/** Nouns of holding land before "on", "to" or "over" a name ("a claim on Nagorno-Karabakh", "sovereignty over X"). */
const CLAIM_NOUNS = new Set(['claim', 'claims', 'sovereignty', 'control']);
/** Plural area nouns whose "of" opens a list of places ("the ports of Manzanillo and Veracruz"). */
const AREA_OWNERS_PLURAL = new Set(['ports', 'cities', 'towns', 'villages', 'islands', 'regions', 'provinces', 'districts', 'capitals', 'departments', 'counties', 'municipalities', 'prefectures', 'oblasts', 'governorates', 'cantons']);
/** Nouns for a settlement right before its name ("the capital Sanaa", "the Yemeni port Hodeidah"). */
const SETTLEMENT_NOUNS = new Set(['capital', 'city', 'town', 'village', 'port', 'hometown']);
const MOTION_VERBS = /^(flew|fly|flies|flying|travels|travel|travelled|traveled|travelling|traveling|went|go|goes|headed|heads|heading|returned|returns|returning|moved|sailed|drove|arrived|deployed|redeployed|dispatched|evacuated|relocated|flown|transferred|diverted|rerouted|re-routed|redirected|shipped|trucked|bused|bussed|escorted|towed|taken)$/;
export const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'around', 'across', 'inside', 'from', 'into', 'over', 'through']);

/** Nature's features an apposition may describe a place as ("the Teesta, a smaller river on which …"). */
export const GEOGRAPHIC_NOUNS: ReadonlySet<string> = new Set(['river', 'tributary', 'lake', 'islet', 'settlement', 'mountains', 'range', 'plateau', 'valley', 'desert', 'strait', 'bay', 'peninsula', 'archipelago', 'atoll']);

/** "the port of Odesa", "El Fasher, the capital of …", "Akure, a city in …": the words around say it is a place. */
export function isPlaceByContext(tokens: Token[], start: number, end: number): boolean {
  // ("Residents of Eteringbang …": the noun may open the sentence.)
  if (tokens[start - 1]?.lower === 'of' && (AREA_WORDS.has(tokens[start - 2]?.lower ?? '') || AREA_OWNERS_PLURAL.has(tokens[start - 2]?.lower ?? '') || PLACE_OWNERS.has(tokens[start - 2]?.lower ?? '')) && (!tokens[start - 2].capitalized || start === 2)) return true;
  // "Ostra Vela residents said": a name its residents are named after is a place.
  if (/^(residents|inhabitants|villagers|townspeople)$/.test(tokens[end]?.text ?? '') && !tokens[end - 1].possessive) return true;
  // "a territorial claim on Nagorno-Karabakh", "sovereignty over the islands' X": land claimed is a place.
  if (/^(on|to|over)$/.test(tokens[start - 1]?.lower ?? '') && CLAIM_NOUNS.has(tokens[start - 2]?.lower ?? '')) return true;
  // "the road to Palma", "the highway from Kessa": where a route leads is a place.
  if (/^(to|from)$/.test(tokens[start - 1]?.lower ?? '') && /^(road|roads|route|highway|motorway|railway|railroad|rail|corridor|flights?|ferry)$/.test(tokens[start - 2]?.lower ?? '') && !tokens[end - 1].possessive) return true;
  // "flew to Abu Dhabi", "travels on to Rabat": where someone goes is a place.
  if (tokens[start - 1]?.lower === 'to' && MOTION_VERBS.test(tokens[start - 2]?.lower === 'on' ? tokens[start - 3]?.lower ?? '' : tokens[start - 2]?.lower ?? '')) return true;
  // "inside besieged El Fasher", "in war-torn Kessa", "across northern Drovnia": a locative and one adjective.
  const adjective = tokens[start - 1];
  // ("In neighbouring Santo Domingo", "from north Nicosia": a capital so placed is the city, not its state.)
  if (adjective && !adjective.capitalized && !adjective.punct && (/(ed|ern|torn|hit|held|neighbou?ring)$/.test(adjective.lower) || adjective.lower === 'central' || COMPASS_WORDS.has(adjective.lower)) && LOCATIVE.has(tokens[start - 2]?.lower ?? '')) return true;
  // "the capital Sanaa", "the Yemeni capital Sanaa", "his hometown Andong".
  if (adjective && !adjective.capitalized && SETTLEMENT_NOUNS.has(adjective.lower) && (/^(the|its|their|his|her|whose)$/.test(tokens[start - 2]?.lower ?? '') || (tokens[start - 2]?.capitalized && !tokens[start - 2].punct))) return true;
  // "in the capital, Bissau", "Turkey's largest city, Istanbul": a settlement noun set off before the name.
  const noun = tokens[start - 2];
  const determined = (at: number) => Boolean(tokens[at] && (/^(the|its|their|whose)$/.test(tokens[at].lower) || tokens[at].possessive));
  const ownedNoun = determined(start - 3) || (determined(start - 4) && !tokens[start - 3].capitalized && !tokens[start - 3].punct);
  // ("The port, Ilsa Varga added, would reopen": a speech tag set off inside a sentence about the port names its speaker.)
  const speechTag = SPEECH_VERBS.has(tokens[end]?.lower ?? '');
  if (adjective?.text === ',' && noun && !noun.capitalized && SETTLEMENT_NOUNS.has(noun.lower) && ownedNoun && !tokens[end - 1].possessive && !speechTag) return true;
  // "at the palace in Osung, central Nairobi": a position word after an apposition's comma places the name.
  if (adjective && COMPASS_ADJECTIVES.has(adjective.lower) && !adjective.capitalized && tokens[start - 2]?.text === ',' && tokens[start - 3]?.capitalized) return true;
  if (TRANSIT_VERBS.has(tokens[start - 1]?.lower ?? '')) return true;
  // "visited Tokyo in September": a city visited is the place (a state visited stays its Government, found before).
  if (/^(visited|visiting|visits)$/.test(tokens[start - 1]?.lower ?? '')) return true;
  // "fighting in the Donbas": a locative and "the", when the name ends the phrase ("in the Hamas attack" does not).
  if (tokens[start - 1]?.lower === 'the' && (LOCATIVE.has(tokens[start - 2]?.lower ?? '') || /^(along|towards|toward)$/.test(tokens[start - 2]?.lower ?? '')) && tokens[start - 2].lower !== 'from') {
    const after = tokens[end];
    if (!after || after.punct || PREPOSITIONS.has(after.lower) || after.lower === 'and') return true;
  }
  // "fell west of Karuto": a compass word and "of" before a name ("140 miles southwest of San Antonio": or a point between two).
  const compass = tokens[start - 2];
  if (tokens[start - 1]?.lower === 'of' && compass && !compass.capitalized && (COMPASS_WORDS.has(compass.lower) || /^(north|south)-?(east|west)$/.test(compass.lower))) return true;
  // "the Berlin thinktank DIW", "the Lorsburg daily Abendpost": the city an outlet or institute is in.
  const descriptor = tokens[end];
  if (tokens[start - 1]?.lower === 'the' && descriptor && !descriptor.capitalized && ORGANIZATION_DESCRIPTORS.has(descriptor.lower) && tokens[end + 1]?.capitalized && !tokens[end + 1].punct) return true;
  // "in Caracas, Maracaibo and Valencia": every name of a list after a locative is a place.
  if (!tokens[end - 1]?.possessive && inPlaceList(tokens, start)) return true;
  if (!tokens[end - 1]?.possessive && isCountedPlaceList(tokens, end)) return true;
  // ("designs on Assab”, the Eritrean port …": a closing quote may stand before the apposition's comma.)
  const comma = /^[”"’]$/.test(tokens[end]?.text ?? '') ? end + 1 : end;
  if (tokens[comma]?.text !== ',') return false;
  let at = comma + 1;
  // "strikes on Khan Younis, in southern Gaza": a name placed by "in" and a compass adjective is a place (not after a
  // speech verb: "said Umm Ali, in northern Gaza, …" places a speaker).
  if (tokens[at]?.lower === 'in' && COMPASS_ADJECTIVES.has(tokens[at + 1]?.lower ?? '') && tokens[at + 2]?.capitalized && !SPEECH_VERBS.has(tokens[start - 1]?.lower ?? '')) return true;
  // ("Tarvo, Latvia's second-largest city": a state's possessive, of up to three words, stands for the article.)
  const owner = [0, 1, 2].find((k) => tokens.slice(at, at + k + 1).every((token) => token.capitalized && !token.punct) && tokens[at + k]?.possessive === true);
  if (owner !== undefined) at += owner;
  else if (!/^(the|a|an)$/.test(tokens[at]?.lower ?? '')) return false;
  // "El Fasher, the last major city in …", "Kessa, a small border town on …": up to three words before the area word.
  // ("Assab, the Eritrean Red Sea port that …": names among them too.)
  for (let k = at + 1; k <= at + 5; k++) {
    const token = tokens[k];
    if (!token || token.punct) return false;
    // (Not "Nabrel, Marrakand's capital": a capital so named may stand for its state, as "talks with Nabrel" do.)
    if ((AREA_WORDS.has(token.lower) || GEOGRAPHIC_NOUNS.has(token.lower)) && !token.capitalized) return !(owner !== undefined && token.lower === 'capital') && /^(of|in|on|near|that|which|where|,|\.)$/.test(tokens[k + 1]?.text.toLowerCase() ?? '.');
    // ("Abudo Assane, a fisherman in Macomia town": the apposition's head came before its preposition, and it was no area.)
    if (!token.capitalized && PREPOSITIONS.has(tokens[k + 1]?.lower ?? '')) return false;
  }
  return false;
}
/** Counts that open an apposition of several places ("X and Y, two municipalities in …"). */
const LIST_COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'both']);

/**
 * "Zvecan and Leposavic, two municipalities in the north": names listed before a count and a plural area word are
 * places — each of them, so the list is walked to its end from the name ending at `end`.
 */
function isCountedPlaceList(tokens: Token[], end: number): boolean {
  let at = end;
  while (/^(,|and|or)$/.test(tokens[at]?.lower ?? '') && tokens[at + 1]?.capitalized && !tokens[at + 1].punct) {
    at++;
    while (tokens[at]?.capitalized && !tokens[at].punct) at++;
  }
  if (tokens[at]?.text !== ',' || !LIST_COUNTS.has(tokens[at + 1]?.lower ?? '')) return false;
  // (Up to two words between: "two Serb-majority municipalities", "three small villages".)
  for (let k = at + 2; k <= at + 4; k++) {
    const word = tokens[k];
    if (!word || word.punct) return false;
    const singular = word.lower.replace(/ies$/, 'y').replace(/s$/, '');
    if (!word.capitalized && word.lower !== singular && AREA_WORDS.has(singular)) return true;
  }
  return false;
}

/** Nouns heading an apposition that make the name before it an organisation's ("X, the main opposition party"). */
const APPOSITION_ORGANISATIONS = new Set(['party', 'movement', 'alliance', 'coalition', 'militia', 'union', 'federation', 'association', 'network']);
/** Of those, nouns for a body made of members, which "of" may follow ("X, a network of 300 organisations"). */
const MEMBERSHIP_NOUNS = new Set(['alliance', 'coalition', 'union', 'federation', 'association', 'network']);
/** Of the trade words, those only a firm is "of" ("X, the operator of the mine", "the largest maker of chips"). */
const FIRM_OF_NOUNS = new Set(['operator', 'manufacturer', 'maker', 'supplier', 'exporter', 'importer', 'refiner', 'miner']);
/** Nouns before "in X" that make X a company ("his stake in X"). */
const STAKE_WORDS = new Set(['stake', 'stakes', 'shareholding', 'shareholdings', 'shares', 'holding', 'holdings']);
/** Words after a name's possessive that make it a company's ("Velocor's chief executive", "Velocor's shareholders"). */
const COMPANY_OWNED = new Set(['shareholders', 'shares', 'ceo', 'board', 'stock', 'founder', 'subsidiary']);
/** People spoken of by their work, before "at X": X is where they work ("analysts at X"). */
const EMPLOYEE_NOUNS = new Set(['analysts', 'analyst', 'economists', 'economist', 'strategists', 'strategist', 'researchers', 'researcher', 'executives', 'engineers', 'scientists', 'traders', 'employees', 'staff', 'workers']);
/** Nouns before "from X" that make X a source of data, an organisation ("ship-tracking data from X"). */
const DATA_WORDS = new Set(['data', 'figures', 'statistics', 'estimates', 'analysis', 'research', 'polling']);

/** Words after "X shares" or "X stock" that make it a company's ("X shares fell"; "Anna shares her view" does not). */
const SHARE_MOVES = new Set(['fell', 'rose', 'closed', 'jumped', 'slid', 'dropped', 'gained', 'tumbled', 'surged', 'climbed', 'sank', 'slumped', 'soared', 'plunged', 'edged', 'were', 'have', 'are', 'traded', 'ended', 'lost', 'added', 'opened', 'rallied', 'slipped']);
/** Nouns after a name that make it an outlet's ("Al-Manar television", "Kommersant newspaper"). */
const OUTLET_NOUNS = new Set(['television', 'tv', 'radio', 'newspaper', 'broadcaster', 'channel']);
/** Nouns after a name that make it a pollster's ("a Velmar poll put the party on 20%"). */
const POLL_WORDS = new Set(['poll', 'polls', 'survey']);

/** A company by the words around: "X and other equipment makers", "X shares fell", "shares of X", "carmakers such as X and Y". */
export function isCompanyByContext(tokens: Token[], start: number, end: number): boolean {
  const next = tokens[end];
  if (next && !next.capitalized && !next.punct) {
    if (POLL_WORDS.has(next.lower)) return true;
    // "told Al-Manar television": an outlet named before what it is.
    if (OUTLET_NOUNS.has(next.lower) && !tokens[end - 1].possessive) return true;
    // "NK Insider analysts say": people named by the firm they work at (not by their field: "Security analysts").
    if (EMPLOYEE_NOUNS.has(next.lower) && next.lower.endsWith('s') && end - start >= 2 && !tokens[end - 1].possessive && !tokens.slice(start, end).every((word) => NON_PERSON_WORDS.has(word.lower))) return true;
    if (tokens[end - 1].possessive && (COMPANY_OWNED.has(next.lower) || (next.lower === 'chief' && tokens[end + 1]?.lower === 'executive'))) return true;
    if ((next.lower === 'shares' || next.lower === 'stock') && SHARE_MOVES.has(tokens[end + 1]?.lower ?? '')) return true;
    if (next.lower === 'and' && tokens[end + 1]?.lower === 'other') {
      for (let k = end + 2; k <= end + 4; k++) {
        const word = tokens[k];
        if (!word || word.punct || word.capitalized) break;
        if (COMPANY_PLURALS.has(word.lower) || word.lower.endsWith('makers')) return true;
      }
    }
  }
  if (tokens[start - 1]?.lower === 'of' && (tokens[start - 2]?.lower === 'shares' || tokens[start - 2]?.lower === 'shareholders')) return true;
  // "analysts at Harlow Sachs", "economists at the Kiel Institute": where such people work is an organisation.
  const at = tokens[start - 1]?.lower === 'the' ? start - 2 : start - 1;
  if (tokens[at]?.lower === 'at' && EMPLOYEE_NOUNS.has(tokens[at - 1]?.lower ?? '')) return true;
  // "his stake in Volgarin", "ship-tracking data from TankWatcher".
  if (tokens[start - 1]?.lower === 'in' && STAKE_WORDS.has(tokens[start - 2]?.lower ?? '')) return true;
  if (tokens[start - 1]?.lower === 'from' && DATA_WORDS.has(tokens[start - 2]?.lower ?? '')) return true;
  // "a subsidiary of X", "a consortium led by X", "the mine is operated by X": who owns a subsidiary, leads a consortium
  // or operates a site is a company.
  if (tokens[start - 1]?.lower === 'of' && /^(subsidiary|subsidiaries|affiliate)$/.test(tokens[start - 2]?.lower ?? '')) return true;
  if (tokens[start - 1]?.lower === 'by' && (tokens[start - 2]?.lower === 'operated' || (/^(led|headed)$/.test(tokens[start - 2]?.lower ?? '') && /^(consortium|venture)$/.test(tokens[start - 3]?.lower ?? '')))) return true;
  // "a joint venture between X and Y": the partners of a venture are companies.
  const first = firstOfList(tokens, start);
  if (tokens[first - 1]?.lower === 'between' && tokens[first - 2]?.lower === 'venture') return true;
  // "X said in a stock exchange filing": what files with a regulator is a company.
  if (next?.lower === 'said' && tokens[end + 1]?.lower === 'in' && /^(a|its)$/.test(tokens[end + 2]?.lower ?? '') && tokens.slice(end + 3, end + 6).some((word) => /^filings?$/.test(word.lower))) return true;
  // "a poll published last month by Invamer": who carried out a poll is a pollster.
  if (tokens[start - 1]?.lower === 'by' && tokens.slice(Math.max(0, start - 6), start - 1).some((word) => POLL_WORDS.has(word.lower))) return true;
  // "Volgaline, a port operator in Riga": an apposition that says what kind of company it is.
  // ("Srpska Lista, the main Kosovo Serb party": names may stand inside it.)
  if (next?.text === ',' && /^(a|an|the)$/.test(tokens[end + 1]?.lower ?? '')) {
    for (let k = end + 2; k < end + 7; k++) {
      const word = tokens[k];
      if (!word || word.punct) break;
      if (word.capitalized) continue;
      // ("Jo Vik, a vice president of the party": past a preposition the head has come, and it was no trade word.)
      if (PREPOSITIONS.has(word.lower)) break;
      // (The trade word must head the apposition: "Jane Roe, a company spokeswoman," is a person.)
      const after = tokens[k + 1];
      // ("X, an Islamist militia linked to …", "X, a rebel group backed by …": a participle may follow the head.)
      const heads = !after || after.punct || (PREPOSITIONS.has(after.lower) && (after.lower !== 'of' || MEMBERSHIP_NOUNS.has(word.lower) || FIRM_OF_NOUNS.has(word.lower))) || /^(that|which|based|owned|controlled|linked|backed|allied|aligned|affiliated|loyal|funded|led|run|founded|formed)$/.test(after.lower);
      if ((ORGANIZATION_DESCRIPTORS.has(word.lower) || APPOSITION_ORGANISATIONS.has(word.lower)) && heads) return true;
    }
  }
  // "U.S. majors Chevron and ExxonMobil", "carmakers Toyota and Honda", "miners Orvik and Tarn": names listed right after
  // a plural of companies (in news a list after "miners" or "traders" names firms; people by trade, "farmers", are none).
  const kind = tokens[first - 1];
  if (kind && !kind.capitalized && (ORGANISATION_PLURALS.has(kind.lower) || COMPANY_PLURALS.has(kind.lower)) && (first < start || /^(and|,)$/.test(tokens[end]?.lower ?? ''))) return true;
  const plural = tokens[first - 3]?.lower ?? '';
  return tokens[first - 1]?.lower === 'as' && tokens[first - 2]?.lower === 'such' && (COMPANY_PLURALS.has(plural) || plural.endsWith('makers'));
}

/** Where the list ("A, B and C") that the name at `start` belongs to begins: `start` itself when it is in none. */
function firstOfList(tokens: Token[], start: number): number {
  let first = start;
  let at = start - 1;
  for (let steps = 0; steps < 6 && at > 0 && (tokens[at].text === ',' || tokens[at].lower === 'and'); steps++) {
    let before = at - 1;
    if (!tokens[before]?.capitalized || tokens[before].punct) break;
    while (before > 0 && tokens[before - 1].capitalized && !tokens[before - 1].punct) before--;
    first = before;
    at = before - 1;
  }
  return first;
}

/** How far back "with" or "between" may stand before a treaty's partner ("between Kessa Union and Civic Renewal"). */
const PARTNER_REACH = 6;

/**
 * "signed an agreement with the Civic Renewal, the first pact …": a name after "with" or "between" a lower-case treaty
 * noun is a partner of that text, and the apposition after it describes the text, not the partner.
 */
function isTreatyPartner(tokens: Token[], start: number): boolean {
  let at = start - 1;
  // Back past the other partners of a list ("between Kessa Union and …"): names, "and", "the".
  while (at >= Math.max(0, start - PARTNER_REACH) && (tokens[at].capitalized || /^(and|the)$/.test(tokens[at].lower))) at--;
  if (!/^(with|between)$/.test(tokens[at]?.lower ?? '')) return false;
  return tokens.slice(Math.max(0, at - 3), at).some((token) => !token.capitalized && TREATY_HEADS.has(token.lower));
}

/** Nouns for those bound by a treaty, before "to" or "of" and its name ("parties to X", "a signatory of X"). */
const BOUND_PARTY_NOUNS = new Set(['party', 'parties', 'signatory', 'signatories']);

/**
 * "the parties to MARPOL Annex VI", "a signatory of the Varn Accord": what states are parties or signatories to is a
 * treaty, whatever its own words say (one word alone may be a state's name: the caller asks the gazetteer first).
 */
export function isTreatyByParties(tokens: Token[], start: number): boolean {
  const at = tokens[start - 1]?.lower === 'the' ? start - 2 : start - 1;
  return /^(to|of)$/.test(tokens[at]?.lower ?? '') && BOUND_PARTY_NOUNS.has(tokens[at - 1]?.lower ?? '') && !tokens[at - 1].capitalized;
}

/** Words after a treaty noun that make it the head of an apposition ("an agreement signed in 2025", "a pact that …"). */
const TREATY_NOUN_FOLLOWERS = new Set(['signed', 'reached', 'struck', 'agreed', 'concluded', 'that', 'which', 'between', 'under', 'with', ',', '.']);

/**
 * "the Kessa-Loma Free Trade Zone, an agreement signed in January": an apposition headed by a treaty noun makes the
 * name a treaty's, whatever its own head word says.
 */
export function isTreatyByApposition(tokens: Token[], start: number, end: number): boolean {
  if (tokens[end]?.text !== ',' || !/^(a|an|the)$/.test(tokens[end + 1]?.lower ?? '') || isTreatyPartner(tokens, start)) return false;
  for (let k = end + 2; k <= end + 4; k++) {
    const word = tokens[k];
    if (!word || word.punct || word.capitalized) return false;
    if (TREATY_HEADS.has(word.lower)) return TREATY_NOUN_FOLLOWERS.has(tokens[k + 1]?.lower ?? '.');
  }
  return false;
}
