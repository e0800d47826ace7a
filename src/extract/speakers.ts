// Who speaks, shared by direct quotes and reported speech: the context statements are read from, the speaker of a
// verb of saying, the subject right before a verb, the body whose voice a statement is, and the outlet relaying it.
import type { ParagraphSentence } from './sentences.ts';
import type { SentenceMentions, Mention } from './mentions.ts';
import type { ArticleEntities } from './entities.ts';
import { beforeBracketedAcronym, type Token } from './tokens.ts';
import { PREPOSITIONS } from './lexicon/prepositions.ts';
import { COMPLEMENT_TAKERS, OWN_VOICES, REPORTED_BY_CUES, SPEECH_VERBS } from './lexicon/reportingVerbs.ts';
import { RANK_WORDS, titleRelation } from './lexicon/titles.ts';
import { OPEN_QUOTE, CLOSE_QUOTE, type QuoteSpan } from './quoteMarks.ts';
import { CLAUSE_JOINERS } from './clauseTokens.ts';
import { GOVERNMENT_BODY_HEADS, INTERNATIONAL_BODY_HEADS } from './lexicon/headWords.ts';
import { NEWS_AGENCY_NAMES, OUTLET_NAME } from './lexicon/newsOrganizations.ts';

export interface StatementContext {
  sentences: ParagraphSentence[];
  mentions: SentenceMentions[];
  resolved: ArticleEntities;
  /** The article's quotation spans, from findQuoteSpans. */
  quotes: QuoteSpan[];
}

export function findVerb(tokens: Token[], from: number, to: number, verbs: ReadonlySet<string>): number | undefined {
  for (let i = from; i < to; i++) if (isVerb(tokens[i], verbs)) return i;
  return undefined;
}

/**
 * The speaker around a verb: the first person named before it (the head of "X, spokesman for Y, said"),
 * else the last body or state before it ("the South Korean Foreign Ministry said"), else the first after it ("said X").
 */
export function pickSpeaker(context: StatementContext, sentence: number, from: number, verb: number, to: number, leadIn = false): string | undefined {
  const { tokens } = context.mentions[sentence];
  // Names inside quotation marks are what was said, never who said it.
  const mentions = context.mentions[sentence].mentions.filter((mention) => !mention.inQuote);
  const actorAt = (mention: Mention) => actorKey(context, mention, tokens);
  // "with Seoul calling it …": a name right before the verb is its subject, whatever precedes it.
  const adjacent = mentions.find((mention) => mention.end === verb && mention.start >= from && context.resolved.entityOf.get(mention));
  if (adjacent && isSpeakerKind(context, context.resolved.entityOf.get(adjacent)!)) return personOf(context, mentions, tokens, adjacent) ?? context.resolved.entityOf.get(adjacent);
  // Before a quote, the verb's subject: the first actor of its clause (after any "reported that"), a named person first.
  if (leadIn) {
    for (let i = verb - 1; i > from; i--) {
      // "…,” while X, which …, accused Y of “…”": a clause joined after a comma has its own subject, when it names one
      // ("…,” but warned that …" shares the sentence's).
      // "X said it “…” Y, and Z wrote that “…”": after a clause of speech, ", and" opens another with its own speaker.
      const joiner = CLAUSE_JOINERS.has(tokens[i].lower) ||
        (tokens[i].lower === 'and' && tokens.slice(from, i).some((token) => isVerb(token, SPEECH_VERBS)));
      const joined = (tokens[i - 1].text === ',' || CLOSE_QUOTE.has(tokens[i - 1].text)) && joiner &&
        mentions.some((mention) => mention.start > i && mention.end <= verb && actorAt(mention));
      if (joined || (tokens[i].lower === 'that' && COMPLEMENT_TAKERS.has(tokens[i - 1].lower))) {
        from = i + 1;
        break;
      }
    }
    // "The minister said Britain would … and added: “…”": a name after a verb of saying is inside what was said.
    const firstSaying = tokens.findIndex((token, i) => i >= from && i < verb && isVerb(token, SPEECH_VERBS));
    const clause = mentions.filter((mention) => mention.start >= from && mention.end <= verb && actorAt(mention) && (firstSaying < 0 || mention.start < firstSaying));
    const first = clause[0];
    const person = first && (namedAfterOwner(clause, tokens) ?? clause.find((mention) => entityKind(context, actorAt(mention)!) === 'Person' && mention.start - first.end <= 4));
    if (person || first) return actorAt(person ?? first);
    if (firstSaying >= 0) return undefined;
  }
  const before = mentions.filter((mention) => mention.start >= from && mention.end <= verb).filter((mention) => actorAt(mention));
  const person = namedAfterOwner(before, tokens) ?? before.find((mention) => entityKind(context, actorAt(mention)!) === 'Person');
  if (person) return actorAt(person);
  const last = before.at(-1);
  if (last) return actorAt(last);
  // "said Foreign Minister X:" names the speaker; "said Britain would …" names the subject of what was said.
  const reportedSubject = (mention: Mention) => leadIn && CLAUSE_VERBS.has(tokens[mention.end]?.lower ?? '');
  // "…," a diplomat told Reuters: whom something is told to is the listener, not the speaker.
  const listener = (mention: Mention) => /^(told|tells|telling)$/.test(tokens[mention.start - 1]?.lower ?? '') || (tokens[mention.start - 1]?.lower === 'the' && /^(told|tells|telling)$/.test(tokens[mention.start - 2]?.lower ?? ''));
  const candidates = mentions.filter((mention) => mention.start > verb && mention.start < to).filter((mention) => actorAt(mention) && !reportedSubject(mention) && !listener(mention));
  // "said Semyonov's lawyer, Thomas Rieger": whose lawyer it is does not speak; the name after does.
  // "said Beijing's exports had become “…”": an owner of a thing that is no voice (not an office, spokesperson or
  // official) is inside what was said.
  const after = candidates.filter((mention) => !mention.possessive || (!candidates.some((other) => other.start > mention.start && !other.possessive) && ownsAVoice(tokens, mention)));
  const afterPerson = after.find((mention) => entityKind(context, actorAt(mention)!) === 'Person');
  const chosen = afterPerson ?? after[0];
  return chosen ? actorAt(chosen) : undefined;
}

/**
 * "X's lawyer, Y, said", "Y's spokeswoman, Z, said": the name set off by commas after an owner's title is who speaks,
 * not the owner — the mention right after "<owner>'s <a word or two>,".
 */
function namedAfterOwner(mentions: Mention[], tokens: Token[]): Mention | undefined {
  const owner = mentions[0];
  if (!owner?.possessive) return undefined;
  return mentions.find((mention) => mention.start > owner.end + 1 && mention.start <= owner.end + 3 && tokens[mention.start - 1]?.text === ',' &&
    tokens.slice(owner.end, mention.start - 1).every((token) => !token.punct && !token.capitalized));
}

/** After a possessive, a word that speaks for its owner: an office or title ("Russia's ambassador"), a voice or officials. */
function ownsAVoice(tokens: Token[], owner: Mention): boolean {
  const next = tokens[owner.end];
  if (!next || next.punct || next.capitalized) return true;
  return isTitleWord(next) || OWN_VOICES.has(next.lower) || SPEAKERS_OF_A_BODY.has(next.lower) || VOICES.has(next.lower);
}

/** A title or rank word ("envoy", "spokesman", "senior"). */
export function isTitleWord(token: Token): boolean {
  return !token.punct && (RANK_WORDS.has(token.lower) || titleRelation(token.lower) !== undefined);
}

/** "Professor X of Nabrel University's Institute said": the person the body is named after with "of" speaks. */
function personOf(context: StatementContext, mentions: Mention[], tokens: Token[], body: Mention): string | undefined {
  let of = phraseStart(context, body) - 1;
  if (tokens[of]?.lower === 'the') of--;
  if (tokens[of]?.lower !== 'of') return undefined;
  const person = mentions.find((mention) => mention.end === of && mentionKind(context, mention) === 'Person');
  return person && context.resolved.entityOf.get(person);
}

export function isSpeakerKind(context: StatementContext, key: string): boolean {
  const kind = entityKind(context, key);
  return kind === 'Person' || kind === 'Government' || kind === 'Organization';
}

/** Groups of a state's officials, who speak in its name ("intelligence officials"); troops or farmers do not. */
const SPEAKING_GROUPS = /\bintelligence (officials|services|agencies)$/;

/** The entity key of a mention that can speak, skipping objects of prepositions ("of the Workers' Party"). */
export function actorKey(context: StatementContext, mention: Mention, tokens: Token[]): string | undefined {
  const key = context.resolved.entityOf.get(mention);
  if (!key || mention.modifier) return undefined;
  // "His foreign ministry called …", "Its state news outlet said": what the pronoun owns speaks, not its owner —
  // except a person's own office or spokesperson, who speak in the person's name.
  // … and "Its pro-Western government has accused …": a state's own government is the state.
  const ownGovernment = [0, 1, 2].some((k) => tokens[mention.end + k]?.lower === 'government' && tokens.slice(mention.end, mention.end + k).every((token) => !token.punct));
  if (mention.form === 'pronoun' && mention.possessive && !OWN_VOICES.has(tokens[mention.end]?.lower ?? '') && !(ownGovernment && entityKind(context, key) === 'Government')) return undefined;
  const kind = entityKind(context, key);
  // "South Korean intelligence officials told lawmakers …": a group of a state's officials speaks for that state.
  const state = kind === 'Group' ? context.resolved.entities.get(key)?.state : undefined;
  if (state && SPEAKING_GROUPS.test(context.resolved.entities.get(key)!.name) && context.resolved.entities.has(`state:${state}`)) return `state:${state}`;
  if (kind !== 'Person' && kind !== 'Government' && kind !== 'Organization') return undefined;
  // "of Nabrel University's Institute": a name after a possessive stands where its possessor does.
  let previous = phraseStart(context, mention) - 1;
  if (tokens[previous]?.lower === 'the') previous--;
  // "officials in Kyiv said": the place of the speakers is the state speaking.
  // … and "observers from the African Union described", "leaders of the bloc said": the body they come from.
  const speakersIn = /^(in|from|of)$/.test(tokens[previous]?.lower ?? '') && SPEAKERS_OF_A_BODY.has(tokens[previous - 1]?.lower ?? '');
  if (tokens[previous] && PREPOSITIONS.has(tokens[previous].lower) && tokens[previous - 1]?.lower !== 'according' && !speakersIn) return undefined;
  if (tokens[previous]?.lower === 'to' && tokens[previous - 1]?.lower === 'according') return undefined;
  // "North Korea's Korean Central News Agency": the possessor is not the speaker when a name follows.
  if (mention.possessive && tokens[mention.end] && (tokens[mention.end].capitalized || context.mentions[mention.sentence].mentions.some((m) => m.start === mention.end))) return undefined;
  return key;
}

/** Where a name's phrase starts: at its possessor, if any ("of Nabrel University's Institute", "for China's ministry"). */
function phraseStart(context: StatementContext, mention: Mention): number {
  const possessor = context.mentions[mention.sentence].mentions.find((other) => other.end === mention.start && other.possessive);
  return (possessor ?? mention).start;
}

/** A verb of the set, written in lower case ("States" in "United States" is no verb). */
export function isVerb(token: Token, verbs: ReadonlySet<string>): boolean {
  return !token.capitalized && verbs.has(token.lower);
}

export function entityKind(context: StatementContext, key: string): string | undefined {
  return context.resolved.entities.get(key)?.kind;
}

/** The kind of the entity a mention names, if it names one. */
export function mentionKind(context: StatementContext, mention: Mention): string | undefined {
  const key = context.resolved.entityOf.get(mention);
  return key ? entityKind(context, key) : undefined;
}

/** The first actor named before `before`: the subject of a participle ('X annulled …, ruling that …'). */
export function firstActor(context: StatementContext, mentions: Mention[], tokens: Token[], before: number): { key: string; start: number } | undefined {
  for (const mention of mentions) {
    if (mention.end > before) break;
    const key = actorKey(context, mention, tokens);
    if (!key) continue;
    // "Chilean Foreign Ministry spokesman X": the head of the phrase the first actor opens, past titles.
    let head = mention;
    for (let next = mentions.indexOf(head) + 1; next < mentions.length && mentions[next].end <= before; next++) {
      const gap = tokens.slice(head.end, mentions[next].start);
      if (!gap.every((token) => isTitleWord(token) && !token.punct) || !actorKey(context, mentions[next], tokens)) break;
      head = mentions[next];
    }
    return { key: actorKey(context, head, tokens)!, start: mention.start };
  }
  return undefined;
}

/** The actor right before a verb (allowing "also", "has", "on Monday" between): the subject of the saying. */
export function nearestSubject(context: StatementContext, mentions: Mention[], tokens: Token[], verb: number): { key: string; start: number } | undefined {
  /** The first mention that `holds` and names an actor, with where it starts. */
  const actorWhere = (holds: (mention: Mention) => boolean) => {
    for (const mention of mentions) {
      const key = holds(mention) ? actorKey(context, mention, tokens) : undefined;
      if (key) return { key, start: mention.start };
    }
    return undefined;
  };
  /** The actor whose name ends at `end`. */
  const actorEndingAt = (end: number) => actorWhere((mention) => mention.end === end);
  // "The U.S. Indo-Pacific Command (INDOPACOM) said": the name before the bracketed acronym.
  verb = beforeBracketedAcronym(tokens, verb);
  // "Samira Nassar, the ministry's spokeswoman, added": skip the apposition back to the name before it — also
  // past an auxiliary ("Ostravia, which claims the islands, had warned").
  let head = verb;
  while (head > 1 && SUBJECT_GAP_WORDS.has(tokens[head - 1].lower)) head--;
  /** The mentions that may still be the subject. */
  let outside = mentions;
  // "NNPC — Nigerian National Petroleum Company — said": a name spelt out between dashes stands beside the subject.
  if (/^[—–]$/.test(tokens[head - 1]?.text ?? '')) {
    const open = tokens.slice(Math.max(0, head - 14), head - 1).map((token) => token.text).findLastIndex((text) => /^[—–]$/.test(text));
    if (open >= 0) {
      const dash = Math.max(0, head - 14) + open;
      const named = actorEndingAt(dash) ?? actorWhere((mention) => mention.start === dash + 1 && mention.end === head - 1);
      if (named) return named;
    }
  }
  // "…, according to spokeswoman Lotte Brandt, who said …": the relative pronoun's antecedent. Not "which": "X,
  // which claims the islands" and "which has promised a loan" are more often deeds than words.
  if (tokens[head - 1]?.lower === 'who') {
    const antecedentEnd = tokens[head - 2]?.text === ',' ? head - 2 : head - 1;
    const antecedent = actorEndingAt(antecedentEnd);
    if (antecedent) return antecedent;
  }
  // "Nana Gogia, whose husband, Levan Gogia, is among the detained, said": the name before a relative clause that
  // runs up to the verb, past the commas inside it — "which" too once the clause is closed before the verb ("The
  // League, which groups A, B and C, said": the names it lists do not speak).
  if (tokens[head - 1]?.text === ',') {
    const relative = tokens.findLastIndex((token, k) => k < head - 1 && k >= head - 24 && /^(whose|who|which)$/.test(token.lower) && tokens[k - 1]?.text === ',');
    const inner = relative > 0 ? tokens.slice(relative + 1, head - 1).filter((token) => token.text === ',').length : 0;
    const antecedent = inner > 0 ? actorEndingAt(beforeBracketedAcronym(tokens, relative - 1)) : undefined;
    if (antecedent) return antecedent;
  }
  if (tokens[head - 1]?.text === ',') {
    // Long appositions name whole bodies: "a spokeswoman for the UN Office for the Coordination of Humanitarian Affairs (OCHA)".
    const open = tokens.slice(Math.max(0, head - 24), head - 1).map((token) => token.text).lastIndexOf(',');
    if (open >= 0) {
      const comma = Math.max(0, head - 24) + open;
      // "The United Nations Command (UNC), which …, said": the name before its bracketed acronym.
      const nameEnd = beforeBracketedAcronym(tokens, comma);
      const named = actorEndingAt(nameEnd);
      if (named) return named;
      // "The Kurdistan Regional Government (KRG) in Erbil, which …, called": the body named before the city it sits in.
      const city = mentions.find((mention) => mention.end === nameEnd && tokens[mention.start - 1]?.lower === 'in');
      const body = city && actorEndingAt(beforeBracketedAcronym(tokens, city.start - 1));
      if (body) return body;
      // "The army's media wing, Defence Headquarters Media Operations (DHMO), said": the name the apposition gives,
      // when what it stands beside names no actor.
      const appositionEnd = beforeBracketedAcronym(tokens, head - 1);
      // … and "Its chair, Fiji Prime Minister Sitiveni Rabuka, had offered": a person named with their title.
      const apposition = actorWhere((mention) => mention.start === comma + 1 && mention.end === appositionEnd);
      if (apposition) return apposition;
      const titled = actorWhere((mention) => mention.start > comma && mention.end === appositionEnd && mentionKind(context, mention) === 'Person' && tokens.slice(comma + 1, mention.start).every((token) => !token.punct));
      if (titled) return titled;
      // "The MRC secretariat, based in Vientiane, said": the body a word or two of its own before the apposition.
      const partOf = subjectRightBefore(context, mentions, tokens, comma);
      if (partOf) return partOf;
      // "The officers, who call themselves the National Council for Renewal, announced": the name they go by.
      const calledBy = tokens[comma + 1]?.lower === 'who' && CALL_VERBS.has(tokens[comma + 2]?.lower ?? '') && (tokens[comma + 3]?.lower === 'themselves' || tokens[comma + 3]?.lower === 'itself');
      const called = calledBy ? mentions.find((mention) => mention.start >= comma + 4 && mention.start <= comma + 5 && context.resolved.entityOf.get(mention)) : undefined;
      const calledKey = called && context.resolved.entityOf.get(called);
      if (calledKey && isSpeakerKind(context, calledKey)) return { key: calledKey, start: called.start };
      // ("Companies on both sides, which ship copper to Nairobi, warned that …": the names inside a relative clause set
      // off before the verb are no subject of it; only what stands before the clause may be.)
      if (/^(which|who|whose)$/.test(tokens[comma + 1]?.lower ?? '')) outside = mentions.filter((mention) => mention.end <= comma);
    }
  }
  // "the M23 rebels who hold the two largest cities said": past a relative clause with no commas to the name before
  // "who" (and its head noun), not a name inside the clause.
  for (let k = verb - 1; k > 0 && k >= verb - 12 && !tokens[k].punct; k--) {
    if (tokens[k].text !== 'who') continue;
    const headNoun = !tokens[k - 1].capitalized && !tokens[k - 1].punct ? k - 1 : k;
    const antecedent = mentions.find((mention) => (mention.end === k || mention.end === headNoun) && actorKey(context, mention, tokens));
    if (antecedent) return { key: actorKey(context, antecedent, tokens)!, start: antecedent.start };
    break;
  }
  return subjectRightBefore(context, outside, tokens, verb) ?? coordinatedSubject(context, outside, tokens, verb) ?? bothSides(context, outside, tokens, head) ??
    officialsOfTheSubject(context, outside, tokens, head) ?? governmentOpening(context, tokens, verb);
}

/**
 * "Argentina has courted miners …, and officials said …": officials with no state of their own, in a clause joined to
 * one whose subject is a state, speak for that state.
 */
function officialsOfTheSubject(context: StatementContext, mentions: Mention[], tokens: Token[], verb: number): { key: string; start: number } | undefined {
  if (!/^(officials|authorities)$/.test(tokens[verb - 1]?.lower ?? '') || tokens[verb - 2]?.lower !== 'and' || tokens[verb - 3]?.text !== ',') return undefined;
  // … or "Argentina's government has courted …".
  const first = mentions.find((mention) => mention.end < verb - 3 && !mention.modifier && (!mention.possessive || tokens[mention.end]?.lower === 'government'));
  const key = first && first.start <= 1 && mentionKind(context, first) === 'Government' ? actorKey(context, first, tokens) : undefined;
  return key ? { key, start: verb - 1 } : undefined;
}

/** Who speaks for a state without a name ("a military spokesman", "a navy official"). */
const UNNAMED_VOICES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'source', 'sources']);

/**
 * "An Israeli military spokesman said", "a Chilean navy official said": the state its adjective names speaks, through
 * a voice that has no name — a word or two of office between them at most.
 */
function unnamedVoiceOf(context: StatementContext, mention: Mention, tokens: Token[], verb: number): string | undefined {
  const key = context.resolved.entityOf.get(mention);
  if (!mention.modifier || !key || entityKind(context, key) !== 'Government') return undefined;
  const between = tokens.slice(mention.end, verb);
  if (between.length < 1 || between.length > 3 || between.some((token) => token.punct || token.capitalized)) return undefined;
  return UNNAMED_VOICES.has(between.at(-1)!.lower) ? key : undefined;
}

/** Nouns for the two parties of a story ("the two governments", "both sides"). */
const PAIR_NOUNS = new Set(['governments', 'countries', 'sides', 'states', 'neighbours', 'neighbors', 'capitals', 'delegations', 'parties', 'ministries', 'ministers', 'leaders']);

/**
 * "…, the two governments said", "officials on both sides said": the first state the sentence names before them
 * speaks (either of the two would be right; a statement has one speaker).
 */
export function bothSides(context: StatementContext, mentions: Mention[], tokens: Token[], verb: number): { key: string; start: number } | undefined {
  const pair = /^(two|both)$/.test(tokens[verb - 2]?.lower ?? '') && PAIR_NOUNS.has(tokens[verb - 1]?.lower ?? '');
  if (!pair) return undefined;
  // "officials on both sides", "officials in both countries".
  const officials = /^(on|in|from)$/.test(tokens[verb - 3]?.lower ?? '') && SPEAKERS_OF_A_BODY.has(tokens[verb - 4]?.lower ?? '');
  let start = officials ? verb - 4 : verb - 2;
  if (tokens[start - 1]?.lower === 'the') start--;
  const state = mentions.find((mention) => mention.end <= start && !mention.modifier && mentionKind(context, mention) === 'Government');
  // … else, closing the sentence, the first of the two states the story is about ("Chile and Peru signed … . …, the
  // two ministries said"), past a short phrase of where or how it was said ("in a joint statement").
  const tail = tokens.slice(verb + 1).filter((token) => !token.punct);
  const closing = tail.length <= 3 || (tail.length <= 6 && PREPOSITIONS.has(tail[0].lower) && tokens.slice(verb + 1, -1).every((token) => !token.punct));
  const key = (state && actorKey(context, state, tokens)) ?? (closing ? context.resolved.bothStates?.[0] : undefined);
  return key ? { key, start } : undefined;
}

/** "…, the two governments said", "…, the government said": a speaker the attribution gives without a name. */
export function unnamedSpeaker(context: StatementContext, mentions: Mention[], tokens: Token[], verb: number): string | undefined {
  return bothSides(context, mentions, tokens, verb)?.key ?? theGovernment(context, tokens, verb)?.key;
}

/**
 * "…,” the government said", "The government also said …": with no name, the government of the state the story is
 * about (the first named, entities.ts governmentState); none when the article names no state.
 */
export function theGovernment(context: StatementContext, tokens: Token[], verb: number): { key: string; start: number } | undefined {
  const at = SUBJECT_GAP_WORDS.has(tokens[verb - 1]?.lower ?? '') ? verb - 2 : verb - 1;
  // ("The junta said …": a military government is the state's government too.)
  if (!/^(government|junta)$/.test(tokens[at]?.lower ?? '') || tokens[at - 1]?.lower !== 'the') return undefined;
  const key = context.resolved.governmentState;
  return key ? { key, start: at - 1 } : undefined;
}

/** "The government said …" opening its sentence or clause — not "after the government declared …", a clause inside another. */
function governmentOpening(context: StatementContext, tokens: Token[], verb: number): { key: string; start: number } | undefined {
  const found = theGovernment(context, tokens, verb);
  const before = found && tokens[found.start - 1];
  return found && (!before || before.punct || /^(and|but)$/.test(before.lower)) ? found : undefined;
}

/** The actor a few words before the verb, with nothing but "also", "has", "on Monday" between. */
function subjectRightBefore(context: StatementContext, mentions: Mention[], tokens: Token[], verb: number): { key: string; start: number } | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i];
    if (mention.end > verb) continue;
    // "The Revolutionary Guard Corps (IRGC) navy said": the acronym in brackets after a name is part of it.
    const acronymAfter = tokens[mention.end]?.text === '(' && tokens[mention.end + 2]?.text === ')' && mention.end + 3 < verb;
    const between = tokens.slice(acronymAfter ? mention.end + 3 : mention.end, verb);
    if (between.length > 4 || between.some((token) => token.punct && token.text !== ',')) return undefined;
    // "… did not mention South Korea by name but said", "met Al Marar on the sidelines and said": a verb joined by "and"
    // or "but" shares the sentence's subject; the name before it is an object.
    if (between.some((token) => token.lower === 'and' || token.lower === 'but')) {
      const subject = firstActor(context, mentions, tokens, mention.start);
      return subject && subject.start <= SUBJECT_REACH ? subject : undefined;
    }
    // … a word or two of its own ("navy", "secretariat also"), not a clause ("(RSF) to honour the promises").
    if (acronymAfter && (between.length > 2 || between.some((token) => FUNCTION_WORDS.has(token.lower)))) return undefined;
    if (between.some((token) => token.text === ',') && between.length > 1) return undefined;
    const key = actorKey(context, mention, tokens) ?? voiceOf(context, mention, tokens) ?? unnamedVoiceOf(context, mention, tokens, verb);
    // "Carl Vella of the National Bloc said": the person the phrase is about speaks, not the body they belong to —
    // past a word or two in lower case ("of the opposition Valor party").
    let of = mention.start - 1;
    while (of > mention.start - 3 && tokens[of] && !tokens[of].capitalized && !tokens[of].punct && tokens[of].lower !== 'of') of--;
    if (tokens[of]?.lower === 'the') of--;
    const member = tokens[of]?.lower === 'of' ? mentions.find((other) => other.end === of && mentionKind(context, other) === 'Person') : undefined;
    if (member) return { key: context.resolved.entityOf.get(member)!, start: member.start };
    if (key) {
      // "South Korean Foreign Ministry": take the whole name's start.
      return { key, start: mention.start };
    }
    // "The U.S. Embassy in Lima said": the name the city ends, not the city.
    const wider = mentions.find((other) => other.start < mention.start && other.end === mention.end && actorKey(context, other, tokens));
    if (wider) return { key: actorKey(context, wider, tokens)!, start: wider.start };
    // "X of the University of Y in Quito said": where the body sits is no speaker; the subject comes before it.
    if (between.length > 0 || tokens[mention.start - 1]?.lower !== 'in' || mentionKind(context, mention) !== 'Place') return undefined;
    verb = mention.start - 1;
  }
  return undefined;
}

/**
 * "Peru expressed deep concern over the escalation and urged both sides to …": a verb joined by "and" to the
 * sentence's first verb shares its subject, the actor that opens the sentence (after an opening phrase, if any).
 */
function coordinatedSubject(context: StatementContext, mentions: Mention[], tokens: Token[], verb: number): { key: string; start: number } | undefined {
  if (tokens[verb - 1]?.lower !== 'and' || tokens.slice(0, verb).some((token) => token.punct && token.text !== ',' && !OPEN_QUOTE.has(token.text) && !CLOSE_QUOTE.has(token.text))) return undefined;
  const opening = tokens[0]?.capitalized && PREPOSITIONS.has(tokens[0].lower) ? tokens.findIndex((token) => token.text === ',') + 1 : 0;
  // "Prime Minister Ana Duarte called …": past a title in capitals to the name.
  let capitals = opening;
  while (capitals < verb && !tokens[capitals].punct && (tokens[capitals].capitalized || isTitleWord(tokens[capitals]))) capitals++;
  let first = mentions.find((mention) => mention.start >= opening && mention.start <= Math.max(opening + 1, capitals - 1) && mention.end < verb && !mention.inQuote);
  if (!first) return undefined;
  // "The African Union's Peace and Security Council urged … and called on …": the body its possessor names.
  if (first.possessive) first = mentions.find((mention) => mention.start === first!.end && mention.end < verb) ?? first;
  // "Bolivia's defence minister, Edmundo Novillo, dismissed … and said": the person named in the apposition.
  // … and "Chilean Foreign Ministry spokesman Tomas Vidal accused … and demanded": the person the title in capitals ends with.
  const isPerson = (mention: Mention) => mentionKind(context, mention) === 'Person';
  const person = mentions.find((mention) => mention.start > first.end && mention.start - first.end <= 4 && mention.end < verb && tokens[mention.start - 1]?.text === ',' && isPerson(mention)) ??
    mentions.find((mention) => mention.start > first.start && mention.end <= capitals && mention.end < verb && isPerson(mention));
  const subject = person ?? first;
  const key = actorKey(context, subject, tokens);
  return key ? { key, start: subject.start } : undefined;
}
/** People who speak for the body they are "in" or "from" ("officials in Kyiv", "observers from the AU"). */
const SPEAKERS_OF_A_BODY = new Set(['officials', 'authorities', 'diplomats', 'sources', 'leaders', 'observers', 'monitors', 'envoys', 'delegates']);
const CALL_VERBS = new Set(['call', 'calls', 'called']);
/** How far into a sentence its subject may start ("Saudi Foreign Minister Prince X met …"). */
const SUBJECT_REACH = 4;
/** Words that start a clause or a phrase, never a body's own part ("navy", "secretariat"). */
const FUNCTION_WORDS = new Set(['to', 'the', 'a', 'an', 'of', 'in', 'on', 'and', 'or', 'that', 'which', 'who']);
/** Auxiliaries and adverbs between a subject and its verb ("had warned", "has long denied"). */
const SUBJECT_GAP_WORDS = new Set(['had', 'has', 'have', 'also', 'long', 'already', 'previously', 'repeatedly', 'again', 'later', 'earlier']);
/** Words that follow the subject of a clause ("Britain would …"). */
export const CLAUSE_VERBS = new Set(['would', 'will', 'was', 'is', 'were', 'are', 'had', 'has', 'have', 'could', 'can', 'should', 'must', 'did', 'does', 'might', 'may']);

/** "a statement from the Lusanian Ministry of Foreign Affairs read": the body whose voice it is. */
export function voiceBefore(context: StatementContext, s: number, from: number, verb: number): string | undefined {
  const { tokens, mentions } = context.mentions[s];
  for (const mention of mentions) {
    if (mention.start < from || mention.end > verb) continue;
    const key = voiceOf(context, mention, tokens);
    if (key) return key;
  }
  return undefined;
}

// ("A survey by the University of X found that …": a poll or study speaks for whoever made it.)
const VOICES = new Set(['statement', 'communique', 'communiqué', 'release', 'spokesman', 'spokeswoman', 'spokesperson', 'letter', 'post', 'report', 'survey', 'poll', 'study']);

/** "a statement from the ministry said", "a spokesman for X said": the body whose voice it is. */
function voiceOf(context: StatementContext, mention: Mention, tokens: Token[]): string | undefined {
  const key = context.resolved.entityOf.get(mention);
  if (!key || mention.modifier || !isSpeakerKind(context, key)) return undefined;
  let at = mention.start - 1;
  if (tokens[at]?.lower === 'the') at--;
  if (!['from', 'by', 'of', 'for'].includes(tokens[at]?.lower ?? '')) return undefined;
  if (tokens[at - 1]?.lower === 'issued') at--;
  return VOICES.has(tokens[at - 1]?.lower ?? '') ? key : undefined;
}

/** Cues of speaking to someone, whom a statement is addressed to rather than relayed by ("told X"). */
const ADDRESSED_CUES: ReadonlySet<string> = new Set(['told', 'in a statement to']);

/** A body one addresses ("the Security Council", "the Regional Court"), not an outlet ("the Anadolu Agency", "the Korea Times"). */
function isAddressedBody(name: string): boolean {
  const last = name.split(/\s+/).at(-1)!.toLowerCase();
  return (INTERNATIONAL_BODY_HEADS.has(last) || GOVERNMENT_BODY_HEADS.has(last)) && !NEWS_AGENCY_NAMES.has(name) && !OUTLET_NAME.test(name);
}

/** "according to Yonhap", "reported by KCNA", "in comments for Reuters": the outlet relaying the statement. */
export function reportedBy(context: StatementContext, s: number): string | undefined {
  const { tokens, mentions } = context.mentions[s];
  for (const mention of mentions) {
    const key = context.resolved.entityOf.get(mention);
    if (!key || context.resolved.entities.get(key)?.kind !== 'Organization') continue;
    let start = mention.start;
    if (tokens[start - 1]?.lower === 'the') start--;
    const before = tokens.slice(Math.max(0, start - 4), start).map((token) => token.lower).join(' ');
    const cue = REPORTED_BY_CUES.find((words) => before.endsWith(words));
    // ("she told the Security Council": a council, court or assembly one speaks to relays nothing.)
    if (cue && !(ADDRESSED_CUES.has(cue) && isAddressedBody(context.resolved.entities.get(key)!.name))) return key;
  }
  return undefined;
}
