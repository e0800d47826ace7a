// Treaties described in lower case ("a mutual defence treaty", "the March 2021 ceasefire agreement") and the one
// way every treaty mention is made, so that a treaty's key and display name come from one place.
import type { Mention } from './mentions.ts';
import { joinTokens, type Token } from './tokens.ts';
import { TREATY_HEADS, TREATY_MODIFIERS } from './lexicon/headWords.ts';
import { PREPOSITIONS } from './lexicon/prepositions.ts';
import { treatyKey, treatyName } from './mentionKeys.ts';

/** "Security Council Resolution 2231": a numbered text keeps its number. */
export function numberTreaty(mention: Mention, tokens: Token[]): void {
  mention.end++;
  mention.text = joinTokens(tokens.slice(mention.start, mention.end));
  mention.name = treatyName(mention.text);
  mention.key = `treaty:${treatyKey(mention.text)}`;
  mention.possessive = tokens[mention.end - 1].possessive;
}

const MONTH_NAMES = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Where "March 2021" or "May 8-11" starts when it stands right before `index`: a treaty's date, part of its name. */
function dateBefore(tokens: Token[], index: number): number | undefined {
  return /^((19|20)\d\d|\d{1,2}(-\d{1,2})?)$/.test(tokens[index - 1]?.text ?? '') && MONTH_NAMES.test(tokens[index - 2]?.lower ?? '') ? index - 2 : undefined;
}

/** Nouns after "ceasefire" that make it talk about one, not name one ("June 3 ceasefire talks"). */
const ABOUT_A_CEASEFIRE = /^(talks|negotiations|deadline|proposal|proposals|plan|plans|violations?|monitors?|line|lines)$/;

/**
 * Lower-case descriptive treaties: "a mutual defence treaty", "the comprehensive strategic partnership treaty"; with
 * their date (month and year, or month and days), named with it ("the March 2021 ceasefire agreement"), and then a bare
 * truce is one too ("the May 2019 truce", "a May 8-11 ceasefire").
 */
export function lowerCaseTreaty(sentence: number, tokens: Token[], index: number): Mention | undefined {
  const token = tokens[index];
  if (token.capitalized || token.punct) return undefined;
  const dated = dateBefore(tokens, index);
  const next = tokens[index + 1]?.lower ?? '';
  if (dated !== undefined && /^(ceasefire|cease-fire|truce|armistice)$/.test(token.lower) && !TREATY_HEADS.has(next) && !ABOUT_A_CEASEFIRE.test(next)) {
    return treatySpan(sentence, tokens, dated, index + 1);
  }
  const yearly = yearTreaty(sentence, tokens, index);
  if (yearly) return yearly;
  const understanding = memorandumOfUnderstanding(sentence, tokens, index);
  if (understanding) return understanding;
  const bare = bareTextMade(sentence, tokens, index);
  if (bare) return bare;
  if (!TREATY_MODIFIERS.has(token.lower)) return describedTreaty(sentence, tokens, index);
  const previous = tokens[index - 1];
  if (previous && TREATY_MODIFIERS.has(previous.lower) && !previous.capitalized) return undefined;
  let end = index;
  while (end < tokens.length && !tokens[end].punct && !tokens[end].capitalized && TREATY_MODIFIERS.has(tokens[end].lower)) end++;
  const head = tokens[end];
  // ("a security act" in lower case is an act, not a law; "a new trade arrangement" is no text yet.)
  if (!head || !TREATY_HEADS.has(head.lower) || head.capitalized || /^(act|arrangement|principles|conventions|framework)$/.test(head.lower)) return describedTreaty(sentence, tokens, index);
  const start = dated ?? index;
  return treatySpan(sentence, tokens, start, isMemorandumOfUnderstanding(tokens, end) ? end + 3 : end + 1);
}

/** Words that open a description of a text without saying what it is about ("a new agreement", "the final accord"). */
const VAGUE_WORDS = new Set([
  'new', 'similar', 'previous', 'final', 'landmark', 'historic', 'first', 'second', 'third', 'last', 'such', 'any', 'formal',
  'fragile', 'tentative', 'preliminary', 'broader', 'wider', 'draft', 'proposed', 'possible', 'separate', 'current',
  'existing', 'earlier', 'latest', 'original', 'old', 'older', 'same', 'other', 'whole', 'entire', 'written', 'signed',
  'binding', 'legally', 'full', 'partial', 'temporary', 'permanent', 'lasting', 'broad', 'wide', 'major', 'key',
  'initial', 'revised', 'updated', 'controversial', 'disputed', 'secret', 'informal', 'verbal', 'this', 'that', 'no',
  'good', 'great', 'big', 'bad', 'better', 'best', 'raw', 'fair', 'sweetheart', 'done',
  // ("its own free trade deal": whose text it is, not what it is about.)
  'own',
]);
/** Heads of the texts news names by a noun alone ("an agreement", "the pact"). */
const TEXT_HEADS = ['agreement', 'accord', 'pact', 'treaty', 'protocol', 'memorandum', 'convention', 'deal'];
/** Heads that name a text on their own, with what it is about before them ("a water-sharing agreement"). */
const DESCRIBED_HEADS = new RegExp(`^(${[...TEXT_HEADS, 'truce'].join('|')})$`);
/** Nouns after a head that make it a word about the text, not the text ("agreement talks", "treaty obligations"). */
const ABOUT_A_TEXT = /^(of|talks|negotiations|negotiators|text|obligations|terms|partners|partner|commitments|deadline|process|review|signing|draft|framework|violations?|rules)$/;
/** Verbs by which a text is made ("signed a policing deal"). */
const MAKING_VERBS = /^(signed|signs|sign|signing|reached|reaches|reach|struck|strikes|strike|sealed|seals|clinched|concluded|agreed|inked|negotiated|brokered)$/;
/** "five-year", "36-month": how long a text runs, said before what it is about. */
const DURATION = /^[\p{L}\d]+-(year|month|week|day)$/u;

/**
 * "a five-year gas supply agreement", "the water-sharing agreement", "a staff-level agreement": a text described by one
 * to three words of what it is about, after a determiner (its length is no part of its name); vague words ("a new
 * agreement") describe none. (A head followed by "of" is no text here, so "memorandum of understanding" ends no
 * description: "a security memorandum of understanding" is read with the treaty modifiers above.)
 */
function describedTreaty(sentence: number, tokens: Token[], index: number): Mention | undefined {
  const token = tokens[index];
  if (!isAboutWord(token) || DURATION.test(token.text)) return undefined;
  let before = index - 1;
  while (before >= 0 && DURATION.test(tokens[before].text)) before--;
  if (!/^(a|an|the|its|their|his|her)$/.test(tokens[before]?.lower ?? '')) return undefined;
  let end = index;
  while (end < index + 3 && tokens[end] && isAboutWord(tokens[end]) && !DESCRIBED_HEADS.test(tokens[end].lower)) end++;
  const head = tokens[end];
  if (!head || head.capitalized || head.punct || !DESCRIBED_HEADS.test(head.lower) || end === index || ABOUT_A_TEXT.test(tokens[end + 1]?.lower ?? '')) return undefined;
  // ("a data deal is not a water deal": "a … deal" is a text only when it is made, "signed a policing deal".)
  if (head.lower === 'deal' && /^(a|an)$/.test(tokens[before].lower) && !MAKING_VERBS.test(tokens[before - 1]?.lower ?? '')) return undefined;
  // (Named without its length, which it is still written with: "the 10-day humanitarian truce".)
  return treatySpan(sentence, tokens, before + 1, end + 1, index);
}

/** Heads a text made may be named by alone ("signed a protocol"). */
export const BARE_HEADS = new RegExp(`^(${[...TEXT_HEADS, 'compact'].join('|')})$`);
/** Heads a capitalised "the Convention" or "the Agreement" may stand for alone (a deal is never written so). */
export const BARE_CAPITALISED_HEADS = new RegExp(`^(${[...TEXT_HEADS.filter((head) => head !== 'deal'), 'compact', 'charter', 'covenant', 'declaration'].join('|')})$`);

/**
 * "Iraq and Kuwait signed a protocol on Monday": a text made, named by its head alone; the story names it later
 * ("the Bayan Protocol"), and treaties.ts joins the two or drops the bare one.
 */
function bareTextMade(sentence: number, tokens: Token[], index: number): Mention | undefined {
  const token = tokens[index];
  if (!BARE_HEADS.test(token.lower) || !/^(a|an)$/.test(tokens[index - 1]?.lower ?? '') || !MAKING_VERBS.test(tokens[index - 2]?.lower ?? '')) return undefined;
  const next = tokens[index + 1];
  if (next && !next.punct && (ABOUT_A_TEXT.test(next.lower) || DESCRIBED_HEADS.test(next.lower))) return undefined;
  return treatySpan(sentence, tokens, index, index + 1);
}

/** Nouns that end as adverbs do ("a gas supply agreement"). */
const NOUNS_IN_LY = new Set(['supply', 'assembly', 'family', 'ally', 'monopoly', 'rally']);

/** Heads that a year makes one known text ("the 1991 ceasefire", "the 1976 accord", "the 1899 arbitral award"). */
const YEAR_HEADS = /^(agreement|accord|pact|treaty|protocol|memorandum|truce|convention|deal|ceasefire|cease-fire|armistice|declaration|award)$/;

/**
 * "the 1974 maritime boundary agreement", "the 1976 accord", "its 2018 peace deal", "a 2009 arbitration agreement": a
 * lower-case text dated by its year after a determiner, with up to three words of what it is about, is one known
 * treaty, named with its year.
 */
function yearTreaty(sentence: number, tokens: Token[], index: number): Mention | undefined {
  if (!/^(1[5-9]|20)\d\d$/.test(tokens[index].text) || !/^(the|a|its|their|his|her|this|that)$/.test(tokens[index - 1]?.lower ?? '')) return undefined;
  let end = index + 1;
  while (end < index + 4 && tokens[end] && !YEAR_HEADS.test(tokens[end].lower) && (isAboutWord(tokens[end]) || TREATY_MODIFIERS.has(tokens[end].lower))) end++;
  // ("the 2008 ceasefire agreement": a head may stand before the head.)
  while (YEAR_HEADS.test(tokens[end]?.lower ?? '') && YEAR_HEADS.test(tokens[end + 1]?.lower ?? '') && !tokens[end + 1].capitalized) end++;
  const head = tokens[end];
  if (!head || head.capitalized || !YEAR_HEADS.test(head.lower) || ABOUT_A_TEXT.test(tokens[end + 1]?.lower ?? '') || ABOUT_A_CEASEFIRE.test(tokens[end + 1]?.lower ?? '')) return undefined;
  return treatySpan(sentence, tokens, index, end + 1);
}

/** A lower-case word that may say what a text is about ("gas", "water-sharing", "staff-level"). */
function isAboutWord(token: Token | undefined): boolean {
  // (No function word, adverb or participle: "the split of the agreement", "a long-delayed trade agreement".)
  const adverbOrParticiple = /(ly|ed)$/.test(token?.lower ?? '') && !NOUNS_IN_LY.has(token?.lower ?? '');
  return Boolean(token && !token.capitalized && !token.punct && !token.possessive && /^\p{Ll}[\p{Ll}-]*$/u.test(token.text) && !VAGUE_WORDS.has(token.lower) && !PREPOSITIONS.has(token.lower) && !/^(and|or|but|the|a|an|to|of|as|its|their)$/.test(token.lower) && !adverbOrParticiple);
}

/**
 * "the Five-Point Consensus, the peace plan that …": a lower-case description set off after a named treaty is that
 * treaty, not one of its own (nor, through its generic words, another article's "peace plan").
 */
export function nameAppositiveTreaties(tokens: Token[], mentions: Mention[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const [named, described] = [mentions[i - 1], mentions[i]];
    if (named.kind !== 'Treaty' || described.kind !== 'Treaty' || !/^\p{Lu}/u.test(named.text)) continue;
    // ("the Accra Framework Agreement, the Volta Basin treaty that …": proper words may open a description whose head is
    // in lower case — not when it opens a list, "…, the Volta Basin treaty and the Lome Protocol".)
    const lowerHead = !tokens[described.end - 1].capitalized && !/^(and|or|,)$/.test(tokens[described.end]?.text ?? '');
    if (tokens[described.start].capitalized && !lowerHead) continue;
    // (Words of what it is about may open the description: "the Nakamal Agreement, a security and economic pact".)
    const between = tokens.slice(named.end, described.start);
    const about = between.slice(2).every((token) => !token.punct && !token.capitalized) && between.length <= 5;
    if (between.length < 2 || !about || between[0].text !== ',' || !/^(the|a|an)$/.test(between[1].lower)) continue;
    mentions[i] = { ...described, key: named.key, name: named.name, text: named.text };
  }
}

/** Words that end what a memorandum of understanding is "on" ("on maritime communication after …"). */
const SUBJECT_ENDS = /^(after|before|that|which|who|with|in|at|by|for|to|and|or|but|it|they|was|is|were|on|last|this|next)$/;

/**
 * "a memorandum of understanding", "a memorandum of understanding on maritime communication": a text named by what it
 * is, and by its subject when "on" gives one (up to three lower-case words, past "a").
 */
function memorandumOfUnderstanding(sentence: number, tokens: Token[], index: number): Mention | undefined {
  if (!isMemorandumOfUnderstanding(tokens, index)) return undefined;
  let end = index + 3;
  if (tokens[end]?.lower === 'on') {
    // ("on a refined fuel pipeline": an article opens the subject without counting among its words.)
    const from = /^(a|an)$/.test(tokens[end + 1]?.lower ?? '') ? end + 2 : end + 1;
    let subject = from;
    while (subject < from + 3 && tokens[subject] && !tokens[subject].punct && !tokens[subject].capitalized && !SUBJECT_ENDS.test(tokens[subject].lower)) subject++;
    if (subject > from) end = subject;
  }
  return treatySpan(sentence, tokens, index, end);
}

/** "memorandum of understanding" from `at`. */
function isMemorandumOfUnderstanding(tokens: Token[], at: number): boolean {
  return tokens[at]?.lower === 'memorandum' && tokens[at + 1]?.lower === 'of' && tokens[at + 2]?.lower === 'understanding';
}

/** The treaty written over tokens `start` to `end`, named from `nameStart` on (its length before that no part of it). */
function treatySpan(sentence: number, tokens: Token[], start: number, end: number, nameStart = start): Mention {
  const text = joinTokens(tokens.slice(start, end));
  return treatyMention({ sentence, start, end, text, possessive: tokens[end - 1].possessive }, nameStart === start ? text : joinTokens(tokens.slice(nameStart, end)));
}

/** A treaty mention over `base`, keyed and named from its text ("pact" and "treaty" share a key). */
export function treatyMention(base: Pick<Mention, 'sentence' | 'start' | 'end' | 'text' | 'possessive'>, text: string): Mention {
  return { ...base, form: 'name', kind: 'Treaty', key: `treaty:${treatyKey(text)}`, name: treatyName(text) };
}
