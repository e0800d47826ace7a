// Within-article resolution: clusters mentions into entities (Mr Kim → Kim Jong Un; the North → North Korea;
// KCNA → Korean Central News Agency; he → the last person) and gives every mention its entity key.
import type { EntityKind } from '../../graph/model.ts';
import type { Mention, SentenceMentions } from './mentions.ts';
import { isOfInsideCapitals, type Token } from './tokens.ts';
import { ACCUSING_VERBS, NAMING_VERBS, SPEECH_VERBS } from './lexicon/reportingVerbs.ts';
import { HONORIFICS, titleRelation } from './lexicon/titles.ts';
import { BARE_CAPITALISED_HEADS, BARE_HEADS } from './lowerCaseTreaties.ts';
import { OPEN_QUOTE } from './quoteMarks.ts';
import { CLAUSE_JOINERS, sayingVerbBefore, verbAfterSubject } from './clauseTokens.ts';
import { ARMED_MEN_NOUNS, AREA_HEADS_DROPPED, BLOC_NAME_WORDS, COMPANY_PLURALS, ORGANISATION_PLURALS, CORPORATE_SUFFIXES, FORCE_WORDS, INTERNATIONAL_BODY_HEADS, ORGANIZATION_SEATS, PLACE_SUFFIXES, TREATY_HEADS, TREATY_MODIFIERS, LEGISLATURE_NAMES, CHAMBER_MEMBERS } from './lexicon/headWords.ts';
import { jaroWinkler } from './nameSimilarity.ts';
import { isAcronymText } from './acronyms.ts';
import { FAITH_ADJECTIVES } from './lexicon/nameCues.ts';
import { PREPOSITIONS } from './lexicon/prepositions.ts';
import { listOpener } from './nameContext.ts';
import { countryByCapital, countryByCode, countryByDemonym, countryByName, dropAccents, isKnownStateWord, isLargeCity, isPeopleWord, isRegionalGovernment, lookupKey, namesOfState, stateOpening, stateFormWord, statesByFormalHead } from './gazetteer.ts';
import { placeKey } from './mentionKeys.ts';
import { cachedByText } from './textCache.ts';
import { followsOrganisationNoun, isInnerCapitalWord } from './personCues.ts';
import { refersToItself } from './selfReferences.ts';
import { namesStatesUse } from './namesStatesUse.ts';
import { bracketedOtherNames, isSpellingAside, spelledNames } from './spelledNames.ts';
import { isSamePlaceSpelling } from './placeSpellings.ts';
import { acronymAliases } from './acronymAliases.ts';
import { actsAsArmedGroup } from './armedGroups.ts';
import { isSpokenOfAsParty } from './partyCongresses.ts';


export interface ArticleEntity {
  key: string;
  kind: EntityKind;
  name: string;
  aliases: Set<string>;
  sentences: Set<number>;
  /** For states and bodies: the state (ISO code) it is or belongs to. */
  state?: string;
  /** Mentions in article order. */
  mentions: Mention[];
}

export interface ArticleEntities {
  entities: Map<string, ArticleEntity>;
  /** The two states most spoken of, which "both governments" means; undefined when the article has no clear pair. */
  bothStates?: [string, string];
  /** The state the story is about: the first one its narration names. */
  storyState?: string;
  /** The state whose government "the government" means: the first named, by its name or as the subject by its body. */
  governmentState?: string;
  /** The state the story was filed from, by its dateline, when the article names it. */
  homeState?: string;
  /** Entity key of each resolved mention (pronouns and bare names included). */
  entityOf: Map<Mention, string>;
}

/**
 * "Barreto e Lima said" after "Prime Minister Tomás Barreto e Lima": an Iberian surname joined by "e" or "y", read as a
 * body's name for the connector, that ends the name of a person of the article is that person's.
 */
function mergeJoinedSurnames(entities: Map<string, ArticleEntity>, entityOf: Map<Mention, string>, organisationNames: Map<string, ArticleEntity>): void {
  const persons = [...entities.values()].filter((entity) => entity.kind === 'Person');
  for (const [name, organisation] of [...organisationNames]) {
    if (!/^\S+ (e|y) \S+$/.test(organisation.name)) continue;
    const person = persons.find((candidate) => candidate.name.toLowerCase().endsWith(` ${name}`));
    if (!person) continue;
    mergeInto(entities, entityOf, organisation, person);
    organisationNames.delete(name);
  }
}

/** Person keys ignore hyphens and honorifics: "Kim Jong-un" = "Kim Jong Un". */
function personKey(name: string): string {
  return `person:${lookupKey(name).replace(/[-‐]/g, ' ').split(/\s+/).filter((word) => !HONORIFICS.has(word)).join(' ')}`;
}

export function resolveWithinArticle(sentences: SentenceMentions[]): ArticleEntities {
  const entities = new Map<string, ArticleEntity>();
  const entityOf = new Map<Mention, string>();
  const all = sentences.flatMap((sentence) => sentence.mentions);
  const aliasOfKey = acronymAliases(sentences, all);

  /** The entity a mention has been resolved to, if any yet. */
  const entityFor = (mention: Mention): ArticleEntity | undefined => entities.get(entityOf.get(mention) ?? '');
  const keyOf = (mention: Mention): string => {
    let key = mention.kind === 'Person' && mention.form === 'name' ? personKey(mention.name) : mention.key;
    key = aliasOfKey.get(key) ?? key;
    return key;
  };

  // "an intercontinental ballistic missile (ICBM)": an acronym the article defined for a thing names no entity.
  const commonAcronyms = new Set(sentences.flatMap((sentence) => sentence.commonAcronyms));

  // Pass 1: named mentions make entities.
  for (const mention of all) {
    if (mention.form !== 'name' && !(mention.form === 'description' && mention.kind === 'Government')) continue;
    if (commonAcronyms.size && mention.kind === 'Organization' && commonAcronyms.has(mention.text)) continue;
    if (!mention.kind) continue;
    const key = keyOf(mention);
    // ("PNG" before "Papua New Guinea": initials that stand for a state make the state's entity, a Government.)
    const entity = entities.get(key) ?? createEntity(entities, key, key.startsWith('state:') ? 'Government' : mention.kind, mention);
    addMention(entity, mention);
    entityOf.set(mention, key);
  }

  // Bodies written without their state take it from a mention that names it ("Foreign Ministry" after "South Korea's foreign ministry").
  for (const [key, entity] of [...entities]) {
    if (!key.startsWith('body:?:')) continue;
    const candidates = [...entities.values()].filter((other) => other !== entity && other.key.startsWith('body:') && other.key.endsWith(key.slice('body:?'.length)) && other.state);
    // With the same body of two states named ("Seoul's foreign ministry … China's foreign ministry"), the one named last before it.
    const first = entity.mentions[0];
    const before = (other: ArticleEntity) => other.mentions.filter((mention) => mention.sentence < first.sentence || (mention.sentence === first.sentence && mention.start < first.start)).at(-1);
    const qualified = candidates.length > 1 ? candidates.filter(before).sort((a, b) => compareMentions(before(b)!, before(a)!))[0] ?? candidates[0] : candidates[0];
    if (qualified) mergeInto(entities, entityOf, entity, qualified);
  }

  // "the Skupština" after "the Parliament of Montenegro": a parliament's own name, no state given, is the one
  // parliament of a state the article names.
  for (const [key, entity] of [...entities]) {
    // ("the Commons" is one house of a parliament, named apart.)
    if (!key.startsWith('body:?:') || !LEGISLATURE_NAMES.has(key.slice('body:?:'.length)) || key === 'body:?:commons') continue;
    const parliaments = [...entities.values()].filter((other) => other.key.startsWith('body:') && !other.key.startsWith('body:?:') && /^parliament\b/.test(other.key.split(':')[2] ?? ''));
    if (parliaments.length === 1) mergeInto(entities, entityOf, entity, parliaments[0]!);
  }

  // "the 2015 nuclear deal, formally the Joint Comprehensive Plan of Action", "the Amber Sea, which Estonians call the
  // Grey Basin": two names of one thing.
  for (const sentence of sentences) {
    const { tokens, mentions } = sentence;
    for (let i = 0; i + 1 < mentions.length; i++) {
      const informal = mentions[i];
      // ("known by its French initials as the BIR": the name is the one after "as", past the words between.)
      const initialsAs = tokens[informal.end + 2]?.lower === 'by' && tokens[informal.end + 1]?.lower === 'known' ? mentions.slice(i + 1).find((mention) => tokens[mention.start - 1]?.lower === 'as' || (tokens[mention.start - 1]?.lower === 'the' && tokens[mention.start - 2]?.lower === 'as')) : undefined;
      // ("which Koreans call the West Sea": a bare word between is skipped.)
      // ("the Svalbard Treaty — known in Russia as the Spitsbergen Treaty": nor is the state that knows it so.)
      const knownIn = (mention: Mention) => mention.key.startsWith('state:') && tokens[mention.start - 1]?.lower === 'in' && tokens[mention.end]?.lower === 'as';
      const formal = initialsAs ?? mentions.slice(i + 1).find((mention) => mention.form !== 'bare' && !knownIn(mention)) ?? mentions[i + 1];
      if (formal.start - informal.end > (initialsAs ? 8 : 7)) continue;
      const between = tokens.slice(informal.end, formal.start).map((token) => token.lower).join(' ');
      if (!/^[,—–]$/.test(tokens[informal.end]?.text ?? '')) continue;
      const [from, into] = [entityFor(informal), entityFor(formal)];
      // "the 2015 nuclear agreement, the Joint Comprehensive Plan of Action,": a described treaty, then its name.
      const treatyApposition = from?.kind === 'Treaty' && into?.kind === 'Treaty' && /^, (the )?$/.test(`${between} `.replace(/\s+$/, ' ')) && !/^\p{Lu}/u.test(informal.text.replace(/^\d+\s*/, '')) && /^\p{Lu}/u.test(formal.text);
      // "the Danish parliament, the Folketing": a parliament, then the name it is known by ("the House of Representatives" too).
      // ("the Tajik parliament, the Majlisi Oli": a name of its own language, read as no body's, is the parliament's too.)
      const legislatureApposition = from?.kind === 'Government' && Boolean(into) && /\b(parliament|legislature)$/i.test(informal.text) && /^, the$/.test(between) && (into!.kind === 'Government' ? formal.text.split(/\s+/).some((word) => LEGISLATURE_NAMES.has(word.toLowerCase()) || CHAMBER_MEMBERS.has(word.toLowerCase())) : into!.kind === 'Organization' && formal.form === 'name' && tokens[formal.end]?.text === ',');
      if (legislatureApposition && from !== into) {
        if (into!.kind === 'Government') mergeInto(entities, entityOf, from, into!);
        else mergeInto(entities, entityOf, into!, from);
        continue;
      }
      // "the Cessation of Hostilities Agreement, the formal name of the Pretoria deal": the treaty named after that place.
      if (from?.kind === 'Treaty' && /^, the (formal|official|full) name (of|for) the$/.test(between) && TREATY_HEADS.has(tokens[formal.end]?.lower ?? '')) {
        const short = [...entities.values()].find((other) => other !== from && other.kind === 'Treaty' && other.name.split(/\s+/)[0] === formal.text);
        if (short) mergeInto(entities, entityOf, from, short);
        continue;
      }
      // ("the Rapid Battalion, known by its French initials as the BIR".)
      if (!treatyApposition && !/^[,—–] (formally|officially|also known as|known as|formally known as|officially called|called|(also |locally |internationally |better )?known (locally |internationally )?(in \S+ )?as|known by (its|their) (\S+ )?(initials|acronym|abbreviation) as|which \S+ calls?)( the)?$/.test(between)) continue;
      if (!from || !into || from === into || from.kind === 'Person') continue;
      // "the foreign ministry, known as Wisma Putra": the name a body is known by is the body's, though alone it would
      // read as a person's (or, as initials, as an organisation's).
      const knownAs = /^[,—–] (also )?known (as|by)/.test(between) && (from.kind === 'Government' || from.kind === 'Organization') && ((into.kind === 'Person' && !into.mentions.some((mention) => mention.title)) || (into.kind === 'Organization' && from.kind === 'Government' && Boolean(initialsAs)));
      if (from.kind !== into.kind && !knownAs) continue;
      // A formal name wins; a name others or locals use is an alias of the first.
      if (/^[,—–] (formally|officially)/.test(between)) mergeInto(entities, entityOf, from, into);
      else mergeInto(entities, entityOf, into, from);
    }
  }

  // "the Essequibo, … that Venezuela calls Guayana Esequiba": a name a state gives the thing is another name of it.
  for (const sentence of sentences) {
    for (const [antecedent, other] of namesStatesUse(sentence)) {
      const [from, into] = [entityFor(other), entityFor(antecedent)];
      if (!from || !into || from === into || into.kind === 'Person' || from.key.startsWith('state:')) continue;
      // (Its kind is the thing's: what "the Golden Sound" or "Marra Tarvela" alone would be read as does not count.)
      if (from.kind === into.kind || (from.kind !== 'Government' && !from.mentions.some((mention) => mention.title))) mergeInto(entities, entityOf, from, into);
    }
  }
  // "State media spelled his name Issayas Afeworki": another spelling of the person named before.
  for (const [person, other] of spelledNames(sentences)) {
    const [from, into] = [entityFor(other), entityFor(person)];
    if (!from || !into || from === into || into.kind !== 'Person' || (from.kind !== 'Person' && from.mentions.length > 1)) continue;
    // (The spelling the article goes by stays the name, however long the other.)
    const name = into.name;
    mergeInto(entities, entityOf, from, into);
    into.name = name;
  }
  // "the Ras Doumeira (or Ras Dumeira) peninsula": the name in brackets is another of the one before, of its kind.
  for (const [name, other] of sentences.flatMap(bracketedOtherNames)) {
    const [from, into] = [entityFor(other), entityFor(name)];
    if (from && into && from !== into && !from.key.startsWith('state:')) mergeInto(entities, entityOf, from, into);
  }
  mergeShortStateNames(entities, entityOf);
  mergeFormalStateNames(entities, entityOf);
  mergeNamesWithinNames(entities, entityOf);
  mergeBareTreatyHeads(entities, entityOf);
  mergePersonParts(entities, entityOf, 'last');
  mergePersonParts(entities, entityOf, 'first');
  mergeDescribedTreaties(sentences, entities, entityOf);
  // "Kaito Seiki closed 1.2% lower" after "Kaito Seiki and other equipment makers": a name the article showed to be a
  // company's is that company wherever else it stands.
  const organisationNames = new Map<string, ArticleEntity>();
  for (const entity of entities.values()) if (entity.kind === 'Organization') organisationNames.set(entity.name.toLowerCase(), entity);
  // ("Tarvo Republika's leaders" after "the president of Tarvo Republika": so is a name the article showed to be a body's.)
  const bodyNames = new Map<string, ArticleEntity>();
  for (const entity of entities.values()) if (entity.kind === 'Government' && entity.key.startsWith('body:')) bodyNames.set(entity.name.toLowerCase(), entity);
  // ("through Volgarin's contracts" after "his stake in Volgarin": not a place either.)
  mergeJoinedSurnames(entities, entityOf, organisationNames);
  for (const entity of [...entities.values()]) {
    const organisation = entity.kind === 'Person' || entity.kind === 'Place' ? organisationNames.get(entity.name.toLowerCase()) ?? (entity.kind === 'Person' ? bodyNames.get(entity.name.toLowerCase()) : undefined) : undefined;
    if (organisation) mergeInto(entities, entityOf, entity, organisation);
  }
  // "CITES banned the trade" after "the parties to CITES": an acronym read as an organisation's that the article showed
  // to name a treaty is that treaty.
  const treatyNames = new Map<string, ArticleEntity>();
  for (const entity of entities.values()) if (entity.kind === 'Treaty') for (const alias of [entity.name, ...entity.aliases]) treatyNames.set(alias.toLowerCase(), entity);
  for (const entity of [...entities.values()]) {
    const treaty = entity.kind === 'Organization' ? treatyNames.get(entity.name.toLowerCase()) : undefined;
    if (treaty && treaty !== entity) mergeInto(entities, entityOf, entity, treaty);
  }
  // "a truce for Dar Kalma" after "the city of Dar Kalma": so is a name the article showed to be a place's, unless a
  // title names a person by it ("Governor Santa Cruz").
  // ("Lumbo Tarra" after "Lumbo Tarra province": compared as places are, without their area word.)
  const placeNames = new Map<string, ArticleEntity>();
  for (const entity of entities.values()) if (entity.kind === 'Place') placeNames.set(placeKey(entity.name), entity);
  // ("Oyu Tolgoi's dispute" after "the Oyu Tolgoi copper and gold mine": a site's name without its site words too.)
  for (const entity of entities.values()) {
    const base = entity.kind === 'Place' ? siteBaseName(entity.name) : undefined;
    if (base && !placeNames.has(placeKey(base))) placeNames.set(placeKey(base), entity);
    // ("the Kariva lake" is Kariva too: a lake's name is the lake, as a dam's or a bridge's is not the work.)
    if (base && /\slake$/.test(entity.name)) entity.aliases.add(base);
  }
  for (const entity of [...entities.values()]) {
    const place = entity.kind === 'Person' && !entity.mentions.some((mention) => mention.title) ? placeNames.get(placeKey(entity.name)) : undefined;
    if (place) mergeInto(entities, entityOf, entity, place);
  }
  mergePlacedSurnames(entities, entityOf);
  mergeAdjectivalStates(sentences, entities, entityOf);
  mergePlaceSpellings(entities, entityOf);
  mergeShortBodyNames(entities, entityOf);
  const shortNames = shortNamesOf(entities);
  // "Borno Governor X", "Texas Governor X": a name known only as what a governor heads is a region, unless it is the
  // short name of a body the article names ("the Kessa Movement").
  for (const entity of entities.values()) {
    const governed = entity.kind === 'Organization' && entity.mentions.some((mention) => mention.beforeGovernor) && entity.mentions.every((mention) => mention.beforeGovernor || mention.form === 'bare' || mention.kind === 'Place');
    const body = entities.get(shortNames.get(entity.name.toLowerCase()) ?? '');
    if (governed && body?.kind !== 'Organization') entity.kind = 'Place';
  }
  for (const entity of [...entities.values()]) {
    const longer = shortNames.get(entity.name.toLowerCase());
    if (longer && longer !== entity.key && entities.get(longer)?.kind === entity.kind) mergeInto(entities, entityOf, entity, entities.get(longer)!);
    // ("the Habomai islets … the Habomai group": islands' short name read as an organisation's is the island group.)
    else if (longer && entity.kind === 'Organization' && isIslandGroup(entities.get(longer))) mergeInto(entities, entityOf, entity, entities.get(longer)!);
  }

  // "Brussels said" in an article about the EU is the EU, not Belgium.
  for (const entity of [...entities.values()]) {
    if (!entity.key.startsWith('state:') || !entity.mentions.every((mention) => mention.metonym)) continue;
    const names = entity.mentions.map((mention) => mention.text.toLowerCase());
    const seated = names.flatMap((name) => (Object.hasOwn(ORGANIZATION_SEATS, name) ? ORGANIZATION_SEATS[name] : []));
    const organisation = [...entities.values()].find((other) => other.kind === 'Organization' && seated.includes(other.name.toLowerCase()));
    if (organisation) mergeInto(entities, entityOf, entity, organisation);
  }

  // A single name introduced as an organisation: "environmental group BlueShelf", "BlueShelf, a rights group".
  const organisations = new Map<string, string>();
  for (const mention of all) {
    if (mention.form !== 'bare' || !isIntroducedAsOrganisation(sentences[mention.sentence]?.tokens ?? [], mention)) continue;
    // "Trump adviser X": a surname of someone named is that person, whatever follows it.
    if ([...entities.values()].some((entity) => entity.kind === 'Person' && entity.name.split(/[\s-]+/).includes(mention.name))) continue;
    // ("Polisario fighters" after "the Polisario Front": the short name of an organisation the article named.)
    const longer = shortNames.get(mention.name.toLowerCase());
    // ("Socialist leader X" after "the Socialist Party": a party is read as a body until its state is placed.)
    const key = longer && (entities.get(longer)?.kind === 'Organization' || isStatelessParty(entities.get(longer))) ? longer : mention.key.replace(/^bare:/, 'org:');
    if (!entities.has(key)) createEntity(entities, key, 'Organization', mention);
    organisations.set(mention.name, key);
  }

  // "Rio Tinto said" after "the mine's operator, Rio Tinto": a name read as a person's, never with a title, that the
  // article introduced as an organisation is that organisation.
  for (const entity of [...entities.values()]) {
    if (entity.kind !== 'Person' || entity.mentions.some((mention) => mention.title)) continue;
    if (!entity.mentions.some((mention) => isIntroducedAsOrganisation(sentences[mention.sentence]?.tokens ?? [], mention))) continue;
    const key = `org:${lookupKey(entity.name)}`;
    mergeInto(entities, entityOf, entity, entities.get(key) ?? createEntity(entities, key, 'Organization', entity.mentions[0]));
  }

  // "the National Liberation Army, the country's largest rebel group": an army or forces no state owns, introduced as
  // a group, is an organisation.
  for (const mention of all) {
    const entity = entityFor(mention);
    if (!entity?.key.startsWith('body:?:') || !/ (army|forces|front)$/i.test(entity.name) || mention.form !== 'name') continue;
    if (!isIntroducedAsOrganisation(sentences[mention.sentence]?.tokens ?? [], mention)) continue;
    const key = `org:${lookupKey(entity.name)}`;
    mergeInto(entities, entityOf, entity, entities.get(key) ?? createEntity(entities, key, 'Organization', mention));
  }

  // "Hon Tai Precision Industry, known as Foxtel,": a single name given as another name of an organisation is it.
  for (const sentence of sentences) {
    const { tokens, mentions } = sentence;
    for (let i = 0; i + 1 < mentions.length; i++) {
      const [named, other] = [mentions[i], mentions[i + 1]];
      const entity = entityFor(named);
      if (other.form !== 'bare' || !entity || entity.kind === 'Person' || tokens[named.end]?.text !== ',') continue;
      const between = tokens.slice(named.end + 1, other.start).map((token) => token.lower).join(' ');
      if (/^((also|better|commonly|widely|locally) )?known as$/.test(between)) organisations.set(other.name, entity.key);
    }
  }

  // "after Georgian Dream said …" once "the governing Georgian Dream party" was named: a state's adjective and a bare
  // name that together spell an organisation of the article are that organisation, not a state and a person.
  const organisationsByName = new Map<string, ArticleEntity>();
  for (const entity of entities.values()) if (entity.kind === 'Organization') for (const alias of entity.aliases) organisationsByName.set(alias.toLowerCase(), entity);
  for (const { mentions } of sentences) {
    for (let i = 0; i + 1 < mentions.length; i++) {
      const [adjective, bare] = [mentions[i], mentions[i + 1]];
      if (bare.form !== 'bare' || adjective.end !== bare.start || !adjective.key.startsWith('state:') || entityOf.has(bare)) continue;
      const organisation = organisationsByName.get(`${adjective.text} ${bare.text}`.toLowerCase());
      const state = entityFor(adjective);
      if (!organisation || !state) continue;
      state.mentions.splice(state.mentions.indexOf(adjective), 1);
      if (!state.mentions.length) entities.delete(state.key);
      // (Its words are no aliases of their own: "Georgian" names no party.)
      for (const mention of [adjective, bare]) {
        organisation.mentions.push(mention);
        organisation.sentences.add(mention.sentence);
        entityOf.set(mention, organisation.key);
      }
    }
  }

  // "Quellcor said" after "the mining firm Quellcor": a single name the article gave an organisation or a place is it.
  const namedThings = new Map<string, string>();
  for (const entity of entities.values()) {
    if (entity.kind !== 'Organization' && entity.kind !== 'Place') continue;
    for (const alias of entity.aliases) if (!alias.includes(' ')) namedThings.set(alias.toLowerCase(), entity.key);
  }

  // Words the article writes in lower case somewhere: common words, whatever their capital at a sentence's start.
  const lowerCaseWords = new Set(sentences.flatMap((sentence) => sentence.tokens.filter((token) => !token.capitalized && !token.punct).map((token) => token.lower)));

  // Pass 2: bare names, pronouns and descriptions point back at entities.
  const order = all.slice().sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  const persons = [...entities.values()].filter((entity) => entity.kind === 'Person');
  /** The person a name is, made when first met, and listed once among the persons later names are matched to. */
  const personNamed = (mention: Mention) => {
    const entity = entities.get(personKey(mention.name)) ?? createEntity(entities, personKey(mention.name), 'Person', mention);
    if (!persons.includes(entity)) persons.push(entity);
    return entity;
  };
  let lastPerson: string | undefined;
  // "X met Ambassador Y. “…,” he said": "he" is the person who acts, not the one acted on.
  let lastSubjectPerson: string | undefined;
  let earlierSubjectPerson: string | undefined;
  let lastSubjectThing: string | undefined;
  /** The first actor other than a person named as a subject in each sentence: the one a subject "it" carries on. */
  const sentenceSubjectThing = new Map<number, { key: string; start: number; end: number; coordinated: boolean }>();
  let lastThingSentence = -1;
  /** The last actor, person or not, named as a subject: who "The statement said" is the words of. */
  let lastSubject: string | undefined;
  /** The last subject of a verb of saying or writing: who issued the words "the statement" or "the letter" speaks on. */
  let lastVoice: string | undefined;
  let lastThing: string | undefined;
  let lastState: string | undefined;
  const lastOfHead = new Map<string, string>();
  /** Head words the article has used in a description ("the council"), which then keep the body they stood for. */
  const describedHeads = new Set<string>();
  /** The last person named with each office, and with its head word ("foreign minister", "minister"). */
  const lastOfOffice = new Map<string, string>();
  // "The ship's captain told reporters …": an unnamed person speaks, so a later "he" is not the last one named.
  const unnamed = sentences.flatMap((sentence, index) => {
    const at = unnamedSpeakerAt(sentence.tokens);
    return at === undefined ? [] : [{ sentence: index, token: at }];
  });
  let nextUnnamed = 0;
  for (const mention of order) {
    const tokens = sentences[mention.sentence]?.tokens ?? [];
    const passed = (at: { sentence: number; token: number }) => at.sentence < mention.sentence || (at.sentence === mention.sentence && at.token < mention.start);
    while (nextUnnamed < unnamed.length && passed(unnamed[nextUnnamed])) {
      lastPerson = undefined;
      lastSubjectPerson = undefined;
      earlierSubjectPerson = undefined;
      nextUnnamed++;
    }
    let key = entityOf.get(mention);
    // "Mr Suh, as his name is also spelled, …": another spelling of the person just named.
    if (mention.form !== 'pronoun' && isSpellingAside(tokens, mention.end)) {
      const other = key ? entities.get(key) : undefined;
      const target = closestSpelling(persons.filter((person) => person !== other && person.mentions.some((m) => compareMentions(m, mention) < 0)), mention.name);
      if (target && other !== target && (!other || other.kind === 'Person')) {
        if (other) {
          mergeInto(entities, entityOf, other, target);
          persons.splice(persons.indexOf(other), 1);
        } else addMention(target, mention);
        key = target.key;
      }
    }
    if (!key && mention.form === 'bare') {
      key = organisations.get(mention.name) ?? shortNames.get(mention.name.toLowerCase()) ?? matchPerson(persons, mention.name)?.key ?? (mention.possessive ? undefined : namedThings.get(mention.name.toLowerCase()));
      // "the Gulf states had …": a name after "the" is no person, and "states" there no speech.
      const afterThe = tokens[mention.start - 1]?.lower === 'the';
      // "Foreign Minister Sugiono and his counterpart": a single name after a person's title is a person's.
      // (Not a title word itself, "General" of "Major General", nor the portfolio of "Minister of Electricity", nor
      // what a "counterpart" is, often a body: "its Estonian counterpart Elering"; nor after a mere honorific, "Mr Park",
      // whose full name, when the article gives none, another article may.)
      const titled = mention.title && mention.title.title !== 'counterpart' && !HONORIFICS.has(mention.title.title.replace(/\.$/, '')) && !titleRelation(mention.name.toLowerCase()) && tokens[mention.start - 1]?.lower !== 'of';
      if (!key && !afterThe && mention.kind === 'Person' && titled) {
        key = personNamed(mention).key;
      }
      // ("Drivers said they had waited …": a word opening its sentence that the article writes in lower case elsewhere is
      // a common noun, no one's name.)
      const commonWord = mention.start === 0 && lowerCaseWords.has(mention.name.toLowerCase());
      const speech = !key && !afterThe && !commonWord ? speechAfter(tokens, mention.end) : undefined;
      if (speech !== undefined) {
        // ("ExxonMobil said": a word with a capital inside is a brand's, a company's.)
        // ("Chevron said it would suspend drilling": what it says of itself as "it" makes it a body.)
        if (opensSentenceAfterPlurals(sentences, mention) || isInnerCapitalWord(mention.name) || refersToItself(tokens, speech)) {
          // "Environmental groups condemned the vote. Verdalia said …": one of the groups just spoken of.
          const orgKey = mention.key.replace(/^bare:/, 'org:');
          const entity = entities.get(orgKey) ?? createEntity(entities, orgKey, 'Organization', mention);
          organisations.set(mention.name, orgKey);
          key = entity.key;
        } else {
          key = personNamed(mention).key;
        }
      }
      // ("The gold leaves by plane to Dubai": a word nothing else explains that names one of the world's large cities after
      // "to", "via" or "toward" is that city — not beside a state ("Baghdad and Erbil", an actor), nor a treaty's city.)
      if (!key && !afterThe && !commonWord && isLargeCity(mention.name) && isCityPlace(sentences[mention.sentence]!, mention, entities)) {
        const placeAt = `place:${placeKey(mention.name)}`;
        key = (entities.get(placeAt) ?? createEntity(entities, placeAt, 'Place', mention)).key;
      }
      if (key) addMention(entities.get(key)!, mention);
    } else if (!key && mention.pronoun === 'person') {
      key = lastSubjectPerson ?? lastPerson;
      // "Grebnev, he said, had been …": the "he" of a speech tag set off after a name is someone else, the speaker before.
      const named = tokens[mention.start - 1]?.text === ',' ? entityOf.get(sentenceMentionEndingAt(sentences[mention.sentence]?.mentions ?? [], mention.start - 1)!) : undefined;
      if (named && named === key && SPEECH_VERBS.has(tokens[mention.end]?.lower ?? '')) key = earlierSubjectPerson;
    } else if (!key && mention.pronoun === 'thing') {
      // "its troops": forces belong to a state, so the owner is the last state named.
      key = FORCE_WORDS.has(tokens[mention.end]?.lower ?? '') ? lastState ?? lastThing : lastThing;
      // "… 14 tankers that it says carried crude": "it" speaking is the body or state acting, not the last one named.
      if ((SPEECH_VERBS.has(tokens[mention.end]?.lower ?? '') || NAMING_VERBS.has(tokens[mention.end]?.lower ?? '')) && lastSubjectThing) key = lastSubjectThing;
      // "The board said talks with Serbia had failed. It urged Hungary …": "it" as the subject of a sentence that names
      // nothing before it carries on the subject of the sentence before, not the last name in it.
      // "The Mano River Union, which groups A, B and C, said its secretary general …", "X said it had …": what a body
      // says of "it" it says of itself, not of the last name in an aside.
      // ("The European Union, which buys most of Morocco's cars and has its own deal with Rabat": "its" in a relative clause
      // is the name the clause hangs on.)
      const antecedent = relativeAntecedent(sentences[mention.sentence], mention.start, entityOf, entities);
      if (antecedent) key = antecedent;
      // (Not past a clause of its own: "Peru seized the boats, and Chile said it would retaliate" is Chile's "it".)
      const speaker = sentenceSubjectThing.get(mention.sentence);
      if (speaker && !speaker.coordinated && speaker.end < mention.start && sayingVerbBefore(tokens, mention.start) !== undefined && !joinsClause(tokens, speaker.end, mention.start)) key = speaker.key;
      const subject = sentenceSubjectThing.get(mention.sentence - 1);
      // ("“It is an obligation the state accepted when it signed the charter”": in a sentence quoted whole, "it" is
      // something of the speaker's words, not the last one the article named.)
      if (mention.inQuote && !mention.possessive && OPEN_QUOTE.has(tokens[0]?.text ?? '')) key = undefined;
      // ("The wooden trawler, with 11 crew, was fishing near X when it was chased": "it" is the thing the sentence opened
      // with; not so in what is reported, "… said in a statement that it supported …", nor in "it said", "it accused",
      // which no thing does.)
      else if (!mention.possessive && mention.start > 0 && !speaksOrAccuses(tokens, mention.end) && tokens[mention.start - 1]?.lower !== 'that' && lastThingSentence < mention.sentence && opensWithCommonNoun(sentences[mention.sentence])) key = undefined;
      else if (!mention.possessive && subject && lastThingSentence < mention.sentence && isSubjectPosition(tokens, mention)) {
        // ("Russia, China and Chad voted against. It urges Iran …": several subjects are "they"; "it" is something else,
        // whose words an "it said" still carries on as before.)
        if (!subject.coordinated) key = subject.key;
        else if (!SPEECH_VERBS.has(tokens[mention.end]?.lower ?? '')) key = undefined;
      }
      // ("…, and Brazil welcomed it": the object of a verb is not that verb's own subject, which would be "itself".)
      if (key && key === subjectOfVerbBefore(sentences[mention.sentence]!, mention, entityOf)) key = undefined;
    } else if (!key && mention.key.startsWith('office:')) {
      // "the chancellor said": the last person named with that office ("Chancellor Anna Berg"), or with its head word.
      const office = mention.key.slice('office:'.length);
      key = lastOfOffice.get(office) ?? lastOfOffice.get(office.split(' ').at(-1)!);
    } else if (!key && mention.key === 'description:statement') {
      key = lastVoice ?? lastSubject;
    } else if (!key && mention.form === 'description' && !mention.key.startsWith('leader:')) {
      // "the bloc's protocol" stays unowned: the treaty rules know whose it is better than the last organisation named.
      const head = mention.key.replace('description:', '');
      key = head === 'bloc' && mention.possessive ? undefined : lastOfHead.get(head);
      if (key) describedHeads.add(head);
      // "Deputy X said Congress had not been consulted", "the Presidency said": a legislature or a presidency named alone,
      // none named before it, is the one of the state just spoken of outside quotation marks (the article's, when none is).
      if (!key && STANDALONE_STATE_BODIES.has(head) && /^\p{Lu}/u.test(mention.text) && !mention.possessive) {
        const state = stateNamedBefore(all.filter((other) => !other.inQuote), entityOf, mention);
        const bodyKey = `body:${state ?? '?'}:${head}`;
        const body = entities.get(bodyKey) ?? createEntity(entities, bodyKey, 'Government', { ...mention, state });
        addMention(body, mention);
        key = body.key;
      }
    } else if (!key && mention.key.startsWith('leader:')) {
      const [, state] = mention.key.split(':');
      // "Idris Mahamat, Chad's president, …": set off after a person's name, the description is that person; else the
      // one named leading the state ("Chadian President X", "Chad's President X", "President X of Chad").
      key = personApposedTo(sentences[mention.sentence], mention, entityOf, entities) ??
        persons.find((person) => person.mentions.some((m) => m.title?.relation === 'LEADS' && (m.title.of?.state ?? stateBesideTitle(sentences[m.sentence], m)) === state))?.key;
      // Nobody named leads that state in this article: resolution across articles may know who does.
      if (!key) key = (entities.get(mention.key) ?? createEntity(entities, mention.key, 'Person', mention)).key;
      entities.get(key)!.aliases.add(mention.text);
    }
    if (!key) continue;
    entityOf.set(mention, key);
    const entity = entities.get(key);
    if (!entity) continue;
    entity.sentences.add(mention.sentence);
    if (entity.kind === 'Person' && !mention.inQuote) {
      lastPerson = key;
      if (mention.form === 'pronoun' || isSubjectPosition(tokens, mention)) {
        if (lastSubjectPerson !== key) earlierSubjectPerson = lastSubjectPerson;
        lastSubjectPerson = key;
        lastSubject = key;
        if (speaksNext(tokens, mention.end)) lastVoice = key;
      }
      // "Hale's office rejected the charge. In a statement, it said …": "it" is the office, which speaks for its person.
      if (mention.possessive && tokens[mention.end]?.lower === 'office' && isSubjectPosition(tokens, { ...mention, possessive: false })) lastSubjectThing = key;
    } else if (mention.inQuote) continue;
    // "an Egyptian environmental group": a state named as an adjective is not what a later "its" points to.
    else if (entity.kind !== 'Place' && entity.kind !== 'Treaty' && mention.form !== 'pronoun' && !mention.modifier) {
      lastThing = key;
      lastThingSentence = mention.sentence;
      if (!mention.possessive && isSubjectPosition(tokens, mention)) {
        lastSubjectThing = lastSubject = key;
        // ("The Nigeria Police Force said": the name, not the state inside it; "Russia, China and Chad voted against":
        // several subjects are "they", not "it".)
        const first = sentenceSubjectThing.get(mention.sentence);
        const coordinated = tokens[mention.end]?.lower === 'and' || (tokens[mention.end]?.text === ',' && Boolean(tokens[mention.end + 1]?.capitalized));
        if (!first || first.start === mention.start || first.end === mention.start) sentenceSubjectThing.set(mention.sentence, { key, start: mention.start, end: mention.end, coordinated });
        if (speaksNext(tokens, mention.end)) lastVoice = key;
      }
    }
    if (key.startsWith('state:') && mention.form !== 'pronoun') lastState = key;
    // ("The GCC … the council would raise it with the UN Security Council. … thanked the council": a body named after a
    // preposition does not take over a description the article already uses for another.)
    const afterPreposition = PREPOSITIONS.has(tokens[(tokens[mention.start - 1]?.lower === 'the' ? mention.start - 2 : mention.start - 1)]?.lower ?? '');
    for (const word of entity.name.toLowerCase().split(/\s+/)) if (!(afterPreposition && describedHeads.has(word) && lastOfHead.get(word) !== key)) lastOfHead.set(word, key);
    // ("the ruling Georgian Dream party … Party chairman X": a body called a party in lower case after its name is "the party".)
    const partyWord = [tokens[mention.end - 1], tokens[mention.end]].find((token) => token?.text === 'party');
    if (partyWord && entity.kind === 'Organization' && !mention.possessive) lastOfHead.set('party', key);
    // ("Saudi Arabia … thanked the kingdom": a state is "the kingdom" or "the sultanate" its official name says it is —
    // while the article names no second kingdom: then "the kingdom" is neither, for good.)
    const form = key.startsWith('state:') ? stateFormWord(key.slice('state:'.length)) : undefined;
    if (form) lastOfHead.set(form, [undefined, key].includes(lastOfHead.get(form)) ? key : '');
    // "Hamas … the militant group said": "the group" is the organisation last named, whatever its name (not one named
    // as a modifier: "in a statement posted on X, the group said").
    // "… the Collective Security Treaty Organization (CSTO). The bloc, which …, said": "the bloc" likewise.
    if (entity.kind === 'Organization' && mention.form !== 'description' && !mention.modifier) {
      lastOfHead.set('group', key);
      // Not a body of one ("ECOWAS Commission President X … under the bloc's protocol" is ECOWAS's).
      // (Nor a charity or a company, "Amnesty International": a bloc's name says it groups states, or is an acronym.)
      const words = entity.name.toLowerCase().split(/[^\p{L}-]+/u);
      // ("M23 rebels … the President, who chairs the regional bloc": nor an armed movement, named before its fighters.)
      const armed = entity.mentions.some((named) => ARMED_MEN_NOUNS.has(sentences[named.sentence]?.tokens[named.end]?.lower ?? ''));
      const blocName = words.some((word) => BLOC_NAME_WORDS.has(word)) || (isAcronymText(entity.name) && !armed);
      if (blocName && !words.some((word) => INTERNATIONAL_BODY_HEADS.has(word) || NOT_BLOCS.has(word))) lastOfHead.set('bloc', key);
    }
    if (tokens[mention.end]?.lower === 'spokesperson' || tokens[mention.end]?.lower === 'spokesman') lastOfHead.set('spokesperson', key);
    if (entity.kind === 'Person' && mention.title?.relation === 'SPEAKS_FOR') lastOfHead.set('spokesperson', key);
    if (entity.kind === 'Person' && mention.title) {
      const office = mention.title.title.toLowerCase();
      lastOfOffice.set(office, key);
      lastOfOffice.set(office.split(' ').at(-1)!, key);
    }
  }
  // A party is an organisation, unless it is the kind that rules a one-party state ("Workers' Party", "Communist Party"),
  // which MODEL.md counts with the state. "The ruling All Progressives Congress" is a party too, when a party is named
  // beside it and no state owns it.
  const named = (pattern: RegExp) => [...entities.values()].filter((entity) => entity.kind === 'Government' && entity.key.startsWith('body:') && pattern.test(entity.name) && /^\p{Lu}/u.test(entity.name));
  // ("the Party of Regions", "the Party for Freedom": a party's name may go on after its head.)
  const parties = [...named(/\bparty$/i), ...named(/^party (of|for) /i)];
  // ("the outlawed Kurdistan Workers' Party": a party outlawed or banned is no ruling party, whatever its name.)
  const outlawed = (entity: ArticleEntity) => entity.mentions.some((mention) => /^(outlawed|banned|proscribed)$/.test(sentences[mention.sentence]?.tokens[mention.start - 1]?.lower ?? ''));
  for (const party of parties) if (!/\b(communist|workers'?|revolutionary)\b/i.test(party.name) || outlawed(party)) party.kind = 'Organization';
  if (parties.length) for (const congress of named(/\bcongress$/i)) if (!congress.state && congress.name.split(' ').length > 2) congress.kind = 'Organization';
  // ("The Trinamool Congress won 29 seats", "the opposition Indian National Congress": one spoken of as a party is one,
  // whatever state its name opens with.)
  for (const congress of named(/\bcongress$/i)) {
    if (!congress.mentions.some((mention) => isSpokenOfAsParty(sentences[mention.sentence]?.tokens ?? [], mention))) continue;
    nameBodyWithItsState(congress);
    congress.kind = 'Organization';
    congress.state = undefined;
  }
  for (const entity of entities.values()) {
    if (entity.kind !== 'Government' || !entity.key.startsWith('body:?:') || entity.state) continue;
    // "the Rapid Support Forces", "the Democratic Forces for the Liberation of X": armed forces that no state owns are
    // an organisation of their own.
    const head = headWordOf(entity.name);
    // (Forces named for defence are a state's whoever owns them: "the Self-Defense Forces", "the Israel Defense Forces".)
    // (So are armed forces named as a nation's or a crown's: "the Royal Armed Forces", "the Bolivarian National Armed Forces".)
    const national = /\b(royal|national|federal|imperial)\b.*\barmed forces$/i.test(entity.name);
    if (/^(forces|militia|brigades?)$/.test(head) && !/\b(self-)?defen[cs]e\b/i.test(entity.name) && !national) entity.kind = 'Organization';
    // (Their state is the one named just before them, in their sentence or the one before, when only one is: "Venezuela's
    // defence minister … He said the soldiers belonged to the Bolivarian National Armed Forces".)
    if (national) entity.state = stateNamedBefore(all, entityOf, entity.mentions[0]);
    // "the Gang Suppression Force": a force no state owns, named for its task, is a multinational or armed body of its
    // own (a state's air, naval, border or police force keeps its state whether or not the story names it).
    if (head === 'force' && entity.name.split(/\s+/).length >= 3 && !/\b(air|space|naval|navy|border|police|defen[cs]e|marine|coast|special|task)\b/i.test(entity.name)) entity.kind = 'Organization';
    // "the Arakan Army", "the Kachin Independence Army": an army named after a people or a cause of its own, not by
    // generic words alone ("People's Liberation Army"), is an armed group, not a state's army.
    if (head === 'army' && isNamedArmy(entity.name)) entity.kind = 'Organization';
    // "the opposition Peoples Democratic Party": a party out of power is no body of the state.
    const opposition = entity.mentions.some((mention) => sentences[mention.sentence]?.tokens[mention.start - 1]?.lower === 'opposition');
    if (head === 'party' && opposition) entity.kind = 'Organization';
  }
  for (const entity of entities.values()) {
    nameBodyWithItsState(entity);
    aliasPlaceWithoutArea(entity);
    aliasTreatyWithItsYear(entity, sentences);
  }
  // "the Syrian Democratic Forces": forces named for a cause, after a state's adjective, are an armed group of their
  // own, not that state's army.
  for (const entity of entities.values()) {
    if (entity.kind === 'Government' && entity.key.startsWith('body:') && /\bdemocratic\b.*\bforces$/i.test(entity.name)) {
      entity.kind = 'Organization';
      entity.state = undefined;
    }
  }
  // (A region governing itself within a state is not the state the story is about, even when named first.)
  const isNationalState = (key: string | undefined): key is string => Boolean(key?.startsWith('state:') && !isRegionalGovernment(key.slice('state:'.length)));
  const storyOpening = all.find((mention) => !mention.inQuote && isNationalState(entityOf.get(mention)));
  const storyState = storyOpening && entityOf.get(storyOpening);
  // "Papua New Guinea's parliament ratified the treaty with Australia. … accused the government of …": a state whose body
  // is the first subject is named first, and its government is the one meant.
  const stateOfMention = (mention: Mention) => {
    const key = mention.inQuote ? undefined : entityOf.get(mention);
    if (key?.startsWith('state:')) return key;
    const entity = key ? entities.get(key) : undefined;
    const subject = mention.form === 'name' && isSubjectPosition(sentences[mention.sentence]?.tokens ?? [], mention);
    return subject && entity?.kind === 'Government' && entity.state ? `state:${entity.state}` : undefined;
  };
  let governmentState: string | undefined;
  for (const mention of all) {
    governmentState = stateOfMention(mention);
    if (isNationalState(governmentState)) break;
    governmentState = undefined;
  }
  return { entities, entityOf, bothStates: mainPair(entities), storyState, governmentState };
}

/**
 * The one state named (not by a pronoun) in the sentence of `mention` before it, and in the sentence before unless
 * `sameSentence` (index.ts places a body by its own sentence only), if only one is.
 */
export function stateNamedBefore(all: Mention[], entityOf: Map<Mention, string>, mention: Mention, sameSentence = false): string | undefined {
  const before = all.filter((other) => other.form !== 'pronoun' && ((other.sentence === mention.sentence && other.end <= mention.start) || (!sameSentence && other.sentence === mention.sentence - 1)));
  const states = new Set(before.map((other) => entityOf.get(other)).filter((key) => key?.startsWith('state:')));
  return states.size === 1 ? [...states][0]!.slice('state:'.length) : undefined;
}

/** The person whose name stands right before a description set off by a comma ("X, Chad's president"; "X, the Chadian leader"). */
function personApposedTo(sentence: SentenceMentions | undefined, mention: Mention, entityOf: Map<Mention, string>, entities: Map<string, ArticleEntity>): string | undefined {
  const tokens = sentence?.tokens ?? [];
  let first = Math.min(mention.start, mention.title?.of?.start ?? mention.start);
  if (tokens[first - 1]?.lower === 'the') first--;
  if (tokens[first - 1]?.text !== ',') return undefined;
  const named = sentence!.mentions.find((other) => other.end === first - 1 && !other.possessive);
  const key = named && entityOf.get(named);
  return key && entities.get(key)?.kind === 'Person' ? key : undefined;
}

/** The state of a leader's title named beside it: "Chad's President X" (its possessive a word or two before), "President X of Chad". */
function stateBesideTitle(sentence: SentenceMentions | undefined, person: Mention): string | undefined {
  const tokens = sentence?.tokens ?? [];
  const mentions = sentence?.mentions ?? [];
  const owner = mentions.find((other) => other.possessive && other.end <= person.start && person.start - other.end <= 3 && tokens.slice(other.end, person.start).every((token) => !token.punct && !token.possessive));
  const after = tokens[person.end]?.lower === 'of' ? mentions.find((other) => other.start === person.end + 1 && !other.possessive) : undefined;
  const state = [owner, after].find((other) => other?.key.startsWith('state:'));
  return state?.key.slice('state:'.length);
}

/** The actor, not a place, that a ", which …" clause around `at` hangs on, if `at` stands inside such a clause. */
function relativeAntecedent(sentence: SentenceMentions | undefined, at: number, entityOf: Map<Mention, string>, entities: Map<string, ArticleEntity>): string | undefined {
  const tokens = sentence?.tokens ?? [];
  for (let k = at - 1; k > 0; k--) {
    if (tokens[k].punct && tokens[k].text !== ',') return undefined;
    if (tokens[k].text !== ',') continue;
    // (Past the commas of a list the clause names: "which groups Ghana, Togo and Benin under its …".)
    if (isListComma(sentence!, k)) continue;
    if (tokens[k + 1]?.lower !== 'which') return undefined;
    const owner = sentence!.mentions.find((mention) => mention.end === k && !mention.possessive && mention.form !== 'pronoun');
    const key = owner && entityOf.get(owner);
    const kind = key ? entities.get(key)?.kind : undefined;
    return kind && kind !== 'Place' && kind !== 'Treaty' && kind !== 'Person' ? key : undefined;
  }
  return undefined;
}

/** True when the comma at `k` stands between names of a list: a name follows it, then another comma, "and" or "or". */
function isListComma(sentence: SentenceMentions, k: number): boolean {
  const next = sentence.mentions.find((mention) => mention.start === k + 1 && mention.form === 'name');
  return Boolean(next && /^(,|and|or)$/.test(sentence.tokens[next.end]?.lower ?? ''));
}

/** True when a sentence opens with a common noun as its subject ("The meeting lasted …"), no name or description. */
function opensWithCommonNoun(sentence: SentenceMentions | undefined): boolean {
  const tokens = sentence?.tokens ?? [];
  if (!/^(the|a|an|this|that)$/.test(tokens[0]?.lower ?? '') || !tokens[1] || tokens[1].capitalized || tokens[1].punct) return false;
  return !sentence!.mentions.some((mention) => mention.start <= 2);
}

/** True when the verb at `at` (past one auxiliary: "it had accused") is one of saying or accusing, which only actors do. */
function speaksOrAccuses(tokens: Token[], at: number): boolean {
  const verb = /^(had|has|have|was|is|would|will|also|then|later)$/.test(tokens[at]?.lower ?? '') ? at + 1 : at;
  return SPEECH_VERBS.has(tokens[verb]?.lower ?? '') || ACCUSING_VERBS.has(tokens[verb]?.lower ?? '');
}


/** True when a clause of its own opens between `from` and `to` (", and", ", but", ", while", ";"). */
function joinsClause(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const next = tokens[i + 1]?.lower ?? '';
    if (tokens[i].text === ';' || (tokens[i].text === ',' && (next === 'and' || CLAUSE_JOINERS.has(next)))) return true;
  }
  return false;
}


/** A state's legislature or presidency that news names by its head word alone ("Congress", "the Senate", "the Presidency"). */
const STANDALONE_STATE_BODIES: ReadonlySet<string> = new Set(['congress', 'senate', 'parliament', 'presidency']);

/** Words that name a state's army as well as a rebel one ("People's Liberation Army", "Royal Army"). */
const GENERIC_ARMY_WORDS: ReadonlySet<string> = new Set([
  "people's", 'peoples', 'liberation', 'national', 'popular', 'red', 'royal', 'imperial', 'revolutionary', 'republican',
  'regular', 'territorial', 'continental', 'ground', 'grand', 'new', 'united', 'self-defense', 'self-defence', 'defense',
  'defence', 'northern', 'southern', 'eastern', 'western', 'central', 'first', 'second', 'third', 'the',
]);

/** An army name with a word of its own before "Army" ("Arakan Army"), not generic words alone. */
function isNamedArmy(name: string): boolean {
  const words = name.toLowerCase().replace(/[’]/g, "'").split(' ');
  if (words.at(-1) !== 'army' || words.length < 2) return false;
  return words.slice(0, -1).some((word) => !GENERIC_ARMY_WORDS.has(word) && !isKnownStateWord(word) && !countryByDemonym(word) && !countryByName(word));
}

/** The head of a name: the word before its first "of" or "for" ("Forces" in "Forces for the Liberation of X"), else its last. */
function headWordOf(name: string): string {
  const words = name.toLowerCase().split(' ');
  const connector = words.findIndex((word, index) => index > 0 && (word === 'of' || word === 'for'));
  return connector > 0 ? words[connector - 1] : words.at(-1)!;
}

/**
 * "Foreign Ministry" of Russia is named "Russian Foreign Ministry": a state's body is named with its state, from how
 * the article wrote it ("UAE Ministry of Foreign Affairs") or else with the state's adjective, so that the
 * foreign ministries of three states are three names a reader can tell apart.
 */
function nameBodyWithItsState(entity: ArticleEntity): void {
  if (entity.kind !== 'Government' || !entity.state || !entity.key.startsWith('body:')) return;
  const country = countryByCode(entity.state);
  // ("Moscow City Court", "Armed Forces of the Philippines" name their state already, by its capital or its name.)
  // ("the Royal Thai Army" names it inside.)
  const namesState = countryByCapital(entity.name.split(' ')[0])?.code === entity.state || entity.name.endsWith(` ${country?.name}`) || entity.name.split(' ').some((word) => countryByDemonym(word)?.code === entity.state);
  if (!country || stateOpening(entity.name) === entity.state || namesState) return;
  const written = [...entity.aliases].filter((alias) => /^\p{Lu}/u.test(alias) && !alias.includes("'") && !alias.includes('’') && stateOpening(alias) === entity.state);
  const best = written.sort((a, b) => b.length - a.length)[0];
  const stateless = entity.name;
  if (best) entity.name = best;
  else if (country.demonym && /^\p{Lu}/u.test(entity.name)) entity.name = `${country.demonym} ${entity.name}`;
  entity.aliases.add(entity.name);
  // ("Russia's foreign ministry" is no "Ministry of Foreign Affairs" by name: a state-less form the article never
  // wrote, even after the state's name ("Iraq's Federal Supreme Court"), would name every state's ministry at once.)
  const statelessWritten = entity.mentions.some((mention) => ` ${mention.text} `.includes(` ${stateless} `));
  if (stateless !== entity.name && !statelessWritten) entity.aliases.delete(stateless);
}

/** Lower-case words of a site's name after its proper name: its kind and what it yields ("copper and gold mine"). */
const SITE_NAME_WORDS: ReadonlySet<string> = new Set(['fields', 'field', 'block', 'mine', 'lake', 'offshore', 'onshore', 'copper', 'gold', 'gas', 'oil', 'lithium', 'and', 'mining']);

/** The proper name of a site named with lower-case site words ("Greater Sunrise" of "Greater Sunrise fields"), or undefined. */
function siteBaseName(name: string): string | undefined {
  const words = name.split(' ');
  let cut = words.length;
  while (cut > 1 && SITE_NAME_WORDS.has(words[cut - 1]!)) cut--;
  // (It ends in a site's kind, not in what the site yields: "the Kalo gold" names no mine.)
  return cut < words.length && /^\p{Lu}/u.test(words[cut - 1]!) && /^(fields?|block|mine|lake)$/.test(words.at(-1)!) ? words.slice(0, cut).join(' ') : undefined;
}

/** "the 2009 Oyu Tolgoi Investment Agreement" is also named with its year, as many write a treaty's name. */
function aliasTreatyWithItsYear(entity: ArticleEntity, sentences: SentenceMentions[]): void {
  if (entity.kind !== 'Treaty') return;
  for (const mention of entity.mentions) {
    const year = sentences[mention.sentence]?.tokens[mention.start - 1]?.text ?? '';
    if (/^(1[6-9]|20)\d\d$/.test(year) && /^\p{Lu}/u.test(mention.text)) entity.aliases.add(`${year} ${mention.text}`);
  }
}

/** "the Tamber region" is "Tamber" too: an area word does not change which place it is (placeKey drops it as well). */
function aliasPlaceWithoutArea(entity: ArticleEntity): void {
  if (entity.kind !== 'Place') return;
  // ("the Greater Sunrise fields" is "Greater Sunrise", "the Oyu Tolgoi copper and gold mine" "Oyu Tolgoi".)
  const base = siteBaseName(entity.name);
  if (base) entity.aliases.add(base);
  for (const alias of [...entity.aliases]) {
    const words = alias.split(' ');
    if (words.length > 1 && PLACE_SUFFIXES.has(words.at(-1)!.toLowerCase())) entity.aliases.add(words.slice(0, -1).join(' '));
  }
}

/** A party named with no state yet ("the Socialist Party"), kept as a body until a state is placed for it. */
function isStatelessParty(entity: ArticleEntity | undefined): boolean {
  return Boolean(entity?.key.startsWith('body:?:') && /\sparty$/i.test(entity.name));
}

/** True for a place named as islands ("the Habomai islets", "the Paracel Islands"). */
function isIslandGroup(entity: ArticleEntity | undefined): boolean {
  return entity?.kind === 'Place' && /\b(islands|islets|archipelago)$/i.test(entity.name);
}

/** Words an organisation's name is written without: a company's suffix, a movement's head ("the Polisario" for "the Polisario Front"). */
const ORGANISATION_HEADS_DROPPED: ReadonlySet<string> = new Set([...CORPORATE_SUFFIXES, 'front', 'movement', 'party']);

/**
 * Short names of the article's organisations and places, to the entity named in full: "Norvik" and "KVX" for
 * "Norvik Technology" and "KVX Holding" (a corporate suffix dropped), "Dareen" for "the Dareen Strip" (an area head).
 */
function shortNamesOf(entities: Map<string, ArticleEntity>): Map<string, string> {
  const short = new Map<string, string>();
  for (const entity of entities.values()) {
    if (entity.kind !== 'Organization' && entity.kind !== 'Place' && !isStatelessParty(entity)) continue;
    const words = entity.name.split(' ');
    const dropped = entity.kind === 'Place' ? AREA_HEADS_DROPPED : ORGANISATION_HEADS_DROPPED;
    let cut = words.length;
    while (cut > 1 && dropped.has(words[cut - 1].toLowerCase())) cut--;
    if (cut === words.length) continue;
    const name = words.slice(0, cut).join(' ');
    // "the Korean Peninsula" is no short "Korea": a state's name or adjective stays the state's.
    if (countryByName(name) || countryByDemonym(name)) continue;
    // Two entities with one short name ("Norvik Technology", "Norvik Motors"): neither is meant.
    short.set(name.toLowerCase(), short.has(name.toLowerCase()) ? '' : entity.key);
  }
  for (const [name, key] of short) if (!key) short.delete(name);
  return short;
}

/**
 * "firms registered in Hong Kong … the two Hong Kong firms": a territory the article placed things in, and otherwise
 * names only as an adjective of companies, is that place, not a state acting.
 */
function mergeAdjectivalStates(sentences: SentenceMentions[], entities: Map<string, ArticleEntity>, entityOf: Map<Mention, string>): void {
  for (const entity of [...entities.values()]) {
    if (!entity.key.startsWith('state:')) continue;
    const place = entities.get(`place:${placeKey(entity.name)}`);
    if (!place || place.kind !== 'Place') continue;
    const adjectival = entity.mentions.every((mention) => {
      const next = sentences[mention.sentence]?.tokens[mention.end];
      return !mention.possessive && next && !next.capitalized && COMPANY_PLURALS.has(next.lower);
    });
    if (adjectival) mergeInto(entities, entityOf, entity, place);
  }
}

/**
 * Treaties the article names in several ways are one: a short name is the long one it abridges; a treaty described in
 * lower case ("signed a peace agreement") is the named one whose name holds all its words, else the one named treaty
 * with its head word ("a border agreement" → "the Volta Boundary Agreement") — never when two qualify, nor when the
 * states named beside the two differ (Eritrea's "peace agreement" is not Venezuela's and Guyana's "Geneva Agreement").
 */
function mergeDescribedTreaties(sentences: SentenceMentions[], entities: Map<string, ArticleEntity>, entityOf: Map<Mention, string>): void {
  const treaties = [...entities.values()].filter((entity) => entity.kind === 'Treaty');
  if (treaties.length < 2) return;
  const capitalised = (mention: Mention) => /^\p{Lu}/u.test(mention.text.replace(/^(the|a|an)\s+/i, ''));
  const wordsOf = (treaty: ArticleEntity) => treaty.name.toLowerCase().split(' ');
  const named = treaties.filter((treaty) => treaty.mentions.some(capitalised));
  // "the Migrant Workers Convention" after "the Convention on the Protection of Migrant Workers": a head word
  // and the words before it, all in one longer name that opens with that head.
  for (const treaty of named) {
    const words = wordsOf(treaty);
    const head = words.at(-1)!;
    if (words.length < 2 || words.length > 4) continue;
    const longer = named.filter((other) => {
      const otherWords = wordsOf(other);
      return other !== treaty && otherWords[0] === head && otherWords.length > words.length + 1 && words.slice(0, -1).every((word) => otherWords.some((otherWord) => otherWord.replace(/s$/, '') === word.replace(/s$/, '')));
    });
    if (longer.length === 1 && entities.has(longer[0].key) && entities.has(treaty.key)) mergeInto(entities, entityOf, treaty, longer[0]);
  }
  const statesBeside = (treaty: ArticleEntity) => new Set(treaty.mentions.flatMap((mention) => sentences[mention.sentence].mentions.map((other) => entityOf.get(other)).filter((key) => key?.startsWith('state:'))));
  const compatible = (a: Set<string | undefined>, b: Set<string | undefined>) => !a.size || !b.size || [...a].some((key) => b.has(key));
  for (const described of treaties) {
    if (named.includes(described) || !entities.has(described.key)) continue;
    const words = wordsOf(described);
    // (A text named by its head alone, "signed a protocol", is settled by treaties.ts, which knows its parties.)
    if (words.length === 1 && BARE_HEADS.test(words[0])) continue;
    const present = named.filter((other) => entities.has(other.key));
    const holding = present.filter((other) => words.every((word) => wordsOf(other).includes(word)));
    // (By its head alone only when its other words say no more than a kind of treaty: "the 35-year power purchase
    // agreement" is no "Mekong Agreement".)
    const generic = words.slice(0, -1).every((word) => TREATY_MODIFIERS.has(word) || /^(\d|new|landmark|historic|draft|proposed|latest|original|current|joint|the|a|an)|-(year|old)\b/.test(word));
    const candidates = holding.length ? holding : generic ? present.filter((other) => wordsOf(other).at(-1) === words.at(-1)) : [];
    if (candidates.length === 1 && compatible(statesBeside(described), statesBeside(candidates[0]))) mergeInto(entities, entityOf, described, candidates[0]);
  }
}

/** Words that make a state's long name from its short one ("Democratic Republic of Congo" → "Congo"). */
const STATE_FORM_WORDS: ReadonlySet<string> = new Set(['democratic', 'republic', 'of', 'the', "people's", 'peoples', 'dr', 'federal', 'federative', 'islamic', 'united', 'kingdom', 'socialist', 'arab']);

/**
 * "the General Assembly" after "the U.N. General Assembly", "the Court of Justice" beside "the Court of Justice of the
 * European Union": an organisation's name that opens or ends exactly one longer one of the article is that one. So is
 * a treaty's whose words all stand in one longer treaty's name with the same head ("the Non-Proliferation Treaty",
 * "the Treaty on the Non-Proliferation of Nuclear Weapons").
 */
function mergeNamesWithinNames(entities: Map<string, ArticleEntity>, entityOf: Map<Mention, string>): void {
  const words = (name: string) => name.toLowerCase().split(/\s+/);
  const within = (short: ArticleEntity, long: ArticleEntity): boolean => {
    const [part, whole] = [words(short.name), words(long.name)];
    if (part.length < 2 || whole.length <= part.length) return false;
    // ("the European Union" is no short name of "the Council of the European Union", nor "the United Nations" of
    // "the United Nations Security Council": a name may go on after "of", and begin with its organisation's.)
    if (short.kind === 'Organization') {
      const opens = long.name.startsWith(`${short.name} `) && /^ (of|for) /.test(long.name.slice(short.name.length));
      const ends = long.name.endsWith(` ${short.name}`) && !/\b(of|for)( the)? $/.test(long.name.slice(0, -short.name.length));
      return opens || ends;
    }
    const head = part.find((word) => TREATY_HEADS.has(word));
    return Boolean(head) && whole.includes(head!) && part.every((word) => whole.includes(word));
  };
  for (const short of [...entities.values()]) {
    if (short.kind !== 'Organization' && short.kind !== 'Treaty') continue;
    const longer = [...entities.values()].filter((long) => long !== short && long.kind === short.kind && within(short, long));
    if (longer.length === 1) mergeInto(entities, entityOf, short, longer[0]);
  }
}

/**
 * "the Convention" after "the Tarsk Convention on Fisheries": a treaty named by its head word alone, capitalised as
 * news writes a text it has named in full, is the one treaty of the article whose name holds that head (never when two do).
 */
function mergeBareTreatyHeads(entities: Map<string, ArticleEntity>, entityOf: Map<Mention, string>): void {
  for (const bare of [...entities.values()]) {
    if (bare.kind !== 'Treaty' || !BARE_CAPITALISED_HEADS.test(bare.name.toLowerCase())) continue;
    // (Capitalised in the text, not only in the name we give it: "signed an agreement" may be any text.)
    if (!bare.mentions.some((mention) => /^\p{Lu}/u.test(mention.text.replace(/^(the|The)\s+/, '')))) continue;
    const head = bare.name.toLowerCase();
    const holding = [...entities.values()].filter((other) => other !== bare && other.kind === 'Treaty' && other.name.toLowerCase().split(/\s+/).length > 1 && other.name.toLowerCase().split(/\s+/).includes(head));
    if (holding.length === 1) mergeInto(entities, entityOf, bare, holding[0]);
  }
}

/**
 * "Lokke Rasmussen" after "Lars Løkke Rasmussen" (the last words), "Tariq bin Saeed" after "Sheikh Tariq bin Saeed Al
 * Marri" (the first): a person named later by two or more words at one end of one full name (never when two full names
 * end or open so).
 */
function mergePersonParts(entities: Map<string, ArticleEntity>, entityOf: Map<Mention, string>, end: 'first' | 'last'): void {
  const persons = [...entities.values()].filter((entity) => entity.kind === 'Person');
  for (const short of persons) {
    const part = foldedParts(short.name);
    if (part.length < 2 || !entities.has(short.key)) continue;
    const partText = part.join(' ');
    const holdsPart = (long: ArticleEntity) => {
      const parts = foldedParts(long.name);
      return parts.length > part.length && (end === 'first' ? parts.slice(0, part.length) : parts.slice(-part.length)).join(' ') === partText;
    };
    const longer = persons.filter((long) => long !== short && entities.has(long.key) && holdsPart(long));
    if (longer.length === 1) mergeInto(entities, entityOf, short, longer[0]);
  }
}

/** "Sukhumi" after "Sokhumi": two spellings of one place in an article are one place, named as first written. */
function mergePlaceSpellings(entities: Map<string, ArticleEntity>, entityOf: Map<Mention, string>): void {
  const places = [...entities.values()].filter((entity) => entity.kind === 'Place');
  for (const [index, place] of places.entries()) {
    const first = places.slice(0, index).find((other) => entities.has(other.key) && isSamePlaceSpelling(other.name, place.name));
    if (first && entities.has(place.key)) mergeInto(entities, entityOf, place, first);
  }
}

/**
 * Short names of a state's bodies named in full in the article: "the Majlis" after "the People's Majlis" (a legislature's
 * own word), "Uganda's defence forces" after "the Uganda People's Defence Forces" (a body described in lower case by
 * words of the one named body of its state).
 */
function mergeShortBodyNames(entities: Map<string, ArticleEntity>, entityOf: Map<Mention, string>): void {
  const bodies = () => [...entities.values()].filter((entity) => entity.kind === 'Government' && entity.key.startsWith('body:'));
  const wordsOf = (name: string) => lookupKey(name).replace(/['’]s\b/g, '').split(/\s+/);
  // ("the defence forces": every mention ends in a lower-case word.)
  const describedOnly = (body: ArticleEntity) => body.mentions.every((mention) => /^\p{Ll}/u.test(mention.text.split(/\s+/).at(-1) ?? ''));
  for (const short of bodies()) {
    const words = wordsOf(short.name);
    const legislature = words.length === 1 && LEGISLATURE_NAMES.has(words[0]);
    const described = short.state !== undefined && describedOnly(short);
    if (!legislature && !described) continue;
    const stateWords = new Set(short.state ? wordsOf(countryByCode(short.state)?.name ?? '') : []);
    const own = words.filter((word) => !stateWords.has(word));
    const longer = bodies().filter((long) => {
      if (long === short || describedOnly(long)) return false;
      const longWords = wordsOf(long.name);
      if (legislature) return longWords.at(-1) === words[0] && longWords.length > 1;
      return long.state === short.state && own.length > 0 && own.every((word) => longWords.includes(word)) && longWords.at(-1) === own.at(-1);
    });
    if (longer.length === 1) mergeInto(entities, entityOf, short, longer[0]);
  }
  // "The Inatsisartut approved …" beside "Greenland's parliament": a legislature's own name, no state given, is the one
  // parliament of the article described in lower case and named no other way.
  const unnamed = bodies().filter((body) => body.state && /\b(parliament|legislature)$/.test(body.name) && [...body.aliases].every((alias) => /^\p{Ll}|['’]s \p{Ll}|\b\p{Lu}\p{Ll}+ (parliament|legislature)$/u.test(alias)));
  const ownNames = bodies().filter((body) => !body.state && wordsOf(body.name).some((word) => LEGISLATURE_NAMES.has(word)));
  if (unnamed.length === 1 && ownNames.length === 1) mergeInto(entities, entityOf, ownNames[0], unnamed[0]);
}

/** A state written only in short forms (a demonym, the last word of a long name) joins the named state they fit. */
function mergeShortStateNames(entities: Map<string, ArticleEntity>, entityOf: Map<Mention, string>): void {
  const states = [...entities.values()].filter((entity) => entity.key.startsWith('state:'));
  if (states.length < 2) return;
  for (const state of states) {
    // ("Congolese officials": the state is named by its adjective; the lower-case words after it say who.)
    const written = new Set(state.mentions.map((mention) => mention.text.replace(/['’]s?$/, '').replace(/(\s+\p{Ll}+)+$/u, '')));
    // "Congolese President X" and "Congo" after "the Democratic Republic of Congo": a demonym two states share, and
    // the last word of the named one's long name, are the named one's.
    const isLongFormOf = (name: string, text: string) => {
      const words = name.split(/\s+/);
      return words.length > 1 && words.at(-1) === text && words.slice(0, -1).every((part) => STATE_FORM_WORDS.has(part.toLowerCase()));
    };
    // ("Congo" in a story filed from Kinshasa, or about the "DRC": a short name that two states' long names end in, and
    // that is not the common name of the state the list gave it to, is the one the article names otherwise — "China"
    // stays China beside Taiwan's "Republic of China".)
    const sharedShortName = (other: ArticleEntity, text: string) => state.name !== text && Boolean(other.state) && namesOfState(other.state!).some((name) => isLongFormOf(name, text));
    // ("China" beside Taiwan's "Republic of China": a state's own common name is that state, whatever long name ends in it.)
    const isShortFormOf = (other: ArticleEntity, text: string) =>
      (countryByDemonym(text) && other.state && countryByCode(other.state)?.demonym === text) ||
      (!text.includes(' ') && state.name !== text && (other.mentions.some((mention) => isLongFormOf(mention.text, text)) || sharedShortName(other, text)));
    const named = states.find((other) => other !== state && entities.has(other.key) && other.mentions.some((mention) => !countryByDemonym(mention.text)) && [...written].every((text) => isShortFormOf(other, text)));
    if (named) mergeInto(entities, entityOf, state, named);
  }
}

/** "the Islamic Republic" in an article that names Iran: the opening of one named state's formal name is that state. */
function mergeFormalStateNames(entities: Map<string, ArticleEntity>, entityOf: Map<Mention, string>): void {
  const states = [...entities.values()].filter((entity) => entity.key.startsWith('state:') && entity.state);
  for (const entity of [...entities.values()]) {
    if (entity.key.startsWith('state:') || entity.kind === 'Person' || !entities.has(entity.key)) continue;
    const written = new Set(entity.mentions.map((mention) => mention.text.replace(/['’]s?$/, '')));
    if (written.size !== 1) continue;
    const codes = statesByFormalHead([...written][0]!);
    const named = states.filter((state) => codes.includes(state.state!));
    if (named.length === 1) mergeInto(entities, entityOf, entity, named[0]!);
  }
}

/** The two states named most often, when a third is named clearly less. */
function mainPair(entities: Map<string, ArticleEntity>): [string, string] | undefined {
  // (A region governing itself within a state is no side of the story's pair: "both governments" are states.)
  const states = [...entities.values()].filter((entity) => entity.key.startsWith('state:') && !isRegionalGovernment(entity.state)).sort((a, b) => b.mentions.length - a.mentions.length);
  if (states.length < 2) return undefined;
  if (states[2] && states[2].mentions.length * 2 > states[1].mentions.length) return undefined;
  return [states[0].key, states[1].key];
}

/** Prepositions of where things go ("to Dubai", "via Durban"); "of" and the others also name actors ("the government of Erbil"). */
const CITY_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'via', 'toward', 'towards']);

/** A large city's name after a preposition of place (or in a list one opens), beside no state, naming no treaty of the article. */
function isCityPlace({ tokens, mentions }: SentenceMentions, mention: Mention, entities: Map<string, ArticleEntity>): boolean {
  const opener = /^(and|or|,)$/.test(tokens[mention.start - 1]?.lower ?? '') ? listOpener(tokens, mention.start) : tokens[mention.start - 1];
  // (Not "according to Gaza's health ministry": a source, and a possessive owner, are no places.)
  if (!opener || !CITY_PREPOSITIONS.has(opener.lower) || mention.possessive || tokens[tokens.indexOf(opener) - 1]?.lower === 'according') return false;
  const besideState = mentions.some((other) => other.key.startsWith('state:') && ((other.end === mention.start - 1 && /^(and|or)$/.test(tokens[other.end]?.lower ?? '')) || (other.start === mention.end + 1 && /^(and|or)$/.test(tokens[mention.end]?.lower ?? ''))));
  const namesTreaty = [...entities.values()].some((entity) => entity.kind === 'Treaty' && entity.name.split(/\s+/).includes(mention.name));
  return !besideState && !namesTreaty;
}

function createEntity(entities: Map<string, ArticleEntity>, key: string, kind: EntityKind, mention: Mention): ArticleEntity {
  const entity: ArticleEntity = { key, kind, name: mention.name, aliases: new Set(), sentences: new Set(), state: mention.state, mentions: [] };
  entities.set(key, entity);
  return entity;
}

function addMention(entity: ArticleEntity, mention: Mention): void {
  entity.mentions.push(mention);
  entity.sentences.add(mention.sentence);
  if (mention.form === 'pronoun') return;
  entity.aliases.add(mention.text.replace(/^the /, (prefix) => (mention.form === 'description' ? prefix : '')));
  if (mention.form === 'name' && mention.kind === entity.kind) {
    // ("Congo" read as DR Congo: the name the list gave the short form is the other state's, no alias of this one.)
    const otherState = entity.key.startsWith('state:') && mention.state !== undefined && entity.state !== undefined && mention.state !== entity.state;
    if (mention.name !== mention.text && !otherState) entity.aliases.add(mention.name);
    // The fullest name wins, but a state keeps its gazetteer name.
    if (!entity.key.startsWith('state:') && mention.name.length > entity.name.length) entity.name = mention.name;
  }
  if (!entity.state && mention.state && mention.kind === entity.kind) entity.state = mention.state;
}

function sentenceMentionEndingAt(mentions: Mention[], end: number): Mention | undefined {
  return mentions.find((mention) => mention.end === end);
}

function compareMentions(a: Mention, b: Mention): number {
  return a.sentence - b.sentence || a.start - b.start;
}

/**
 * Moves an entity found after resolution into another (a described treaty into the named one, "the central bank" into
 * the bank): its mentions, sentences and, unless `aliases` is false, its names.
 */
export function moveEntity(resolved: ArticleEntities, from: ArticleEntity, into: ArticleEntity, aliases = true): void {
  for (const mention of from.mentions) {
    into.mentions.push(mention);
    resolved.entityOf.set(mention, into.key);
  }
  if (aliases) for (const alias of from.aliases) into.aliases.add(alias);
  for (const sentence of from.sentences) into.sentences.add(sentence);
  resolved.entities.delete(from.key);
}

function mergeInto(entities: Map<string, ArticleEntity>, entityOf: Map<Mention, string>, from: ArticleEntity, into: ArticleEntity): void {
  for (const mention of from.mentions) {
    addMention(into, mention);
    entityOf.set(mention, into.key);
  }
  entities.delete(from.key);
}

/**
 * "a partner in Vrankovic's coalition" after "Prime Minister Tomas Vranković": a one-word place no gazetteer knows that
 * is the surname of one person named in full (accents dropped or not) is that person, whom a preposition made a place.
 */
function mergePlacedSurnames(entities: Map<string, ArticleEntity>, entityOf: Map<Mention, string>): void {
  const persons = [...entities.values()].filter((entity) => entity.kind === 'Person' && foldedParts(entity.name).length > 1);
  for (const entity of [...entities.values()]) {
    if (entity.kind !== 'Place' || /[\s-]/.test(entity.name) || countryByName(entity.name) || countryByCapital(entity.name)) continue;
    const owners = persons.filter((person) => foldedParts(person.name).at(-1) === folded(entity.name));
    if (owners.length === 1) mergeInto(entities, entityOf, entity, owners[0]);
  }
}

/** A single name matches the person whose name contains it, the most recently added first ("Koo", "Mr Kim", "Putin"). */
function matchPerson(persons: ArticleEntity[], word: string): ArticleEntity | undefined {
  const wanted = folded(word).replace(/^(mr|mrs|ms|dr)\.? /, '').split(/[\s-]+/);
  // "Koo" in "Koo Byongsam"; "al-Hadadi" as the tail of "Yousef al-Hadadi". A surname two people share
  // ("Daniel Whitcombe … his sister, Emily Whitcombe") is the one the story introduced first, as news writes it.
  // Accents may be dropped the second time ("Karaoglu" for "Selim Karaoğlu").
  if (wanted.length === 1) return persons.find((person) => foldedParts(person.name).includes(wanted[0]));
  for (let i = persons.length - 1; i >= 0; i--) {
    const parts = foldedParts(persons[i].name);
    if (wanted.length > 1 && parts.slice(-wanted.length).join(' ') === wanted.join(' ')) return persons[i];
    if (parts.join('') === wanted.join('')) return persons[i];
  }
  return undefined;
}

/** Lower case without accents: "Karaoğlu" → "karaoglu". */
function folded(name: string): string {
  return dropAccents(name).toLowerCase();
}

/** The words of a name folded, split at spaces and hyphens; cached, as each bare name is matched against every person. */
const foldedParts = cachedByText((name: string): readonly string[] => folded(name).split(/[\s-]+/));

/** True when a verb of saying follows a subject ending at `end`, past a bracketed acronym and a word or two of time. */
function speaksNext(tokens: Token[], end: number): boolean {
  let at = end;
  if (tokens[at]?.text === '(' && tokens[at + 2]?.text === ')') at += 3;
  while (at < end + 6 && /^(also|had|has|have|earlier|later|early|late|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(tokens[at]?.lower ?? '')) at++;
  return SPEECH_VERBS.has(tokens[at]?.lower ?? '');
}

/** Besides the heads of bodies: words of a name that "the bloc" does not point back to (a bank, a fund, an office). */
const NOT_BLOCS: ReadonlySet<string> = new Set(['bloc', 'bank', 'fund', 'office']);

/** What may follow an object "it"; after a subject "it" comes a verb ("said it would", "said it had"). */
const AFTER_OBJECT = /^([.,;:)]|as|on|in|at|to|for|with|by|and|but|of|over|after|before|last|this|when|while|because|since)$/;

/**
 * The entity of the name that is the subject of the verb right before an object "it" ("Brazil welcomed it",
 * "Bolivia has criticised it"); none after a verb of saying, whose "it" opens a clause of its own ("said it would …").
 */
function subjectOfVerbBefore(sentence: SentenceMentions, mention: Mention, entityOf: Map<Mention, string>): string | undefined {
  const { tokens, mentions } = sentence;
  if (mention.possessive || mention.text.toLowerCase() !== 'it' || !AFTER_OBJECT.test(tokens[mention.end]?.lower ?? '.')) return undefined;
  const verb = tokens[mention.start - 1];
  if (!verb || verb.capitalized || verb.punct || SPEECH_VERBS.has(verb.lower) || PREPOSITIONS.has(verb.lower) || /^(that|and|or|but|to)$/.test(verb.lower)) return undefined;
  const subject = mentions.findLast((other) => other.end < mention.start && !other.possessive && verbAfterSubject(tokens, other.end) === mention.start - 1);
  return subject ? entityOf.get(subject) : undefined;
}

/**
 * A person named where a subject stands: at the start of the sentence or clause, after "and", past any title
 * ("Foreign Minister Ana Silva met …") — not after a verb or a preposition ("met Ambassador Dai Bing").
 */
function isSubjectPosition(tokens: Token[], mention: Mention): boolean {
  // "Keita's response showed …": the possessor is not the subject.
  if (mention.possessive) return false;
  // ("X, whose husband, Y, is among the detained, said …": Y is the subject of the relative clause only.)
  if (tokens[mention.start - 1]?.text === ',' && tokens.slice(Math.max(0, mention.start - 4), mention.start - 1).some((token) => token.lower === 'whose')) return false;
  if (isSaidBy(tokens, mention.end)) return true;
  let at = mention.start - 1;
  // Back over the name's title too: "Kremlin spokesman Dmitry Orlovsky confirmed …" has him as its subject.
  // … and over a word in lower case that qualifies the title ("In Malta, opposition leader Carl Vella said").
  // Only a word that opens its phrase: in "urged President X", "urged" is a verb, not a qualifier.
  // ("Gabon's government spokesman X condemned …": or after a state's possessive, which the loop then passes too.)
  const qualifiesTitle = (k: number) => k + 1 < mention.start && Boolean(titleRelation(tokens[k + 1].lower)) && !PREPOSITIONS.has(tokens[k].lower) &&
    (k === 0 || tokens[k - 1].punct || /^(the|a|an)$/.test(tokens[k - 1].lower) || (tokens[k - 1].possessive && tokens[k - 1].capitalized));
  // ("Secretary of State X", "the Council of Europe's Secretary General X": an "of" inside a capitalised title or name.)
  while (at >= 0 && !tokens[at].punct && (tokens[at].capitalized || tokens[at].possessive || titleRelation(tokens[at].lower) || qualifiesTitle(at) || isOfInsideCapitals(tokens, at))) at--;
  const before = tokens[at];
  if (!before) return true;
  if (before.punct) return before.text !== ',' || !/^(who|whom|which)$/.test(tokens[at + 1]?.lower ?? '');
  // "Leaders of the G7 warned …", "The foreign ministers of the bloc agreed …": the body whose people open the
  // sentence is its subject.
  const of = before.lower === 'the' ? at - 1 : at;
  if (tokens[of]?.lower === 'of' && BODY_PEOPLE.has(tokens[of - 1]?.lower ?? '') && of - 1 <= 3 && tokens.slice(0, of - 1).every((token) => !token.punct && (token.lower === 'the' || !token.capitalized || token === tokens[0]))) return true;
  // "the sister of the North Korean leader": "the" after a preposition opens an object, not a subject.
  if (before.lower === 'the' && PREPOSITIONS.has(tokens[at - 1]?.lower ?? '')) return false;
  return /^(and|the|but|then|also|when|while|as|after|before|said|says|according|to)$/.test(before.lower) && !(before.lower === 'to' && tokens[at - 1]?.lower !== 'according');
}

/** The people of a body, who act in its name ("leaders of the G7", "ministers of the bloc"). */
const BODY_PEOPLE = new Set(['leaders', 'members', 'ministers', 'officials', 'representatives', 'delegates', 'envoys', 'heads']);

/** "Ines Marwood said", "Ines Marwood, who sits on the committee, said": a verb of saying after the name, past one aside. */
function isSaidBy(tokens: Token[], end: number): boolean {
  let at = end;
  if (tokens[at]?.text === ',') {
    const close = tokens.findIndex((token, i) => i > end && i <= end + 16 && token.text === ',');
    if (close < 0) return false;
    at = close + 1;
  }
  return Boolean(tokens[at] && !tokens[at].capitalized && SPEECH_VERBS.has(tokens[at].lower));
}

/** The person whose name another spelling is closest to ("Suh" → Seo Jae-won; "Idriss Ouahab" → Idris Wahab). */
function closestSpelling(persons: ArticleEntity[], spelling: string): ArticleEntity | undefined {
  const parts = (name: string) => name.toLowerCase().replace(/^(mr|mrs|ms|dr)\.? /, '').split(/[\s-]+/).filter(Boolean);
  const wanted = parts(spelling);
  let best: { person: ArticleEntity; score: number } | undefined;
  for (const person of persons) {
    const score = Math.max(...wanted.flatMap((part) => parts(person.name).map((other) => (part[0] === other[0] ? jaroWinkler(part, other) : 0))));
    if (score >= 0.55 && (!best || score > best.score)) best = { person, score };
  }
  return best?.person;
}

/** Nouns for one person that news leaves unnamed ("the captain said", "a witness told"). */
const UNNAMED_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'captain', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'diplomat', 'officer', 'source', 'witness',
  'resident', 'analyst', 'commander', 'lawmaker', 'aide', 'adviser', 'advisor', 'negotiator', 'man', 'woman',
  'ambassador', 'envoy', 'soldier', 'farmer', 'doctor', 'journalist', 'reporter', 'fisherman', 'survivor', 'pilot',
]);

/** Where an unnamed person ("the research ship's captain") stands as the subject of a verb of saying. */
function unnamedSpeakerAt(tokens: Token[]): number | undefined {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!UNNAMED_PERSON_NOUNS.has(tokens[i].lower) || tokens[i].capitalized) continue;
    const verb = tokens[i + 1].lower === 'also' ? tokens[i + 2] : tokens[i + 1];
    if (!verb || !SPEECH_VERBS.has(verb.lower)) continue;
    // "the captain" or "a senior official", not a title before a name ("spokesman Koo said" has the name between).
    const opening = tokens.slice(Math.max(0, i - 4), i).map((token) => token.lower);
    if (opening.some((word) => word === 'the' || word === 'a' || word === 'an')) return i;
  }
  return undefined;
}

/** Common nouns that open sentences before officers' titles ("Government spokesman X", "Police officials said"). */
const COMMON_INSTITUTIONS: ReadonlySet<string> = new Set(['government', 'police', 'army', 'military', 'opposition', 'ministry', 'party', 'state', 'rebel', 'rebels', 'militia', 'cabinet', 'presidential', 'palace', 'embassy', 'city', 'company', 'union', 'court', 'senior', 'security']);

/** Nouns for an organisation's people, after its name ("Hamas official", "Hezbollah fighters"). */
const MEMBER_NOUNS: ReadonlySet<string> = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'leaders', 'commander', 'commanders',
  'fighters', 'militants', 'gunmen', 'negotiator', 'negotiators', 'delegation', 'members', 'member', 'executives',
]);

const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'group', 'organisation', 'organization', 'company', 'firm', 'charity', 'association', 'movement', 'watchdog',
  'coalition', 'alliance', 'network', 'newspaper', 'broadcaster', 'outlet', 'institute', 'foundation', 'tank',
  'carrier', 'airline', 'insurer', 'lender', 'bank', 'fund', 'union', 'party', 'nonprofit', 'ngo',
  // Groupings of states: "the Quad, the grouping they form with …", "the bloc".
  'grouping', 'bloc', 'consortium', 'cartel', 'pollster', 'chipmaker', 'carmaker', 'automaker', 'operator', 'maker',
  // Companies named as such: "state nuclear corporation Rosatom", "the conglomerate Tarvos".
  'corporation', 'conglomerate',
]);

/** Lower-case officers after a single name that only a company has ("Santos chief executive X", "Rosneft boss X"). */
const COMPANY_OFFICERS: ReadonlySet<string> = new Set(['ceo', 'chairman', 'chairwoman', 'boss', 'shareholders']);

/** What a company does in a relative clause after its name ("Glencore, which owns the mine, …"), never a town. */
const COMPANY_VERBS: ReadonlySet<string> = new Set(['owns', 'operates', 'manufactures', 'refines']);

/** A lower-case word for an organisation's officer or member after its noun ("party leader", "company spokeswoman"). */
function isOfficerNoun(token: Token | undefined): boolean {
  return Boolean(token && !token.punct && !token.capitalized && (MEMBER_NOUNS.has(token.lower) || titleRelation(token.lower)));
}

function isIntroducedAsOrganisation(tokens: Token[], mention: Mention): boolean {
  // "Boko Haram killed at least nine people": a name alone that kills many or claims an attack is an armed group's.
  if (actsAsArmedGroup(tokens, mention)) return true;
  const before = tokens[mention.start - 1];
  if (before && !before.capitalized && ORGANISATION_NOUNS.has(before.lower)) return true;
  if (followsOrganisationNoun(tokens, mention.start, ORGANISATION_NOUNS)) return true;
  // "Hamas official Basem Naim", "Hezbollah fighters": a name before its officers or members is their organisation's.
  const after = tokens[mention.end];
  // ("the Croat member", "Gibraltarian officials": a people's word before them names no organisation.)
  // ("Sunni leaders", "Druze officials": nor does a faith's adjective.)
  if (after && !after.capitalized && MEMBER_NOUNS.has(after.lower) && !mention.possessive && !COMMON_INSTITUTIONS.has(mention.name.toLowerCase()) && !isPeopleWord(mention.name) && !FAITH_ADJECTIVES.has(mention.name.toLowerCase())) return true;
  // ("Santos chief executive Kevin Gallagher", "Glencore, which owns the mine,": a company's officer, a company's deeds.)
  const officer = after && !after.capitalized && !mention.possessive && (COMPANY_OFFICERS.has(after.lower) || (after.lower === 'chief' && tokens[mention.end + 1]?.lower === 'executive'));
  if (officer || (after?.text === ',' && tokens[mention.end + 1]?.lower === 'which' && COMPANY_VERBS.has(tokens[mention.end + 2]?.lower ?? ''))) return true;
  // ("Yiaga Africa, another monitoring group,": one more of the kind named before is introduced as well.)
  if (tokens[mention.end]?.text !== ',' || !['a', 'an', 'the', 'another'].includes(tokens[mention.end + 1]?.lower ?? '')) return false;
  for (let i = mention.end + 2; i < Math.min(tokens.length, mention.end + 7); i++) {
    // "X, the group's negotiating team": a group that owns something is no apposition of X.
    // ("Maria Kovac, the party leader,": nor is one whose noun names the organisation's officer after it.)
    if (ORGANISATION_NOUNS.has(tokens[i].lower)) return !(tokens[i + 1]?.lower === 'of') && !tokens[i].possessive && !isOfficerNoun(tokens[i + 1]);
    // ("Ana Ruiz, a researcher at the Sadeq Institute": what follows a preposition is somewhere she works.)
    if (/^[,.;:]$/.test(tokens[i].text) || /^(at|of|for|with|from|in)$/.test(tokens[i].lower)) return false;
  }
  return false;
}

/** A name opening its sentence right after one that spoke of organisations in the plural ("Rights groups …"). */
function opensSentenceAfterPlurals(sentences: SentenceMentions[], mention: Mention): boolean {
  if (mention.start !== 0 || mention.sentence === 0) return false;
  return (sentences[mention.sentence - 1]?.tokens ?? []).some((token) => !token.capitalized && ORGANISATION_PLURALS.has(token.lower));
}

/** Adverbs set off between a speaker and the speech verb ("Hamas, meanwhile, said …"). */
const SET_OFF_ADVERBS = new Set(['meanwhile', 'however', 'separately']);

/** Where the speech verb that follows a name at `index` stands, if one does. */
function speechAfter(tokens: Token[], index: number): number | undefined {
  const from = tokens[index]?.text === ',' && SET_OFF_ADVERBS.has(tokens[index + 1]?.lower ?? '') && tokens[index + 2]?.text === ',' ? index + 3 : index;
  for (let i = from; i < Math.min(tokens.length, from + 3); i++) {
    // "Member states of the IMO voted": a plural noun, not a verb, unless what was stated follows — and "30 African
    // states that oppose the ban" is a noun too, its "that" opening a relative clause (a verb right after it).
    if (tokens[i].lower === 'states' && (!/^(that|:|,)$/.test(tokens[i + 1]?.lower ?? '') || opensRelativeClause(tokens, i + 1))) return undefined;
    if (SPEECH_VERBS.has(tokens[i].lower)) return i;
    if (!['also', 'has', 'had', 'then', 'later', 'further'].includes(tokens[i].lower)) return undefined;
  }
  return undefined;
}

/** Words that open what was stated after "that" ("states that the plan is dead", "that it will"), not a relative clause's verb. */
const CLAUSE_OPENERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'its', 'their', 'his', 'her', 'our', 'there', 'no', 'all', 'any', 'some', 'every', 'both', 'neither', 'such', 'one', 'if', 'while', 'since']);

/** "that oppose …", "that border Russia": a lowercase word right after "that" that opens no clause of its own. */
function opensRelativeClause(tokens: Token[], that: number): boolean {
  const next = tokens[that + 1];
  return tokens[that]?.lower === 'that' && Boolean(next) && /^[a-z]+$/.test(next.text) && !CLAUSE_OPENERS.has(next.lower);
}

/** "the Swiss city", "Polish and Dutch officials": a state the article names only by its adjective (not "Djibouti",
 * whose name is its adjective too). */
export function isNamedOnlyByAdjective(entity: ArticleEntity | undefined): boolean {
  return Boolean(entity?.key.startsWith('state:') && entity.mentions.length && entity.mentions.every((mention) => !mention.possessive && Boolean(countryByDemonym(mention.text)) && !countryByName(mention.text)));
}
