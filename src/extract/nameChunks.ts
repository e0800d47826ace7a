// Where a capitalised name starts and ends in a sentence's tokens: the chunk scan that `findMentions` and the
// classifiers run on, and the word tests it rests on (function words, particles, titles, head words).
import { countryByCapital, countryByDemonym, countryByName, countryBySeat, isLargeCity, isWorldRegion } from './gazetteer.ts';
import { joinTokens, type Token } from './tokens.ts';
import { NON_NAME_WORDS } from './lexicon/capitalisedWords.ts';
import { GOVERNMENT_BODY_HEADS, STATE_NAMED_MOVEMENTS, LEGISLATURE_NAMES, CHAMBER_MEMBERS, ORGANIZATION_HEADS, PLACE_HEADS, NON_PERSON_WORDS, TREATY_HEADS, STATE_BODY_DOMAINS } from './lexicon/headWords.ts';
import { HONORIFICS, isPortfolioWord, titleRelation } from './lexicon/titles.ts';
import { LOCATIVE } from './nameContext.ts';
import { isPluralAcronym } from './acronyms.ts';
import { postingEnd } from './postedEnvoys.ts';
import { CONNECTORS_AFTER_HEAD, NAME_PREPOSITIONS, AMBIGUOUS_BODY_HEADS, PLACE_PREFIXES, FOREIGN_CONNECTORS, NAME_PARTICLES } from './lexicon/nameWords.ts';

/** Lower-case words that join the parts of a treaty's long name ("… Trade in Endangered Species of Wild Fauna and Flora"). */
const TREATY_NAME_JOINERS = new Set(['in', 'of', 'and', 'against', 'on', 'for', 'from']);

/** Where a capitalised chunk starting at `start` ends (exclusive). */
export function chunkEnd(tokens: Token[], start: number): number {
  if (start >= tokens.length) return start;
  // "Ambassador to Chile Luis Pardo": the posting is a name of its own, the envoy's another.
  const posting = postingEnd(tokens, start);
  if (posting !== undefined) return posting;
  let end = start + 1;
  if (endsNameAtPossessive(tokens[start]) && !isOfficeOfTitle(tokens, start)) return isPossessivePlaceName(tokens, start) ? end + 1 : end;
  let connected = false;
  // Opened by "for" ("Front for the Liberation of …"): states may follow inside the name.
  let purpose = false;
  // Opened by a treaty's head and a connector ("Convention on …"): the treaty's long name may go on.
  let treatyConnected = false;
  while (end < tokens.length) {
    const token = tokens[end];
    // "Ministry of Economy, Trade and Industry": a list of domains inside the connected part.
    if (connected && token.text === ',' && startsConnectedName(tokens, end + 1)) {
      const and = tokens.findIndex((word, k) => k > end + 1 && k <= end + 5 && word.lower === 'and');
      if (and > 0 && !tokens.slice(end + 1, and).some((word) => word.punct || !word.capitalized) && startsConnectedName(tokens, and + 1)) {
        end = and + 1;
        continue;
      }
    }
    // "Foreign, Commonwealth and Development Office": domains listed before a body's head word.
    // ("Mines, Petroleum and Gas Board": portfolios listed so too.)
    if (!connected && token.text === ',' && (NON_PERSON_WORDS.has(tokens[end - 1].lower) || isPortfolioWord(tokens[end - 1].lower))) {
      const listEnd = domainListEnd(tokens, end);
      if (listEnd) {
        end = listEnd;
        break;
      }
    }
    if (token.punct || isPluralAcronym(token)) break;
    // "Alternative für Deutschland": a connector of another language inside a party's or a body's name.
    if (FOREIGN_CONNECTORS.has(token.lower) && tokens[end + 1]?.capitalized && !tokens[end + 1].punct) {
      end += 2;
      continue;
    }
    // "Doctors Without Borders": a capitalised preposition between capitalised words is inside a name.
    if (NAME_PREPOSITIONS.has(token.text) && tokens[end - 1].capitalized && !tokens[end - 1].punct && tokens[end + 1]?.capitalized && !tokens[end + 1].punct) {
      end += 2;
      continue;
    }
    // "Jalisco New Generation Cartel": a capitalised "New" between names is inside the name.
    if (token.text === 'New' && tokens[end + 1]?.capitalized && !tokens[end + 1].punct && !isNonName(tokens, end + 1)) {
      end++;
      continue;
    }
    // "Agreement on the Path to Normalisation": "to" inside the connected part of a treaty's name.
    if (connected && token.lower === 'to' && TREATY_HEADS.has(tokens[tokens[start].lower === 'the' ? start + 1 : start]?.lower ?? '') && startsConnectedName(tokens, end + 1)) {
      end++;
      continue;
    }
    // "the Defense of Greenland Agreement": "of" inside a short name that a treaty word ends.
    if (token.lower === 'of' && !connected && end - start <= 2 && continuesName(tokens, end + 1)) {
      const after = chunkEnd(tokens, end + 1);
      if (after - end <= 4 && TREATY_HEADS.has(tokens[after - 1].lower) && !TREATY_HEADS.has(previousLower(tokens, end))) {
        end = after;
        break;
      }
    }
    // "Human Rights Watch": a head word that is no name on its own ("Watch:") ends a name it follows.
    const headInside = token.capitalized && isNonName(tokens, end) && ORGANIZATION_HEADS.has(token.lower);
    if ((token.capitalized && !isNonName(tokens, end)) || isParticleName(token) || headInside) {
      end++;
      if (endsNameAtPossessive(token) && !isOfficeOfTitle(tokens, end - 1)) break;
      continue;
    }
    // "Ursula von der Leyen": lower-case particles between parts of a name.
    const previous = tokens[end - 1];
    const next = tokens[end + 1];
    // "the Balkans in Europe Policy Advisory Group": "in" inside a think tank's name, after "the" and one word.
    if (token.lower === 'in' && end - start === 1 && tokens[start - 1]?.lower === 'the' && continuesName(tokens, end + 1)) {
      const nameEnd = chunkEnd(tokens, end + 1);
      if (nameEnd - end <= 5 && nameEnd - end >= 3 && ORGANIZATION_HEADS.has(tokens[nameEnd - 1].lower) && !countryByName(joinTokens(tokens.slice(end + 1, nameEnd)))) {
        end = nameEnd;
        break;
      }
    }
    // "the Islamic State in West Africa Province": a movement named as a state has branches named "in" the province.
    if (token.lower === 'in' && end - start === 2 && STATE_NAMED_MOVEMENTS.has(`${tokens[start].lower} ${previous.lower}`) && continuesName(tokens, end + 1)) {
      const provinceEnd = chunkEnd(tokens, end + 1);
      if (tokens[provinceEnd - 1].text === 'Province') {
        end = provinceEnd;
        break;
      }
    }
    // "the Organization for Security and Co-operation in Europe": a connected name goes on into the region it serves.
    if (token.lower === 'in' && connected && next?.capitalized && !next.punct && tokens.slice(start, end).some((word) => ORGANIZATION_HEADS.has(word.lower) || GOVERNMENT_BODY_HEADS.has(word.lower))) {
      const regionEnd = chunkEnd(tokens, end + 1);
      if (isWorldRegion(joinTokens(tokens.slice(end + 1, regionEnd)))) {
        end = regionEnd;
        break;
      }
    }
    // "the United Nations Verification Mission in Colombia": a mission is named with the state it serves in.
    if (token.lower === 'in' && previous.text === 'Mission' && next?.capitalized && !next.punct) {
      const stateEnd = chunkEnd(tokens, end + 1);
      if (countryByName(joinTokens(tokens.slice(end + 1, stateEnd)))) {
        end = stateEnd;
        break;
      }
    }
    // "the House of Representatives", "the House of Lords": a chamber of a legislature, named after its members.
    if (token.lower === 'of' && previous.text === 'House' && next?.capitalized && CHAMBER_MEMBERS.has(next.lower)) {
      end += 2;
      break;
    }
    // "the Strait of Karun", "the Gulf of Mexico": a geographic head takes the name after "of", a state's too.
    if (token.lower === 'of' && end - start === 1 && PLACE_PREFIXES.has(previous.lower) && previous.capitalized && next?.capitalized && !next.punct && !isNonName(tokens, end + 1)) {
      end = chunkEnd(tokens, end + 1);
      break;
    }
    if (NAME_PARTICLES.has(token.lower) && previous.capitalized) {
      let after = end;
      while (tokens[after] && NAME_PARTICLES.has(tokens[after].lower)) after++;
      if (tokens[after]?.capitalized && !tokens[after].punct && !isNonName(tokens, after)) {
        end = after;
        continue;
      }
    }
    // "Ministry of Unification", "Council of the European Union", "Institute for Policy Studies": a connector
    // (and "the") after a head word, when a name follows that is not a state's ("the Ministry of Defence of Russia").
    // Once inside, the name may go on: "Court of Justice of the European Union", "Centre for the Study of Migration".
    // "Convention on International Trade in Endangered Species of Wild Fauna and Flora", "Convention against Illicit
    // Traffic in Narcotic Drugs": a treaty's long name runs through the lower-case words joining its capitalised ones
    // (not into a place after "in": "the Treaty on X in Geneva").
    const treatyAgainst = token.lower === 'against' && TREATY_HEADS.has(previous.lower) && previous.capitalized;
    if ((treatyConnected || treatyAgainst) && TREATY_NAME_JOINERS.has(token.lower) && previous.capitalized && !previous.punct && !previous.possessive) {
      const partStart = next?.lower === 'the' && token.lower !== 'and' ? end + 2 : end + 1;
      const partEnd = tokens[partStart]?.capitalized && !tokens[partStart].punct && !isNonName(tokens, partStart) ? chunkEnd(tokens, partStart) : partStart;
      const part = joinTokens(tokens.slice(partStart, partEnd));
      const place = token.lower === 'in' && (countryByName(part) || countryByCapital(part) || isWorldRegion(part) || isLargeCity(part));
      if (partEnd > partStart && !place) {
        treatyConnected = true;
        connected = true;
        end = partStart;
        continue;
      }
    }
    if (CONNECTORS_AFTER_HEAD.has(token.lower) && TREATY_HEADS.has(previous.lower) && previous.capitalized && !connected) treatyConnected = true;
    if (CONNECTORS_AFTER_HEAD.has(token.lower) && (connected || GOVERNMENT_BODY_HEADS.has(previous.lower) || ORGANIZATION_HEADS.has(previous.lower) || TREATY_HEADS.has(previous.lower) || CONNECTED_HEADS.has(previous.lower))) {
      const nameStart = next?.lower === 'the' ? end + 2 : end + 1;
      const nameEnd = tokens[nameStart]?.capitalized ? chunkEnd(tokens, nameStart) : nameStart;
      // "Democratic Republic of Congo": a state's whole name runs through the connector.
      // (A sentence's opening "The" is not part of it.)
      const nameFrom = tokens[start].lower === 'the' ? start + 1 : start;
      if (nameEnd > nameStart && countryByName(joinTokens(tokens.slice(nameFrom, nameEnd)))) {
        end = nameEnd;
        continue;
      }
      // "University of the Philippines", "Armed Forces of the Philippines": one head's "of" takes a state into the name
      // (not a ministry's or a department's: "the Ministry of Defence of Russia" is Russia's ministry, named apart).
      if (!connected && token.lower === 'of' && end - nameFrom <= 3 && (ORGANIZATION_HEADS.has(previous.lower) || (GOVERNMENT_BODY_HEADS.has(previous.lower) && !/^(ministry|department)$/.test(previous.lower) && !LEGISLATURE_NAMES.has(previous.lower))) && nameEnd > nameStart && countryByName(joinTokens(tokens.slice(nameStart, nameEnd)))) {
        end = nameEnd;
        break;
      }
      // "the Agreement on Gibraltar", "the Protocol on Ireland": a treaty's name goes on into the state it is on.
      if (token.lower === 'on' && TREATY_HEADS.has(previous.lower) && previous.capitalized && nameEnd > nameStart && countryByName(joinTokens(tokens.slice(nameStart, nameEnd)))) {
        end = nameEnd;
        break;
      }
      // "Chamber of Mines of Zambia": an organisation's connected name goes on into its state (a state's body's does not:
      // "the Ministry of Defence of Russia").
      if (connected && token.lower === 'of' && ORGANIZATION_HEADS.has(tokens[nameFrom].lower) && !GOVERNMENT_BODY_HEADS.has(tokens[nameFrom].lower) && nameEnd > nameStart && countryByName(joinTokens(tokens.slice(nameStart, nameEnd)))) {
        end = nameEnd;
        break;
      }
      // "Popular Front for the Liberation of Chad and Niger": after "for the <cause> of", states are the cause's.
      if (purpose && token.lower === 'of' && nameEnd > nameStart && countryByName(joinTokens(tokens.slice(nameStart, nameEnd)))) {
        end = nameEnd;
        const second = tokens[end]?.lower === 'and' && tokens[end + 1]?.capitalized ? chunkEnd(tokens, end + 1) : end;
        if (second > end + 1 && countryByName(joinTokens(tokens.slice(end + 1, second)))) end = second;
        break;
      }
      // "… of the Workers' Party": a party, ministry or army after "the" is a body of a state, named apart.
      // (Its head stands before its own "of <state>": "Communist Party of Vietnam".)
      const ownOf = tokens.findIndex((word, k) => k > nameStart && k < nameEnd && word.lower === 'of');
      const lastWord = tokens[(ownOf > 0 ? ownOf : nameEnd) - 1]?.lower.replace(/'s?$/, '') ?? '';
      // ("the Operational Command of the Polish Armed Forces": a command or staff of an army is named with it.)
      const ownBody = nameStart > end + 1 && GOVERNMENT_BODY_HEADS.has(lastWord) && !AMBIGUOUS_BODY_HEADS.has(lastWord) && !/^(command|staff)$/.test(previous.lower);
      if (startsConnectedName(tokens, nameStart, nameEnd) && !ownBody) {
        if (!connected && token.lower === 'for' && nameStart === end + 2) purpose = true;
        connected = true;
        end = nameStart;
        continue;
      }
    }
    // "Bosnia and Herzegovina", "Trinidad and Tobago": a state's name with "and" inside is one name.
    if (token.lower === 'and' && tokens[end + 1]?.capitalized && !tokens[end + 1].punct) {
      const nameFrom = tokens[start].lower === 'the' ? start + 1 : start;
      const stateEnd = [end + 2, end + 3].find((k) => countryByName(joinTokens(tokens.slice(nameFrom, k))) && tokens.slice(end + 1, k).every((word) => word.capitalized && !word.punct));
      if (stateEnd) {
        end = stateEnd;
        if (tokens[end - 1].possessive) break;
        continue;
      }
    }
    // "Kivu Peace and Integration Agreement", "Hostages and Missing Families Forum": "and" between two halves of one
    // name that ends in a head word, when the first half has none of its own and names nothing else.
    const afterAnd = token.lower === 'and' && tokens[end + 1]?.capitalized ? chunkEnd(tokens, end + 1) : end + 1;
    if (!connected && afterAnd > end + 1 && startsConnectedName(tokens, end + 1, afterAnd)) {
      const after = afterAnd;
      const left = tokens.slice(start, end);
      const leftText = joinTokens(left);
      // (A mission's head stands before the state it serves in: "… Mission in Somalia".)
      const served = tokens.slice(end + 1, after).findIndex((word) => word.lower === 'in');
      const last = tokens[served > 0 ? end + served : after - 1].lower;
      // ("African Union Support and Stabilization Mission": a head word inside the first half, not ending it, names
      // nothing of its own.)
      const lastLeft = left.at(-1)!.lower;
      // ("Police and Coast Guard Board", "Customs and Excise Department": a state's service alone before "and" opens a
      // body's name.)
      // ("U.S. Customs and Border Protection": after the state that owns it too.)
      const service = left.filter((word, k) => word.lower !== 'the' && !(k === left.length - 2 && countryByName(word.text))).length === 1 && STATE_BODY_DOMAINS.has(lastLeft) && STATE_SERVICE_HEADS.has(last);
      const leftIsName = !service && (GOVERNMENT_BODY_HEADS.has(lastLeft) || ORGANIZATION_HEADS.has(lastLeft) || TREATY_HEADS.has(lastLeft) || countryBySeat(leftText) || countryByName(leftText) || countryByDemonym(leftText));
      if ((TREATY_HEADS.has(last) || JOINED_NAME_HEADS.has(last) || service) && !leftIsName && after - end <= 5) {
        end = after;
        continue;
      }
    }
    // "Ministry of Oceans and Fisheries", "Department of Health and Human Services": "and" inside the connected part,
    // before words that are not a name of their own (no state, no head word of another body).
    if (connected && afterAnd > end + 1 && startsConnectedName(tokens, end + 1, afterAnd)) {
      const words = tokens.slice(end + 1, afterAnd);
      // ("Abuja Framework on Trade and Movement": in a treaty's name, an organisation's head word is a common noun.)
      const treatyNamed = words.length <= 2 && tokens.slice(start, end).some((word, k, span) => TREATY_HEADS.has(word.lower) && CONNECTORS_AFTER_HEAD.has(span[k + 1]?.lower ?? ''));
      // ("Ministry of Trade and Industry", "Ministry of Mines and Energy": so is it in a ministry's portfolio.)
      // (Its last "and" only: "… and Industry and Velmar Steel" names a firm after it.)
      const portfolio = tokens.slice(start, end).some((word, k, span) => PORTFOLIO_OWNERS.has(word.lower) && CONNECTORS_AFTER_HEAD.has(span[k + 1]?.lower ?? '')) && !tokens.slice(start, end).some((word) => word.lower === 'and');
      if (!words.some((word) => GOVERNMENT_BODY_HEADS.has(word.lower) || (ORGANIZATION_HEADS.has(word.lower) && !treatyNamed && !portfolio)) && !countryByDemonym(joinTokens(words))) {
        end += 1;
        continue;
      }
    }
    break;
  }
  return end;
}

/**
 * Where a body's name ends when its domains are listed from the comma at `comma` ("…, Commonwealth and Development
 * Office"): one or two capitalised words, "and", and a name that a body's head word ends; undefined otherwise.
 */
function domainListEnd(tokens: Token[], comma: number): number | undefined {
  let at = comma + 1;
  while (at < comma + 3 && continuesName(tokens, at)) at++;
  if (at === comma + 1 || tokens[at]?.lower !== 'and' || !continuesName(tokens, at + 1)) return undefined;
  const end = chunkEnd(tokens, at + 1);
  const head = tokens[end - 1].lower;
  return end - at <= 4 && (GOVERNMENT_BODY_HEADS.has(head) || ORGANIZATION_HEADS.has(head)) ? end : undefined;
}

/** True when the word at `index` can go on a name: capitalised, and no function word. */
function continuesName(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  return Boolean(token?.capitalized && !token.punct && !isNonName(tokens, index));
}

/** The word before `index`, in lower case ('' at the start). */
function previousLower(tokens: Token[], index: number): string {
  return tokens[index - 1]?.lower ?? '';
}

/** A head word of a place, an organisation or a body ("Strait", "Shipping", "Ministry"). */
export function isHeadWord(word: string): boolean {
  return PLACE_HEADS.has(word) || ORGANIZATION_HEADS.has(word) || GOVERNMENT_BODY_HEADS.has(word);
}

/** Heads of institutions whose names join two halves with "and" ("Hostages and Missing Families Forum"); firms' heads
 * are not among them ("Volkswagen and Honda Motor" are two firms). */
const JOINED_NAME_HEADS = new Set(['forum', 'council', 'commission', 'committee', 'institute', 'centre', 'center', 'movement', 'alliance', 'front', 'union', 'association', 'foundation', 'network', 'fund', 'party', 'coalition', 'society', 'league', 'mission',
  // ("Parks and Wildlife Authority", "Food and Drug Administration": bodies of a state are named so too.)
  'authority', 'agency', 'administration', 'board', 'service', 'bureau']);

/** Heads of a state's services that a service word and "and" may open ("Customs and Excise Department"). */
const STATE_SERVICE_HEADS = new Set(['authority', 'agency', 'administration', 'board', 'service', 'bureau', 'department', 'directorate', 'protection']);

/** Heads of a name whose "of" opens a portfolio, in which trades are common nouns ("Ministry of Mines and Energy"). */
const PORTFOLIO_OWNERS = new Set(['ministry', 'department', 'minister', 'secretary']);

/** Words that take "of" into a name as head words do ("Republic of Korea", "Secretary of State"). */
const CONNECTED_HEADS = new Set(['republic', 'secretary', 'minister', 'kingdom', 'state', 'states', 'people', 'coordination', 'front', 'government']);

/**
 * A name can go on at `index` after a connector: a capitalised word that is no function word and starts no state.
 * `end`: where the name from `index` ends, when the caller has it already.
 */
function startsConnectedName(tokens: Token[], index: number, end?: number): boolean {
  const token = tokens[index];
  // ("the Policy Center for the New South": "New" before another capitalised word opens the name.)
  const opensWithNew = token?.lower === 'new' && Boolean(tokens[index + 1]?.capitalized) && !tokens[index + 1].punct;
  if (!token?.capitalized || token.punct || (isNonName(tokens, index) && !opensWithNew)) return false;
  return !countryByName(joinTokens(tokens.slice(index, end ?? chunkEnd(tokens, index))));
}

/**
 * "in Cox's Bazar": after a locative, a possessive word and one more name, neither a state nor a capital nor a head
 * word, with no name after them, are one place's name.
 */
function isPossessivePlaceName(tokens: Token[], start: number): boolean {
  const [owner, named, after] = [tokens[start], tokens[start + 1], tokens[start + 2]];
  if (!LOCATIVE.has(tokens[start - 1]?.lower ?? '') || !named?.capitalized || named.punct || named.possessive || isNonName(tokens, start + 1) || (after?.capitalized && !after.punct)) return false;
  const words = [owner.text, named.text];
  return !words.some((word) => countryByName(word) || countryByCapital(word) || countryByDemonym(word) || isHeadWord(word.toLowerCase()) || titleRelation(word.toLowerCase()));
}

/** "the Prime Minister's Office": an office named after the title of the one it serves, one name. */
export function isOfficeOfTitle(tokens: Token[], index: number): boolean {
  return tokens[index + 1]?.text === 'Office' && Boolean(titleRelation(tokens[index].lower));
}

/** "North Korea's …" ends a name at the 's; a plural possessive may sit inside one ("Workers' Party"). */
function endsNameAtPossessive(token: Token): boolean {
  // "People's Liberation Army", "People's Bank of China": "People's" opens names rather than owning them.
  return token.possessive && !token.text.endsWith("'") && !/^people/i.test(token.text);
}

/** "al-Hadadi": a particle joined to a capitalised name. */
export function isParticleName(token: Token): boolean {
  return /^(al|el|ad|as|ash|bin|ibn|abu|ben|wal)-\p{Lu}/u.test(token.text);
}

/** True when the word at `index` names nothing: a function or calendar word (but "Jan" before a name is a first name). */
export function isNonName(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  // "US" in capitals is the state, not the pronoun.
  if (token.text === 'US') return false;
  // "Foreign Minister Jan Vogt": a month's short form with no dot, a name after it, is a first name.
  const next = tokens[index + 1];
  if (next?.capitalized && !next.punct && FIRST_NAME_MONTHS.has(token.text)) return false;
  // "General Secretary To Lam": a capitalised function word between a title and a name opens the name.
  if (index > 0 && token.capitalized && next?.capitalized && !next.punct && titleRelation(tokens[index - 1].lower) && tokens[index - 1].capitalized && !NON_NAME_WORDS.has(next.lower)) return false;
  return NON_NAME_WORDS.has(token.lower.replace(/\.$/, ''));
}

/** Short forms of months that are first names too ("Jan Egeland"). */
const FIRST_NAME_MONTHS = new Set(['Jan']);

export function isTitleAt(tokens: Token[], index: number): boolean {
  return Boolean(titleRelation(tokens[index].lower)) || HONORIFICS.has(tokens[index].lower.replace(/\.$/, ''));
}
