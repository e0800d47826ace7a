// Support read from welcoming a treaty that the story names only as "the deal" ("The World Bank welcomed the deal",
// "the minister said her country 'fully backs' the accord"), condemnation from criticising it ("the opposition
// denounced the agreement"): the deal is the story's treaty when it can be only one.
import type { LocalRelation } from '../types.ts';
import type { SentenceMentions } from './mentions.ts';
import type { ArticleEntities } from './entities.ts';
import { OPPOSING_VERBS, TREATY_BACK_NOUNS, WELCOMING_VERBS } from './lexicon/welcomingWords.ts';
import { isInternational } from './treaties.ts';
import { relativeOpening, subjectBefore } from './subjectBefore.ts';
import type { Token } from './tokens.ts';

/** The last sentence (from 0) of a story's opening, where it names the deal it reports. */
const LEDE_SENTENCES = 1;
/** How many sentences back "the deal" may reach for the treaty it means. */
const BACK_SENTENCES = 2;

export function welcomesOfTreaties(sentences: SentenceMentions[], resolved: ArticleEntities, speakerOfSentence: Map<number, string>, parties: Map<string, string[]>): LocalRelation[] {
  const found: LocalRelation[] = [];
  sentences.forEach(({ tokens, mentions }, index) => {
    for (let verb = 0; verb < tokens.length; verb++) {
      const vote = isBareVoteFor(tokens, verb);
      const kind = WELCOMING_VERBS.has(tokens[verb].lower) || vote ? 'SUPPORTS' : OPPOSING_VERBS.has(tokens[verb].lower) ? 'CONDEMNS' : undefined;
      if (!kind) continue;
      let at = verb + 1;
      if (tokens[at]?.punct && /^['’"”]$/.test(tokens[at].text)) at++;
      if (!vote && !isTreatyBackReference(tokens, at)) continue;
      const treaty = treatyMeant(resolved, index, parties);
      // ("X, who has broken publicly with Y, criticised the deal": the subject stands before the relative clause.)
      const subject = subjectBefore(mentions, resolved, relativeOpening(tokens, verb) ?? verb, tokens) ?? speakerOfSentence.get(index);
      if (treaty && subject) found.push({ kind, subject, object: treaty, sentence: index, confidence: 0.5 });
    }
  });
  return found;
}

/** "Liberia voted in favour", "voted as a bloc in favour, as did X": a vote for with nothing named is one for the story's deal. */
function isBareVoteFor(tokens: Token[], verb: number): boolean {
  // ("against countries that voted in favour": a relative clause's unnamed voters are no one named.)
  if (!/^(voted|votes|vote)$/.test(tokens[verb].lower) || /^(that|who|which)$/.test(tokens[verb - 1]?.lower ?? '')) return false;
  const words = tokens.slice(verb + 1, verb + 6).map((token) => token.lower);
  const favour = words.findIndex((word, k) => word === 'in' && /^(favour|favor)$/.test(words[k + 1] ?? ''));
  return favour >= 0 && words[favour + 2] !== 'of';
}

/** Nouns that may stand for any treaty, whatever its name. */
const GENERIC_NOUNS = new Set(['deal', 'agreement', 'accord', 'pact', 'treaty']);
/** Nouns that each name a ceasefire ("the truce", "the ceasefire", "the armistice"). */
const TRUCE_NOUNS: ReadonlySet<string> = new Set(['truce', 'ceasefire', 'cease-fire', 'armistice']);

/** "the deal", "this accord" at `at`, standing for a whole treaty ("the deal's terms", "the agreement on fisheries",
 * "the framework of talks" qualify the noun: it stands for the whole deal only when it ends the phrase). */
export function isTreatyBackReference(tokens: Token[], at: number): boolean {
  const noun = tokens[at + 1];
  if (!/^(the|this|that)$/.test(tokens[at]?.lower ?? '') || !noun || !TREATY_BACK_NOUNS.has(noun.lower) || noun.capitalized || noun.possessive) return false;
  const next = tokens[at + 2];
  // ("the deal on Monday", "on social media" is the whole deal; "the agreement on crossings" is another.)
  const topic = next?.lower === 'on' && /^\p{Ll}+s$/u.test(tokens[at + 3]?.text ?? '');
  return !next || next.punct || (/^(and|on|in|as|at|with|because|after|for|by|was|were|is|has|had)$/.test(next.lower) && !topic);
}

/**
 * The one treaty of the article, else the one most named, else the only one with parties, else the one named in this
 * sentence or the few before it.
 */
export function treatyMeant(resolved: ArticleEntities, index: number, parties: Map<string, string[]>, token?: number, noun?: string): string | undefined {
  const treaties = [...resolved.entities.values()].filter((entity) => entity.kind === 'Treaty' && !isInternational(entity.key));
  // (Given the noun's place, only a treaty named before it: "the deal was signed …, whose government brokered the X".)
  let named = treaties.filter((entity) => token === undefined ? [...entity.sentences].some((sentence) => sentence <= index) : entity.mentions.some((mention) => mention.sentence < index || (mention.sentence === index && mention.end <= token)));
  // "the memorandum", "the roadmap": a treaty whose name holds the noun; only "the deal" or "the agreement" may mean any.
  // ("the truce" for "the Kessa Ceasefire Agreement": the words of a ceasefire stand for one another.)
  const words = TRUCE_NOUNS.has(noun ?? '') ? [...TRUCE_NOUNS] : [noun];
  if (noun && !GENERIC_NOUNS.has(noun)) named = named.filter((entity) => [entity.name, ...entity.aliases].some((alias) => alias.toLowerCase().split(/[\s]+|-(?!fire)/).some((word) => words.includes(word))));
  if (named.length === 1) return named[0].key;
  // A story reports its news deal in its first sentences; the older treaties it recalls come later.
  const reported = named.filter((entity) => Math.min(...entity.sentences) <= LEDE_SENTENCES);
  if (reported.length === 1) return reported[0].key;
  // A story about one treaty names it more often than the older ones it mentions in passing.
  const [first, second] = named.map((entity) => ({ key: entity.key, count: entity.sentences.size })).sort((a, b) => b.count - a.count);
  if (first && first.count >= 2 && first.count > (second?.count ?? 0)) return first.key;
  // Else the one whose parties the story names: the deal it reports, not an older one it recalls.
  const withParties = named.filter((entity) => parties.has(entity.key));
  if (withParties.length === 1) return withParties[0].key;
  const recent = named.filter((entity) => [...entity.sentences].some((sentence) => sentence <= index && sentence >= index - BACK_SENTENCES));
  return recent.length === 1 ? recent[0].key : undefined;
}
