// Statements: direct quotes and reported speech, each attributed to its speaker — after the quote ("…," X said),
// before it (X said, "…"), through a pronoun ("he added"), or as the continuation of the last speaker's quote.
import type { LocalStatement } from '../types.ts';
import type { Reported } from './speechActs.ts';
import type { Token } from './tokens.ts';
import { CHARGE_NOUNS, DEMAND_VERBS, DENYING_VERBS, LEAD_IN_VERBS, NAMING_VERBS, SPEECH_VERBS } from './lexicon/reportingVerbs.ts';
import { OPEN_QUOTE, CLOSE_QUOTE, type QuoteSpan, isOpening, firstQuoteMark, lastQuoteMark } from './quoteMarks.ts';
import { type StatementContext, findVerb, pickSpeaker, isSpeakerKind, isVerb, voiceBefore, reportedBy, entityKind, theGovernment, unnamedSpeaker } from './speakers.ts';
import { MIN_REPORTED_WORDS, whatTheyCalled, reportedSpeech, clauseAroundQuote, attributionAtEnd, accusationAroundQuote, dashAttribution } from './reportedSpeech.ts';

export type { QuoteSpan } from './quoteMarks.ts';
export type { StatementContext } from './speakers.ts';

const MIN_QUOTE_WORDS = 3;

/** Every statement of the article, in order, with its speaker's entity key. */
export function findStatements(context: StatementContext): LocalStatement[] {
  const statements: LocalStatement[] = [];
  const quotedSentences = new Set<number>();
  let lastSpeaker: { key: string; paragraph: number } | undefined;
  const { quotes } = context;
  /** Drops the statements of a sentence that `text` holds whole (a fragment of it read on its own). */
  const dropHeldBy = (sentence: number, text: string) => {
    for (let k = statements.length - 1; k >= 0; k--) if (statements[k].sentence === sentence && text.includes(statements[k].text)) statements.splice(k, 1);
  };
  /** A statement of one sentence, about what that sentence names. */
  const addStatement = (sentence: number, text: string, quoted: boolean, speaker: string) =>
    statements.push({
      key: `statement:${statements.length}`,
      text,
      quoted,
      speaker,
      sentence,
      about: aboutEntities(context, sentence, sentence, speaker),
      reportedBy: reportedBy(context, sentence),
    });
  // "X wrote that Canberra looked forward to “…”, while Wellington said that it had full confidence …": a contrasting
  // clause with its own speaker is a statement of its own, cut from the one it was read into.
  const splitOffContrast = (sentence: number, first: { text: string; speaker: string }) => {
    const split = contrastingClause(context, sentence, first);
    if (!split) return;
    first.text = split.before;
    addStatement(sentence, split.other.text, split.other.quoted, split.other.speaker);
  };
  for (const quote of quotes) {
    for (let s = quote.openSentence; s <= quote.closeSentence; s++) quotedSentences.add(s);
    const words = quote.text.split(/\s+/).filter(Boolean).length;
    const paragraph = context.sentences[quote.openSentence].paragraph;
    let speaker = speakerAfter(context, quote) ?? speakerBefore(context, quote) ?? trailingAttribution(context, quote.closeSentence) ?? leadInParagraph(context, quote);
    const attributed = Boolean(speaker);
    if (!speaker && lastSpeaker && isQuoteOnly(context, quote) && paragraph - lastSpeaker.paragraph <= 1) {
      speaker = { key: lastSpeaker.key, sentence: quote.openSentence };
    }
    // Short quotes are statements only when the sentence says who said them; a single word only after a naming
    // verb ("called it a “mockery”"), not a hailed "heroes"; the first half of a split quote waits for its second.
    const minimum = !attributed ? MIN_QUOTE_WORDS : namedByVerb(context, quote) ? 1 : 2;
    if (!speaker || words < minimum || (words < MIN_QUOTE_WORDS && /,\s*$/.test(rawQuoteEnd(context, quote)))) continue;
    lastSpeaker = { key: speaker.key, paragraph: context.sentences[quote.closeSentence].paragraph };
    statements.push({
      key: `statement:${statements.length}`,
      text: quote.text,
      quoted: true,
      speaker: speaker.key,
      sentence: speaker.sentence,
      about: aboutEntities(context, quote.openSentence, quote.closeSentence, speaker.key, quote),
      reportedBy: reportedBy(context, speaker.sentence),
    });
    const more = goesOnToSay(context, quote, quotes);
    if (more) addStatement(quote.closeSentence, more, false, speaker.key);
  }
  for (const sentence of context.sentences) {
    if (quotedSentences.has(sentence.index)) {
      const said = clauseAroundQuote(context, sentence.index);
      const accused = accusationAroundQuote(context, sentence.index);
      // "He accused X of … and said the structure was “…”": an accusation that runs on over what was said holds both.
      const clause = (accused && (!said || accused.text.includes(said.text)) ? accused : said) ??
        (statements.some((statement) => statement.sentence === sentence.index) ? undefined : attributionAtEnd(context, sentence.index));
      if (!clause) {
        // "X dismissed the accusations as “lies” and said his troops had never crossed": what a verb of saying
        // joined by "and" after the last quote says, if no statement holds it yet.
        // … and "President X, who took office promising no “shock therapy”, said on Friday that …": a verb of saying after
        // a quote inside an aside.
        const { tokens } = context.mentions[sentence.index];
        const joined = andSaidAfterQuotes(tokens) ?? (isQuoteInAside(sentence.text, tokens) ? lastQuoteMark(tokens) + 1 : undefined);
        const after = joined === undefined ? undefined : reportedSpeech(context, sentence.index, joined);
        if (after && !statements.some((statement) => statement.sentence === sentence.index && statement.text.includes(after.text))) {
          addStatement(sentence.index, after.text, after.quoted, after.speaker);
        }
        continue;
      }
      // "…, a claim that X called “propaganda” and said …": the answer is X's, whoever the clause is given to.
      const answer = denialAfter(context, sentence.index);
      if (answer && answer.speaker !== clause.speaker) {
        dropHeldBy(sentence.index, answer.text);
        addStatement(sentence.index, answer.text, false, answer.speaker);
        clause.text = withoutTail(clause.text, answer.text);
      }
      splitOffContrast(sentence.index, clause);
      // The clause holds the quote: one statement, the whole of what was reported, in place of the fragment. What the
      // clause quotes is its speaker's, whoever a looser reading had given it to.
      dropHeldBy(sentence.index, clause.text);
      addStatement(sentence.index, clause.text, false, clause.speaker);
      continue;
    }
    const dashed = dashAttribution(context, sentence.index);
    const reported = dashed ?? reportedSpeech(context, sentence.index);
    if (!reported) continue;
    splitOffContrast(sentence.index, reported);
    // "…, according to spokeswoman X, who said …": what the source goes on to say is a statement of its own.
    const more = reported.sourceEnd === undefined ? undefined : reportedSpeech(context, sentence.index, reported.sourceEnd);
    const also = reported.alsoSaidBy === undefined ? undefined : { ...reported, speaker: reported.alsoSaidBy };
    // "…, charges that the Kremlin denies": the denial is the other side's statement.
    const denial = denialAfter(context, sentence.index);
    const cut = (one: { text: string }) => (denial && one !== denial ? withoutTail(one.text, denial.text) : one.text);
    for (const { text, quoted, speaker } of [reported, more, also, denial].filter((one) => one !== undefined).map((one) => ({ ...one, text: cut(one) }))) {
      addStatement(sentence.index, text, quoted, speaker);
    }
  }
  for (const sentence of context.sentences) {
    const named = whatTheyCalled(context, sentence.index);
    // A name given inside another speaker's statement ("X said …, the port that Y described as …") is Y's as well.
    if (!named || statements.some((statement) => statement.sentence === sentence.index && statement.speaker === named.speaker && statement.text.includes(named.text))) continue;
    addStatement(sentence.index, named.text, false, named.speaker);
  }
  return statements.sort((a, b) => a.sentence - b.sentence);
}

/**
 * The quotes of a sentence stand in an aside after its subject ("X, who took office promising no “shock therapy”,
 * said …"): a comma opens the aside before the first quote, and a comma closes it after the last, a verb of saying
 * following. (Not "“…,” he told a news conference": a quote that opens the sentence is no aside.)
 */
function isQuoteInAside(text: string, tokens: Token[]): boolean {
  const first = firstQuoteMark(tokens);
  const last = lastQuoteMark(tokens);
  // (The first mark must open a quote: "… with them,” he told a news conference" closes one begun before.)
  const opened = first > 0 && OPEN_QUOTE.has(tokens[first].text) && isOpening(text, tokens[first]) && tokens.slice(1, first).some((token) => token.text === ',');
  const comma = tokens[last + 1]?.text === ',' ? last + 1 : tokens[last - 1]?.text === ',' ? last : -1;
  return opened && comma > 0 && tokens.slice(comma + 1, comma + 4).some((token) => isVerb(token, SPEECH_VERBS));
}

/** The verb of "… “…” and said …" or "… “…” and urged Y to …" after a sentence's last quotation mark. */
function andSaidAfterQuotes(tokens: Token[]): number | undefined {
  const lastMark = lastQuoteMark(tokens);
  for (let k = lastMark + 1; k < tokens.length - 1; k++) {
    if (tokens[k].lower === 'and' && (isVerb(tokens[k + 1], SPEECH_VERBS) || isVerb(tokens[k + 1], DEMAND_VERBS))) return k + 1;
    // "…”, but he insisted that …": a clause of its own with the speaker as a pronoun.
    if (/^(and|but)$/.test(tokens[k].lower) && /^(he|she|it|they)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2] !== undefined && isVerb(tokens[k + 2], SPEECH_VERBS)) return k + 2;
  }
  return undefined;
}

/** The contrasting clause of another speaker after `first` (", while Wellington said …"), and `first`'s text before it. */
function contrastingClause(context: StatementContext, s: number, first: { text: string; speaker: string }): { before: string; other: Reported } | undefined {
  const contrast = contrastAfterQuotes(context.mentions[s].tokens);
  const other = contrast && reportedSpeech(context, s, contrast.verb);
  if (!contrast || !other || other.speaker === first.speaker) return undefined;
  const at = first.text.lastIndexOf(`, ${contrast.word} `);
  return { before: at > 0 ? first.text.slice(0, at) : first.text, other };
}

/**
 * ", while Wellington said …", ", whereas the ministry wrote …" after a sentence's last quotation mark: the comma and
 * the verb of a contrasting clause with a subject of its own (up to five words of it), with the word opening it.
 */
function contrastAfterQuotes(tokens: Token[]): { word: string; verb: number } | undefined {
  const lastMark = lastQuoteMark(tokens);
  for (let k = lastMark + 1; k < tokens.length - 2; k++) {
    if (tokens[k].text !== ',' || !/^(while|whereas)$/.test(tokens[k + 1].lower)) continue;
    // ("…, while Hungary urged Serbia to …": in a roundup of reactions, a demand contrasts as a saying does.)
    const verb = tokens.findIndex((token, v) => v > k + 2 && v <= k + 7 && (isVerb(token, SPEECH_VERBS) || isVerb(token, DEMAND_VERBS)));
    if (verb > 0 && !tokens.slice(k + 2, verb).some((token) => token.punct)) return { word: tokens[k + 1].text, verb };
  }
  return undefined;
}

/**
 * "X said the ship had been “…,” and that the navy had acted lawfully": after the sentence's last quote, "and that" or
 * "and said" with no new subject goes on with the same speaker.
 */
function goesOnToSay(context: StatementContext, quote: QuoteSpan, quotes: QuoteSpan[]): string | undefined {
  const quoteBetween = (from: number, to: number) => quotes.some((other) => other.openSentence === quote.closeSentence && other.openToken > from && other.openToken < to);
  const { tokens } = context.mentions[quote.closeSentence];
  let at = quote.closeToken + 1;
  if (tokens[at]?.text === ',') at++;
  // "…,” X told a briefing, adding that Y remained “open to dialogue”": a quote inside what is added is part of it.
  if (tokens[at]?.lower !== 'and') return addingThat(context, quote, quoteBetween);
  if (quoteBetween(quote.closeToken, tokens.length)) return undefined;
  at++;
  const verb = isVerb(tokens[at] ?? tokens[0], SPEECH_VERBS);
  if (verb) at++;
  if (tokens[at]?.lower === 'that') at++;
  else if (!verb) return undefined;
  if (!tokens[at] || tokens[at].punct) return undefined;
  const text = context.sentences[quote.closeSentence].text.slice(tokens[at].start).replace(/[.\s]+$/, '');
  return text.split(/\s+/).length >= MIN_REPORTED_WORDS ? text : undefined;
}

/** Participles that carry a speech tag on ("…,” she said, adding that …"); those of demands keep their verb. */
const GOING_ON_PARTICIPLES = new Set(['adding', 'saying', 'noting', 'stressing', 'insisting', 'arguing', 'calling', 'urging']);
const DEMANDING_PARTICIPLES = new Set(['calling', 'urging']);

/**
 * "“…,” Silva wrote on X, adding that Chile would defend its fishermen": the clause after the participle; "…,
 * calling for an immediate ceasefire": the demand, verb and all.
 */
function addingThat(context: StatementContext, quote: QuoteSpan, quoteBetween: (from: number, to: number) => boolean): string | undefined {
  const { tokens } = context.mentions[quote.closeSentence];
  let at = quote.closeToken + 1;
  while (at < tokens.length && !(tokens[at].text === ',' && GOING_ON_PARTICIPLES.has(tokens[at + 1]?.lower ?? ''))) at++;
  if (at >= tokens.length || at - quote.closeToken > 16) return undefined;
  // A quote between the first and the participle has its own speech tag.
  if (quoteBetween(quote.closeToken, at)) return undefined;
  at += DEMANDING_PARTICIPLES.has(tokens[at + 1].lower) ? 1 : 2;
  if (tokens[at]?.lower === 'that') at++;
  if (!tokens[at] || tokens[at].punct) return undefined;
  const text = context.sentences[quote.closeSentence].text.slice(tokens[at].start).replace(/[.\s]+$/, '');
  return text.split(/\s+/).length >= MIN_REPORTED_WORDS ? text : undefined;
}

/** "In a statement, the Secretary said:" closing the paragraph before a quote that stands alone in its own. */
function leadInParagraph(context: StatementContext, quote: QuoteSpan): Speaker | undefined {
  const previous = quote.openSentence - 1;
  if (quote.openToken !== 0 || previous < 0 || context.sentences[previous].paragraph === context.sentences[quote.openSentence].paragraph) return undefined;
  if (!context.sentences[previous].text.trimEnd().endsWith(':')) return undefined;
  const tokens = context.mentions[previous].tokens;
  let verb: number | undefined;
  for (let i = tokens.length - 1; i >= 0 && verb === undefined; i--) if (isVerb(tokens[i], LEAD_IN_VERBS)) verb = i;
  if (verb === undefined) return undefined;
  const key = pickSpeaker(context, previous, 0, verb, tokens.length, true);
  return key ? { key, sentence: previous } : undefined;
}

/** `text` without `tail` (and the comma before it) when it ends so: a statement less the denial given on its own. */
function withoutTail(text: string, tail: string): string {
  return text.endsWith(tail) ? text.slice(0, -tail.length).replace(/[,\s]+$/, '') : text;
}

/** "…, charges that the Kremlin denies.", "…, a claim Beijing rejects": the denial, said by the one who denies. */
function denialAfter(context: StatementContext, s: number): { text: string; speaker: string; quoted: boolean } | undefined {
  const { tokens, mentions } = context.mentions[s];
  for (let k = 1; k < tokens.length - 2; k++) {
    if (tokens[k - 1].text !== ',' || !CHARGE_NOUNS.has((/^(a|an|the)$/.test(tokens[k].lower) ? tokens[k + 1] : tokens[k])?.lower ?? '')) continue;
    let at = /^(a|an|the)$/.test(tokens[k].lower) ? k + 2 : k + 1;
    if (/^(that|which)$/.test(tokens[at]?.lower ?? '')) at++;
    let denier = mentions.find((mention) => mention.start === at || (mention.start === at + 1 && tokens[at].lower === 'the'));
    // "a claim that Ukraine's General Staff called …": the body its possessor names.
    if (denier?.possessive) denier = mentions.find((mention) => mention.start === denier!.end) ?? denier;
    const verb = denier ? (/^(has|have|had)$/.test(tokens[denier.end]?.lower ?? '') ? denier.end + 1 : denier.end) : -1;
    const key = denier && context.resolved.entityOf.get(denier);
    if (!key || !isSpeakerKind(context, key) || !DENYING_VERBS.has(tokens[verb]?.lower ?? '')) continue;
    const text = context.sentences[s].text.slice(tokens[k].start).replace(/[.\s]+$/, '');
    return { text, speaker: key, quoted: false };
  }
  return undefined;
}

/** A naming verb right before the quote ("called it an “…”", "described as “…”"). */
function namedByVerb(context: StatementContext, quote: QuoteSpan): boolean {
  const tokens = context.mentions[quote.openSentence].tokens;
  // "called it “reckless”", "said the commitment was “rock-solid”": one quoted word is what was said of something.
  const copula = /^(was|is|were|are|remains|remained)$/.test(tokens[quote.openToken - 1]?.lower ?? '') && tokens.slice(0, quote.openToken).some((token) => SPEECH_VERBS.has(token.lower) && !token.capitalized);
  // "rejected the claims as “baseless”", "dismissed the report as “lies”": what a verb of stance calls its object.
  const asNamed = tokens[quote.openToken - 1]?.lower === 'as' && tokens.slice(Math.max(0, quote.openToken - 8), quote.openToken - 1).some((token) => isVerb(token, LEAD_IN_VERBS));
  return copula || asNamed || tokens.slice(Math.max(0, quote.openToken - 5), quote.openToken).some((token) => NAMING_VERBS.has(token.lower));
}

/** The text just inside the closing mark, trailing punctuation included. */
function rawQuoteEnd(context: StatementContext, quote: QuoteSpan): string {
  const sentence = context.sentences[quote.closeSentence].text;
  const close = context.mentions[quote.closeSentence].tokens[quote.closeToken].start;
  return sentence.slice(Math.max(0, close - 3), close);
}

/**
 * British style quotes in single marks (‘We will not be moved,’ she said). The pairs become double marks, one
 * character for one, so that offsets still point into the original text; apostrophes (it’s, Korea’s) stay, and so do
 * quotes nested in double marks.
 */
export function doubleSingleQuotes(paragraph: string): string {
  if (!paragraph.includes('‘')) return paragraph;
  const chars = [...paragraph];
  if (chars.length !== paragraph.length) return paragraph;
  // A single-marked quote inside a double-marked one (“They told us, ‘Wait,’ and …”) is nested: it stays as it is.
  let insideDouble = false;
  for (let open = 0; open < chars.length; open++) {
    if (chars[open] === '“') insideDouble = true;
    else if (chars[open] === '”') insideDouble = false;
    if (insideDouble || chars[open] !== '‘' || (open > 0 && !/[\s([{—–-]/.test(chars[open - 1])) || !/\S/.test(chars[open + 1] ?? '')) continue;
    for (let close = open + 2; close < chars.length; close++) {
      if (chars[close] === '‘') break;
      if (chars[close] !== '’' || /[\p{L}\p{N}]/u.test(chars[close + 1] ?? '')) continue;
      chars[open] = '“';
      chars[close] = '”';
      open = close;
      break;
    }
  }
  return chars.join('');
}

/** Pairs quotation marks across the sentences of each paragraph. */
export function findQuoteSpans(context: Pick<StatementContext, 'sentences' | 'mentions'>): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: { sentence: number; token: number } | undefined;
  // A quote running on into the next paragraph leaves its closing mark out and opens that paragraph with a new one.
  let carried: { open: { sentence: number; token: number }; text: string } | undefined;
  let paragraph = -1;
  for (const sentence of context.sentences) {
    const tokens = context.mentions[sentence.index].tokens;
    if (sentence.paragraph !== paragraph) {
      carried = open && sentence.index > 0 ? { open, text: quoteText(context, open, { sentence: sentence.index - 1, token: -1 }) } : undefined;
      open = undefined;
      paragraph = sentence.paragraph;
      if (carried && !(tokens[0] && OPEN_QUOTE.has(tokens[0].text))) carried = undefined;
    }
    tokens.forEach((token, index) => {
      if (!token.punct) return;
      const opens = OPEN_QUOTE.has(token.text) && (!open || token.text !== '"') && isOpening(sentence.text, token);
      if (!open && opens) {
        open = { sentence: sentence.index, token: index };
      } else if (open && CLOSE_QUOTE.has(token.text)) {
        let text = quoteText(context, open, { sentence: sentence.index, token: index });
        let from = open;
        const opensParagraph = open.token === 0 && context.sentences[open.sentence - 1]?.paragraph !== paragraph;
        if (carried && opensParagraph) {
          text = `${carried.text} ${text}`;
          from = carried.open;
        }
        carried = undefined;
        spans.push({ openSentence: from.sentence, openToken: from.token, closeSentence: sentence.index, closeToken: index, text });
        open = undefined;
      }
    });
  }
  return spans;
}

function quoteText(context: Pick<StatementContext, 'sentences' | 'mentions'>, open: { sentence: number; token: number }, close: { sentence: number; token: number }): string {
  const parts: string[] = [];
  for (let s = open.sentence; s <= close.sentence; s++) {
    const sentence = context.sentences[s];
    const tokens = context.mentions[s].tokens;
    const from = s === open.sentence ? tokens[open.token].end : 0;
    // A close token of -1: the quote runs to the end of that sentence.
    const to = s === close.sentence && close.token >= 0 ? tokens[close.token].start : sentence.text.length;
    parts.push(sentence.text.slice(from, to));
  }
  return parts.join(' ').trim().replace(/[,\s]+$/, '');
}

interface Speaker {
  key: string;
  sentence: number;
}

/** "…," X said / said X / he added — the attribution right after the closing mark. */
function speakerAfter(context: StatementContext, quote: QuoteSpan): Speaker | undefined {
  const s = quote.closeSentence;
  const tokens = context.mentions[s].tokens;
  let end = tokens.length;
  for (let i = quote.closeToken + 1; i < tokens.length; i++) {
    if (OPEN_QUOTE.has(tokens[i].text) || tokens[i].text === '.') {
      end = i;
      break;
    }
  }
  // News style puts a comma inside the closing mark when an attribution follows: “…,” he added.
  const text = context.sentences[s].text;
  const closeAt = tokens[quote.closeToken].start;
  // A dash after the closing mark attributes too: “…” – said Governor X.
  const attributive = /[,!?]\s*$/.test(text.slice(Math.max(0, closeAt - 2), closeAt)) || /^[,—–-]$/.test(tokens[quote.closeToken + 1]?.text ?? '');
  if (!attributive) return undefined;
  // “…,” and said Washington would …: a verb coordinated with the sentence's own shares its subject, named before.
  const next = tokens[quote.closeToken + 1]?.text === ',' ? tokens[quote.closeToken + 2] : tokens[quote.closeToken + 1];
  // (“…,” while X said …: a contrasting clause has a speaker of its own, not the quote's.)
  if (next && /^(and|but|while|whereas)$/.test(next.lower)) return undefined;
  // “…,” according to a statement from the ministry.
  const according = tokens[quote.closeToken + 1]?.text === ',' ? quote.closeToken + 2 : quote.closeToken + 1;
  if (tokens[according]?.lower === 'according' && tokens[according + 1]?.lower === 'to') {
    // The last name of the phrase is the source ("a statement from the Japanese Foreign Ministry" → the ministry).
    const comma = tokens.findIndex((token, i) => i > according + 1 && token.text === ',');
    const phraseEnd = comma < 0 ? end : Math.min(end, comma);
    const source = context.mentions[s].mentions.filter((mention) => mention.start > according + 1 && mention.end <= phraseEnd && isSpeakerKind(context, context.resolved.entityOf.get(mention) ?? '')).at(-1);
    const key = source ? context.resolved.entityOf.get(source) : undefined;
    return key ? { key, sentence: s } : undefined;
  }
  // "“…,” a statement from the ministry read": after a quote, "read" is a verb of saying too.
  // "…”, a line that X read as a snub": read as is how X took it, not what X said.
  const tail = findVerb(tokens, quote.closeToken + 1, Math.min(end, quote.closeToken + 12), TAIL_VERBS);
  const verb = findVerb(tokens, quote.closeToken + 1, end, SPEECH_VERBS) ?? (tokens[(tail ?? -2) + 1]?.lower === 'as' ? undefined : tail);
  if (verb === undefined) return undefined;
  // “…,” the two governments said: the first of the story's two states; “…,” the government said: the story's.
  const key = pickSpeaker(context, s, quote.closeToken + 1, verb, end) ?? voiceBefore(context, s, quote.closeToken + 1, verb) ??
    unnamedSpeaker(context, context.mentions[s].mentions, tokens, verb);
  return key ? { key, sentence: s } : undefined;
}

/** "…, spokesperson Koo said." at the end of a sentence that holds a quote mid-way. */
function trailingAttribution(context: StatementContext, s: number): Speaker | undefined {
  const { tokens } = context.mentions[s];
  let end = tokens.length;
  while (end > 0 && tokens[end - 1].punct) end--;
  const verb = end - 1;
  if (verb < 1 || !isVerb(tokens[verb], SPEECH_VERBS)) return undefined;
  const comma = tokens.slice(0, verb).map((token) => token.text).lastIndexOf(',');
  if (comma < 0 || verb - comma > 7) return undefined;
  const key = pickSpeaker(context, s, comma + 1, verb, end);
  return key ? { key, sentence: s } : undefined;
}

/** X said, "…" / X described it as "…" — the attribution before the opening mark, in the same sentence. */
function speakerBefore(context: StatementContext, quote: QuoteSpan): Speaker | undefined {
  const s = quote.openSentence;
  const tokens = context.mentions[s].tokens;
  let verb: number | undefined;
  for (let i = quote.openToken - 1; i >= 0; i--) {
    if (isVerb(tokens[i], LEAD_IN_VERBS)) {
      verb = i;
      break;
    }
  }
  if (verb === undefined) return colonAfterPerson(context, quote);
  // "… alongside Secretary of State Marco Rubio, who called it “…”": the relative pronoun's antecedent speaks.
  // … and "a statement from the Foreign Ministry, which said both sides had “…”".
  if (tokens[verb - 1]?.lower === 'who' || tokens[verb - 1]?.lower === 'which') {
    const antecedentEnd = tokens[verb - 2]?.text === ',' ? verb - 2 : verb - 1;
    const antecedent = context.mentions[s].mentions.find((mention) => mention.end === antecedentEnd && context.resolved.entityOf.get(mention));
    const key = antecedent && context.resolved.entityOf.get(antecedent);
    if (key && isSpeakerKind(context, key)) return { key, sentence: s };
  }
  const key = pickSpeaker(context, s, 0, verb, quote.openToken, true) ?? theGovernment(context, tokens, verb)?.key;
  return key ? { key, sentence: s } : undefined;
}

/**
 * "Restrepo put it differently: “…”", "Ruiz was blunt: “…”": a person opening the sentence, and a colon right before
 * the quote, with no verb of saying — the person speaks.
 */
function colonAfterPerson(context: StatementContext, quote: QuoteSpan): Speaker | undefined {
  const s = quote.openSentence;
  const { tokens, mentions } = context.mentions[s];
  if (tokens[quote.openToken - 1]?.text !== ':' || quote.openToken > 12) return undefined;
  const subject = mentions.find((mention) => mention.start === 0 && !mention.possessive && !mention.inQuote);
  const key = subject && context.resolved.entityOf.get(subject);
  return key && entityKind(context, key) === 'Person' ? { key, sentence: s } : undefined;
}

/** True when the quote stands alone in its sentence, with no words of attribution around it. */
function isQuoteOnly(context: StatementContext, quote: QuoteSpan): boolean {
  const first = context.mentions[quote.openSentence].tokens;
  const last = context.mentions[quote.closeSentence].tokens;
  const wordsBefore = first.slice(0, quote.openToken).filter((token) => !token.punct).length;
  const wordsAfter = last.slice(quote.closeToken + 1).filter((token) => !token.punct).length;
  return wordsBefore === 0 && wordsAfter === 0;
}

const TAIL_VERBS = new Set(['read', 'reads']);

function aboutEntities(context: StatementContext, from: number, to: number, speaker: string, quote?: QuoteSpan): string[] {
  const about = new Set<string>();
  for (let s = from; s <= to; s++) {
    for (const mention of context.mentions[s].mentions) {
      if (quote && s === quote.openSentence && mention.start < quote.openToken) continue;
      if (quote && s === quote.closeSentence && mention.start > quote.closeToken) continue;
      if (mention.form === 'pronoun') continue;
      const key = context.resolved.entityOf.get(mention);
      if (key && key !== speaker) about.add(key);
    }
  }
  return [...about];
}
