// Statements: direct quotes and reported speech, each attributed to its speaker — after the quote ("…," X said),
// before it (X said, "…"), through a pronoun ("he added"), or as the continuation of the last speaker's quote.
import type { LocalStatement } from '../types.ts';
import type { ParagraphSentence } from './sentences.ts';
import type { SentenceMentions, Mention } from './mentions.ts';
import type { ArticleEntities } from './entities.ts';
import type { Token } from './tokens.ts';
import { ORGANIZATION_HEADS } from './lexicon/headWords.ts';
import { NEWS_AGENCY_NAMES } from './lexicon/newsOrganizations.ts';
import { PREPOSITIONS } from './lexicon/prepositions.ts';
import { RANK_WORDS, titleRelation } from './lexicon/titles.ts';
import { ACCUSING_VERBS, COMPLEMENT_TAKERS, DEMAND_VERBS, LEAD_IN_VERBS, NAMING_VERBS, OWN_VOICES, REPORTED_BY_CUES, RULING_OUT_VERBS, SPEECH_VERBS, STANCE_VERBS } from './lexicon/reportingVerbs.ts';

const OPEN_QUOTE = new Set(['“', '"', '«']);
const CLOSE_QUOTE = new Set(['”', '"', '»']);
const MIN_QUOTE_WORDS = 3;
/** Words after "to" that show it is a preposition, not an infinitive ("the bloc to which …"). */
const NOT_VERBS = new Set(['which', 'whom', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those']);
const MIN_REPORTED_WORDS = 5;
/** A stance names its object right after the verb: "denied the allegation". */
const MIN_OBJECT_WORDS = 3;
/** Objects that say nothing of their own ("denied it", "denied this"). */
const BARE_OBJECTS = new Set(['it', 'this', 'that', 'them', 'him', 'these', 'those', 'so']);
/** Words before a verb that make it passive ("was denied entry"). */
const PASSIVE_MARKERS = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

export interface StatementContext {
  sentences: ParagraphSentence[];
  mentions: SentenceMentions[];
  resolved: ArticleEntities;
  /** The article's quotation spans, from findQuoteSpans. */
  quotes: QuoteSpan[];
}

export interface QuoteSpan {
  /** Sentence indices where the quote opens and closes; token indices of the marks within them. */
  openSentence: number;
  openToken: number;
  closeSentence: number;
  closeToken: number;
  text: string;
}

/** Every statement of the article, in order, with its speaker's entity key. */
export function findStatements(context: StatementContext): LocalStatement[] {
  const statements: LocalStatement[] = [];
  const quotedSentences = new Set<number>();
  let lastSpeaker: { key: string; paragraph: number } | undefined;
  const { quotes } = context;
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
    if (more) {
      statements.push({
        key: `statement:${statements.length}`,
        text: more,
        quoted: false,
        speaker: speaker.key,
        sentence: quote.closeSentence,
        about: aboutEntities(context, quote.closeSentence, quote.closeSentence, speaker.key),
        reportedBy: reportedBy(context, quote.closeSentence),
      });
    }
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
        const joined = andSaidAfterQuotes(context.mentions[sentence.index].tokens);
        const after = joined === undefined ? undefined : reportedSpeech(context, sentence.index, joined);
        if (after && !statements.some((statement) => statement.sentence === sentence.index && statement.text.includes(after.text))) {
          statements.push({
            key: `statement:${statements.length}`,
            text: after.text,
            quoted: after.quoted,
            speaker: after.speaker,
            sentence: sentence.index,
            about: aboutEntities(context, sentence.index, sentence.index, after.speaker),
            reportedBy: reportedBy(context, sentence.index),
          });
        }
        continue;
      }
      // The clause holds the quote: one statement, the whole of what was reported, in place of the fragment.
      for (let k = statements.length - 1; k >= 0; k--) {
        const statement = statements[k];
        // What the clause quotes is its speaker's, whoever a looser reading had given it to.
        if (statement.sentence === sentence.index && clause.text.includes(statement.text)) statements.splice(k, 1);
      }
      statements.push({
        key: `statement:${statements.length}`,
        text: clause.text,
        quoted: false,
        speaker: clause.speaker,
        sentence: sentence.index,
        about: aboutEntities(context, sentence.index, sentence.index, clause.speaker),
        reportedBy: reportedBy(context, sentence.index),
      });
      continue;
    }
    const dashed = dashAttribution(context, sentence.index);
    const reported = dashed ?? reportedSpeech(context, sentence.index);
    if (!reported) continue;
    // "…, according to spokeswoman X, who said …": what the source goes on to say is a statement of its own.
    const more = reported.sourceEnd === undefined ? undefined : reportedSpeech(context, sentence.index, reported.sourceEnd);
    const also = reported.alsoSaidBy === undefined ? undefined : { ...reported, speaker: reported.alsoSaidBy };
    for (const { text, quoted, speaker } of [reported, more, also].filter((one) => one !== undefined)) {
      statements.push({
        key: `statement:${statements.length}`,
        text,
        quoted,
        speaker,
        sentence: sentence.index,
        about: aboutEntities(context, sentence.index, sentence.index, speaker),
        reportedBy: reportedBy(context, sentence.index),
      });
    }
  }
  for (const sentence of context.sentences) {
    const named = whatTheyCalled(context, sentence.index);
    if (!named || statements.some((statement) => statement.sentence === sentence.index && statement.text.includes(named.text))) continue;
    statements.push({
      key: `statement:${statements.length}`,
      text: named.text,
      quoted: false,
      speaker: named.speaker,
      sentence: sentence.index,
      about: aboutEntities(context, sentence.index, sentence.index, named.speaker),
      reportedBy: reportedBy(context, sentence.index),
    });
  }
  return statements.sort((a, b) => a.sentence - b.sentence);
}

/** The verb of "… “…” and said …" after a sentence's last quotation mark. */
function andSaidAfterQuotes(tokens: Token[]): number | undefined {
  const lastMark = tokens.findLastIndex((token) => OPEN_QUOTE.has(token.text) || CLOSE_QUOTE.has(token.text));
  for (let k = lastMark + 1; k < tokens.length - 1; k++) {
    if (tokens[k].lower === 'and' && isVerb(tokens[k + 1], SPEECH_VERBS)) return k + 1;
  }
  return undefined;
}

/** Marks that end the name given after "what X called" ("… the last gap in the rules, a step …"). */
const NAME_ENDS = new Set([',', ';', ':', '.', '(', '—', '–', '?', '!', ...OPEN_QUOTE, ...CLOSE_QUOTE]);

/**
 * "closing what officials in Lima have called the last gap in the rules", "in what she described as a cover-up": the
 * name given is what the speaker said. A quoted name ("what he called “a farce”") is the quote's.
 */
function whatTheyCalled(context: StatementContext, s: number): { text: string; speaker: string } | undefined {
  const { tokens } = context.mentions[s];
  for (let w = 0; w < tokens.length; w++) {
    // A capitalised "What" opens a question or a headline, not a name given.
    if (tokens[w].text !== 'what') continue;
    const verb = findVerb(tokens, w + 2, Math.min(tokens.length, w + 8), NAMING_VERBS);
    if (verb === undefined || tokens.slice(w + 1, verb).some((token) => token.punct)) continue;
    const start = tokens[verb + 1]?.lower === 'as' ? verb + 2 : verb + 1;
    if (!tokens[start] || tokens[start].punct) continue;
    const speaker = pickSpeaker(context, s, w + 1, verb, verb);
    if (!speaker) continue;
    let end = start + 1;
    while (end < tokens.length && !NAME_ENDS.has(tokens[end].text)) end++;
    if (end - start >= 2) return { text: context.sentences[s].text.slice(tokens[start].start, tokens[end - 1].end), speaker };
  }
  return undefined;
}

/**
 * "X said the ship had been “…,” and that the navy had acted lawfully": after the sentence's last quote, "and that" or
 * "and said" with no new subject goes on with the same speaker.
 */
function goesOnToSay(context: StatementContext, quote: QuoteSpan, quotes: QuoteSpan[]): string | undefined {
  if (quotes.some((other) => other.openSentence === quote.closeSentence && other.openToken > quote.closeToken)) return undefined;
  const { tokens } = context.mentions[quote.closeSentence];
  let at = quote.closeToken + 1;
  if (tokens[at]?.text === ',') at++;
  if (tokens[at]?.lower !== 'and') return addingThat(context, quote);
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
function addingThat(context: StatementContext, quote: QuoteSpan): string | undefined {
  const { tokens } = context.mentions[quote.closeSentence];
  let at = quote.closeToken + 1;
  while (at < tokens.length && !(tokens[at].text === ',' && GOING_ON_PARTICIPLES.has(tokens[at + 1]?.lower ?? ''))) at++;
  if (at >= tokens.length || at - quote.closeToken > 12) return undefined;
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

/** A naming verb right before the quote ("called it an “…”", "described as “…”"). */
function namedByVerb(context: StatementContext, quote: QuoteSpan): boolean {
  const tokens = context.mentions[quote.openSentence].tokens;
  // "called it “reckless”", "said the commitment was “rock-solid”": one quoted word is what was said of something.
  const copula = /^(was|is|were|are|remains|remained)$/.test(tokens[quote.openToken - 1]?.lower ?? '') && tokens.slice(0, quote.openToken).some((token) => SPEECH_VERBS.has(token.lower) && !token.capitalized);
  return copula || tokens.slice(Math.max(0, quote.openToken - 5), quote.openToken).some((token) => NAMING_VERBS.has(token.lower));
}

/** The text just inside the closing mark, trailing punctuation included. */
function rawQuoteEnd(context: StatementContext, quote: QuoteSpan): string {
  const sentence = context.sentences[quote.closeSentence].text;
  const close = context.mentions[quote.closeSentence].tokens[quote.closeToken].start;
  return sentence.slice(Math.max(0, close - 3), close);
}

/**
 * British style quotes in single marks (‘We will not be moved,’ she said). The pairs become double marks, one
 * character for one, so that offsets still point into the original text; apostrophes (it’s, Korea’s) stay.
 */
export function doubleSingleQuotes(paragraph: string): string {
  if (!paragraph.includes('‘')) return paragraph;
  const chars = [...paragraph];
  if (chars.length !== paragraph.length) return paragraph;
  for (let open = 0; open < chars.length; open++) {
    if (chars[open] !== '‘' || (open > 0 && !/[\s([{—–-]/.test(chars[open - 1])) || !/\S/.test(chars[open + 1] ?? '')) continue;
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

function isOpening(text: string, token: Token): boolean {
  if (token.text !== '"') return true;
  const before = text[token.start - 1];
  return before === undefined || /[\s([—–-]/.test(before);
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
  if (next && /^(and|but)$/.test(next.lower)) return undefined;
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
  const verb = findVerb(tokens, quote.closeToken + 1, end, SPEECH_VERBS) ?? findVerb(tokens, quote.closeToken + 1, Math.min(end, quote.closeToken + 12), TAIL_VERBS);
  if (verb === undefined) return undefined;
  const key = pickSpeaker(context, s, quote.closeToken + 1, verb, end) ?? voiceBefore(context, s, quote.closeToken + 1, verb);
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
  if (verb === undefined) return undefined;
  // "… alongside Secretary of State Marco Rubio, who called it “…”": the relative pronoun's antecedent speaks.
  if (tokens[verb - 1]?.lower === 'who') {
    const antecedentEnd = tokens[verb - 2]?.text === ',' ? verb - 2 : verb - 1;
    const antecedent = context.mentions[s].mentions.find((mention) => mention.end === antecedentEnd && context.resolved.entityOf.get(mention));
    const key = antecedent && context.resolved.entityOf.get(antecedent);
    if (key && isSpeakerKind(context, key)) return { key, sentence: s };
  }
  const key = pickSpeaker(context, s, 0, verb, quote.openToken, true);
  return key ? { key, sentence: s } : undefined;
}

function findVerb(tokens: Token[], from: number, to: number, verbs: ReadonlySet<string>): number | undefined {
  for (let i = from; i < to; i++) if (isVerb(tokens[i], verbs)) return i;
  return undefined;
}

/**
 * The speaker around a verb: the first person named before it (the head of "X, spokesman for Y, said"),
 * else the last body or state before it ("the South Korean Foreign Ministry said"), else the first after it ("said X").
 */
function pickSpeaker(context: StatementContext, sentence: number, from: number, verb: number, to: number, leadIn = false): string | undefined {
  const { tokens } = context.mentions[sentence];
  // Names inside quotation marks are what was said, never who said it.
  const mentions = context.mentions[sentence].mentions.filter((mention) => !mention.inQuote);
  const actorAt = (mention: Mention) => actorKey(context, mention, tokens);
  // "with Seoul calling it …": a name right before the verb is its subject, whatever precedes it.
  const adjacent = mentions.find((mention) => mention.end === verb && mention.start >= from && context.resolved.entityOf.get(mention));
  if (adjacent && isSpeakerKind(context, context.resolved.entityOf.get(adjacent)!)) return context.resolved.entityOf.get(adjacent);
  // Before a quote, the verb's subject: the first actor of its clause (after any "reported that"), a named person first.
  if (leadIn) {
    for (let i = verb - 1; i > from; i--) {
      if (tokens[i].lower === 'that' && COMPLEMENT_TAKERS.has(tokens[i - 1].lower)) {
        from = i + 1;
        break;
      }
    }
    // "The minister said Britain would … and added: “…”": a name after a verb of saying is inside what was said.
    const firstSaying = tokens.findIndex((token, i) => i >= from && i < verb && isVerb(token, SPEECH_VERBS));
    const clause = mentions.filter((mention) => mention.start >= from && mention.end <= verb && actorAt(mention) && (firstSaying < 0 || mention.start < firstSaying));
    const first = clause[0];
    const person = first && clause.find((mention) => entityKind(context, actorAt(mention)!) === 'Person' && mention.start - first.end <= 4);
    if (person || first) return actorAt(person ?? first);
    if (firstSaying >= 0) return undefined;
  }
  const before = mentions.filter((mention) => mention.start >= from && mention.end <= verb).filter((mention) => actorAt(mention));
  const person = before.find((mention) => entityKind(context, actorAt(mention)!) === 'Person');
  if (person) return actorAt(person);
  const last = before.at(-1);
  if (last) return actorAt(last);
  // "said Foreign Minister X:" names the speaker; "said Britain would …" names the subject of what was said.
  const reportedSubject = (mention: Mention) => leadIn && CLAUSE_VERBS.has(tokens[mention.end]?.lower ?? '');
  // "…," a diplomat told Reuters: whom something is told to is the listener, not the speaker.
  const listener = (mention: Mention) => /^(told|tells|telling)$/.test(tokens[mention.start - 1]?.lower ?? '') || (tokens[mention.start - 1]?.lower === 'the' && /^(told|tells|telling)$/.test(tokens[mention.start - 2]?.lower ?? ''));
  const candidates = mentions.filter((mention) => mention.start > verb && mention.start < to).filter((mention) => actorAt(mention) && !reportedSubject(mention) && !listener(mention));
  // "said Semyonov's lawyer, Thomas Rieger": whose lawyer it is does not speak; the name after does.
  const after = candidates.filter((mention) => !mention.possessive || !candidates.some((other) => other.start > mention.start && !other.possessive));
  const afterPerson = after.find((mention) => entityKind(context, actorAt(mention)!) === 'Person');
  const chosen = afterPerson ?? after[0];
  return chosen ? actorAt(chosen) : undefined;
}

function isSpeakerKind(context: StatementContext, key: string): boolean {
  const kind = entityKind(context, key);
  return kind === 'Person' || kind === 'Government' || kind === 'Organization';
}

/** The entity key of a mention that can speak, skipping objects of prepositions ("of the Workers' Party"). */
function actorKey(context: StatementContext, mention: Mention, tokens: Token[]): string | undefined {
  const key = context.resolved.entityOf.get(mention);
  if (!key || mention.modifier) return undefined;
  // "His foreign ministry called …", "Its state news outlet said": what the pronoun owns speaks, not its owner —
  // except a person's own office or spokesperson, who speak in the person's name.
  if (mention.form === 'pronoun' && mention.possessive && !OWN_VOICES.has(tokens[mention.end]?.lower ?? '')) return undefined;
  const kind = entityKind(context, key);
  if (kind !== 'Person' && kind !== 'Government' && kind !== 'Organization') return undefined;
  let previous = mention.start - 1;
  if (tokens[previous]?.lower === 'the') previous--;
  // "officials in Kyiv said": the place of the speakers is the state speaking.
  // … and "observers from the African Union described": the body they come from.
  const speakersIn = (tokens[previous]?.lower === 'in' || tokens[previous]?.lower === 'from') && SPEAKERS_OF_A_BODY.has(tokens[previous - 1]?.lower ?? '');
  if (tokens[previous] && PREPOSITIONS.has(tokens[previous].lower) && tokens[previous - 1]?.lower !== 'according' && !speakersIn) return undefined;
  if (tokens[previous]?.lower === 'to' && tokens[previous - 1]?.lower === 'according') return undefined;
  // "North Korea's Korean Central News Agency": the possessor is not the speaker when a name follows.
  if (mention.possessive && tokens[mention.end] && (tokens[mention.end].capitalized || context.mentions[mention.sentence].mentions.some((m) => m.start === mention.end))) return undefined;
  return key;
}

/** A title or rank word before a name ("envoy", "spokesman", "senior"). */
function isTitleWord(token: Token): boolean {
  return !token.punct && (RANK_WORDS.has(token.lower) || titleRelation(token.lower) !== undefined);
}

/** A verb of the set, written in lower case ("States" in "United States" is no verb). */
function isVerb(token: Token, verbs: ReadonlySet<string>): boolean {
  return !token.capitalized && verbs.has(token.lower);
}

function entityKind(context: StatementContext, key: string): string | undefined {
  return context.resolved.entities.get(key)?.kind;
}

/** True when the quote stands alone in its sentence, with no words of attribution around it. */
function isQuoteOnly(context: StatementContext, quote: QuoteSpan): boolean {
  const first = context.mentions[quote.openSentence].tokens;
  const last = context.mentions[quote.closeSentence].tokens;
  const wordsBefore = first.slice(0, quote.openToken).filter((token) => !token.punct).length;
  const wordsAfter = last.slice(quote.closeToken + 1).filter((token) => !token.punct).length;
  return wordsBefore === 0 && wordsAfter === 0;
}

interface Reported {
  text: string;
  speaker: string;
  quoted: boolean;
  /** After "<clause>, according to X": the token where the source's phrase ends, for what the source goes on to say. */
  sourceEnd?: number;
  /** "A and B accuse each other of …": the other side, who says it too. */
  alsoSaidBy?: string;
}

/**
 * X said (that) <clause> — or <clause>, X said; according to X, <clause>; X urged Y to <demand>. From a token on:
 * only a verb's clause, no "according to".
 */
function reportedSpeech(context: StatementContext, s: number, from?: number): Reported | undefined {
  const sentence = context.sentences[s];
  const { tokens, mentions } = context.mentions[s];
  // In a sentence with a quote, only what comes after the last closing mark can be reported speech
  // ("X called the threat “blackmail” and said Lusania would not negotiate").
  const lastMark = tokens.findLastIndex((token) => OPEN_QUOTE.has(token.text) || CLOSE_QUOTE.has(token.text));
  const according = lastMark < 0 && from === undefined ? accordingTo(context, s) ?? trailingAccordingTo(context, s) : undefined;
  if (according) return according;
  for (let v = Math.max(lastMark + 1, from ?? 0); v < tokens.length; v++) {
    const stance = stanceOf(context, s, v) ?? describedAs(context, s, v);
    if (stance) return stance;
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
    const foundThat = THAT_VERBS.has(tokens[v].lower) && !tokens[v].capitalized && thatFollows(tokens, v);
    if ((!isVerb(tokens[v], SPEECH_VERBS) && !foundThat) || tokens[v].lower === 'asked') continue;
    // "X declined to say whether …": a refusal says nothing.
    if (tokens[v - 1]?.lower === 'to' && REFUSALS.has(tokens[v - 2]?.lower ?? '')) continue;
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
    if ((tail.length <= 6 || placeTail) && tokens[before]?.text === ',') {
      const text = sentence.text.slice(0, tokens[before].start).trim();
      if (text.split(/\s+/).length >= MIN_REPORTED_WORDS) return { text, speaker: subject.key, quoted: false };
      if (tokens[v + 1]?.text !== ',') continue;
      lead = `${text} `;
    }
    let start = v + 1;
    // "estimated in March that …", "said on Monday that …": the clause starts after "that".
    // … and "announced on state television late on Wednesday that …": further after a phrase of place or time.
    const reach = PREPOSITIONS.has(tokens[v + 1]?.lower ?? '') ? 9 : 5;
    const that = tokens.findIndex((token, k) => k > v && k <= v + reach && token.lower === 'that');
    if (that > 0 && !tokens.slice(v + 1, that).some((token) => token.punct)) start = that + 1;
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
    if (text.split(/\s+/).length < MIN_REPORTED_WORDS) continue;
    return { text, speaker: subject.key, quoted: false };
  }
  return undefined;
}

/** The first quotation mark of a sentence, opening or closing; -1 when it has none. */
function firstQuoteMark(tokens: Token[]): number {
  return tokens.findIndex((token) => OPEN_QUOTE.has(token.text) || CLOSE_QUOTE.has(token.text));
}

/**
 * "X said the door to diplomacy “remains open” and called on Iran to return to talks": a clause of reported speech
 * that quotes a few words in passing is reported in full, quote and all, so that nothing it says is lost.
 */
function clauseAroundQuote(context: StatementContext, s: number): { text: string; speaker: string } | undefined {
  const sentence = context.sentences[s];
  const { tokens, mentions } = context.mentions[s];
  const mark = firstQuoteMark(tokens);
  if (mark < 0 || !OPEN_QUOTE.has(tokens[mark].text) || !isOpening(sentence.text, tokens[mark])) return undefined;
  for (let v = 0; v < mark; v++) {
    if (!isVerb(tokens[v], SPEECH_VERBS) || tokens[v].lower === 'asked' || tokens[v].lower.endsWith('ing')) continue;
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
    const that = tokens.findIndex((token, k) => k > v && k <= v + 6 && k < mark && token.lower === 'that');
    if (that > 0 && !tokens.slice(v + 1, that).some((token) => token.punct)) start = that + 1;
    // "X denied the charge in a video. “…”": a stance keeps its verb.
    else if (takesStanceObject(tokens, v)) start = v;
    // "X said on Wednesday it had lifted …", "X told Reuters the …": the clause starts after the day or the listener.
    else start = pastDay(tokens, pastListener(mentions, tokens, v));
    if (tokens[start]?.lower === 'that') start++;
    // "X said, “…”": the quote is the statement itself. "admitted to the involvement": a verb's object, no clause.
    if (mark - start < 1 || (PREPOSITIONS.has(tokens[start].lower) && !opensQuantity(tokens, start)) || tokens.slice(start, mark).some((token) => token.punct && token.text !== ',')) return undefined;
    const text = sentence.text.slice(tokens[start].start).replace(/[.\s]+$/, '');
    return text.split(/\s+/).length >= MIN_REPORTED_WORDS ? { text, speaker: subject.key } : undefined;
  }
  return undefined;
}

/**
 * "Mayor Havel “firmly rejects” the blockade and called on both sides to talk, his spokesman Petr Lind told
 * reporters", "…, according to spokeswoman Kari Moen": a sentence that quotes a few words in passing and names its
 * speaker only at its end is that speaker's statement, whole. Only for quotes nobody else was found to say.
 */
function attributionAtEnd(context: StatementContext, s: number): { text: string; speaker: string } | undefined {
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
    speaker = pickSpeaker(context, s, comma + 1, verb, end);
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

/** "He accused Israel of delaying aid and urged the mediators to make sure Israel “honours …”": an accusation that
 * opens a sentence holding a quote is a statement too. */
function accusationAroundQuote(context: StatementContext, s: number): { text: string; speaker: string } | undefined {
  const { tokens } = context.mentions[s];
  const mark = firstQuoteMark(tokens);
  for (let v = 0; v < mark; v++) {
    if (!isVerb(tokens[v], ACCUSING_VERBS)) continue;
    const accusation = accusationOf(context, s, v);
    return accusation ? { text: accusation.text, speaker: accusation.speaker } : undefined;
  }
  return undefined;
}

function firstActor(context: StatementContext, mentions: Mention[], tokens: Token[], before: number): { key: string; start: number } | undefined {
  for (const mention of mentions) {
    if (mention.end > before) break;
    const key = actorKey(context, mention, tokens);
    if (key) return { key, start: mention.start };
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
  const source = mentions.filter((mention) => mention.start > at + 1 && mention.end <= phraseEnd && isSpeakerKind(context, context.resolved.entityOf.get(mention) ?? '')).at(-1);
  const speaker = source && context.resolved.entityOf.get(source);
  // An outlet only relays ("…, according to Reuters", "according to Axios"): an organisation named right after
  // "according to" speaks only if its name says it is a body ("Vote Watch Chile", "the Farmers Union").
  if (!speaker || isNewsOutlet(context, speaker) || (speaker === reportedBy(context, s) && !namedAsBody(context, speaker))) return undefined;
  const text = context.sentences[s].text.slice(0, tokens[at - 1].start).trim();
  return text.split(/\s+/).length >= MIN_REPORTED_WORDS ? { text, speaker, quoted: false, sourceEnd: phraseEnd < tokens.length ? phraseEnd : undefined } : undefined;
}

/** An organisation whose name has the head word of a body ("Watch", "Union", "Chamber"), not an outlet's. */
function namedAsBody(context: StatementContext, key: string): boolean {
  const name = context.resolved.entities.get(key)?.name ?? '';
  return !isNewsOutlet(context, key) && name.toLowerCase().split(/\s+/).some((word) => ORGANIZATION_HEADS.has(word));
}

function isNewsOutlet(context: StatementContext, key: string): boolean {
  const entity = context.resolved.entities.get(key);
  return entity?.kind === 'Organization' && (NEWS_AGENCY_NAMES.has(entity.name) || /\b(news|press|agency|times|post|journal|herald|tribune|daily|gazette|guardian|telegraph|review|monitor|independent|channel|television|radio|wire|reuters|xinhua|yonhap|tass|afp|broadcasting|media)\b/i.test(entity.name));
}

/** "Talal accused the army of shelling villages": who is accused of what is what Talal said. */
function accusationOf(context: StatementContext, s: number, verb: number): Reported | undefined {
  const { tokens, mentions } = context.mentions[s];
  let of = tokens.findIndex((token, k) => k > verb && k <= verb + 8 && token.lower === 'of');
  if (of < 0 || tokens.slice(verb + 1, of).some((token) => token.punct)) {
    // "accused Orsk Trading, which is based in Tallinn, of selling …": past an apposition set off by commas.
    const open = tokens.findIndex((token, k) => k > verb && token.punct);
    const close = open < 0 ? -1 : tokens.findIndex((token, k) => k > open && token.punct);
    if (open < 0 || open > verb + 8 || tokens[open].text !== ',' || close < 0 || close > open + 12 || tokens[close].text !== ',' || tokens[close + 1]?.lower !== 'of') return undefined;
    of = close + 1;
  }
  // "The army and the rebels accuse each other of shelling the town": both sides say it, verb and all.
  if (of === verb + 3 && RECIPROCALS.has(tokens[verb + 1].lower) && RECIPROCALS.has(tokens[verb + 2].lower)) return mutualAccusation(context, s, verb);
  const subject = nearestSubject(context, mentions, tokens, verb);
  if (!subject || !tokens[verb + 1]) return undefined;
  const text = context.sentences[s].text.slice(tokens[verb + 1].start).replace(/[.\s]+$/, '');
  if (text.split(/\s+/).length < MIN_REPORTED_WORDS) return undefined;
  return { text, speaker: subject.key, quoted: false };
}

const RECIPROCALS = new Set(['each', 'other', 'one', 'another']);

/** "The army, which holds the port, and the rebels accuse each other of …": one statement, said by each side. */
function mutualAccusation(context: StatementContext, s: number, verb: number): Reported | undefined {
  const { tokens, mentions } = context.mentions[s];
  const last = nearestSubject(context, mentions, tokens, verb);
  if (!last) return undefined;
  let k = last.start - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower !== 'and') return undefined;
  k--;
  // Past an apposition set off by commas before "and" ("The army, which holds the port, and …").
  if (tokens[k]?.text === ',') {
    const open = tokens.slice(Math.max(0, k - 16), k).map((token) => token.text).lastIndexOf(',');
    if (open < 0) return undefined;
    k = Math.max(0, k - 16) + open - 1;
  }
  const first = mentions.find((mention) => mention.end === k + 1 && actorKey(context, mention, tokens));
  const other = first && actorKey(context, first, tokens);
  if (!other || other === last.key) return undefined;
  const text = context.sentences[s].text.slice(tokens[verb].start).replace(/[.\s]+$/, '');
  return text.split(/\s+/).length >= MIN_REPORTED_WORDS ? { text, speaker: other, quoted: false, alsoSaidBy: last.key } : undefined;
}

/**
 * "Dravia rejected the verdict", "Ostravia has long denied arming the rebels", "the party ruled out any coalition":
 * a stance taken on a noun phrase or a gerund is what the subject said, verb and all, however short.
 */
function stanceOf(context: StatementContext, s: number, verb: number): Reported | undefined {
  const { tokens, mentions } = context.mentions[s];
  if (!takesStanceObject(tokens, verb)) return undefined;
  const subject = nearestSubject(context, mentions, tokens, verb);
  if (!subject) return undefined;
  const text = context.sentences[s].text.slice(tokens[verb].start).replace(/[.\s]+$/, '');
  return text.split(/\s+/).length >= MIN_OBJECT_WORDS ? { text, speaker: subject.key, quoted: false } : undefined;
}

/** "Observers from the AU described the vote as largely peaceful": a description, verb and all, is a statement. */
function describedAs(context: StatementContext, s: number, verb: number): Reported | undefined {
  const { tokens, mentions } = context.mentions[s];
  if (!isVerb(tokens[verb], DESCRIBING_VERBS)) return undefined;
  let as = verb + 1;
  while (as < tokens.length && as <= verb + 8 && !tokens[as].punct && tokens[as].lower !== 'as') as++;
  // "described as “…”" is the quote's; "described the plan, which …" has no "as".
  if (tokens[as]?.lower !== 'as' || as === verb + 1 || !tokens[as + 1] || tokens[as + 1].punct) return undefined;
  const subject = nearestSubject(context, mentions, tokens, verb);
  if (!subject) return undefined;
  const text = context.sentences[s].text.slice(tokens[verb].start).replace(/[.\s]+$/, '');
  return text.split(/\s+/).length >= MIN_REPORTED_WORDS ? { text, speaker: subject.key, quoted: false } : undefined;
}

/** True when the verb is one of stance and a noun phrase or a gerund follows it ("denied the allegation"). */
function takesStanceObject(tokens: Token[], verb: number): boolean {
  if (tokens[verb].capitalized) return false;
  let object = verb + 1;
  if (RULING_OUT_VERBS.has(tokens[verb].lower) && tokens[object]?.lower === 'out') object++;
  else if (!STANCE_VERBS.has(tokens[verb].lower)) return false;
  const first = tokens[object];
  // "entry was denied to …", "denied it", "denied that …" (a clause, read as speech), "was denied entry".
  return Boolean(first) && !first.punct && !PREPOSITIONS.has(first.lower) && !BARE_OBJECTS.has(first.lower) && !PASSIVE_MARKERS.has(tokens[verb - 1]?.lower ?? '');
}

/** "Ruiz urged Lusania to pull its boats back at once": the demand is what Ruiz said. */
function demandOf(context: StatementContext, s: number, verb: number): Reported | undefined {
  const { tokens, mentions } = context.mentions[s];
  // "called for an end to Sudan's campaign", "called for a snap vote": the verb and what is called for are the
  // demand, whatever "to" follows — five words with the verb, as reported speech needs; other verbs ("asked for
  // comment on …") need as many after "for".
  if (tokens[verb + 1]?.lower === 'for' && tokens[verb + 2] && !tokens[verb + 2].punct) {
    const subject = nearestSubject(context, mentions, tokens, verb);
    const text = context.sentences[s].text.slice(tokens[verb].start).replace(/[.\s]+$/, '');
    const minimum = NAMING_VERBS.has(tokens[verb].lower) ? MIN_REPORTED_WORDS : MIN_REPORTED_WORDS + 2;
    return subject && text.split(/\s+/).length >= minimum ? { text, speaker: subject.key, quoted: false } : undefined;
  }
  const to = tokens.findIndex((token, k) => k > verb && k <= verb + 12 && token.lower === 'to' && !tokens[k + 1]?.capitalized && !tokens[k + 1]?.punct && !NOT_VERBS.has(tokens[k + 1]?.lower ?? ''));
  if (to < 0) return undefined;
  const subject = nearestSubject(context, mentions, tokens, verb);
  if (!subject) return undefined;
  // "urged X not to …": the negation belongs to the demand. A demand has an addressee: "an official, who asked not
  // to be named, said …" asks nothing of anyone.
  const from = tokens[to - 1]?.lower === 'not' ? to - 1 : to;
  if (from === verb + 1) return undefined;
  const text = context.sentences[s].text.slice(tokens[from].start).replace(/[.\s]+$/, '');
  if (text.split(/\s+/).length < MIN_REPORTED_WORDS) return undefined;
  return { text, speaker: subject.key, quoted: false };
}

/** The actor right before a verb (allowing "also", "has", "on Monday" between): the subject of the saying. */
function nearestSubject(context: StatementContext, mentions: Mention[], tokens: Token[], verb: number): { key: string; start: number } | undefined {
  // "The U.S. Indo-Pacific Command (INDOPACOM) said": the name before the bracketed acronym.
  if (tokens[verb - 1]?.text === ')' && tokens[verb - 3]?.text === '(') verb -= 3;
  // "Samira Nassar, the ministry's spokeswoman, added": skip the apposition back to the name before it — also
  // past an auxiliary ("Ostravia, which claims the islands, had warned").
  let head = verb;
  while (head > 1 && SUBJECT_GAP_WORDS.has(tokens[head - 1].lower)) head--;
  // "…, according to spokeswoman Lotte Brandt, who said …": the relative pronoun's antecedent. Not "which": "X,
  // which claims the islands" and "which has promised a loan" are more often deeds than words.
  if (tokens[head - 1]?.lower === 'who') {
    const antecedentEnd = tokens[head - 2]?.text === ',' ? head - 2 : head - 1;
    const antecedent = mentions.find((mention) => mention.end === antecedentEnd && actorKey(context, mention, tokens));
    if (antecedent) return { key: actorKey(context, antecedent, tokens)!, start: antecedent.start };
  }
  if (tokens[head - 1]?.text === ',') {
    // Long appositions name whole bodies: "a spokeswoman for the UN Office for the Coordination of Humanitarian Affairs (OCHA)".
    const open = tokens.slice(Math.max(0, head - 24), head - 1).map((token) => token.text).lastIndexOf(',');
    if (open >= 0) {
      const comma = Math.max(0, head - 24) + open;
      const named = mentions.find((mention) => mention.end === comma && actorKey(context, mention, tokens));
      if (named) return { key: actorKey(context, named, tokens)!, start: named.start };
      // "The officers, who call themselves the National Council for Renewal, announced": the name they go by.
      const calledBy = tokens[comma + 1]?.lower === 'who' && CALL_VERBS.has(tokens[comma + 2]?.lower ?? '') && (tokens[comma + 3]?.lower === 'themselves' || tokens[comma + 3]?.lower === 'itself');
      const called = calledBy ? mentions.find((mention) => mention.start >= comma + 4 && mention.start <= comma + 5 && context.resolved.entityOf.get(mention)) : undefined;
      const calledKey = called && context.resolved.entityOf.get(called);
      if (calledKey && isSpeakerKind(context, calledKey)) return { key: calledKey, start: called.start };
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
  return subjectRightBefore(context, mentions, tokens, verb) ?? coordinatedSubject(context, mentions, tokens, verb);
}

/** The actor a few words before the verb, with nothing but "also", "has", "on Monday" between. */
function subjectRightBefore(context: StatementContext, mentions: Mention[], tokens: Token[], verb: number): { key: string; start: number } | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i];
    if (mention.end > verb) continue;
    const between = tokens.slice(mention.end, verb);
    if (between.length > 4 || between.some((token) => token.punct && token.text !== ',')) return undefined;
    if (between.some((token) => token.text === ',') && between.length > 1) return undefined;
    const key = actorKey(context, mention, tokens) ?? voiceOf(context, mention, tokens);
    if (key) {
      // "South Korean Foreign Ministry": take the whole name's start.
      return { key, start: mention.start };
    }
    return undefined;
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
  const first = mentions.find((mention) => mention.start >= opening && mention.start <= opening + 1 && mention.end < verb && !mention.inQuote);
  if (!first) return undefined;
  // "Bolivia's defence minister, Edmundo Novillo, dismissed … and said": the person named in the apposition.
  const person = mentions.find((mention) => mention.start > first.end && mention.start - first.end <= 4 && mention.end < verb && tokens[mention.start - 1]?.text === ',' && entityKind(context, context.resolved.entityOf.get(mention) ?? '') === 'Person');
  const subject = person ?? first;
  const key = actorKey(context, subject, tokens);
  return key ? { key, start: subject.start } : undefined;
}

const TAIL_VERBS = new Set(['read', 'reads']);
/** Words that open a clause of their own after a comma ("…, even as X says …", "…, while X said …"). */
const SUBORDINATORS = new Set(['as', 'even', 'while', 'when', 'after', 'before', 'because', 'but', 'and', 'though', 'although', 'since', 'which', 'who', 'where', 'if', 'until', 'whereas']);
/** Days and their neighbours that date a verb of saying ("said Tuesday"). */
const DAY_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'late', 'earlier', 'later']);
/** "a", "an", "the" before a name. */
const ARTICLES = new Set(['a', 'an', 'the']);
/** Verbs that report only with "that" after them ("found that", "confirmed that", "held that"). */
const THAT_VERBS = new Set(['found', 'finds', 'confirmed', 'confirms', 'held', 'holds', 'posted', 'posts']);

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
  return tokens[at].lower === 'at' && (tokens[at + 1]?.lower === 'least' || tokens[at + 1]?.lower === 'most');
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
/** People who speak for the body they are "in" or "from" ("officials in Kyiv", "observers from the AU"). */
const SPEAKERS_OF_A_BODY = new Set(['officials', 'authorities', 'diplomats', 'sources', 'leaders', 'observers', 'monitors', 'envoys', 'delegates']);
const CALL_VERBS = new Set(['call', 'calls', 'called']);
/** Verbs that describe something "as" what the speaker calls it. */
const DESCRIBING_VERBS = new Set(['described', 'describes', 'characterised', 'characterized', 'characterises', 'characterizes']);
const TOLD = new Set(['told', 'tells', 'telling']);
/** Verbs of refusing before "to say", "to comment". */
const REFUSALS = new Set(['declined', 'declines', 'declining', 'refused', 'refuses', 'refusing']);
/** Auxiliaries and adverbs between a subject and its verb ("had warned", "has long denied"). */
const SUBJECT_GAP_WORDS = new Set(['had', 'has', 'have', 'also', 'long', 'already', 'previously', 'repeatedly', 'again', 'later', 'earlier']);
/** Words that follow the subject of a clause ("Britain would …"). */
const CLAUSE_VERBS = new Set(['would', 'will', 'was', 'is', 'were', 'are', 'had', 'has', 'have', 'could', 'can', 'should', 'must', 'did', 'does', 'might', 'may']);

/** "a statement from the Lusanian Ministry of Foreign Affairs read": the body whose voice it is. */
function voiceBefore(context: StatementContext, s: number, from: number, verb: number): string | undefined {
  const { tokens, mentions } = context.mentions[s];
  for (const mention of mentions) {
    if (mention.start < from || mention.end > verb) continue;
    const key = voiceOf(context, mention, tokens);
    if (key) return key;
  }
  return undefined;
}

const VOICES = new Set(['statement', 'communique', 'communiqué', 'release', 'spokesman', 'spokeswoman', 'spokesperson', 'letter', 'post', 'report']);

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

/** "– the Foreign Ministry said in a statement." after a block quote: the paragraph before is the statement. */
function dashAttribution(context: StatementContext, s: number): Reported | undefined {
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

/** "according to Yonhap", "reported by KCNA", "in comments for Reuters": the outlet relaying the statement. */
function reportedBy(context: StatementContext, s: number): string | undefined {
  const { tokens, mentions } = context.mentions[s];
  for (const mention of mentions) {
    const key = context.resolved.entityOf.get(mention);
    if (!key || context.resolved.entities.get(key)?.kind !== 'Organization') continue;
    let start = mention.start;
    if (tokens[start - 1]?.lower === 'the') start--;
    const before = tokens.slice(Math.max(0, start - 4), start).map((token) => token.lower).join(' ');
    if (REPORTED_BY_CUES.some((cue) => before.endsWith(cue))) return key;
  }
  return undefined;
}
