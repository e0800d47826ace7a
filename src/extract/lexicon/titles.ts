// Titles and offices that stand before or after a person's name ("Foreign Minister X", "X, spokesman for Y").
// Hand-collected from wire-service style guides' lists of government and organisational titles; each maps to
// the MODEL.md structure relation it implies. Longest match wins, so multi-word titles come first in use.
import { cachedByText } from '../textCache.ts';
import type { RelationKind } from '../../../graph/model.ts';

export type TitleRelation = Extract<RelationKind, 'LEADS' | 'SPEAKS_FOR' | 'MEMBER_OF'>;

/** Military ranks that are an office of their own, with a name ("Colonel X" serves in the forces). */
const RANK_OFFICES = ['captain', 'colonel', 'major', 'lieutenant', 'admiral', 'commodore', 'rear admiral', 'sergeant', 'brigadier general', 'major general', 'lieutenant general', 'field marshal'];

/**
 * Military ranks, which may stand between an office and the name ("army spokesman Colonel X"): the rank offices, and
 * ranks read only beside another office ("General" alone is too plain a word).
 */
export const MILITARY_RANKS: ReadonlySet<string> = new Set([...RANK_OFFICES, 'lieutenant colonel', 'vice admiral', 'general', 'brigadier', 'field marshal']);

/** Occupations of think tanks, banks and universities ("X, a senior fellow at the Y Institute"): a state's adjective
 * before one says where the holder is from, not a state served ("a Brazilian economist"). */
export const OCCUPATIONS: ReadonlySet<string> = new Set(['analyst', 'fellow', 'research fellow', 'researcher', 'economist', 'chief economist', 'professor', 'lecturer', 'scholar', 'strategist', 'expert', 'specialist', 'scientist', 'political scientist', 'lawyer', 'campaigner', 'manager']);

export const TITLES: Readonly<Record<string, TitleRelation>> = {
  'president': 'LEADS',
  'vice president': 'MEMBER_OF',
  'prime minister': 'LEADS',
  'premier': 'LEADS',
  // Heads of a territory's or a devolved government ("Gibraltar's Chief Minister", "Scotland's First Minister").
  'chief minister': 'LEADS',
  'first minister': 'LEADS',
  'chancellor': 'LEADS',
  'king': 'LEADS',
  'queen': 'LEADS',
  'emir': 'LEADS',
  'sultan': 'LEADS',
  'leader': 'LEADS',
  'supreme leader': 'LEADS',
  'dictator': 'LEADS',
  'head of state': 'LEADS',
  'head of government': 'LEADS',
  // Heads of a military government ("junta leader X", "the country's military ruler, Col. X").
  'ruler': 'LEADS',
  'military ruler': 'LEADS',
  'military leader': 'LEADS',
  'junta leader': 'LEADS',
  'junta chief': 'LEADS',
  'junta head': 'LEADS',
  // The presiding officer of a parliament ("the speaker of the National Assembly").
  'speaker': 'LEADS',
  'chairman': 'LEADS',
  'chairwoman': 'LEADS',
  'chair': 'LEADS',
  'chairperson': 'LEADS',
  // A party's head over its state branches ("APC national chairman X").
  'national chairman': 'LEADS',
  'national chairwoman': 'LEADS',
  'national chairperson': 'LEADS',
  'secretary-general': 'LEADS',
  // A party's or a union's head ("KFU General Secretary X").
  'general secretary': 'LEADS',
  'secretary general': 'LEADS',
  'director-general': 'LEADS',
  'director general': 'LEADS',
  'managing director': 'LEADS',
  'chief executive': 'LEADS',
  // "Chief Executive Officer John Kessa": the long form of the same office, and its officers beside it.
  'chief executive officer': 'LEADS',
  'chief operating officer': 'MEMBER_OF',
  'chief financial officer': 'MEMBER_OF',
  'executive secretary': 'LEADS',
  'head': 'LEADS',
  'spokesman': 'SPEAKS_FOR',
  'spokeswoman': 'SPEAKS_FOR',
  'spokesperson': 'SPEAKS_FOR',
  'press secretary': 'SPEAKS_FOR',
  'foreign minister': 'MEMBER_OF',
  'defense minister': 'MEMBER_OF',
  'defence minister': 'MEMBER_OF',
  'finance minister': 'MEMBER_OF',
  'trade minister': 'MEMBER_OF',
  'interior minister': 'MEMBER_OF',
  'unification minister': 'MEMBER_OF',
  'deputy foreign minister': 'MEMBER_OF',
  'deputy prime minister': 'MEMBER_OF',
  'minister': 'MEMBER_OF',
  'deputy minister': 'MEMBER_OF',
  'secretary of state': 'MEMBER_OF',
  'secretary': 'MEMBER_OF',
  'ambassador': 'MEMBER_OF',
  'envoy': 'MEMBER_OF',
  'delegate': 'MEMBER_OF',
  'special envoy': 'MEMBER_OF',
  'general': 'MEMBER_OF',
  'commander': 'MEMBER_OF',
  'lawmaker': 'MEMBER_OF',
  'mp': 'MEMBER_OF',
  'member of parliament': 'MEMBER_OF',
  'congressman': 'MEMBER_OF',
  'congresswoman': 'MEMBER_OF',
  'consul': 'MEMBER_OF',
  'consul general': 'MEMBER_OF',
  'consul-general': 'MEMBER_OF',
  'legislator': 'MEMBER_OF',
  'parliamentarian': 'MEMBER_OF',
  // The leader of a parliament's opposition sits in it ("opposition leader X of the Y Party" is one of its members).
  'opposition leader': 'MEMBER_OF',
  'diplomat': 'MEMBER_OF',
  'top diplomat': 'MEMBER_OF',
  // Heads of a state's forces, named with the state ("Togolese army chief Gen. X"), serve it.
  'army chief': 'MEMBER_OF',
  'commander-in-chief': 'MEMBER_OF',
  'military chief': 'MEMBER_OF',
  'defence chief': 'MEMBER_OF',
  'defense chief': 'MEMBER_OF',
  'senator': 'MEMBER_OF',
  'governor': 'MEMBER_OF',
  'attorney general': 'MEMBER_OF',
  'prosecutor general': 'MEMBER_OF',
  'prosecutor': 'MEMBER_OF',
  'chief prosecutor': 'MEMBER_OF',
  'mayor': 'LEADS',
  'negotiator': 'MEMBER_OF',
  'chief negotiator': 'MEMBER_OF',
  'official': 'MEMBER_OF',
  'adviser': 'MEMBER_OF',
  'advisor': 'MEMBER_OF',
  'national security adviser': 'MEMBER_OF',
  'commissioner': 'MEMBER_OF',
  'high representative': 'MEMBER_OF',
  'representative': 'MEMBER_OF',
  'special representative': 'MEMBER_OF',
  'permanent representative': 'MEMBER_OF',
  'ambassador-at-large': 'MEMBER_OF',
  'co-leader': 'LEADS',
  // Joint heads of a party or a body ("co-chair of the DEM Party").
  'co-chair': 'LEADS',
  'co-chairman': 'LEADS',
  'co-chairwoman': 'LEADS',
  'co-chairperson': 'LEADS',
  // "his Chinese counterpart Wang Yi": the same office in another state.
  'counterpart': 'MEMBER_OF',
  'director': 'LEADS',
  // Officers of a state's institutions ("Supervisor of Elections X", "Auditor General X", "Registrar of Companies X").
  'supervisor': 'LEADS',
  'registrar': 'LEADS',
  'auditor general': 'LEADS',
  'auditor-general': 'LEADS',
  'inspector general': 'LEADS',
  'comptroller': 'LEADS',
  'chief justice': 'LEADS',
  'judge': 'MEMBER_OF',
  // A judge of a higher court, styled "Justice X" ("presided over by Justice X").
  'justice': 'MEMBER_OF',
  'crown prince': 'MEMBER_OF',
  'prince': 'MEMBER_OF',
  'sheikh': 'MEMBER_OF',
  'pope': 'LEADS',
  ...Object.fromEntries(RANK_OFFICES.map((rank) => [rank, 'MEMBER_OF' as const])),
  ...Object.fromEntries([...OCCUPATIONS].map((occupation) => [occupation, 'MEMBER_OF' as const])),
  'coordinator': 'MEMBER_OF',
  // Go-betweens and monitors an organisation sends ("AU mediator X", "the UN special rapporteur on torture, X").
  'mediator': 'MEMBER_OF',
  'chief mediator': 'MEMBER_OF',
  'rapporteur': 'MEMBER_OF',
  'special rapporteur': 'MEMBER_OF',
  'under-secretary-general': 'MEMBER_OF',
  'assistant secretary-general': 'MEMBER_OF',
  // A state's officers: the one who hears complaints against it, and the diplomat heading an embassy with no ambassador.
  'ombudsman': 'MEMBER_OF',
  'ombudswoman': 'MEMBER_OF',
  'ombudsperson': 'MEMBER_OF',
  "chargé d'affaires": 'MEMBER_OF',
  "charge d'affaires": 'MEMBER_OF',
};

/** Words that open a rank rather than name a body ("Chief Cabinet Secretary", "Russia's deputy ambassador"). */
export const RANK_WORDS: ReadonlySet<string> = new Set(['chief', 'deputy', 'vice', 'senior', 'acting', 'assistant', 'under', 'first', 'principal', 'executive', 'top', 'interim', 'transitional', 'caretaker']);

/** Words before an office that say it is held no longer ("former", "ousted President X"; "the late …" is read apart,
 * since "said late Monday that President X" is no such word). */
export const PAST_OFFICE_WORDS: ReadonlySet<string> = new Set(['former', 'ex', 'ousted', 'deposed', 'toppled', 'overthrown', 'exiled', 'erstwhile']);

/** Rank words that put their holder below the head of the office ("deputy director", "vice chairman"). */
const SECOND_RANKS: ReadonlySet<string> = new Set(['deputy', 'vice', 'assistant', 'under']);

/** South Asian courtesy titles, never a word of the name they open ("Shri Rajiv Ranjan", "the Hon'ble Prime Minister"). */
const SOUTH_ASIAN_COURTESY_TITLES: readonly string[] = ['shri', 'shrimati', 'smt', "hon'ble"];

/** Courtesy titles: they say nothing of office ("Mr Kim"), and two spellings of a name may differ by them. */
export const COURTESY_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'madam', ...SOUTH_ASIAN_COURTESY_TITLES]);

/** Military ranks abbreviated in wire style ("Navy Capt. Li Xi", "Maj. Gen. Kim"). */
const ABBREVIATED_MILITARY_RANKS: readonly string[] = ['capt', 'cmdr', 'maj', 'sgt', 'adm', 'brig', 'cpl', 'pvt'];

/** Abbreviated ranks and offices of wire style, whose full stop ends no sentence. */
export const ABBREVIATED_RANKS: readonly string[] = [...ABBREVIATED_MILITARY_RANKS, 'gov', 'amb'];

/** Whether a title is a military rank, written out or abbreviated ("major general", "Maj. Gen.", "Lt."). */
export function isMilitaryRank(title: string): boolean {
  return MILITARY_RANKS.has(title) || title.split(' ').every((word) => ABBREVIATED_MILITARY_RANKS.includes(word.replace(/\.$/, '')) || /^(gen|lt|col)\.?$/.test(word));
}

/** Honorifics and ranks that precede a name and are not part of it. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'madam', 'gen', 'lt', 'col', 'sen', 'rep', 'president',
  ...SOUTH_ASIAN_COURTESY_TITLES,
  ...ABBREVIATED_RANKS,
]);

/** Adjectives that open a ministry's portfolio and need its noun ("Foreign Affairs", "Public Works", "Higher Education"). */
const PORTFOLIO_ADJECTIVES: ReadonlySet<string> = new Set([
  'foreign', 'home', 'internal', 'external', 'public', 'national', 'social', 'economic', 'international', 'higher', 'local',
  'regional', 'rural', 'urban', 'natural', 'mineral', 'european', 'federal', 'political', 'religious', 'civil', 'primary',
  'secondary', 'basic', 'general', 'environmental', 'humanitarian', 'cultural', 'digital', 'petroleum', 'water',
]);

/** Nouns a ministry's portfolio is made of ("Public Works", "Interior", "Housing"), which name no person after a title. */
const PORTFOLIO_NOUNS: ReadonlySet<string> = new Set([
  'works', 'housing', 'transport', 'interior', 'finance', 'agriculture', 'tourism', 'mines', 'mining', 'fisheries', 'education',
  'environment', 'culture', 'sport', 'sports', 'infrastructure', 'planning', 'water', 'forests', 'lands', 'communications',
  'information', 'immigration', 'youth', 'women', 'veterans', 'commerce', 'industry', 'economy', 'budget', 'oil', 'gas',
  'roads', 'aviation', 'telecommunications', 'science', 'research', 'innovation', 'heritage', 'arts', 'media', 'welfare',
  'pensions', 'employment', 'customs', 'revenue', 'taxation', 'investment', 'integration', 'reconciliation', 'unification',
  'defence', 'defense', 'justice', 'health', 'trade', 'labour', 'labor', 'energy', 'security', 'development', 'affairs',
  'relations', 'cooperation', 'co-operation', 'state',
]);

/** A word of a ministry's portfolio: one of its nouns, or an adjective that opens one ("Public", "Foreign"). */
export function isPortfolioWord(word: string): boolean {
  return PORTFOLIO_NOUNS.has(word) || PORTFOLIO_ADJECTIVES.has(word);
}

/** A title's relation: listed ones, and any "… minister" or "… secretary" ("Fisheries Minister"). Asked of every
 * word run before a name, so the answers are cached. */
export const titleRelation = cachedByText(titleRelationOf);

function titleRelationOf(phrase: string): TitleRelation | undefined {
  if (Object.hasOwn(TITLES, phrase)) return TITLES[phrase];
  // (Nor "met the envoy", "thanked the ambassador": an article inside a phrase makes it no title but a clause.)
  if (phrase.split(' ').length > 3 || /^(a|an|the|former|ex) /.test(phrase) || / (a|an|the) /.test(phrase)) return undefined;
  // "vice-president", "deputy-governor": a second rank joined by a hyphen is the spaced one.
  const [rank, office] = phrase.split(/-(.*)/s);
  if (office && SECOND_RANKS.has(rank)) return titleRelationOf(`${rank} ${office}`);
  // "Senior Colonel", "Deputy Commander": a rank word before a title keeps the title's relation.
  const [first, ...rest] = phrase.split(' ');
  // ("Deputy Director", "Vice Chairman": the second in a body is one of its members, not its head.)
  if (rest.length && RANK_WORDS.has(first) && Object.hasOwn(TITLES, rest.join(' '))) return SECOND_RANKS.has(first) && TITLES[rest.join(' ')] === 'LEADS' ? 'MEMBER_OF' : TITLES[rest.join(' ')];
  // "Fisheries Minister", "foreign policy chief": an office in a body or state ("army chief" may lead, so not all chiefs).
  if (/\b(minister|secretary|policy chief|commissioner|ambassador|envoy|adviser|advisor)$/.test(phrase)) return 'MEMBER_OF';
  // "Secretary of Defense Pete Hegseth", "Minister of Finance X" (not "Minister of Foreign", whose portfolio goes on:
  // "Minister of Foreign Affairs, X" names no one "Affairs").
  const portfolio = /^(?:secretary|minister) of (\S+)$/.exec(phrase)?.[1];
  if (portfolio && !PORTFOLIO_ADJECTIVES.has(portfolio)) return 'MEMBER_OF';
  if (/\b(spokesman|spokeswoman|spokesperson)$/.test(phrase)) return 'SPEAKS_FOR';
  return undefined;
}

/** Offices of members of a legislature, who sit in the one the article names when they name no chamber. */
export const LEGISLATOR_TITLES = /^(lawmaker|legislator|mp|member of parliament|parliamentarian|senator|congressman|congresswoman|opposition leader)$/;

/**
 * Offices held in another state or at another body's seat: "to|for|in <state>" after one names where the holder is sent
 * ("the ambassador to Chile", "the envoy for Yemen"), not whom they serve.
 */
export const POSTED_OFFICES = /\b(ambassador|envoy|high commissioner|consul|consul general|chargé d'affaires|charge d'affaires|coordinator|special representative|mediator)$/;

/**
 * Offices only the United States' government has, written without its name ("Secretary of State X", "Treasury
 * Secretary X"): never an office of the state a story is about. (Britain's is "Secretary of State for …".)
 */
export const US_ONLY_OFFICES = /^(secretary of state|treasury secretary|secretary of the treasury|homeland security secretary|secretary of homeland security)$/;

/**
 * Offices of a state, so a title with no body named belongs to the state the text is about ("the country's president",
 * "Foreign ministry spokesman X", whose ministry is unnamed).
 */
export const STATE_OFFICES = /\b(president|prime minister|premier|chancellor|king|queen|emir|sultan|minister|secretary of state|(cabinet|foreign|defen[cs]e|home|interior|treasury) secretary|head of (?:state|government)|supreme leader|ministry spokes(?:man|woman|person))$/;

/**
 * Offices of the United Kingdom's cabinet written without its name ("Home Secretary X", "Foreign Secretary X"): never an
 * office of the state a story about Britain's dealings is about — save in South Asia, whose foreign and home
 * secretaries are civil servants of their own states (SOUTH_ASIAN_SECRETARIATS).
 */
export const UK_CABINET_OFFICES = /^(home secretary|foreign secretary|defence secretary|chancellor of the exchequer)$/;

/** States (ISO codes) whose senior civil servants are styled "foreign secretary", "home secretary". */
export const SOUTH_ASIAN_SECRETARIATS: ReadonlySet<string> = new Set(['IN', 'PK', 'BD', 'LK', 'NP']);
