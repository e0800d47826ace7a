// Names that open with a state ("North Korean leader Kim Jong Un", "South Korea's Ministry of Unification", "Iran's
// parliament"): `statePrefix` finds the state, `classifyAfterState` reads the body, title, person or group after it.
import { countryByCapital, countryByDemonym, countryByName, lookupKey } from './gazetteer.ts';
import { joinTokens, type Token } from './tokens.ts';
import { PREPOSITIONS } from './lexicon/prepositions.ts';
import { GOVERNMENT_BODY_HEADS, GROUP_NOUNS, FORCE_GROUP_NOUNS, MEDIA_WORDS, AREA_WORDS, STATE_ACTOR_NOUNS, STATE_BODY_NOUNS } from './lexicon/headWords.ts';
import { RANK_WORDS, titleRelation } from './lexicon/titles.ts';
import { chunkEnd } from './nameChunks.ts';
import { isStateBodyName, classifyChunk, titleAt, personAfterTitle, isAmbiguousBody, bodyMention, placeMention } from './chunkKinds.ts';
import type { Mention } from './mentions.ts';

/** The state named at the start of a chunk, by demonym ("North Korean") or name ("North Korea's"). */
export function statePrefix(words: Token[]): { length: number; code: string; name: string; demonym: boolean } | undefined {
  for (let length = Math.min(3, words.length); length >= 1; length--) {
    const text = joinTokens(words.slice(0, length));
    // ("the Indian Ocean Commission": the ocean's adjective, no state's.)
    const demonym = words[length]?.lower === 'ocean' ? undefined : countryByDemonym(text);
    if (demonym) return { length, code: demonym.code, name: demonym.name, demonym: true };
    // A state's name is a prefix only when something follows it, or it is possessive ("Chile's"); and not when it
    // opens its capital's name ("the Mexico City Memorandum").
    const country = (length < words.length || words[length - 1].possessive) && !countryByCapital(joinTokens(words.slice(0, length + 1))) && countryByName(text);
    if (country) return { length, code: country.code, name: country.name, demonym: false };
  }
  return undefined;
}

/** What follows a state prefix: a body, a title and person, a group, or the state acting. */
export function classifyAfterState(sentence: number, tokens: Token[], start: number, chunkEndIndex: number, state: Mention, demonym: boolean): Mention[] | undefined {
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
      // cause no state keeps a body for is an organisation; "the Russian Security Council" is the state's; so is one
      // with the state's name run into it, "the Cyprus Refugee Council".)
      const charity = !state.possessive && /^(council|committee)$/.test(mention.name.split(/\s+/).at(-1)!.toLowerCase()) && !isStateBodyName(mention.name.toLowerCase().split(/\s+/));
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
  // ("Kessa's Police and Coast Guard Board": not when the body's word opens a longer name.)
  if (capitalBody?.capitalized && SINGLE_WORD_BODIES.has(capitalBody.lower) && !(following?.capitalized && !following.punct) && chunkEnd(tokens, chunkEndIndex) === chunkEndIndex + 1) {
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
  // "the Slovenian fishermen's association": the body a trade forms is an organisation, not the trade's members as a
  // group.
  const trade = after.length === 1 && after[0].possessive ? after[0] : undefined;
  const formed = tokens[chunkEndIndex + 1];
  if (trade && GROUP_NOUNS.has(trade.lower) && formed && !formed.capitalized && TRADE_BODY_HEADS.has(formed.lower)) {
    const end = chunkEndIndex + 2;
    const text = surfaceText(tokens.slice(state.start, end));
    state.modifier = true;
    return [state, { ...state, end, text, kind: 'Organization', key: `org:${lookupKey(text)}`, name: text, state: undefined, modifier: false, possessive: formed.possessive }];
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
  // "Niger's military ruler": a military government's head rules the state; no armed forces are named ("military chief" names them).
  if (phrase === 'military' && /^(ruler|leader)$/.test(tokens[from + length - 1].lower)) return undefined;
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

/** Bodies a trade's members form ("fishermen's association", "farmers' union"). */
const TRADE_BODY_HEADS: ReadonlySet<string> = new Set(['association', 'associations', 'union', 'unions', 'federation', 'cooperative', 'co-operative', 'guild', 'syndicate', 'council', 'chamber', 'alliance', 'network', 'confederation', 'society']);

/** One-word bodies a demonym or possessive names on its own ("the Borovian presidency", "Iran's parliament"). */
const SINGLE_WORD_BODIES: ReadonlySet<string> = new Set(['presidency', 'parliament', 'cabinet', 'senate', 'congress', 'judiciary', 'legislature', 'embassy', 'consulate', 'police']);
