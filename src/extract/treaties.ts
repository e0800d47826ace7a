// Treaties named by description ("a mutual defence treaty", "the pact") are told apart by their parties:
// the states named around the mention, or the states whose leaders signed it.
import type { Mention, SentenceMentions } from './mentions.ts';
import type { Token } from './tokens.ts';
import { moveEntity, type ArticleEntities, type ArticleEntity } from './entities.ts';
import { initials } from './acronymAliases.ts';
import { TREATY_HEADS, TREATY_MODIFIERS } from './lexicon/headWords.ts';
import { BARE_HEADS } from './lowerCaseTreaties.ts';
import { countryByDemonym, countryByName, isRegionalGovernment } from './gazetteer.ts';
import { isRefusedText } from './triggerGuards.ts';
import { verbAfterSubject } from './clauseTokens.ts';
import { LEAVING_VERBS, OPPOSING_VERBS, WELCOMING_VERBS } from './lexicon/welcomingWords.ts';
import { CITING_VERBS, SAYING_VERBS } from './lexicon/citingWords.ts';
import { ACCUSING_VERBS, DEMAND_VERBS } from './lexicon/reportingVerbs.ts';

const WINDOW_BEFORE = 6;
const WINDOW_AFTER = 12;

/** Parties of each treaty entity, and treaties of one article merged when they can only be the same. */
export function findTreatyParties(sentences: SentenceMentions[], resolved: ArticleEntities, leaderOf: Map<string, string>): Map<string, string[]> {
  const parties = new Map<string, Set<string>>();
  // Parties named by "a pact with Australia": one is enough.
  const named = new Set<string>();
  for (const sentence of sentences) {
    for (const mention of sentence.mentions) {
      const key = resolved.entityOf.get(mention);
      if (!key || resolved.entities.get(key)?.kind !== 'Treaty' || hasNoParties(key)) continue;
      const found = parties.get(key) ?? new Set<string>();
      parties.set(key, found);
      // ("should press for a trade deal with X": a text still sought has no parties yet.)
      if (isSoughtText(sentence.tokens, mention.start)) continue;
      const partner = partnerAfter(sentence, mention, resolved);
      if (partner && !isRefusedText(sentence.tokens, mention.start)) {
        found.add(partner);
        named.add(key);
      }
      // "the Korea-China Fisheries Agreement", "the UK-Japan Maritime Security Accord": the states its name joins.
      for (const code of statesJoinedIn(mention.name, resolved)) found.add(code);
      // ("the third state to leave the Convention, after Trinidad and Tobago in 1998": states named around a text that
      // is being left are leaving it, not its parties.)
      if (sentence.tokens.slice(Math.max(0, mention.start - 3), mention.start).some((token) => LEAVING_VERBS.has(token.lower))) continue;
      // ("the two countries have failed to sign a sharing deal": nor are those who did not sign it.)
      if (isRefusedText(sentence.tokens, mention.start)) continue;
      // ("the 1859 boundary treaty between Britain and Guatemala remains valid and … belongs to Belize": a text whose
      // parties are named after "between" has those, not the other states of the window.)
      const between = statesBetween(sentence, mention, resolved);
      if (between.length === 2) {
        for (const code of between) found.add(code);
        continue;
      }
      // ("renew its fisheries agreement with Russia, rejecting calls from Britain to …": a participle after a comma opens
      // a clause of its own, whose states are no parties.)
      const clauseEnd = sentence.tokens.findIndex((token, k) => k >= mention.end && token.text === ',' && /^\p{Ll}+ing$/u.test(sentence.tokens[k + 1]?.text ?? ''));
      for (const other of sentence.mentions) {
        if (other.start < mention.start - WINDOW_BEFORE || other.start > mention.end + WINDOW_AFTER || other === mention) continue;
        // ("the American Convention on Human Rights": an adjective inside a treaty's proper name names no party.)
        if (isAdjectiveInName(other, mention)) continue;
        // ("a gas deal with French energy group TotalEnergies": a state's adjective that describes a company names no party.)
        if (other.modifier && describesCompany(sentence, other)) continue;
        if (clauseEnd >= 0 && other.start > clauseEnd) continue;
        // ("Brazil welcomed the accord between Chile and Peru", "Cuba condemned the pact": who welcomes or condemns a
        // text, in the words just before it, is no party by that.)
        if (other.end <= mention.start && sentence.tokens.slice(other.end, mention.start).some((token) => WELCOMING_VERBS.has(token.lower) || OPPOSING_VERBS.has(token.lower))) continue;
        // ("Bolivia cited the accord between Chile and Peru", "Brazil urged respect for the accord": nor is who cites it or
        // urges others to keep it, party or not.)
        if (other.end <= mention.start && sentence.tokens.slice(other.end, mention.start).some((token) => CITING_VERBS.has(token.lower) || DEMAND_VERBS.has(token.lower))) continue;
        // ("Brazil accused Chile of breaching the accord": nor is who accuses another of breaking it.)
        if (other.end <= mention.start && sentence.tokens.slice(other.end, mention.start).some((token) => ACCUSING_VERBS.has(token.lower) || BLAMING_VERBS.test(token.lower))) continue;
        // ("Bolivia said the accord between Chile and Peru …", "which the UAE says Iran has breached": who speaks of a
        // text is no party by that — unlike a closing tag, "…, Norway's government said", which may speak for a party.)
        if (SAYING_VERBS.has(sentence.tokens[other.end]?.lower ?? '') && (other.end <= mention.start || isRelativeSubject(sentence.tokens, other.start))) continue;
        // ("Peru's foreign minister said the accord …", "Ana Ruiz, Peru's president, told reporters the accord …": nor is
        // the state of one who speaks of it — its owner, adjective or leader — a verb of saying standing between.)
        const speaksFor = other.possessive || other.modifier || !resolved.entityOf.get(other)?.startsWith('state:');
        if (speaksFor && other.end <= mention.start && sentence.tokens.slice(other.end, mention.start).some((token) => SAYING_VERBS.has(token.lower))) continue;
        // ("…, while Brazil has criticised the rule", "…, and Brazil welcomed it": nor is the subject of a clause after the
        // text that only judges or speaks of it.)
        if (other.start >= mention.end && judgesInClause(sentence.tokens, other)) continue;
        // ("the Nile Basin treaty, which Egypt and Sudan have refused to sign": states that have not joined it are no parties.)
        if (other.start >= mention.end && refusesToJoin(sentence, other)) continue;
        // ("the 1998 Marren Treaty with Bolivia and the 2004 Kessel Pact with Ecuador": the partner of another text of
        // the sentence is that text's, not this one's.)
        if (isPartnerOfOtherText(sentence, other, mention, resolved)) continue;
        // ("the Treaty of Utrecht, by which Spain ceded Gibraltar to Britain": a territory handed over is no party.)
        if (isTerritoryHandedOver(sentence.tokens, other.start)) continue;
        const otherKey = resolved.entityOf.get(other);
        // ("signed in Washington", "the Agreement for Peace in Bosnia": where a text is made or applies names no party.)
        const afterTreaty = sentence.mentions.some((treaty) => treaty.end === other.start - 1 && resolved.entities.get(resolved.entityOf.get(treaty) ?? '')?.kind === 'Treaty');
        const locative = /^(in|at)$/.test(sentence.tokens[other.start - 1]?.lower ?? '') && (afterTreaty || /^(signed|concluded|reached|agreed|sealed)$/.test(sentence.tokens[other.start - 2]?.lower ?? ''));
        if (!otherKey || isMediator(sentence, other) || locative) continue;
        if (otherKey.startsWith('state:')) found.add(otherKey.slice('state:'.length));
        const led = leaderOf.get(otherKey);
        if (led) found.add(led);
      }
    }
  }
  const result = new Map<string, string[]>();
  for (const [key, codes] of parties) if (codes.size >= 2 || named.has(key) || (codes.size === 1 && isTitledConvention(resolved.entities.get(key)?.name ?? ''))) result.set(key, [...codes].sort());
  settleBareTexts(sentences, resolved, result);
  // ("It builds on the 1992 border treaty", "replaces the 2017 partnership agreement": the text another succeeds is older.)
  const succeeded = new Set([...resolved.entities.values()].filter((entity) => entity.kind === 'Treaty' && entity.mentions.some((mention) => isSucceeded(sentences[mention.sentence]?.tokens ?? [], mention.start))).map((entity) => entity.key));
  unifyDatedDescriptions(sentences, resolved, succeeded);
  unifyDescriptions(resolved, result, parties, succeeded);
  return result;
}

/**
 * "Iraq and Kuwait signed a protocol", named later "the Bayan Protocol": a text named by its head alone is the one
 * treaty with a proper name that holds that head (or, for "an agreement", "a deal", the first named just after), and its
 * parties are that treaty's; one left unnamed is no entity, since nothing tells it from the texts it stands beside.
 * (A treaty dated by its year is an older text the story recalls, not the one just signed.)
 */
function settleBareTexts(sentences: SentenceMentions[], resolved: ArticleEntities, parties: Map<string, string[]>): void {
  const treaties = [...resolved.entities.values()].filter((entity) => entity.kind === 'Treaty' && !isInternational(entity.key));
  // Texts with a proper name ("the Bayan Protocol"), not dated by a year.
  const proper = treaties.filter((entity) => !isBare(entity) && !isDescriptive(entity) && ![...entity.aliases].some((alias) => openingYear(alias) !== undefined));
  for (const entity of treaties.filter(isBare)) {
    const head = entity.name.toLowerCase();
    const holding = proper.filter((other) => other.name.toLowerCase().split(/[\s-]+/).includes(head));
    // ("signed an agreement on Tuesday … Under the Mexico City Memorandum": a generic head is the text named first in
    // the sentences that follow, not an older one named before it whose name ends in "Agreement".)
    const signedIn = Math.min(...entity.sentences);
    const firstNamed = (other: ArticleEntity) => Math.min(...other.sentences);
    // (Nor one whose parties the signers do not all take part in: "Peru and Chile signed an agreement … under the X
    // Treaty with Bolivia".)
    const signers = new Set(parties.get(entity.key) ?? []);
    const sameSides = (other: ArticleEntity) => signers.size > 0 && (parties.get(other.key) ?? []).every((code) => signers.has(code));
    const following = proper.filter((other) => firstNamed(other) >= signedIn && firstNamed(other) <= signedIn + FOLLOWING_SENTENCES && sameSides(other)).sort((a, b) => firstNamed(a) - firstNamed(b));
    const target = GENERIC_HEADS.test(head) ? (following.find((other) => holding.includes(other)) ?? following[0]) : holding.length === 1 ? holding[0] : undefined;
    if (target) {
      const joined = new Set([...(parties.get(target.key) ?? []), ...(parties.get(entity.key) ?? [])]);
      if (joined.size) parties.set(target.key, [...joined].sort());
      moveEntity(resolved, entity, target);
    } else {
      // (Gone from its sentence too, which reads as it did without it: "signed an agreement with X" is still a partnership.)
      for (const mention of entity.mentions) {
        resolved.entityOf.delete(mention);
        const { mentions } = sentences[mention.sentence];
        if (mentions.includes(mention)) mentions.splice(mentions.indexOf(mention), 1);
      }
      resolved.entities.delete(entity.key);
    }
    parties.delete(entity.key);
  }
}

/** How many sentences after "signed an agreement" the story may give the text its name. */
const FOLLOWING_SENTENCES = 3;

/** Heads that may stand for a text of any name ("an agreement" for "the Bayan Protocol"). */
const GENERIC_HEADS = /^(agreement|deal|accord|pact)$/;

/** Named only by a head, in lower case somewhere ("protocol" of "signed a protocol"; not "the Convention" alone). */
function isBare(entity: ArticleEntity): boolean {
  return [...entity.aliases].every((alias) => BARE_HEADS.test(alias.toLowerCase())) && [...entity.aliases].some((alias) => BARE_HEADS.test(alias));
}

/** A state's adjective before lower-case words and then an organisation's name ("French energy group TotalEnergies"). */
function describesCompany(sentence: SentenceMentions, adjective: Mention): boolean {
  const { tokens, mentions } = sentence;
  const named = mentions.find((other) => other.start > adjective.end + 1 && other.start - adjective.end <= 3 && (other.kind === 'Organization' || other.form === 'bare'));
  return Boolean(named) && tokens.slice(adjective.end, named!.start).every((token) => /^\p{Ll}+$/u.test(token.text));
}

/** "a security pact with Australia", "a bilateral agreement with Maputo": the state named right after "with". */
function partnerAfter(sentence: SentenceMentions, mention: SentenceMentions['mentions'][number], resolved: ArticleEntities): string | undefined {
  const { tokens, mentions } = sentence;
  if (tokens[mention.end]?.lower !== 'with') return undefined;
  const start = tokens[mention.end + 1]?.lower === 'the' ? mention.end + 2 : mention.end + 1;
  const partner = mentions.find((other) => other.start === start && !other.modifier && !other.possessive);
  const key = partner ? resolved.entityOf.get(partner) : undefined;
  return key?.startsWith('state:') ? key.slice('state:'.length) : undefined;
}

/**
 * A name whose own verb, past an auxiliary and an adverb, welcomes, opposes or cites something ("Brazil has
 * criticised the rule", "Brazil welcomed it"): the subject of a clause that judges a text, not one bound by it.
 */
export function judgesInClause(tokens: Token[], state: Mention): boolean {
  const verb = tokens[verbAfterSubject(tokens, state.end)]?.lower ?? '';
  // (Not a verb of saying: a closing tag, "…, Norway's government said", may speak for a party.)
  return WELCOMING_VERBS.has(verb) || OPPOSING_VERBS.has(verb) || CITING_VERBS.has(verb);
}

/** A name right after "<another treaty> with (the)": the partner of that other text. */
function isPartnerOfOtherText(sentence: SentenceMentions, state: Mention, treaty: Mention, resolved: ArticleEntities): boolean {
  const { tokens, mentions } = sentence;
  const own = resolved.entityOf.get(treaty);
  return mentions.some((text) => {
    const key = resolved.entityOf.get(text);
    if (text === treaty || !key || key === own || resolved.entities.get(key)?.kind !== 'Treaty' || tokens[text.end]?.lower !== 'with') return false;
    return state.start === text.end + 1 || (tokens[text.end + 1]?.lower === 'the' && state.start === text.end + 2);
  });
}

/** "<treaty> between Britain and Guatemala": the two states named right after "between" and joined by "and". */
function statesBetween(sentence: SentenceMentions, mention: Mention, resolved: ArticleEntities): string[] {
  const { tokens, mentions } = sentence;
  if (tokens[mention.end]?.lower !== 'between') return [];
  const stateAt = (start: number) => {
    const at = tokens[start]?.lower === 'the' ? start + 1 : start;
    const found = mentions.find((other) => other.start === at && !other.modifier && !other.possessive);
    const key = found ? resolved.entityOf.get(found) : undefined;
    return found && key?.startsWith('state:') ? { end: found.end, code: key.slice('state:'.length) } : undefined;
  };
  const first = stateAt(mention.end + 1);
  const second = first && tokens[first.end]?.lower === 'and' ? stateAt(first.end + 1) : undefined;
  return first && second ? [first.code, second.code] : [];
}

/** The mention a list goes on with after `at`, past "and", "," or ", and". */
function nextInList(tokens: SentenceMentions['tokens'], mentions: Mention[], at: number): Mention | undefined {
  const gap = tokens[at]?.text === ',' && tokens[at + 1]?.lower === 'and' ? at + 2 : /^(and|,)$/.test(tokens[at]?.text ?? '') ? at + 1 : -1;
  return gap > 0 ? mentions.find((other) => other.start === gap) : undefined;
}

/** Verbs by which a state becomes bound by a text, in the forms after "not", "never" or "to" ("sign", "signed", "ratified"). */
const JOINING_VERBS = /^(sign|signed|ratify|ratified|join|joined|accede|acceded|adopt|adopted)$/;

/**
 * "which Egypt and Sudan have refused to sign", "which Chile never ratified", "that Peru has not joined": a state (with
 * the states joined to it by "and") whose verb says it has not bound itself.
 */
function refusesToJoin(sentence: SentenceMentions, state: Mention): boolean {
  const { tokens, mentions } = sentence;
  let at = state.end;
  // (Past the other states of its subject: "Egypt and Sudan", "Egypt, Sudan and Eritrea", "Egypt, Sudan, and Eritrea".)
  for (let next = nextInList(tokens, mentions, at); next; next = nextInList(tokens, mentions, at)) at = next.end;
  if (/^(has|have|had|did|does|do|would|will|could)$/.test(tokens[at]?.lower ?? '')) at++;
  if (/^(not|never)$/.test(tokens[at]?.lower ?? '')) return JOINING_VERBS.test(tokens[at + 1]?.lower ?? '');
  return /^(refused|refuses|refuse|declined|declines|decline|failed|fails)$/.test(tokens[at]?.lower ?? '') && tokens[at + 1]?.lower === 'to' && JOINING_VERBS.test(tokens[at + 2]?.lower ?? '');
}

/** Verbs of handing a territory from one state to another. */
const CEDING_VERBS = /^(ceded|cedes|cede|ceding|transferred|transfers|transfer|transferring|handed|hands|hand|handing)$/;

/** A name right after a verb of ceding ("ceded Gibraltar", "handed over the islands"): the territory handed over. */
function isTerritoryHandedOver(tokens: Token[], start: number): boolean {
  let at = tokens[start - 1]?.lower === 'the' ? start - 2 : start - 1;
  if (tokens[at]?.lower === 'over' || tokens[at]?.lower === 'back') at--;
  return CEDING_VERBS.test(tokens[at]?.lower ?? '');
}

/** A name right after "which" or "that" (past "the"): the subject of a relative clause. */
function isRelativeSubject(tokens: Token[], start: number): boolean {
  const before = tokens[start - 1]?.lower === 'the' ? start - 2 : start - 1;
  return /^(which|that)$/.test(tokens[before]?.lower ?? '');
}

/**
 * Verbs of seeking a text not yet made ("sought a deal", "pressed for a pact", "calls for an accord"), or of working on
 * one still unsigned ("negotiating the accord", "drafting a pact", "hope to finalise the treaty").
 */
const SEEKING_VERBS = /^(seek|seeks|seeking|sought|pursue|pursues|pursuing|pursued|negotiating|drafting|finalising|finalizing|finalise|finalize)$/;
const SEEKING_BEFORE_FOR = /^(press|presses|pressing|pressed|push|pushes|pushing|pushed|call|calls|calling|called|hope|hopes|hoping|hoped|lobby|lobbies|lobbying|lobbied|campaign|campaigns|campaigning|campaigned|aim|aims|aiming|aimed)$/;

/** A text sought in the words before it: "seeking a trade deal with X", "pressed for a security pact" (past a determiner). */
function isSoughtText(tokens: Token[], start: number): boolean {
  let at = start - 1;
  if (/^(a|an|the|any|new|its|their)$/.test(tokens[at]?.lower ?? '')) at--;
  if (SEEKING_VERBS.test(tokens[at]?.lower ?? '')) return true;
  return tokens[at]?.lower === 'for' && SEEKING_BEFORE_FOR.test(tokens[at - 1]?.lower ?? '');
}

/** Verbs of laying a wrong at another's door beside "accused" ("blamed Chile for breaking the accord"). */
const BLAMING_VERBS = /^(blamed|blames|blame|blaming)$/;

/** Verbs of bringing a deal about without being bound by it ("where Brazil hosted the talks", "Qatar, which mediated"). */
const MEDIATING_VERBS = /^(hosted|hosts|hosting|mediated|mediates|mediating|brokered|brokers|brokering|facilitated|facilitates|facilitating)$/;

/** Nouns for those who bring a deal about without being bound by it ("Saudi and US mediators said"). */
const MEDIATOR_NOUNS = /^(mediators?|mediation|brokers?|facilitators?|guarantors?|hosts?|observers?)$/;

/**
 * A state named as a mediator or a witness: before a mediator's noun (past "and <another>"), or after "brokered by",
 * "hosted by", "witnessed by", "in the presence of" (with the names listed after it).
 */
export function isMediator(sentence: SentenceMentions, mention: SentenceMentions['mentions'][number]): boolean {
  const { tokens, mentions } = sentence;
  let after = mention.end;
  if (tokens[after]?.lower === 'and') after = mentions.find((other) => other.start === after + 1)?.end ?? after;
  if (MEDIATOR_NOUNS.test(tokens[after]?.lower ?? '')) return true;
  // ("where Brazil hosted the talks", "Brazil, which brokered the deal": the subject of a verb of mediating.)
  const verb = tokens[mention.end]?.text === ',' && /^(which|who)$/.test(tokens[mention.end + 1]?.lower ?? '') ? mention.end + 2 : mention.end;
  if (MEDIATING_VERBS.test(tokens[verb]?.lower ?? '')) return true;
  return isWitnessAt(tokens, mentions, mention.start);
}

/** How many capitalised words of a title may stand between "in the presence of" and a name. */
const TITLE_WORDS = 3;

/** Names right after "brokered by", "witnessed by", "in the presence of (the)", or listed after such a name. */
function isWitnessAt(tokens: Token[], mentions: Mention[], start: number): boolean {
  // (Or past the capitalised words of a title before the name: "in the presence of Brazilian President Ana Souza".)
  let titled = start;
  while (start - titled < TITLE_WORDS && tokens[titled - 1]?.capitalized && !tokens[titled - 1].punct) titled--;
  if (titled < start && followsWitnessWords(tokens, titled)) return true;
  if (followsWitnessWords(tokens, start)) return true;
  // ("witnessed by Brazil and Argentina": the names listed after the first.)
  const at = tokens[start - 1]?.lower === 'the' ? start - 1 : start;
  const previous = /^(and|,)$/.test(tokens[at - 1]?.text ?? '') ? mentions.find((other) => other.end === at - 1) : undefined;
  return Boolean(previous && isWitnessAt(tokens, mentions, previous.start));
}

/** Right after "brokered by", "witnessed by", "in the presence of (the)". */
function followsWitnessWords(tokens: Token[], start: number): boolean {
  const at = tokens[start - 1]?.lower === 'the' ? start - 1 : start;
  if (tokens[at - 1]?.lower === 'by' && /^(brokered|mediated|hosted|facilitated|witnessed|observed)$/.test(tokens[at - 2]?.lower ?? '')) return true;
  return tokens[at - 1]?.lower === 'of' && tokens[at - 2]?.lower === 'presence';
}

/** "the Convention on Human Rights", "the African Charter on …": a titled text open to many states, any one of them a party. */
function isTitledConvention(name: string): boolean {
  return /\b(Convention|Charter|Covenant) (on|for) /.test(name);
}

/** State adjectives that also name a continent's peoples: "American" is of the Americas in "the American Convention". */
const CONTINENTAL_DEMONYMS: ReadonlySet<string> = new Set(['american']);

/** A continental adjective inside a treaty's capitalised name ("the American Convention on Human Rights"): no party. */
function isAdjectiveInName(other: Mention, treaty: Mention): boolean {
  // (Only in a titled convention, "<adjective> Convention on <subject>": "the North American Free Trade Agreement" binds the US.)
  return other.start >= treaty.start && other.end <= treaty.end && isTitledConvention(treaty.text) && CONTINENTAL_DEMONYMS.has(other.text.toLowerCase());
}

/**
 * The states a name opens by joining with hyphens ("UK-Japan", "Sudan-South Sudan"), when every part is a state: by its
 * name or adjective, or as a word of the name of a state the article names ("Korea" beside "South Korea").
 */
function statesJoinedIn(name: string, resolved: ArticleEntities): string[] {
  return partiesJoinedIn(name, resolved)?.states ?? [];
}

/**
 * "the EU-Mercosur Trade Agreement": the organisations a name opens by joining with hyphens, when every part is an
 * organisation the article names (by name, alias or initials) or a state.
 */
export function organisationsJoinedIn(name: string, resolved: ArticleEntities): string[] {
  return partiesJoinedIn(name, resolved)?.organisations ?? [];
}

/** The states and organisations whose names a treaty's name opens with, joined by hyphens; undefined if a part is neither. */
function partiesJoinedIn(name: string, resolved: ArticleEntities): { states: string[]; organisations: string[] } | undefined {
  const named = [...resolved.entities.values()].filter((entity) => entity.key.startsWith('state:') && entity.state);
  const organisations = [...resolved.entities.values()].filter((entity) => entity.kind === 'Organization');
  const stateOf = (part: string) => (countryByName(part) ?? countryByDemonym(part))?.code ?? (/\s/.test(part) ? undefined : named.find((state) => state.name.split(/\s+/).includes(part))?.state);
  const organisationOf = (part: string) => organisations.find((entity) => entity.name === part || entity.aliases.has(part) || initials(entity.name) === part)?.key;
  const parts = hyphenParts(name, (part) => Boolean(stateOf(part) || organisationOf(part)));
  if (parts.length < 2) return undefined;
  const states = parts.map(stateOf);
  // ("the Johor-Singapore zone": a region governing itself within a state is no state that joins a treaty.)
  if (states.some((code) => code && isRegionalGovernment(code))) return undefined;
  // (States only when every part is one: a state beside an organisation, "the EU-X …", added as many wrong parties as
  // right ones on the judging half.)
  return { states: states.every(Boolean) ? (states as string[]) : [], organisations: parts.map((part, k) => (states[k] ? undefined : organisationOf(part))).filter(Boolean) as string[] };
}

/** Words a part of a hyphen-joined name may run to ("United States", "Papua New Guinea"). */
const PART_WORDS = 3;

/**
 * The names a treaty's name opens by joining with hyphens: each part whole, but the last, which the rest of the name
 * follows ("Cabo Verde" of "EU-Cabo Verde Fisheries Agreement"); none unless every part is a name (`isName`).
 */
function hyphenParts(name: string, isName: (part: string) => boolean): string[] {
  const segments = name.split('-');
  if (segments.length < 2 || !isName(segments[0])) return [];
  const parts = [segments[0]];
  for (const segment of segments.slice(1)) {
    if (isName(segment)) {
      parts.push(segment);
      continue;
    }
    const words = segment.split(/\s+/);
    const length = [PART_WORDS, 2, 1].find((count) => count < words.length && isName(words.slice(0, count).join(' ')));
    return length ? [...parts, words.slice(0, length).join(' ')] : [];
  }
  return parts;
}

/**
 * Texts no side of a story is party to: the United Nations' own, and an arbitral award, which binds those it rules
 * between but was not made by them ("the 1899 arbitral award").
 */
export function hasNoParties(key: string): boolean {
  return isInternational(key) || / award$/.test(key);
}

/** The United Nations' own texts (its Charter, Security Council resolutions), which no two sides of a story make. */
export function isInternational(key: string): boolean {
  return /^treaty:(un |united nations|charter|security council)/.test(key);
}

/**
 * An article that speaks of one bilateral treaty calls it many things ("the pact", "the defence agreement"):
 * a treaty named only by description joins the article's treaty with parties, or a description sharing a word
 * ("mutual defence treaty" / "defence agreement"). Treaties with proper names never merge this way.
 */
function unifyDescriptions(resolved: ArticleEntities, parties: Map<string, string[]>, evidence: Map<string, Set<string>>, succeeded: Set<string>): void {
  // A description with a party the target lacks is another treaty ("a peace agreement" signed by Eritrea's leader).
  // So is one whose compound word says it is about something the target's name does not ("the water-sharing agreement"
  // is no border treaty; "the chip pact" may still be the semiconductor compact).
  const fits = (entity: ArticleEntity, target: ArticleEntity) => {
    if (succeeded.has(entity.key)) return false;
    const targetParties = new Set(evidence.get(target.key) ?? []);
    const targetWords = new Set(target.name.toLowerCase().split(/[\s-]+/));
    const about = entity.name.toLowerCase().split(/\s+/).slice(0, -1).filter((word) => word.includes('-') && !TREATY_MODIFIERS.has(word));
    return [...(evidence.get(entity.key) ?? [])].every((code) => targetParties.has(code)) && about.every((word) => word.split('-').some((part) => targetWords.has(part))) && sameMatter(entity, target);
  };
  const treaties = [...resolved.entities.values()].filter((entity) => entity.kind === 'Treaty' && !isInternational(entity.key));
  const descriptive = treaties.filter(isDescriptive);
  const withParties = treaties.filter((entity) => parties.has(entity.key));
  const proper = treaties.filter((entity) => !isDescriptive(entity));
  // "the Merrow accord" and "the Merrow Bay Fisheries Agreement": proper names that share their first word, the
  // shorter saying nothing the longer does not ("the Nile Basin treaty" is no "Nile Waters Agreement").
  const wordsOf = (entity: ArticleEntity) => entity.name.toLowerCase().split(/[\s-]+/);
  const abridges = (short: ArticleEntity, long: ArticleEntity) => wordsOf(short).slice(1, -1).every((word) => wordsOf(long).includes(word));
  for (const entity of proper) {
    const first = firstWord(entity);
    const target = proper.find((other) => other !== entity && resolved.entities.has(other.key) && firstWord(other) === first && other.name.length > entity.name.length && abridges(entity, other));
    if (first && target && resolved.entities.has(entity.key)) moveEntity(resolved, entity, target);
  }
  // "the chip pact" between the two states of "the New Delhi Semiconductor Compact": a description with the very parties
  // of the one treaty named so is that treaty.
  const sameParties = (a: ArticleEntity, b: ArticleEntity) => (parties.get(a.key) ?? []).join() === (parties.get(b.key) ?? []).join();
  for (const entity of descriptive) {
    if (!parties.has(entity.key) || !resolved.entities.has(entity.key)) continue;
    const targets = proper.filter((other) => other !== entity && resolved.entities.has(other.key) && parties.has(other.key) && sameParties(entity, other));
    if (targets.length === 1 && fits(entity, targets[0])) moveEntity(resolved, entity, targets[0]);
  }
  for (const entity of descriptive) {
    // ("the 2015 nuclear deal, formally the Joint Comprehensive Plan of Action": a text with a name of its own stays.)
    if (parties.has(entity.key) || !resolved.entities.has(entity.key) || hasProperName(entity)) continue;
    // ("the humanitarian truce" and "the El Fasher Humanitarian Arrangement": the one named treaty with its words.)
    const words = entity.name.toLowerCase().split(/\s+/).slice(0, -1);
    const holding = proper.filter((other) => resolved.entities.has(other.key) && words.length > 0 && words.every((word) => other.name.toLowerCase().split(/\s+/).includes(word)));
    const candidates = [
      holding.length === 1 ? holding[0] : undefined,
      (withParties.length === 1 ? withParties[0] : undefined) ??
        proper.find((other) => resolved.entities.has(other.key) && sharesModifier(other, entity)) ??
        descriptive.find((other) => other !== entity && resolved.entities.has(other.key) && sharesModifier(other, entity)),
    ];
    const target = candidates.find((candidate) => candidate && candidate !== entity && fits(entity, candidate));
    if (target) moveEntity(resolved, entity, target);
  }
}

/** Words that say what a text is about, by matter: a text of one matter is not described by words of another. */
const MATTERS: readonly ReadonlySet<string>[] = [
  new Set(['defense', 'defence', 'security', 'military', 'arms', 'non-aggression']),
  new Set(['trade', 'free-trade', 'economic', 'tariff', 'investment', 'export']),
];

/**
 * "a free trade agreement" is not "the 1960 security treaty": two texts whose names say each is about a matter, and
 * no matter in common, are two texts ("the security pact" may still be "the mutual defence treaty").
 */
function sameMatter(a: ArticleEntity, b: ArticleEntity): boolean {
  const mattersOf = (entity: ArticleEntity) => new Set(MATTERS.filter((matter) => [...entity.aliases].some((alias) => alias.toLowerCase().split(/\s+/).some((word) => matter.has(word)))));
  const left = mattersOf(a);
  const right = mattersOf(b);
  return left.size === 0 || right.size === 0 || [...left].some((matter) => right.has(matter));
}

/** The year a description is dated by ("1976" of "the 1976 accord"), when every alias of it opens so. */
function yearOf(entity: ArticleEntity): string | undefined {
  const years = new Set([...entity.aliases].map((alias) => /^((?:1[5-9]|20)\d\d) \p{Ll}/u.exec(alias)?.[1]));
  const [year] = years;
  return years.size === 1 && year ? year : undefined;
}

/** Verbs by which a new text takes up an older one ("replaces", "amends", "builds on"). */
const SUCCEEDING_VERBS = /^(replaces?|replaced|replacing|supersedes?|superseded|superseding|amends?|amended|amending|revises?|revised|revising|updates?|updated|updating|builds|built|building|succeeds|succeeded)$/;

/** Whether the text mentioned at `start` is the object of a verb of succession, a few words before ("builds on the 1992 …"). */
function isSucceeded(tokens: Token[], start: number): boolean {
  let at = start - 1;
  while (at >= 0 && /^(the|a|an|on|upon)$/.test(tokens[at].lower)) at--;
  return at >= 0 && at >= start - 4 && SUCCEEDING_VERBS.test(tokens[at].lower);
}

/** A treaty one of whose names opens with a year other than `year` ("2008 Special Agreement"). */
function isNamedWithOtherYear(entity: ArticleEntity, year: string): boolean {
  return [...entity.aliases].some((alias) => {
    const opening = openingYear(alias);
    return opening !== undefined && opening !== year;
  });
}

/** The year a name opens with ("2008" of "2008 Special Agreement"), if it opens with one. */
function openingYear(alias: string): string | undefined {
  return /^((?:1[5-9]|20)\d\d) /.exec(alias)?.[1];
}

/**
 * "the 2019 accord" is the one treaty with a proper name named in a sentence that gives that year ("the Merrow Bay
 * Agreement, signed in 2019"); failing one, the other description of that year ("the 2018 peace deal" / "the 2018
 * agreement"), or the article's one treaty with a proper name.
 */
function unifyDatedDescriptions(sentences: SentenceMentions[], resolved: ArticleEntities, succeeded: Set<string>): void {
  const treaties = () => [...resolved.entities.values()].filter((entity) => entity.kind === 'Treaty' && !isInternational(entity.key));
  for (const entity of treaties()) {
    const year = yearOf(entity);
    // (An award or ruling is no text the parties made: "the 2016 arbitral award" stays apart.)
    if (!year || !resolved.entities.has(entity.key) || hasNoParties(entity.key) || succeeded.has(entity.key)) continue;
    const others = treaties().filter((other) => other !== entity);
    const proper = others.filter((other) => !isDescriptive(other));
    const datedWith = proper.filter((other) => other.mentions.some((mention) => sentences[mention.sentence]?.tokens.some((token) => token.text === year)));
    const sameYear = others.filter((other) => yearOf(other) === year);
    // (Else the article's one treaty with a proper name: "the 2019 accord that governs fishing in Merrow Bay".)
    const generic = /(agreement|accord|pact|treaty|deal)$/.test(entity.key);
    // (Not one named with another year: "the 1859 boundary treaty" is no "2008 Special Agreement".)
    const fallback = proper.length === 1 && !sameYear.length && generic && !isNamedWithOtherYear(proper[0], year) ? proper[0] : undefined;
    const target = datedWith.length === 1 ? datedWith[0] : datedWith.length ? undefined : sameYear.length === 1 ? sameYear[0] : fallback;
    if (target) moveEntity(resolved, entity, target);
  }
}

/**
 * The distinctive first word of a proper treaty name ("Merrow" in "Merrow Bay Fisheries Agreement"), if any: not
 * a word for a text, which any text may open with ("Declaration on …", "Protocol on …").
 */
export function firstWord(entity: { name: string }): string | undefined {
  const word = entity.name.split(/\s+/)[0];
  if (!word || /^(the|un|u\.n\.|united|international)$/i.test(word) || TREATY_HEADS.has(word.toLowerCase()) || /^\d/.test(word)) return undefined;
  return countryByName(word) || countryByDemonym(word) ? undefined : word.toLowerCase();
}

/** An alias without the length it opens with ("10-day humanitarian truce" → "humanitarian truce"). */
function withoutLength(alias: string): string {
  return alias.replace(/^\p{N}[\p{L}\p{N}-]*\s+/u, '');
}

/** An alias written in lower case, past its length: a description, not a proper name. */
function isDescription(alias: string): boolean {
  return /^\p{Ll}/u.test(withoutLength(alias));
}

/** Written in lower case somewhere: a description, not a proper name. */
function isDescriptive(entity: ArticleEntity): boolean {
  return [...entity.aliases].some(isDescription);
}

/** Named somewhere by a proper name, not just its description written with capitals ("Nuclear Deal"). */
function hasProperName(entity: ArticleEntity): boolean {
  const bare = (alias: string) => withoutLength(alias).toLowerCase();
  const described = new Set([...entity.aliases].filter(isDescription).map(bare));
  return [...entity.aliases].some((alias) => /^\p{Lu}/u.test(alias) && !described.has(bare(alias)));
}

function sharesModifier(a: ArticleEntity, b: ArticleEntity): boolean {
  const words = (entity: ArticleEntity) => new Set(entity.key.replace(/^treaty:/, '').split(' ').filter((word) => TREATY_MODIFIERS.has(word)));
  const left = words(a);
  return [...words(b)].some((word) => left.has(word));
}
