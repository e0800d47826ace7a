// Speech acts a verb names with what follows it: accusing X of …, denying …, ruling out …, describing X as …,
// urging or calling on X to …, promising or threatening to … — each the speaker's statement, verb and all where it says more.
import type { Token } from './tokens.ts';
import { NAMING_VERBS, RULING_OUT_VERBS, STANCE_VERBS } from './lexicon/reportingVerbs.ts';
import { PREPOSITIONS } from './lexicon/prepositions.ts';
import { CLOSE_QUOTE, OPEN_QUOTE } from './quoteMarks.ts';
import { type StatementContext, actorKey, isVerb, nearestSubject, firstActor } from './speakers.ts';

/** Fewest words of reported speech (a shorter clause is rarely a claim of its own). */
export const MIN_REPORTED_WORDS = 5;
/** Words after "to" that show it is a preposition, not an infinitive ("the bloc to which …"). */
const NOT_VERBS = new Set(['which', 'whom', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those']);
/** A stance names its object right after the verb: "denied the allegation". */
const MIN_OBJECT_WORDS = 3;
/** Objects that say nothing of their own ("denied it", "denied this"). */
const BARE_OBJECTS = new Set(['it', 'this', 'that', 'them', 'him', 'these', 'those', 'so']);
/** Words before a verb that make it passive ("was denied entry"). */
const PASSIVE_MARKERS = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
/** Verbs that describe something "as" what the speaker calls it. */
const DESCRIBING_VERBS = new Set([
  'described', 'describes', 'characterised', 'characterized', 'characterises', 'characterizes',
  // "has long rejected it as a colonial-era arrangement", "dismissed the report as propaganda": a judgement said.
  'rejected', 'rejects', 'dismissed', 'dismisses', 'denounced', 'denounces', 'condemned', 'condemns', 'branded', 'brands',
  'hailed', 'hails', 'welcomed', 'welcomes', 'labelled', 'labeled', 'criticised', 'criticized',
]);

export interface Reported {
  text: string;
  speaker: string;
  quoted: boolean;
  /** After "<clause>, according to X": the token where the source's phrase ends, for what the source goes on to say. */
  sourceEnd?: number;
  /** "A and B accuse each other of …": the other side, who says it too. */
  alsoSaidBy?: string;
}

/** "Talal accused the army of shelling villages": who is accused of what is what Talal said. */
export function accusationOf(context: StatementContext, s: number, verb: number): Reported | undefined {
  const { tokens, mentions } = context.mentions[s];
  // ("X, whose party has been accused by the opposition of …, said": the one accused says nothing.)
  if (PASSIVE_MARKERS.has(tokens[verb - 1]?.lower ?? '')) return undefined;
  let of = tokens.findIndex((token, k) => k > verb && k <= verb + 8 && token.lower === 'of');
  // ('accused "organised groups" of trying …': the accused may be quoted.)
  const stop = (token: Token) => token.punct && !OPEN_QUOTE.has(token.text) && !CLOSE_QUOTE.has(token.text);
  if (of < 0 || tokens.slice(verb + 1, of).some(stop)) {
    // "accused Orsk Trading, which is based in Tallinn, of selling …": past an apposition set off by commas.
    const open = tokens.findIndex((token, k) => k > verb && token.punct);
    const close = open < 0 ? -1 : tokens.findIndex((token, k) => k > open && token.punct);
    if (open < 0 || open > verb + 8 || tokens[open].text !== ',' || close < 0 || close > open + 12 || tokens[close].text !== ',' || tokens[close + 1]?.lower !== 'of') return undefined;
    of = close + 1;
  }
  // "The army and the rebels accuse each other of shelling the town": both sides say it, verb and all.
  if (of === verb + 3 && RECIPROCALS.has(tokens[verb + 1].lower) && RECIPROCALS.has(tokens[verb + 2].lower)) return mutualAccusation(context, s, verb);
  // ("Washington imposed sanctions on two generals, X and Y, accusing them of …": a participle's subject is the
  // clause's first actor.)
  // (A sentence with a quote keeps the quote as said: "…, accusing X of “…” and demanding …".)
  const participle = tokens[verb].lower.endsWith('ing') && tokens[verb - 1]?.text === ',' && !tokens.some((token) => OPEN_QUOTE.has(token.text));
  const subject = (participle ? firstActor(context, mentions, tokens, verb) : undefined) ?? nearestSubject(context, mentions, tokens, verb);
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
export function stanceOf(context: StatementContext, s: number, verb: number): Reported | undefined {
  const { tokens, mentions } = context.mentions[s];
  if (!takesStanceObject(tokens, verb)) return undefined;
  const subject = nearestSubject(context, mentions, tokens, verb);
  if (!subject) return undefined;
  const text = context.sentences[s].text.slice(tokens[verb].start).replace(/[.\s]+$/, '');
  return text.split(/\s+/).length >= MIN_OBJECT_WORDS ? { text, speaker: subject.key, quoted: false } : undefined;
}

/** "Observers from the AU described the vote as largely peaceful": a description, verb and all, is a statement. */
export function describedAs(context: StatementContext, s: number, verb: number): Reported | undefined {
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
export function takesStanceObject(tokens: Token[], verb: number): boolean {
  if (tokens[verb].capitalized) return false;
  let object = verb + 1;
  if (RULING_OUT_VERBS.has(tokens[verb].lower) && tokens[object]?.lower === 'out') object++;
  else if (!STANCE_VERBS.has(tokens[verb].lower)) return false;
  const first = tokens[object];
  // "entry was denied to …", "denied it", "denied that …" (a clause, read as speech), "was denied entry".
  return Boolean(first) && !first.punct && !PREPOSITIONS.has(first.lower) && !BARE_OBJECTS.has(first.lower) && !PASSIVE_MARKERS.has(tokens[verb - 1]?.lower ?? '');
}

/** "Ruiz urged Lusania to pull its boats back at once": the demand is what Ruiz said. */
export function demandOf(context: StatementContext, s: number, verb: number): Reported | undefined {
  const { tokens, mentions } = context.mentions[s];
  // "called for an end to Sudan's campaign", "called for a snap vote": the verb and what is called for are the
  // demand, whatever "to" follows — five words with the verb, as reported speech needs; other verbs ("asked for
  // comment on …") need as many after "for".
  if (tokens[verb + 1]?.lower === 'for' && tokens[verb + 2] && !tokens[verb + 2].punct) {
    const subject = nearestSubject(context, mentions, tokens, verb);
    const text = context.sentences[s].text.slice(tokens[verb].start).replace(/[.\s]+$/, '');
    // "called for an investigation": short, and a demand all the same (not the bare "called for calm").
    const minimum = NAMING_VERBS.has(tokens[verb].lower) ? MIN_REPORTED_WORDS - 1 : MIN_REPORTED_WORDS + 2;
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
  // "called on more of its members to contribute troops": the verb, whom it asks and what, all of it said.
  const text = context.sentences[s].text.slice(tokens[verb].start).replace(/[.\s]+$/, '');
  if (text.split(/\s+/).length < MIN_REPORTED_WORDS) return undefined;
  return { text, speaker: subject.key, quoted: false };
}
/** Words between a verb of promising and its "to" that only date it ("threatened last year to …"). */
const PROMISE_GAP = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'next', 'this', 'year', 'week', 'month', 'on', 'again', 'also', 'already', 'repeatedly', 'publicly']);

/**
 * "Canada has pledged to fund salaries for …", "the Commission offered to pay for …", "Mogadishu had threatened last
 * year to expel …": a promise or a threat is something said, verb and all.
 */
export function promiseOf(context: StatementContext, s: number, verb: number): Reported | undefined {
  const { tokens, mentions } = context.mentions[s];
  let to = verb + 1;
  while (to < tokens.length && to <= verb + 4 && PROMISE_GAP.has(tokens[to].lower)) to++;
  const next = tokens[to + 1];
  if (tokens[to]?.lower !== 'to' || !next || next.punct || next.capitalized || NOT_VERBS.has(next.lower)) return undefined;
  const subject = nearestSubject(context, mentions, tokens, verb);
  if (!subject) return undefined;
  const text = context.sentences[s].text.slice(tokens[verb].start).replace(/[.\s]+$/, '');
  // "has offered to mediate": a promise is whole in three words.
  return text.split(/\s+/).length >= MIN_OBJECT_WORDS ? { text, speaker: subject.key, quoted: false } : undefined;
}

