// Whose an office is when the sentence does not say: the state of "Prime Minister X" (named in the sentence, the
// capital it is set in, what the holder said, the ministry of the portfolio named just before, else the state the
// story was filed from or is about), apart from a counterpart's, and the body a lone spokesperson speaks for.
import type { SentenceMentions, Mention } from './mentions.ts';
import type { ArticleEntities } from './entities.ts';
import type { Token } from './tokens.ts';
import { countryByCapital, countryByDemonym, countryByName } from './gazetteer.ts';
import { CLOSE_QUOTE, OPEN_QUOTE } from './quoteMarks.ts';
import { OUTLET_NAME } from './lexicon/newsOrganizations.ts';
import { DENYING_VERBS, SPEECH_VERBS } from './lexicon/reportingVerbs.ts';
import { titleRelation } from './lexicon/titles.ts';

/**
 * The state an office with no state named belongs to ("Prime Minister X", "the country's president"): one named
 * earlier in the sentence, else the state of the dateline or the article's first-named state, the one the story is
 * about.
 */
export function recentState(sentences: SentenceMentions[], resolved: ArticleEntities, sentence: number, before: number, holder?: string, title?: string): { key: string; presumed: boolean; nearby?: boolean } | undefined {
  const stateOf = (mention: Mention) => {
    const key = resolved.entityOf.get(mention);
    return key?.startsWith('state:') && !mention.inQuote ? key : undefined;
  };
  // The same sentence first: a state named in the sentence before is as often the other side ("Qaderia protested.
  // Foreign Minister Calder said …" — Calder is Lusania's).
  const earlier = sentences[sentence].mentions.filter((mention) => mention.end <= before && stateOf(mention));
  // ("Panama's minister and the U.S. ambassador signed it before President X", filed from Panama City: of two or more
  // states named before, the one the story was filed from.)
  // (Not past a state that opens the title itself: "Tajik first deputy prime minister X".)
  const last = earlier.at(-1);
  const opensTitle = last && sentences[sentence].tokens.slice(last.end, before).every((token) => !token.punct && token.lower !== 'and');
  // (Not when the home state opens the sentence as its actor: "The United States froze the assets of Venezuelan judges,
  // accusing them of helping President X" — X is of the state acted on.)
  const homeActs = earlier[0] !== undefined && stateOf(earlier[0]) === resolved.homeState && opensAsActor(sentences[sentence].tokens, earlier[0]);
  const filedFrom = !opensTitle && !homeActs && earlier.some((mention) => stateOf(mention) === resolved.homeState) && new Set(earlier.map(stateOf)).size > 1 ? resolved.homeState : undefined;
  // (`nearby`: read from the sentence, not from the title — "X and China signed it during a visit by President Y".)
  const nearby = last ? sentences[sentence].tokens.slice(last.end, before).some((token) => token.punct || NEARBY_LINKS.test(token.text)) : false;
  if (last) return { key: filedFrom ?? stateOf(last)!, presumed: false, nearby };
  // "In Rabat, Foreign Minister X said …", "MPs in Oslo voted …, after Prime Minister X": the capital where the
  // sentence is set is the office's state.
  const setIn = capitalBefore(sentences[sentence], before);
  if (setIn && resolved.entities.has(setIn)) return { key: setIn, presumed: false };
  const { tokens, mentions } = sentences[sentence];
  // "MPs in Port Moresby voted …, after Prime Minister X told the house": a capital named before, as a place, is so too.
  const capital = mentions.filter((mention) => mention.end <= before && !mention.inQuote && resolved.entities.get(resolved.entityOf.get(mention) ?? '')?.kind === 'Place').map((mention) => countryByCapital(mention.text)).filter(Boolean).at(-1);
  if (capital && resolved.entities.has(`state:${capital.code}`)) return { key: `state:${capital.code}`, presumed: true };
  // "Foreign Minister X said Lisbon was in contact with …": a state that opens what the minister said is, as a rule,
  // the minister's own, reported in the third person (wrong when the minister blames it: "said Peru had lied").
  // … past an aside set off by commas ("Prime Minister X, speaking in Siem Reap on Friday, said Cambodia would …") and
  // past "that" after a phrase of where ("wrote on X that Ankara …"), or a day ("added on Saturday that Dar es Salaam …").
  const open = tokens.findIndex((token, k) => k > before && k <= before + 4 && token.text === ',');
  const aside = open > 0 ? tokens.findIndex((token, k) => k > open && k <= open + ASIDE_REACH && token.text === ',') : -1;
  // "Prime Minister X, speaking at a ceremony in Phnom Penh, did not mention Seoul but said …": the capital the aside
  // sets the speaker in, before any state named after it.
  const asideCapital = aside > 0 ? mentions.find((mention) => mention.start > open && mention.end <= aside && tokens[mention.start - 1]?.lower === 'in' && countryByCapital(mention.text)) : undefined;
  const asideState = asideCapital ? `state:${countryByCapital(asideCapital.text)!.code}` : undefined;
  if (asideState && resolved.entities.has(asideState)) return { key: asideState, presumed: false };
  // "Defence Minister X told parliament in Cape Town …": the capital the holder speaks in, before any comma.
  const speaksIn = spokenInCapital(sentences[sentence], before);
  if (speaksIn && resolved.entities.has(speaksIn)) return { key: speaksIn, presumed: false };
  const from = aside > 0 ? aside + 1 : before;
  const said = tokens.findIndex((token, k) => k >= from && k <= from + 6 && SPEECH_VERBS.has(token.lower));
  const that = said >= 0 ? tokens.findIndex((token, k) => k > said && k <= said + 4 && token.lower === 'that') : -1;
  const clauseStart = that > 0 && !tokens.slice(said + 1, that).some((token) => token.punct) ? that + 1 : said + 1;
  const afterDay = (mention: Mention) => mention.start > said && mention.start <= said + 4 && tokens.slice(said + 1, mention.start).every((token) => /^(that|on|last|this|late|early)$/.test(token.lower) || DAY_WORDS.test(token.text));
  const opening = said >= 0 ? mentions.find((mention) => (mention.start === clauseStart || afterDay(mention)) && stateOf(mention) && !mention.possessive) : undefined;
  if (opening) return { key: stateOf(opening)!, presumed: true };
  // "Peru's Ministry of Foreign Affairs said … Foreign Minister X called …": the ministry of the minister's portfolio.
  const ministry = title ? portfolioMinistryState(sentences, resolved, sentence, before, title) : undefined;
  if (ministry) return { key: ministry, presumed: true };
  // "Eritrea denied any attack. Information Minister X wrote …": a state whose answer the sentence before tells goes on
  // to answer through its office-holder.
  const answering = answeringState(sentences[sentence - 1], resolved);
  if (answering && opensNarration(tokens, before)) return { key: answering, presumed: true };
  // "In Canberra, Defence Minister X welcomed the vote. Prime Minister Y wrote …": a bare office that opens the sentence
  // after one set in a capital carries on the scene there.
  // ("In neighbouring Gabon, the UN mission said … President X has …": so does one opened in a state.)
  const scene = sentences[sentence - 1] && sentences[sentence - 1].tokens[0]?.lower === 'in' ? capitalBefore(sentences[sentence - 1], 3) ?? stateOpeningScene(sentences[sentence - 1], resolved) : undefined;
  if (scene && resolved.entities.has(scene) && tokens.slice(0, before).every((token) => !token.punct)) return { key: scene, presumed: true };
  // "Interior Minister X rejected the charge. … X said Cyprus would pay …": the state the holder speaks for elsewhere.
  const spokenFor = holder ? stateSpokenFor(sentences, resolved, holder, sentence) : undefined;
  if (spokenFor) return { key: spokenFor, presumed: true };
  // "Prime Minister X said …" with no state in the sentence: presumably the state the story was filed from, else the
  // one it is about.
  const home = resolved.homeState ?? resolved.storyState;
  return home ? { key: home, presumed: true } : undefined;
}

/** How far after a title a capital the holder speaks in may be named ("Minister X told parliament in Cape Town"). */
const SPOKEN_IN_REACH = 10;

/** The state of a capital that a speech verb after the title sets the holder in: "X told lawmakers in Cape Town". */
function spokenInCapital({ tokens, mentions }: SentenceMentions, before: number): string | undefined {
  const verb = tokens.findIndex((token, k) => k > before && k <= before + SPOKEN_IN_REACH && SPEECH_VERBS.has(token.lower));
  if (verb < 0) return undefined;
  const place = mentions.find((mention) => mention.start > verb && mention.start <= verb + 4 && tokens[mention.start - 1]?.lower === 'in' && !tokens.slice(before, mention.start).some((token) => token.punct) && countryByCapital(mention.text));
  return place ? `state:${countryByCapital(place.text)!.code}` : undefined;
}

/** Whether a state opens the sentence as its own actor ("The United States on Monday froze …"), not as someone's. */
function opensAsActor(tokens: Token[], mention: Mention): boolean {
  const next = tokens[mention.end];
  return !mention.possessive && tokens.slice(0, mention.start).every((token) => token.lower === 'the') && Boolean(next) && !next.punct && next.lower !== 'and' && !next.capitalized && !titleRelation(next.lower);
}

/** Words that put a state named before a title in another phrase than the title's ("signed it during a visit by"). */
const NEARBY_LINKS = /^(by|with|of|to|for|from|during|at|in|on|after|before|and|that|who|which)$/;

/**
 * Whether the words before `before` open the sentence's narration: none but words, or only a quote that opens the
 * sentence ('"We have met every obligation," Prime Minister X wrote').
 */
function opensNarration(tokens: Token[], before: number): boolean {
  if (tokens.slice(0, before).every((token) => !token.punct)) return true;
  // (Back over the title in capitals, "Prime Minister", to the quote's closing mark.)
  let title = before;
  while (title > 0 && !tokens[title - 1].punct && tokens[title - 1].capitalized) title--;
  // (The comma inside the quote or after it: '"…," X wrote', '"…", X wrote'.)
  const closed = CLOSE_QUOTE.has(tokens[title - 1]?.text ?? '') ? /^[,?!]$/.test(tokens[title - 2]?.text ?? '') : tokens[title - 1]?.text === ',' && CLOSE_QUOTE.has(tokens[title - 2]?.text ?? '');
  return OPEN_QUOTE.has(tokens[0]?.text ?? '') && closed;
}

/** How many sentences back the ministry of a minister's portfolio may be named. */
const MINISTRY_REACH = 2;

/**
 * A word's opening letters, enough to match "economy" with "economic" and to tell portfolios apart ("interior" is not
 * "international"), British and American spellings made one ("defense", "labour").
 */
const stem = (word: string) => word.replace(/^defense/, 'defence').replace(/^labour/, 'labor').slice(0, 6);

/**
 * "Croatia's Ministry of Foreign and European Affairs said … Foreign Minister X told …": the state of the ministry whose
 * name holds every word of the minister's portfolio, named last in the sentence (before the title) or the two before it.
 */
function portfolioMinistryState(sentences: SentenceMentions[], resolved: ArticleEntities, sentence: number, before: number, title: string): string | undefined {
  const portfolio = /^(?:deputy |vice |first deputy )?([a-z]+(?: [a-z]+)?) minister$/.exec(title)?.[1]?.split(' ').map(stem);
  if (!portfolio) return undefined;
  const isPortfolioMinistry = (mention: Mention) => {
    const entity = resolved.entities.get(resolved.entityOf.get(mention) ?? '');
    if (!entity?.state || entity.kind !== 'Government' || !/\bministry\b/i.test(entity.name)) return false;
    const words = new Set(entity.name.toLowerCase().split(/[\s,]+/).map(stem));
    return portfolio.every((word) => words.has(word));
  };
  for (let s = sentence; s >= Math.max(0, sentence - MINISTRY_REACH); s--) {
    const { mentions } = sentences[s];
    const last = mentions.filter((mention) => (s < sentence || mention.end <= before) && !mention.inQuote && mention.form !== 'pronoun' && isPortfolioMinistry(mention)).at(-1);
    if (!last) continue;
    // (Only a ministry named with its state — "Peru's Ministry of …", "the Peruvian Ministry of …" — not a short form,
    // which may have been read as another state's: "foreign ministry spokesperson X" after "China's foreign ministry".)
    const withState = last.form === 'name' && (Boolean(last.state) || mentions.some((owner) => owner.end === last.start && owner.possessive && resolved.entityOf.get(owner)?.startsWith('state:')));
    const state = `state:${resolved.entities.get(resolved.entityOf.get(last)!)!.state}`;
    return withState && resolved.entities.has(state) ? state : undefined;
  }
  return undefined;
}

/** Words after a state that make what a speaker says of it a plan or a wish, the state's own ("Cyprus would pay"). */
const INTENT_WORDS = /^(would|will|wants|wanted|intends|intended|plans|planned|expects|expected)$/;

/**
 * The state an office-holder speaks for in another sentence: "X said Cyprus would pay …", "he said Cyprus wants …" —
 * a state that opens what the holder said and says what it will do (not "said Lebanon had failed", a state blamed).
 */
function stateSpokenFor(sentences: SentenceMentions[], resolved: ArticleEntities, holder: string, except: number): string | undefined {
  return statesSpokenFor(sentences, resolved).get(holder)?.find((spoken) => spoken.sentence !== except)?.state;
}

/** Per article, each speaker's states spoken for and where: one walk over the article, not one per office-holder. */
const spokenForCache = new WeakMap<SentenceMentions[], Map<string, { sentence: number; state: string }[]>>();

function statesSpokenFor(sentences: SentenceMentions[], resolved: ArticleEntities): Map<string, { sentence: number; state: string }[]> {
  const cached = spokenForCache.get(sentences);
  if (cached) return cached;
  const bySpeaker = new Map<string, { sentence: number; state: string }[]>();
  for (const [index, { tokens, mentions }] of sentences.entries()) {
    for (const speaker of mentions) {
      const holder = resolved.entityOf.get(speaker);
      if (!holder || speaker.inQuote || !SPEECH_VERBS.has(tokens[speaker.end]?.lower ?? '')) continue;
      const start = tokens[speaker.end + 1]?.lower === 'that' ? speaker.end + 2 : speaker.end + 1;
      const state = mentions.find((mention) => mention.start === start && !mention.possessive && !mention.inQuote && resolved.entityOf.get(mention)?.startsWith('state:'));
      if (!state || !INTENT_WORDS.test(tokens[state.end]?.lower ?? '')) continue;
      const spoken = bySpeaker.get(holder) ?? [];
      spoken.push({ sentence: index, state: resolved.entityOf.get(state)! });
      bySpeaker.set(holder, spoken);
    }
  }
  spokenForCache.set(sentences, bySpeaker);
  return bySpeaker;
}

/**
 * Verbs of a state's answer to a move, which its office-holders go on to give reasons for: a denial or a welcome (not a
 * protest, which the other side's office-holder often answers next: "Peru protested. Prime Minister X said the closure …").
 */
const REACTION_VERBS: ReadonlySet<string> = new Set([...DENYING_VERBS, 'welcomed', 'welcomes', 'hailed', 'hails', 'praised', 'praises']);

/**
 * The state a sentence opens with as the subject of an answer ("Eritrea denied any attack.", "France, the former
 * colonial power, which pushed for the listings, welcomed them."), past an apposition set off by commas.
 */
function answeringState(previous: SentenceMentions | undefined, resolved: ArticleEntities): string | undefined {
  if (!previous) return undefined;
  const { tokens, mentions } = previous;
  const subject = mentions.find((mention) => mention.start === (tokens[0]?.lower === 'the' ? 1 : 0) && !mention.possessive && !mention.modifier);
  const key = subject ? resolved.entityOf.get(subject) : undefined;
  if (!subject || !key?.startsWith('state:')) return undefined;
  const verb = tokens[subject.end]?.text === ',' ? tokens.findIndex((token, k) => k > subject.end + 1 && tokens[k - 1].text === ',' && REACTION_VERBS.has(token.lower)) : subject.end;
  // (Not when the apposition names another state: "Chile, which Peru accuses of spying, denied it" is left unread.)
  const otherState = mentions.some((mention) => mention.start > subject.end && mention.end <= verb && resolved.entityOf.get(mention)?.startsWith('state:') && resolved.entityOf.get(mention) !== key);
  return REACTION_VERBS.has(tokens[verb]?.lower ?? '') && !otherState ? key : undefined;
}

/** The state named last before a point of the narration ("the country"), in its sentence or the two before it. */
export function lastStateNamed(sentences: SentenceMentions[], resolved: ArticleEntities, sentence: number, before: number): Mention | undefined {
  for (let s = sentence; s >= Math.max(0, sentence - 2); s--) {
    const named = sentences[s].mentions.filter((mention) => (s < sentence || mention.end <= before) && !mention.inQuote && resolved.entityOf.get(mention)?.startsWith('state:')).at(-1);
    if (named) return named;
  }
  return undefined;
}

/** How many words an aside after a name may have ("speaking at a news conference in Cairo with his Jordanian counterpart X,"). */
const ASIDE_REACH = 16;

/** Days and times that may stand between a verb of saying and what was said ("added on Saturday that"). */
const DAY_WORDS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|evening|afternoon)$/;

/**
 * "In neighbouring Gabon, …": the state a sentence moves the story to, named before the first comma (only after
 * "neighbouring" or "nearby", which say the scene changes state).
 */
function stateOpeningScene(sentence: SentenceMentions, resolved: ArticleEntities): string | undefined {
  const comma = sentence.tokens.findIndex((token, k) => k <= SCENE_REACH && token.text === ',');
  const moved = sentence.tokens.slice(1, comma).some((token) => /^(neighbouring|neighboring|nearby)$/.test(token.lower));
  const state = comma > 1 && moved ? sentence.mentions.find((mention) => mention.end === comma && !mention.possessive) : undefined;
  const key = state ? resolved.entityOf.get(state) : undefined;
  return key?.startsWith('state:') ? key : undefined;
}

/** How far into a sentence the comma after its scene may stand ("In the neighbouring Central African Republic,"). */
const SCENE_REACH = 6;

/** "MPs in Port Moresby voted …, after Prime Minister X told the house": the state of a capital the sentence is set in. */
function capitalBefore(sentence: SentenceMentions, before: number): string | undefined {
  const { tokens, mentions } = sentence;
  const place = mentions.find((mention) => mention.end < before && tokens[mention.start - 1]?.lower === 'in' && countryByCapital(mention.text));
  const country = place ? countryByCapital(place.text) : undefined;
  return country ? `state:${country.code}` : undefined;
}

/**
 * "Foreign Minister X and her Peruvian counterpart, Y": X holds the office of another state than Peru — the other one
 * of the story's two states, or none known.
 */
export function apartFromCounterpart(state: { key: string; presumed: boolean }, tokens: Token[], mentions: Mention[], person: Mention, resolved: ArticleEntities): { key: string; presumed: boolean } | undefined {
  // "President X, right, and Japanese Prime Minister Y": a presumed state that the partner is named with is the
  // partner's, and X's is the other of the story's two.
  let and = person.end;
  if (tokens[and]?.text === ',') and = tokens.findIndex((token, k) => k > person.end + 1 && k <= person.end + 4 && token.text === ',') + 1 || and;
  const partnerState = tokens[and]?.lower === 'and' ? mentions.find((mention) => mention.start === and + 1) : undefined;
  if (state.presumed && partnerState && resolved.entityOf.get(partnerState) === state.key && partnerState.modifier) {
    const other = resolved.bothStates?.includes(state.key) ? resolved.bothStates.find((key) => key !== state.key) : undefined;
    return other ? { key: other, presumed: true } : undefined;
  }
  if (tokens[person.end]?.lower !== 'and' || !/^(his|her)$/.test(tokens[person.end + 1]?.lower ?? '')) return state;
  const other = mentions.find((mention) => mention.start === person.end + 2 && /^counterparts?$/.test(tokens[mention.end]?.lower ?? ''));
  const otherState = other ? resolved.entityOf.get(other) : undefined;
  if (otherState !== state.key) return state;
  const pair = resolved.bothStates;
  const rest = pair?.includes(otherState) ? pair.find((key) => key !== otherState) : undefined;
  return rest ? { key: rest, presumed: true } : undefined;
}

/**
 * "Estonian President X flew to Riga for talks with President Y", "Italian Prime Minister X and President Y presided
 * over …": a state named before a bare title that opens another office-holder's title is that holder's. It is not Y's
 * when Y holds the same office (a state has one), when both are heads, or when Y is the one met ("with", "by"): Y is
 * then of the other of the story's two states, or of none known. (A minister named after a head is of the delegation:
 * "Polish Prime Minister X and Foreign Minister Y".) A partner whose state is presumed, "Prime Minister X raised it with
 * President Y" filed from X's capital, sends the one met to the other state too.
 */
export function apartFromPartner(state: { key: string; presumed: boolean }, title: { title: string; relation: string }, tokens: Token[], mentions: Mention[], person: Mention, resolved: ArticleEntities, officeStateOf: (holder: string) => string | undefined): { key: string; presumed: boolean } | undefined {
  const personKey = resolved.entityOf.get(person);
  // ("Prime Minister X raised the duty with President Y", filed from X's capital: a partner whose state is presumed too —
  // the state given to the partner's office in this sentence; only the one met is then sent apart, see below.)
  const partnerState = (mention: Mention) => (state.presumed ? officeStateOf(resolved.entityOf.get(mention) ?? '') : mention.title?.of && resolved.entityOf.get(mention.title.of));
  const partner = mentions.filter((mention) => mention.end <= person.start && mention.title && partnerState(mention) === state.key && resolved.entityOf.get(mention) !== personKey).at(-1);
  if (!partner?.title) return state;
  // (Not past another state named between the two: "X of Latvia and President Y of Estonia".)
  if (mentions.some((mention) => mention.start >= partner.end && mention.end <= person.start && resolved.entityOf.get(mention)?.startsWith('state:'))) return state;
  let titleStart = person.start;
  while (titleStart > 0 && !tokens[titleStart - 1].punct && tokens[titleStart - 1].capitalized) titleStart--;
  const met = /^(with|by)$/.test(tokens[titleStart - 1]?.lower ?? '');
  const sameOffice = partner.title.title === title.title;
  const bothHeads = partner.title.relation === 'LEADS' && title.relation === 'LEADS';
  // (Of a partner whose state is only presumed, only the one met says the two are apart: "President X and Prime Minister
  // Y" of one state are named together as often as of two.)
  if (state.presumed ? !met : !met && !sameOffice && !bothHeads) return state;
  const other = resolved.bothStates?.includes(state.key) ? resolved.bothStates.find((key) => key !== state.key) : undefined;
  return other ? { key: other, presumed: state.presumed } : undefined;
}

/** How many sentences back a spokesperson's body may be named. */
const BODY_REACH = 2;

/**
 * The body named last in the narration of the sentences before — not in the spokesperson's own sentence, which
 * names what is spoken of ("The North's deployment is “…”, spokesperson X said"); a state or an outlet is no body.
 */
export function recentBody(sentences: SentenceMentions[], resolved: ArticleEntities, sentence: number): string | undefined {
  for (let s = sentence - 1; s >= Math.max(0, sentence - BODY_REACH); s--) {
    const { mentions } = sentences[s];
    for (let i = mentions.length - 1; i >= 0; i--) {
      const mention = mentions[i];
      if (mention.inQuote || mention.modifier || mention.form === 'pronoun') continue;
      const key = resolved.entityOf.get(mention);
      const entity = key ? resolved.entities.get(key) : undefined;
      if (!entity || key!.startsWith('state:') || OUTLET_NAME.test(entity.name)) continue;
      if (entity.kind === 'Government' || entity.kind === 'Organization') return key;
    }
  }
  return undefined;
}

/** Words after which a state's name says what a body deals with, not whose it is ("Office for Ukrainian Affairs"). */
const SUBJECT_PREPOSITIONS = /^(for|on|to|against|with|towards)$/i;

/**
 * The state whose name or adjective a body's name holds past its first words ("the Royal New Zealand Air Force", "the
 * Republic of Sierra Leone Navy"): armed forces and offices are named after their own state. (Not a region named after
 * a state, "the Niger Delta Development Commission".)
 */
export function stateNamedWithin(name: string): string | undefined {
  const words = name.split(/\s+/).map((word) => word.replace(/['’]s?$/, ''));
  for (let start = 0; start < words.length; start++) {
    if (start > 0 && SUBJECT_PREPOSITIONS.test(words[start - 1])) continue;
    for (let length = Math.min(4, words.length - start); length >= 1; length--) {
      if (/^(delta|basin|river|valley|lake|sea|gulf)$/i.test(words[start + length] ?? '')) continue;
      const phrase = words.slice(start, start + length).join(' ');
      const country = countryByName(phrase) ?? countryByDemonym(phrase);
      if (country) return country.code;
    }
  }
  return undefined;
}
