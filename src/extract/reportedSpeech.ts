// Reported speech: what a sentence says someone said without quoting it — X said (that) <clause>, <clause>, X said,
// according to X, and a block quote attributed after a dash; the speech acts a verb names (accused Y of …, urged Y
// to …, denied …) are read in speechActs.ts.
import type { Mention } from './mentions.ts';
import type { Token } from './tokens.ts';
import { ORGANIZATION_HEADS } from './lexicon/headWords.ts';
import { NEWS_AGENCY_NAMES, OUTLET_NAME } from './lexicon/newsOrganizations.ts';
import { PREPOSITIONS } from './lexicon/prepositions.ts';
import { ACCUSING_VERBS, ATTRIBUTING_VERBS, COMPLEMENT_TAKERS, DEMAND_VERBS, LISTENER_VERBS, NAMING_VERBS, PROMISE_VERBS, SPEECH_VERBS } from './lexicon/reportingVerbs.ts';
import { OPEN_QUOTE, CLOSE_QUOTE, isOpening, firstQuoteMark, lastQuoteMark } from './quoteMarks.ts';
import { type Reported, MIN_REPORTED_WORDS, accusationOf, demandOf, describedAs, promiseOf, stanceOf, takesStanceObject } from './speechActs.ts';

export { MIN_REPORTED_WORDS } from './speechActs.ts';
import { type StatementContext, findVerb, pickSpeaker, isSpeakerKind, isTitleWord, actorKey, isVerb, entityKind, mentionKind, nearestSubject, firstActor, unnamedSpeaker, CLAUSE_VERBS, reportedBy } from './speakers.ts';
import { isNegation } from './lexicon/negations.ts';

/** Marks that end the name given after "what X called" ("… the last gap in the rules, a step …"). */
const NAME_ENDS = new Set([',', ';', ':', '.', '(', '—', '–', '?', '!', ...OPEN_QUOTE, ...CLOSE_QUOTE]);

/**
 * "closing what officials in Lima have called the last gap in the rules", "in what she described as a cover-up": the
 * name given is what the speaker said. A quoted name ("what he called “a farce”") is the quote's.
 */
export function whatTheyCalled(context: StatementContext, s: number): { text: string; speaker: string } | undefined {
  const { tokens } = context.mentions[s];
  for (let w = 0; w < tokens.length; w++) {
    // A capitalised "What" opens a question or a headline, not a name given. "the port that X has described as …":
    // a relative "that" after a noun gives a name the same way.
    const relative = tokens[w].text === 'that' && w > 0 && !tokens[w - 1].punct && !COMPLEMENT_TAKERS.has(tokens[w - 1].lower);
    if (tokens[w].text !== 'what' && !relative) continue;
    const verb = findVerb(tokens, w + 2, Math.min(tokens.length, w + 8), NAMING_VERBS);
    if (verb === undefined || tokens.slice(w + 1, verb).some((token) => token.punct)) continue;
    const start = tokens[verb + 1]?.lower === 'as' ? verb + 2 : verb + 1;
    if (!tokens[start] || tokens[start].punct) continue;
    // ("the islands that Tokyo calls the Senkaku": a proper name a side gives a place is no characterisation of it.)
    const named = tokens[start].lower === 'the' ? tokens[start + 1] : tokens[start];
    if (named?.capitalized && tokens[verb + 1]?.lower !== 'as') continue;
    const speaker = pickSpeaker(context, s, w + 1, verb, verb);
    if (!speaker) continue;
    let end = start + 1;
    while (end < tokens.length && !NAME_ENDS.has(tokens[end].text)) {
      end++;
      // "what X described as an armed crossing by “a group of forty men”": a quote inside the name is part of it.
      if (OPEN_QUOTE.has(tokens[end]?.text ?? '') && isOpening(context.sentences[s].text, tokens[end])) {
        const close = tokens.findIndex((token, k) => k > end && CLOSE_QUOTE.has(token.text));
        if (close > 0) end = close + 1;
      }
    }
    if (end - start >= 2) return { text: context.sentences[s].text.slice(tokens[start].start, tokens[end - 1].end), speaker };
  }
  return undefined;
}

/**
 * X said (that) <clause> — or <clause>, X said; according to X, <clause>; X urged Y to <demand>. From a token on:
 * only a verb's clause, no "according to".
 */
export function reportedSpeech(context: StatementContext, s: number, from?: number): Reported | undefined {
  const sentence = context.sentences[s];
  const { tokens, mentions } = context.mentions[s];
  // In a sentence with a quote, only what comes after the last closing mark can be reported speech
  // ("X called the threat “blackmail” and said Lusania would not negotiate").
  const lastMark = lastQuoteMark(tokens);
  const according = lastMark < 0 && from === undefined ? accordingTo(context, s) ?? trailingAccordingTo(context, s) : undefined;
  if (according) return according;
  // "Investigators … found that one of its anchors was missing, the bureau said": an attribution at the end of the
  // sentence names who said all of it; the verbs before it are what was said.
  const trailing = from === undefined ? trailingSpeechVerb(tokens) : undefined;
  for (let v = Math.max(lastMark + 1, from ?? 0); v < tokens.length; v++) {
    if (trailing !== undefined && v < trailing && (!isVerb(tokens[v], SPEECH_VERBS) || claimsDeed(tokens, v))) continue;
    const stance = stanceOf(context, s, v) ?? describedAs(context, s, v);
    if (stance) return stance;
    if (isVerb(tokens[v], PROMISE_VERBS)) {
      const promise = promiseOf(context, s, v);
      if (promise) return promise;
    }
    if (isVerb(tokens[v], DEMAND_VERBS)) {
      const demand = demandOf(context, s, v);
      if (demand) return demand;
    }
    if (isVerb(tokens[v], ACCUSING_VERBS)) {
      const accusation = accusationOf(context, s, v);
      if (accusation) return accusation;
    }
    // "It also found that the Council had breached …", "a spokesperson confirmed that …", "X posted on social media
    // that …": verbs that report only with a clause after them.
    const foundThat = (THAT_VERBS.has(tokens[v].lower) && !tokens[v].capitalized && thatFollows(tokens, v)) || madeClear(tokens, v);
    if ((!isVerb(tokens[v], SPEECH_VERBS) && !foundThat) || tokens[v].lower === 'asked' || isToldBy(tokens, v) || isRulingAdjective(tokens, mentions, v)) continue;
    // "X declined to say whether …": a refusal says nothing.
    if (tokens[v - 1]?.lower === 'to' && REFUSALS.has(tokens[v - 2]?.lower ?? '')) continue;
    // "The ministry did not say who …": nor does a denied saying.
    if (isNegation(tokens[v - 1]?.lower ?? '')) continue;
    // Trailing attribution: "<clause>, X said." — or "…, X said on Tuesday, after two days of talks": what follows
    // the verb up to the next comma is all that belongs to the attribution.
    const comma = tokens.findIndex((token, k) => k > v && token.text === ',' && !(/^\d+$/.test(tokens[k - 1]?.text ?? '') && /^\d{3}/.test(tokens[k + 1]?.text ?? '')));
    const tail = tokens.slice(v + 1, comma < 0 ? undefined : comma).filter((token) => !token.punct);
    // "…, while declaring his readiness": a participle's subject is the clause's first actor.
    // A participle's subject is the clause's first actor ("The court annulled the sanctions on X, ruling that …").
    const participle = tokens[v].lower.endsWith('ing');
    const subject = (participle ? firstActor(context, mentions, tokens, v) : undefined) ?? nearestSubject(context, mentions, tokens, v);
    if (!subject) continue;
    let before = subject.start - 1;
    // "…, Ukrainian and South Korean officials said": back over "the" and coordinated names to the comma.
    // … and over the title before a name ("…, Egyptian Foreign Minister Badr Abdelatty told reporters").
    // … and over "a" ("…, a Foreign Ministry official said") and a title in lower case ("…, UN envoy Marek Havel said").
    while (before > 0 && (ARTICLES.has(tokens[before].lower) || tokens[before].lower === 'and' || isTitleWord(tokens[before]) || (tokens[before].capitalized && !tokens[before].punct) || mentions.some((mention) => mention.end === before + 1 && mention.start <= before))) {
      const owner = mentions.find((mention) => mention.end === before + 1 && mention.start <= before);
      before = owner ? owner.start - 1 : before - 1;
    }
    // "Lusania, she added, had lifted its ban …": a speech tag set off by commas; what was said is the words before
    // it joined to the words after it.
    let lead = '';
    // "…, the ministry said in a statement posted on its website late on Tuesday": a longer tail of place and time.
    const placeTail = (PREPOSITIONS.has(tokens[v + 1]?.lower ?? '') || LISTENERS.has(tokens[v + 1]?.lower ?? '')) && tail.length <= 12 && !tail.some((token) => token.lower === 'that');
    // (Not ", and the ministry said 23 people had been detained": a clause of its own, joined by "and".)
    // … however short, once it reads as a clause ("…, and Kessa said it would respond": its verb second or third).
    const shortTail = [1, 2].some((k) => FINITE_AUXILIARIES.has(tokens[v + 1 + k]?.lower ?? ''));
    const joinedClause = tokens[before + 1]?.lower === 'and' && (tail.length >= MIN_REPORTED_WORDS - 1 || shortTail) && !placeTail;
    // ("In a statement after the meeting in Riyadh, the council said …": a phrase set before the subject is no clause;
    // nor is "In Shire, a displaced teacher, X, said …" before a name set off by commas.)
    const setOff = tokens[v - 1]?.text === ',';
    const frontedPhrase = PREPOSITIONS.has(tokens[0].lower) && !tokens.slice(1, before).some((token) => (token.punct && !(setOff && token.text === ',')) || FINITE_AUXILIARIES.has(token.lower));
    if ((tail.length <= 6 || placeTail) && tokens[before]?.text === ',' && !joinedClause && !frontedPhrase) {
      const head = sentence.text.slice(0, tokens[before].start).trim();
      // "X spoke to Y by telephone, the ministry said, and the two agreed that …": a clause joined after the tag is
      // what the tag's speaker said too (unless it has a verb of saying of its own).
      const goesOn = comma > 0 && tokens[comma + 1]?.lower === 'and' && !tokens.slice(comma + 2).some((token) => isVerb(token, SPEECH_VERBS) || token.lower === 'according');
      const text = goesOn && head.split(/\s+/).length >= MIN_REPORTED_WORDS ? `${head}, ${sentence.text.slice(tokens[comma + 1].start).replace(/[.\s]+$/, '')}` : head;
      if (head.split(/\s+/).length >= MIN_REPORTED_WORDS) return { text, speaker: subject.key, quoted: false };
      // "The spokesman, X, told reporters Tarn was …": a name set off by commas, too little before it for a clause;
      // what was said follows the verb.
      if (tokens[v + 1]?.text === ',') lead = `${head} `;
      else if (tokens[v - 1]?.text !== ',') continue;
    }
    let start = v + 1;
    // "estimated in March that …", "said on Monday that …": the clause starts after "that".
    const that = thatAfterVerb(tokens, v, 5);
    if (that > 0) start = that + 1;
    else start = pastListener(mentions, tokens, v);
    while (tokens[start] && /^(that|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/.test(tokens[start].lower)) start++;
    if (tokens[start]?.text === ',') start++;
    if (!tokens[start] || tokens[start].punct) continue;
    // "EU member states must still approve …": a plural noun that looks like a verb of saying, followed by its own
    // verb (unlike "an arrangement officials warn may lead to …", whose verb has no -s).
    if (start === v + 1 && tokens[v].lower.endsWith('s') && CLAUSE_VERBS.has(tokens[start].lower)) continue;
    // "Beijing responded by blocking exports", "the party ruled out any cooperation": no clause of speech follows.
    // … nor after the listener ("told reporters at a news conference …").
    if ((start === v + 1 || start === pastListener(mentions, tokens, v)) && ((PREPOSITIONS.has(tokens[start].lower) && !opensQuantity(tokens, start)) || /^(out|up|off|down)$/.test(tokens[start].lower))) continue;
    const text = lead + sentence.text.slice(tokens[start].start).replace(/[.\s]+$/, '');
    // "X said the decision was unanimous": a short clause is whole when it follows the verb (or its "that") at once —
    // further on, "that" may be a relative pronoun ("announced limits that Y refused to recognise").
    // It must read as a clause, with its verb second or third ("the vote was unanimous"), not "denied it and moved on".
    // ("told reporters outside the court that …": after "told", the "that" opens what was said.)
    // ("told reporters the vote was unanimous": right after the listener, too.)
    const afterTold = /^(told|tells)$/.test(tokens[v].lower) && (tokens[start - 1]?.lower === 'that' || start === pastListener(mentions, tokens, v));
    const rightAfterVerb = start === v + 1 || (start === v + 2 && tokens[v + 1].lower === 'that') || afterTold;
    // … or a body says what it did ("said it respected the result"): "it" or "they" and a verb in the past.
    // (Its verb in the past: "denied it and moved on" has "it" for an object.)
    const pronounSubject = /^(it|they)$/.test(tokens[start]?.lower ?? '') && /^\p{Ll}+ed$/u.test(tokens[start + 1]?.text ?? '');
    const shortClause = rightAfterVerb && ([1, 2].some((k) => FINITE_AUXILIARIES.has(tokens[start + k]?.lower ?? '')) || pronounSubject);
    if (text.split(/\s+/).length < MIN_REPORTED_WORDS - (shortClause ? 1 : 0)) continue;
    return { text, speaker: subject.key, quoted: false };
  }
  return undefined;
}

/** "X claimed responsibility for the attack": a claim of a deed, which an attribution after it reports, says nothing. */
function claimsDeed(tokens: Token[], v: number): boolean {
  return /^(claimed|claims|claim|claiming)$/.test(tokens[v].lower) && /^(responsibility|credit)$/.test(tokens[v + 1]?.lower ?? '');
}

/** "Ambassador X was told that …": the subject of a passive verb of telling is who listened, not who spoke. */
function isToldBy(tokens: Token[], v: number): boolean {
  const auxiliary = /^(also|later|then|reportedly|repeatedly)$/.test(tokens[v - 1]?.lower ?? '') ? v - 2 : v - 1;
  return LISTENER_VERBS.has(tokens[v].lower) && /^(was|were|been|being|is|are)$/.test(tokens[auxiliary]?.lower ?? '');
}

/**
 * The verb of a short attribution closing the sentence after a comma (", the bureau said.", ", officials said on
 * Monday."), if any: up to four words of subject after the comma, at most six words after the verb, and no comma there.
 */
function trailingSpeechVerb(tokens: Token[]): number | undefined {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1].punct) end--;
  for (let v = end - 1; v > 2 && v >= end - 7; v--) {
    if (tokens[v].punct) return undefined;
    // Verbs that attribute; not a stance ("…, a charge Abu Dhabi denies").
    if (!ATTRIBUTING_VERBS.has(tokens[v].lower)) continue;
    const comma = tokens.slice(Math.max(0, v - 5), v).map((token) => token.text).lastIndexOf(',');
    if (comma < 0) return undefined;
    const subject = tokens.slice(Math.max(0, v - 5) + comma + 1, v);
    return subject.length >= 1 && subject.every((token) => !token.punct || token.text === '.') ? v : undefined;
  }
  return undefined;
}

/**
 * The "that" opening what the verb at `v` reports, within `reach` words and no punctuation ("said on Monday that"); a
 * phrase of place or manner may run longer ("said in a statement posted on Facebook that", "announced on state
 * television late on Wednesday that"). Before `before` only; -1 when there is none.
 */
function thatAfterVerb(tokens: Token[], v: number, reach: number, before = tokens.length): number {
  const limit = PREPOSITIONS.has(tokens[v + 1]?.lower ?? '') ? 9 : reach;
  const that = tokens.findIndex((token, k) => k > v && k <= v + limit && k < before && token.lower === 'that');
  return that > 0 && !tokens.slice(v + 1, that).some((token) => token.punct) ? that : -1;
}

/**
 * "X said the door to diplomacy “remains open” and called on Iran to return to talks": a clause of reported speech
 * that quotes a few words in passing is reported in full, quote and all, so that nothing it says is lost.
 */
export function clauseAroundQuote(context: StatementContext, s: number): { text: string; speaker: string } | undefined {
  const sentence = context.sentences[s];
  const { tokens, mentions } = context.mentions[s];
  const mark = firstQuoteMark(tokens);
  if (mark < 0 || !OPEN_QUOTE.has(tokens[mark].text) || !isOpening(sentence.text, tokens[mark])) return undefined;
  // "According to X, the issue “has been settled” …": the clause after the source's comma, quotes and all — unless
  // the clause names its own speaker ("According to the agency, officials said … “…”").
  const comma = tokens.findIndex((token) => token.text === ',');
  if (comma < mark && !tokens.slice(comma, mark).some((token) => isVerb(token, SPEECH_VERBS))) {
    const according = accordingTo(context, s);
    if (according) return { text: according.text, speaker: according.speaker };
  }
  for (let v = 0; v < mark; v++) {
    if (!isVerb(tokens[v], SPEECH_VERBS) || tokens[v].lower === 'asked' || tokens[v].lower.endsWith('ing') || isToldBy(tokens, v)) continue;
    // "North Korea's claim that …": a noun, not a verb of saying.
    if (tokens[v - 1]?.possessive || /^(the|a|an|its|their|his|her|this|that)$/.test(tokens[v - 1]?.lower ?? '')) continue;
    // "X said, “…”": the quote is the statement. "China, she said, urged Y to “…” and reserved …": a speech tag set off
    // by commas gives the whole sentence, the words before it joined to the words after it.
    if (tokens[v + 1]?.text === ',') return setOffTag(context, s, v);
    // A second attribution later in the sentence ("…, Jeon said, “…”") gives its quote to another speaker.
    const opensQuote = (k: number) => OPEN_QUOTE.has(tokens[k]?.text ?? '') || ((tokens[k]?.text === ',' || tokens[k]?.text === ':') && OPEN_QUOTE.has(tokens[k + 1]?.text ?? ''));
    if (tokens.some((token, k) => k > mark && isVerb(token, SPEECH_VERBS) && opensQuote(k + 1))) return undefined;
    const subject = nearestSubject(context, mentions, tokens, v);
    if (!subject) return undefined;
    let start = v + 1;
    // "told reporters in Moscow that …", "said on Monday that …": the clause starts after "that".
    const that = thatAfterVerb(tokens, v, 6, mark);
    if (that > 0) start = that + 1;
    // "X denied the charge in a video. “…”": a stance keeps its verb.
    else if (takesStanceObject(tokens, v)) start = v;
    // "X said on Wednesday it had lifted …", "X told Reuters the …": the clause starts after the day or the listener.
    else start = pastDay(tokens, pastListener(mentions, tokens, v));
    if (tokens[start]?.lower === 'that') start++;
    // "X said, “…”": the quote is the statement itself. "admitted to the involvement": a verb's object, no clause.
    if (mark - start < 1 || (PREPOSITIONS.has(tokens[start].lower) && !opensQuantity(tokens, start)) || tokens.slice(start, mark).some((token) => token.punct && token.text !== ',')) return undefined;
    // "… it “fully supports” Y, and Z’s minister, W, wrote that “…”": the clause ends where another speaker's begins.
    const other = anotherSpeakerJoined(context, s, mark);
    const text = sentence.text.slice(tokens[start].start, other === undefined ? undefined : tokens[other - 1].start).replace(/[.\s]+$/, '');
    return text.split(/\s+/).length >= MIN_REPORTED_WORDS ? { text, speaker: subject.key } : undefined;
  }
  return undefined;
}

/** The ", and" after `from` that opens a clause with a speaker and a verb of saying of its own, if any. */
function anotherSpeakerJoined(context: StatementContext, s: number, from: number): number | undefined {
  const { tokens, mentions } = context.mentions[s];
  for (let k = from + 1; k < tokens.length; k++) {
    if (tokens[k].lower !== 'and' || tokens[k - 1].text !== ',') continue;
    const verb = findVerb(tokens, k + 1, Math.min(tokens.length, k + 14), SPEECH_VERBS);
    if (verb !== undefined && mentions.some((mention) => mention.start > k && mention.end <= verb && !mention.inQuote && actorKey(context, mention, tokens))) return k;
  }
  return undefined;
}

/**
 * "Mayor Havel “firmly rejects” the blockade and called on both sides to talk, his spokesman Petr Lind told
 * reporters", "…, according to spokeswoman Kari Moen": a sentence that quotes a few words in passing and names its
 * speaker only at its end is that speaker's statement, whole. Only for quotes nobody else was found to say.
 */
export function attributionAtEnd(context: StatementContext, s: number): { text: string; speaker: string } | undefined {
  const { tokens, mentions } = context.mentions[s];
  const spans = context.quotes.filter((quote) => quote.openSentence <= s && quote.closeSentence >= s);
  if (!spans.length || spans.some((quote) => quote.openSentence !== s || quote.closeSentence !== s)) return undefined;
  let end = tokens.length;
  while (end > 0 && tokens[end - 1].punct) end--;
  const comma = tokens.findLastIndex((token, i) => i < end && token.text === ',');
  const lastClose = spans.at(-1)!.closeToken;
  // Words of the sentence's own outside the quote: before it, or between it and the attribution.
  if (comma <= lastClose || (spans[0].openToken === 0 && comma === lastClose + 1)) return undefined;
  let speaker: string | undefined;
  if (tokens[comma + 1]?.lower === 'according' && tokens[comma + 2]?.lower === 'to') {
    const sources = mentions.filter((mention) => mention.start > comma + 2 && mention.end <= end && isSpeakerKind(context, context.resolved.entityOf.get(mention) ?? ''));
    const source = sources.find((mention) => entityKind(context, context.resolved.entityOf.get(mention)!) === 'Person') ?? sources.at(-1);
    speaker = source && context.resolved.entityOf.get(source);
  } else {
    // "…, his spokesman Petr Lind told reporters in Prague": a short speaker, a verb of saying, a short tail that says
    // where or to whom — not "…, even as Ukraine says the fighting goes on", whose verb opens a clause of its own.
    const verb = findVerb(tokens, comma + 1, end, SPEECH_VERBS);
    if (verb === undefined || verb - comma > 7 || end - verb > 7 || SUBORDINATORS.has(tokens[comma + 1].lower)) return undefined;
    const tail = tokens[verb + 1];
    if (tail && tail.text !== ',' && !/^(told|tells)$/.test(tokens[verb].lower) && !PREPOSITIONS.has(tail.lower) && !DAY_WORDS.has(tail.lower)) return undefined;
    speaker = pickSpeaker(context, s, comma + 1, verb, end) ?? unnamedSpeaker(context, mentions, tokens, verb);
  }
  if (!speaker || isNewsOutlet(context, speaker)) return undefined;
  const text = context.sentences[s].text.slice(0, tokens[comma].start).trim();
  return text.split(/\s+/).length >= MIN_REPORTED_WORDS ? { text, speaker } : undefined;
}

/** "China, she said, urged Brussels to “…” and reserved the right …": the sentence without its tag, the tag's speaker's. */
function setOffTag(context: StatementContext, s: number, verb: number): { text: string; speaker: string } | undefined {
  const { tokens, mentions } = context.mentions[s];
  const subject = nearestSubject(context, mentions, tokens, verb);
  if (!subject || verb - subject.start > 3 || tokens[subject.start - 1]?.text !== ',' || !tokens[verb + 2] || tokens[verb + 2].punct) return undefined;
  const sentence = context.sentences[s].text;
  const head = sentence.slice(0, tokens[subject.start - 1].start).trim();
  if (!head || head.split(/\s+/).length >= MIN_REPORTED_WORDS) return undefined;
  return { text: `${head} ${sentence.slice(tokens[verb + 2].start).replace(/[.\s]+$/, '')}`, speaker: subject.key };
}

/** "He accused Israel of delaying aid and urged the mediators to make sure Israel “honours …”": an accusation (or a
 * demand running over the quote) that opens a sentence holding a quote is a statement too. */
export function accusationAroundQuote(context: StatementContext, s: number): { text: string; speaker: string } | undefined {
  const { tokens } = context.mentions[s];
  const mark = firstQuoteMark(tokens);
  for (let v = 0; v < mark; v++) {
    if (isVerb(tokens[v], ACCUSING_VERBS)) {
      const accusation = accusationOf(context, s, v);
      return accusation ? { text: accusation.text, speaker: accusation.speaker } : undefined;
    }
    // "X called on the EU to sanction Y and “everyone who signs the orders”": a demand that runs over the quote holds it.
    // (Not past a comma: "X, whose founder called on it to dissolve, said it had “no connection”".)
    const demand = isVerb(tokens[v], DEMAND_VERBS) && !tokens.slice(v, mark).some((token) => token.punct) ? demandOf(context, s, v) : undefined;
    if (demand && [...OPEN_QUOTE].some((mark) => demand.text.includes(mark))) return { text: demand.text, speaker: demand.speaker };
  }
  return undefined;
}


/** "According to the Ukrainian military, <clause>": the clause is the source's statement. */
function accordingTo(context: StatementContext, s: number): Reported | undefined {
  const { tokens, mentions } = context.mentions[s];
  if (tokens[0]?.lower !== 'according' || tokens[1]?.lower !== 'to') return undefined;
  const comma = tokens.findIndex((token) => token.text === ',');
  if (comma < 0) return undefined;
  const source = mentions.find((mention) => mention.start >= 2 && mention.end <= comma && context.resolved.entityOf.get(mention));
  const speaker = source && context.resolved.entityOf.get(source);
  const text = context.sentences[s].text.slice(tokens[comma].end).trim().replace(/[.\s]+$/, '');
  if (!speaker || !isSpeakerKind(context, speaker) || text.split(/\s+/).length < MIN_REPORTED_WORDS) return undefined;
  return { text, speaker, quoted: false };
}

/**
 * "<clause>, according to Foreign Minister X.": the clause is X's statement — unless X is a news outlet, which only
 * relays it, or the clause has a verb of saying of its own.
 */
function trailingAccordingTo(context: StatementContext, s: number): Reported | undefined {
  const { tokens, mentions } = context.mentions[s];
  const at = tokens.findLastIndex((token, i) => token.lower === 'according' && tokens[i + 1]?.lower === 'to' && tokens[i - 1]?.text === ',');
  if (at < 1 || tokens.slice(0, at).some((token) => isVerb(token, SPEECH_VERBS))) return undefined;
  // The source's phrase ends at an apposition or a relative clause ("according to X, a civic group that …").
  let phraseEnd = tokens.findIndex((token, i) => i > at + 1 && (token.text === ',' || RELATIVE_PRONOUNS.has(token.text)));
  if (phraseEnd < 0) phraseEnd = tokens.length;
  const after = tokens.slice(at + 2, phraseEnd).filter((token) => !token.punct);
  if (after.length > 8) return undefined;
  // "…, according to its commander, Brigadier General Ana Ruiz of Peru": the person the apposition names, not "its".
  const described = phraseEnd < tokens.length && OWNERS.has(tokens[at + 2]?.lower ?? '')
    ? mentions.find((mention) => mention.start > phraseEnd && mention.start <= phraseEnd + 4 && mentionKind(context, mention) === 'Person')
    : undefined;
  const source = described ?? mentions.filter((mention) => mention.start > at + 1 && mention.end <= phraseEnd && isSpeakerKind(context, context.resolved.entityOf.get(mention) ?? '')).at(-1);
  const speaker = source && context.resolved.entityOf.get(source);
  // An outlet only relays ("…, according to Reuters", "according to Axios"): an organisation named right after
  // "according to" speaks only if its name says it is a body ("Vote Watch Chile", "the Farmers Union").
  if (!speaker || isNewsOutlet(context, speaker) || (speaker === reportedBy(context, s) && !namedAsBody(context, speaker))) return undefined;
  const text = context.sentences[s].text.slice(0, tokens[at - 1].start).trim();
  return text.split(/\s+/).length >= MIN_REPORTED_WORDS ? { text, speaker, quoted: false, sourceEnd: phraseEnd < tokens.length ? phraseEnd : undefined } : undefined;
}

/** Words that open a description of a source rather than its name ("according to its commander, …"). */
const OWNERS = new Set(['its', 'his', 'her', 'their', 'the']);

/** An organisation whose name has the head word of a body ("Watch", "Union", "Chamber"), not an outlet's. */
function namedAsBody(context: StatementContext, key: string): boolean {
  const name = context.resolved.entities.get(key)?.name ?? '';
  return !isNewsOutlet(context, key) && name.toLowerCase().split(/\s+/).some((word) => ORGANIZATION_HEADS.has(word));
}

function isNewsOutlet(context: StatementContext, key: string): boolean {
  const entity = context.resolved.entities.get(key);
  return entity?.kind === 'Organization' && (NEWS_AGENCY_NAMES.has(entity.name) || OUTLET_NAME.test(entity.name));
}

/** Words that open a clause of their own after a comma ("…, even as X says …", "…, while X said …"). */
const SUBORDINATORS = new Set(['as', 'even', 'while', 'when', 'after', 'before', 'because', 'but', 'and', 'though', 'although', 'since', 'which', 'who', 'where', 'if', 'until', 'whereas']);
/** Days and their neighbours that date a verb of saying ("said Tuesday"). */
const DAY_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'late', 'earlier', 'later']);
/** "a", "an", "the" before a name. */
const ARTICLES = new Set(['a', 'an', 'the']);
/** Auxiliaries and copulas that make a few words a clause ("the vote was unanimous", "talks would resume"). */
const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'must', 'should', 'may', 'might']);
/** Verbs that report only with "that" after them ("found that", "confirmed that", "held that"). */
const THAT_VERBS = new Set(['found', 'finds', 'confirmed', 'confirms', 'held', 'holds', 'posted', 'posts']);

/** "Officials made clear that …", "she made it clear that …": a verb of saying in two or three words. */
function madeClear(tokens: Token[], verb: number): boolean {
  if (!/^(made|makes|make|making)$/.test(tokens[verb].lower)) return false;
  const clear = tokens[verb + 1]?.lower === 'it' ? verb + 2 : verb + 1;
  return tokens[clear]?.lower === 'clear' && tokens[clear + 1]?.lower === 'that';
}

/** "that" right after the verb, or after a phrase of place or time ("posted on social media that …"). */
function thatFollows(tokens: Token[], verb: number): boolean {
  if (tokens[verb + 1]?.lower === 'that') return true;
  if (!PREPOSITIONS.has(tokens[verb + 1]?.lower ?? '')) return false;
  for (let k = verb + 2; k <= verb + 9 && k < tokens.length && !tokens[k].punct; k++) if (tokens[k].lower === 'that') return true;
  return false;
}
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday']);

/** Whom something is told to, named or not ("told Reuters", "told reporters"). */
const LISTENERS = new Set(['reporters', 'journalists', 'lawmakers', 'parliament', 'legislators', 'supporters', 'delegates']);

/** After "told Reuters the country would …": where the clause starts, past the listener; the token after the verb otherwise. */
function pastListener(mentions: Mention[], tokens: Token[], verb: number): number {
  if (!TOLD.has(tokens[verb].lower)) return verb + 1;
  if (LISTENERS.has(tokens[verb + 1]?.lower ?? '')) return verb + 2;
  const named = mentions.find((mention) => mention.start === verb + 1 || (mention.start === verb + 2 && tokens[verb + 1].lower === 'the'));
  return named ? named.end : verb + 1;
}

/** "said at least 40 people …", "said at most …": "at" opens a number there, not a phrase of place. */
function opensQuantity(tokens: Token[], at: number): boolean {
  // "said at least 40 …", "said about 300 border guards …", "said over 1,000 …", "said nearly half …".
  if (tokens[at].lower === 'at') return tokens[at + 1]?.lower === 'least' || tokens[at + 1]?.lower === 'most';
  return /^(about|around|over|under|some|nearly|almost|roughly|approximately|up)$/.test(tokens[at].lower) &&
    /^(\d|half|a|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|to)/.test(tokens[at + 1]?.lower ?? '');
}

/** Past "on Monday", "late on Tuesday", "Friday" after a verb of saying: where its clause starts. */
function pastDay(tokens: Token[], at: number): number {
  let k = at;
  if (tokens[k]?.lower === 'late' || tokens[k]?.lower === 'early') k++;
  if (tokens[k]?.lower === 'on') k++;
  return WEEKDAYS.has(tokens[k]?.lower ?? '') ? k + 1 : at;
}

/** Words that open a relative clause after a name (lower case: "That" opens a sentence). */
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whose']);
const TOLD = new Set(['told', 'tells', 'telling']);
/** Verbs of refusing before "to say", "to comment". */
const REFUSALS = new Set(['declined', 'declines', 'declining', 'refused', 'refuses', 'refusing']);

/** "– the Foreign Ministry said in a statement." after a block quote: the paragraph before is the statement. */
export function dashAttribution(context: StatementContext, s: number): Reported | undefined {
  const sentence = context.sentences[s];
  if (!/^[–—-]\s/.test(sentence.text)) return undefined;
  const { tokens } = context.mentions[s];
  const verb = findVerb(tokens, 0, tokens.length, SPEECH_VERBS);
  if (verb === undefined) return undefined;
  const speaker = pickSpeaker(context, s, 0, verb, tokens.length);
  if (!speaker) return undefined;
  const before = context.sentences.filter((other) => other.index < s && (other.paragraph === sentence.paragraph || other.paragraph === sentence.paragraph - 1));
  const sameParagraph = before.filter((other) => other.paragraph === sentence.paragraph);
  const quoted = (sameParagraph.length ? sameParagraph : before.filter((other) => other.paragraph === sentence.paragraph - 1)).map((other) => other.text);
  if (!quoted.length) return undefined;
  return { text: quoted.join(' '), speaker, quoted: true };
}

/** Bodies that "ruling" qualifies ("the ruling party", "its ruling coalition"). */
const RULED_BODIES: ReadonlySet<string> = new Set(['party', 'parties', 'coalition', 'junta', 'council', 'bloc', 'alliance', 'elite', 'family', 'government']);

/**
 * "Armenia’s ruling Civic Accord party accused …": "ruling" after a state’s possessive, before a name or a body’s noun,
 * is no verb of saying, and the state no speaker.
 */
function isRulingAdjective(tokens: Token[], mentions: Mention[], v: number): boolean {
  if (tokens[v].lower !== 'ruling') return false;
  const before = tokens[v - 1];
  if (!before?.possessive) return false;
  const next = tokens[v + 1];
  return Boolean(next && (RULED_BODIES.has(next.lower) || mentions.some((mention) => mention.start === v + 1)));
}
