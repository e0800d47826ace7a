// Stage 3, extract: sentences, entity mentions resolved within the article, structure, statements and actions.
import type { Article, Extraction, LocalEntity, LocalRelation, LocalStatement } from '../types.ts';
import { splitSentences, type ParagraphSentence } from './sentences.ts';
import { findMentions, type SentenceMentions } from './mentions.ts';
import { placeKey } from './mentionKeys.ts';
import { isNamedOnlyByAdjective, resolveWithinArticle, stateNamedBefore, type ArticleEntities, type ArticleEntity } from './entities.ts';
import { doubleSingleQuotes, findQuoteSpans, findStatements, type QuoteSpan } from './quotes.ts';
import { findStructure, organisationByAcronym } from './roles.ts';
import { findRelations } from './relations.ts';
import { condemnationsInStatements, withoutBluntedStances } from './stances.ts';
import { findTreatyParties, hasNoParties, organisationsJoinedIn } from './treaties.ts';
import { welcomesOfTreaties } from './treatyWelcomes.ts';
import { ceasefireParties, warringPair } from './ceasefireSides.ts';
import { partiesThreateningToLeave } from './leavingThreats.ts';
import { partiesUnderTerms } from './treatyTerms.ts';
import { partiesToBreachedTexts } from './breachedTexts.ts';
import { signersOfSignedTreaties } from './signedTreaties.ts';
import { appealsToBothSides } from './sidesUrged.ts';
import { mutualAccusations } from './mutualAccusations.ts';
import { accusationsOfBreach } from './allegedBreaches.ts';
import { resolveDate } from './dates.ts';
import { dateStatements, withoutQuotes } from './statementDates.ts';
import { filedFrom, homeState, titlePair } from './storySides.ts';
import { countryByCapital, countryByCode, countryByInstitution, countryByName, withArticleStates } from './gazetteer.ts';
import { findArticleStates } from './articleStates.ts';
import { placesOfDateline } from './placesWithin.ts';
import { isSeat } from './legislatorSeats.ts';
import { stateNamedWithin } from './officeStates.ts';
import { mergeCentralBanks } from './centralBanks.ts';

export function extractArticle(article: Article): Extraction {
  return withArticleStates(findArticleStates(article.paragraphs), () => extractWithStates(article));
}

function extractWithStates(article: Article): Extraction {
  const sentences = splitSentences(article.paragraphs);
  const directional = directionalStates(article.paragraphs);
  const quoteMarked = quoteMarkedSentences(article.paragraphs, sentences);
  const mentions: SentenceMentions[] = sentences.map((sentence) => findMentions(sentence.index, quoteMarked[sentence.index], directional));
  const quotes = findQuoteSpans({ sentences, mentions });
  markQuotedMentions(mentions, quotes);
  const resolved = resolveWithinArticle(mentions);
  placeStatelessBodies(resolved, article);
  mergeCentralBanks(resolved);
  ensureStatesOfMembers(resolved);
  if (article.dateline) addDatelinePlace(resolved, article.dateline);
  resolved.homeState = homeState(resolved, article);
  const headlinePair = titlePair(resolved, article.title, directional);
  resolved.bothStates = headlinePair ?? resolved.bothStates;

  const structure = findStructure(mentions, resolved);
  const leaderOf = new Map(structure.relations.filter((relation) => relation.kind === 'LEADS' && relation.object.startsWith('state:')).map((relation) => [relation.subject, relation.object.slice('state:'.length)]));
  const parties = findTreatyParties(mentions, resolved, leaderOf);

  // Dates are resolved only for the sentences that need one (statements, dated relations): the grammar is slow.
  const dateCache = new Map<number, string | undefined>();
  const sentenceDate = (index: number) => {
    // The words inside quotation marks speak of other days ("it takes effect on March 15"), not of when they were said.
    if (!dateCache.has(index)) dateCache.set(index, resolveDate(withoutQuotes(sentences[index].text), article.date));
    return dateCache.get(index);
  };
  const statements = findStatements({ sentences, mentions, resolved, quotes });
  dateStatements(statements, sentences, sentenceDate, article.date);

  const speakerOfSentence = new Map<number, string>();
  for (const statement of statements) {
    // A quote runs over a few sentences around its attribution, never far.
    for (let index = Math.max(0, statement.sentence - 4); index <= Math.min(sentences.length - 1, statement.sentence + 4); index++) {
      const sentence = sentences[index];
      if (index === statement.sentence || statement.text.includes(sentence.text.slice(1, 40))) speakerOfSentence.set(index, statement.speaker);
    }
  }
  // A spokesperson's "we" is the body they speak for; a minister's or leader's, their state.
  const representedBy = new Map<string, string>();
  for (const relation of structure.relations) {
    if (relation.kind === 'SPEAKS_FOR' || ((relation.kind === 'MEMBER_OF' || relation.kind === 'LEADS') && !representedBy.has(relation.subject) && !isSeat(relation))) {
      representedBy.set(relation.subject, relation.object);
    }
  }
  const actions = findRelations({
    representedBy,
    sentences: mentions,
    resolved,
    speakerOfSentence,
    dateOfSentence: sentenceDate,
    sentenceText: (index) => sentences[index].text,
    parties,
  });

  // The story's two warring sides, which several rules fall back on when a sentence does not name them.
  const warring = warringPair(mentions, resolved);
  const stances = [...condemnationsInStatements(statements, resolved, representedBy, actions, (index) => sentences[index].text), ...welcomesOfTreaties(mentions, resolved, speakerOfSentence, parties), ...appealsToBothSides(mentions, (index) => sentences[index].text, resolved, speakerOfSentence, warring, representedBy), ...mutualAccusations(mentions, resolved, warring)];
  stances.push(...accusationsOfBreach(actions, stances, speakerOfSentence, resolved, representedBy));
  const membership = [...partiesToTreaties(actions, structure.relations, parties, resolved, mentions), ...ceasefireParties(mentions, (index) => sentences[index].text, resolved, parties, warring), ...partiesThreateningToLeave(mentions, resolved), ...partiesUnderTerms(mentions, resolved), ...partiesToBreachedTexts(mentions, resolved, headlinePair)];

  membership.push(...signersOfSignedTreaties(mentions, resolved, membership));
  const placed = new Set(structure.relations.filter((relation) => relation.kind === 'LOCATED_IN').map((relation) => relation.subject));
  const geography = placesOfDateline(resolved, placed, article);
  const relations = withoutBluntedStances([...structure.relations, ...geography, ...actions, ...stances, ...membership], resolved, representedBy);
  const used = new Set([...relations.flatMap((relation) => [relation.subject, relation.object]), ...statements.map((statement) => statement.speaker)]);
  return {
    article,
    sentences: sentences.map(({ index, text }) => ({ index, text })),
    // ("the Swiss city": a state named only by its adjective, in nothing it does or says, is no entity of the story.)
    entities: toLocalEntities(resolved, structure.roles, parties).filter((entity) => used.has(entity.key) || !isNamedOnlyByAdjective(resolved.entities.get(entity.key))),
    relations: relations satisfies LocalRelation[],
    statements: statements satisfies LocalStatement[],
  };
}

/** The city a wire story was filed from is a place of the article, unless the text names it already. */
function addDatelinePlace(resolved: ArticleEntities, city: string): void {
  const cityKey = placeKey(city);
  const key = `place:${cityKey}`;
  // A capital the text uses for its state ("Nairobi said") is still the city the story was filed from.
  const capital = countryByCapital(city);
  for (const entity of resolved.entities.values()) {
    // "UNITED NATIONS (AP) —": a dateline naming something the article names already adds nothing.
    if (capital && entity.key === `state:${capital.code}`) continue;
    if ([entity.name, ...entity.aliases].some((alias) => placeKey(alias) === cityKey)) return;
  }
  if (resolved.entities.has(key)) return;
  resolved.entities.set(key, { key, kind: 'Place', name: city, aliases: new Set([city]), sentences: new Set(), mentions: [] });
}

/** Each sentence's text with single-mark quotes read as double ones (same length, same offsets). */
function quoteMarkedSentences(paragraphs: string[], sentences: ParagraphSentence[]): string[] {
  const marked = paragraphs.map(doubleSingleQuotes);
  const cursor = paragraphs.map(() => 0);
  return sentences.map((sentence) => {
    const paragraph = paragraphs[sentence.paragraph];
    if (marked[sentence.paragraph] === paragraph) return sentence.text;
    const at = paragraph.indexOf(sentence.text, cursor[sentence.paragraph]);
    if (at < 0) return sentence.text;
    cursor[sentence.paragraph] = at + sentence.text.length;
    return marked[sentence.paragraph].slice(at, at + sentence.text.length);
  });
}

/** Flags the mentions that stand inside quotation marks, which may run across the sentences of a paragraph. */
export function markQuotedMentions(mentions: SentenceMentions[], quotes: QuoteSpan[]): void {
  const after = (s: number, token: number, span: { sentence: number; token: number }) => s > span.sentence || (s === span.sentence && token > span.token);
  for (const quote of quotes) {
    for (let s = quote.openSentence; s <= quote.closeSentence; s++) {
      for (const mention of mentions[s].mentions) {
        const inside = after(s, mention.start, { sentence: quote.openSentence, token: quote.openToken }) && !after(s, mention.start, { sentence: quote.closeSentence, token: quote.closeToken });
        if (inside) mention.inQuote = true;
      }
    }
  }
}

/** A state that signs a treaty, or that the article names as its party, is PARTY_TO it; so is an organisation its name joins. */
function partiesToTreaties(actions: LocalRelation[], structure: LocalRelation[], parties: Map<string, string[]>, resolved: ArticleEntities, mentions: SentenceMentions[]): LocalRelation[] {
  const found: LocalRelation[] = [];
  // A minister or leader who signs binds their state.
  const stateOf = new Map(structure.filter((relation) => relation.object.startsWith('state:')).map((relation) => [relation.subject, relation.object]));
  for (const relation of actions) {
    if (relation.kind !== 'SIGNS') continue;
    const state = relation.subject.startsWith('state:') ? relation.subject : stateOf.get(relation.subject);
    if (state) found.push({ ...relation, subject: state, kind: 'PARTY_TO', props: undefined });
  }
  // "whether Russia had breached the treaty": a state can break only a treaty that binds it (not the United Nations'
  // own texts, which bind states that made none of them) — when the narration names it as the one in breach (not "the
  // move violated the treaty", nor a quote's charge).
  const namedIn = (key: string, sentence: number) => mentions[sentence]?.mentions.some((mention) => !mention.inQuote && resolved.entityOf.get(mention) === key);
  for (const relation of actions) {
    if (relation.kind === 'VIOLATES' && relation.subject.startsWith('state:') && namedIn(relation.subject, relation.sentence) && resolved.entities.get(relation.object)?.kind === 'Treaty' && !hasNoParties(relation.object)) {
      found.push({ ...relation, kind: 'PARTY_TO', props: undefined, confidence: 0.6 });
    }
  }
  for (const [treaty, codes] of parties) {
    const sentence = Math.min(...(resolved.entities.get(treaty)?.sentences ?? [0]));
    for (const code of codes) {
      if (resolved.entities.has(`state:${code}`)) found.push({ kind: 'PARTY_TO', subject: `state:${code}`, object: treaty, sentence, confidence: 0.6 });
    }
  }
  for (const treaty of resolved.entities.values()) {
    if (treaty.kind !== 'Treaty') continue;
    const sentence = Math.min(...treaty.sentences);
    for (const party of organisationsJoinedIn(treaty.name, resolved)) found.push({ kind: 'PARTY_TO', subject: party, object: treaty.key, sentence, confidence: 0.6 });
  }
  // "Washington withdrew from the deal": a state that left a treaty is no longer its party.
  const left = new Set(actions.filter((relation) => relation.kind === 'WITHDRAWS_FROM').map((relation) => `${relation.subject}>${relation.object}`));
  return found.filter((relation) => !left.has(`${relation.subject}>${relation.object}`));
}

/** "the North" means North Korea only in an article that names North Korea; likewise the South, East, West. */
function directionalStates(paragraphs: string[]): Map<string, string> {
  const directional = new Map<string, string>();
  for (const paragraph of paragraphs) {
    for (const match of paragraph.matchAll(/\b(North|South|East|West)\s+(\p{Lu}\p{Ll}+)/gu)) {
      const country = countryByName(`${match[1]} ${match[2]}`);
      if (country && !directional.has(match[1].toLowerCase())) directional.set(match[1].toLowerCase(), country.code);
    }
  }
  return directional;
}

/**
 * A state's body named without its state: "The State Department said" is the United States' wherever it is named;
 * "SEOUL (Reuters) — The Unification Ministry said …", in a story filed from a state's capital, is that state's, and so
 * is one filed from a city the dateline places in a state ("OSH, Kyrgyzstan —"), when the article names the state too.
 */
function placeStatelessBodies(resolved: ArticleEntities, article: Article): void {
  const home = filedFrom(article);
  const homeState = home && resolved.entities.has(`state:${home.code}`) ? home.code : undefined;
  const outsideQuotes = [...resolved.entityOf.keys()].filter((mention) => !mention.inQuote);
  for (const entity of resolved.entities.values()) {
    if (entity.kind !== 'Government' || entity.state || !entity.key.startsWith('body:?:')) continue;
    // ("the SACU Council of Ministers": a body named with an organisation's acronym is the organisation's, no state's.)
    if (organisationByAcronym(entity.name, entity.key, resolved)) continue;
    // ("After talks with Kenya failed, the Interior Ministry said …": the one state named before it in its sentence, outside
    // quotation marks, since a quote's state is what the body speaks about; the sentence before may be the story's other side.)
    const first = entity.mentions[0];
    // ("BEIRUT — The Knesset voted …": an institution's own name that only one state has names its state.)
    // ("SUVA — The Royal New Zealand Air Force will fly …": a state named within the body's name is its own.)
    const within = stateNamedWithin(entity.name);
    const state = US_DEPARTMENTS.test(entity.name) ? 'US' : countryByInstitution(entity.name)?.code ?? (within && stateMergedInto(within, resolved)) ?? within ?? homeState ?? (first && stateNamedBefore(outsideQuotes, resolved.entityOf, first, true));
    if (state) entity.state = state;
  }
}

/**
 * "the Central Bank of Congo" in a story about the DRC: a state the article's states took in as a short name (a
 * mention the list gave that state among theirs) stands for the one that took it in.
 */
function stateMergedInto(code: string, resolved: ArticleEntities): string | undefined {
  if (resolved.entities.has(`state:${code}`)) return undefined;
  return [...resolved.entities.values()].find((entity) => entity.key.startsWith('state:') && entity.state !== code && entity.mentions.some((mention) => mention.state === code))?.state;
}

/** Names of departments that only the United States' government has ("the State Department"). */
const US_DEPARTMENTS = /\b(state department|department of state|treasury department|department of the treasury|pentagon)\b/i;

/** A body or troops of a state make that state an entity of the article too (for PART_OF and acting-for). */
function ensureStatesOfMembers(resolved: ArticleEntities): void {
  for (const entity of [...resolved.entities.values()]) {
    if (!entity.state || entity.key.startsWith('state:')) continue;
    const key = `state:${entity.state}`;
    if (resolved.entities.has(key)) continue;
    const country = countryByCode(entity.state);
    if (!country) continue;
    resolved.entities.set(key, { key, kind: 'Government', name: country.name, aliases: new Set([country.name]), sentences: new Set(entity.sentences), state: entity.state, mentions: [] });
  }
}

function toLocalEntities(resolved: ArticleEntities, roles: Map<string, Set<string>>, parties: Map<string, string[]>): LocalEntity[] {
  return [...resolved.entities.values()].map((entity) => ({
    ...(entity.state ? { country: entity.state } : {}),
    ...(parties.has(entity.key) ? { parties: parties.get(entity.key) } : {}),
    key: entity.key,
    kind: entity.kind,
    name: entity.name,
    aliases: [...new Set([entity.name, ...entity.aliases])],
    roles: [...(roles.get(entity.key) ?? [])],
    sentences: [...entity.sentences].sort((a, b) => a - b),
  }));
}
