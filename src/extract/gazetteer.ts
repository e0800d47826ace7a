// States, their names, demonyms and capitals, from the world-countries package (ISO 3166 data), indexed by
// normalised surface form. This is what lets "DPRK", "Pyongyang" and "North Korean" all mean North Korea.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Countries } from 'world-countries';
import { CHANCELLERY_STATES, GOVERNMENT_SEATS, LEGISLATURE_STATES, SERVICE_STATES } from './lexicon/headWords.ts';
import { cachedByText } from './textCache.ts';

// The package is CommonJS whose typings declare an ES default; require() gives the array on every loader.
const countries = createRequire(import.meta.url)('world-countries') as Countries;

export interface Country {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** Canonical name: the common English name ("North Korea", "United States"). */
  name: string;
  /** The adjective news uses for it ("North Korean"), when known. */
  demonym?: string;
}

/** Extra surface forms that news uses and the package lacks (older transliterations, dotted abbreviations). */
const EXTRA_NAMES: Readonly<Record<string, string[]>> = {
  US: ['America', 'United States of America', 'U.S.A.'],
  UA: ['Kiev'],
  KR: ['ROK', 'Republic of Korea'],
  KP: ['DPRK', 'D.P.R.K.'],
  CN: ['PRC', 'P.R.C.', "People's Republic of China"],
  TW: ['ROC', 'Republic of China'],
  RU: ['Russian Federation'],
  TR: ['Turkey'],
  CZ: ['Czech Republic'],
  CD: ['Democratic Republic of the Congo', 'Democratic Republic of Congo', 'D.R. Congo', 'DR Congo', 'DRC', 'Congo-Kinshasa'],
  PS: ['Palestinian territories'],
  GB: ['Britain', 'U.K.', 'Great Britain'],
  PG: ['PNG'],
  // The name the Taliban give the state they rule ("the Islamic Republic" is found by the formal names' openings).
  AF: ['Islamic Emirate of Afghanistan'],
  // Names the states use themselves, or spellings without a hyphen, that news follows.
  CV: ['Cabo Verde'], CG: ['Republic of Congo', 'Congo-Brazzaville'], GW: ['Guinea Bissau'], VA: ['Holy See'],
};
/** States that no longer exist, which history in the news still names as actors ("the Soviet Union seized the islands"). */
const FORMER_STATES: Readonly<Record<string, string[]>> = {
  'Soviet Union': ['USSR', 'U.S.S.R.'],
  'Yugoslavia': [],
  'Czechoslovakia': [],
  'East Germany': [],
  'West Germany': [],
  'South Vietnam': [],
};
/** Demonyms news writes that the package spells otherwise or lacks ("Tajik" for its "Tadzhik", "Saudi"). */
const EXTRA_DEMONYMS: Readonly<Record<string, string[]>> = {
  TJ: ['Tajik'], KG: ['Kyrgyz'], KZ: ['Kazakh'], UZ: ['Uzbek'], SA: ['Saudi'], BA: ['Bosnian'], LA: ['Lao'], PH: ['Philippine'],
  AZ: ['Azeri'], AR: ['Argentinian'], EC: ['Ecuadorian'], SR: ['Surinamese'], IS: ['Icelandic'], NP: ['Nepali'], DJ: ['Djiboutian'],
  SI: ['Slovenian'], KM: ['Comorian'], CV: ['Cabo Verdean', 'Cape Verdean'], MV: ['Maldivian'], XK: ['Kosovan'], SV: ['Salvadorean'],
  GW: ['Bissau-Guinean'], LU: ['Luxembourgish'], TL: ['Timorese'], BY: ['Belarussian'], GQ: ['Equatoguinean'],
};
/**
 * Seats of government other than the capital the package gives, and other spellings of capitals, that news uses the
 * same way ("talks between Beijing and The Hague", "La Paz said", "Nay Pyi Taw would keep sending").
 */
const EXTRA_CAPITALS: Readonly<Record<string, string[]>> = {
  US: ['Washington'], UA: ['Kiev'], NL: ['The Hague'], IN: ['Delhi'], BO: ['La Paz'], TZ: ['Dar es Salaam'], CI: ['Abidjan'], BJ: ['Cotonou'],
  BI: ['Bujumbura'], SZ: ['Mbabane'], MN: ['Ulaanbaatar'], MM: ['Nay Pyi Taw', 'Naypyitaw'], YE: ['Sanaa'], MY: ['Putrajaya'],
};

/** Lower-case, accents dropped, dots dropped, curly apostrophes straightened, spaces folded: the lookup form of a name
 * ("Løkke Rasmussen" and "Lokke Rasmussen" are one name). */
export const lookupKey = cachedByText((text: string): string =>
  dropAccents(text.toLowerCase()).replace(/[’`]/g, "'").replace(/\./g, '').replace(/\s+/g, ' ').trim(),
);

/** Letters that carry no combining accent but that news also writes plain ("Bjørnøya" as "Bjornoya"). */
const PLAIN_LETTERS: Readonly<Record<string, string>> = { ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ß: 'ss', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', ı: 'i' };

/** Text with its accents dropped: "Zvečan" → "Zvecan", "Karaoğlu" → "Karaoglu", "Løkke" → "Lokke". */
export function dropAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[øØæÆœŒßłŁđĐðÐþÞı]/g, (letter) => PLAIN_LETTERS[letter]!);
}

const byName = new Map<string, Country>();
/** "islamic republic" → the states whose formal name opens so ("Islamic Republic of Iran", "… of Pakistan"). */
const byFormalHead = new Map<string, Set<string>>();
const byDemonym = new Map<string, Country>();
const byCapital = new Map<string, Country>();
const byCode = new Map<string, Country>();
/** Every name the package and EXTRA_NAMES give a state, by its code ("Democratic Republic of the Congo" for CD). */
const namesByCode = new Map<string, string[]>();
const unMembers = new Set<string>();
/** Words of a state's form that news calls it by ("the kingdom", "the sultanate"), when its official name has one. */
const STATE_FORM_NOUNS: ReadonlySet<string> = new Set(['kingdom', 'sultanate', 'principality']);
const formOfState = new Map<string, string>();
const regions = new Set<string>();

for (const entry of countries) {
  const country: Country = { code: entry.cca2, name: entry.name.common, demonym: entry.demonyms?.eng?.m || undefined };
  byCode.set(country.code, country);
  const form = entry.name.official.toLowerCase().split(/\s+/).find((word) => STATE_FORM_NOUNS.has(word));
  if (form) formOfState.set(country.code, form);
  if (entry.unMember) unMembers.add(country.code);
  // The package gives some demonyms as spellings of the name ("Thai", "Togolese"); news writes them as adjectives ("his
  // Thai counterpart"), so they are read as demonyms, unless the state is named by that word ("Vatican", "Djibouti").
  const demonyms = new Set([entry.demonyms?.eng?.m, entry.demonyms?.eng?.f].filter(Boolean).map((demonym) => lookupKey(demonym!)));
  const commonWords = new Set(lookupKey(entry.name.common).split(' '));
  const names = [entry.name.common, entry.name.official, ...entry.altSpellings, ...(EXTRA_NAMES[entry.cca2] ?? [])]
    .filter((name) => !demonyms.has(lookupKey(name)) || commonWords.has(lookupKey(name)));
  namesByCode.set(country.code, names);
  for (const name of names) {
    // Two-letter codes other than well-known ones ("US", "UK") would turn ordinary words into states.
    if (name.length <= 2 && !['US', 'UK'].includes(name)) continue;
    if (!/^[\p{Script=Latin}\s.'’,-]+$/u.test(name)) continue;
    const key = lookupKey(name);
    // ("Bogotá" is written "Bogota" too: lookupKey drops accents, so both find it.)
    if (!byName.has(key)) byName.set(key, country);
  }
  for (const name of names) {
    const formal = /^(\S+ \S+(?: \S+)?) of (?:the )?(.+)$/i.exec(lookupKey(name));
    if (!formal || formal[2] !== lookupKey(entry.name.common)) continue;
    if (!byFormalHead.has(formal[1]!)) byFormalHead.set(formal[1]!, new Set());
    byFormalHead.get(formal[1]!)!.add(country.code);
  }
  // "The Gambia", "The Bahamas": a state whose formal name says "the Gambia" is written with "The" too.
  const withThe = `the ${lookupKey(entry.name.common)}`;
  if (lookupKey(entry.name.official).includes(withThe) && !byName.has(withThe)) byName.set(withThe, country);
  for (const demonym of [entry.demonyms?.eng?.m, entry.demonyms?.eng?.f, ...(EXTRA_DEMONYMS[entry.cca2] ?? [])]) {
    // "Indian" is India's, not the British Indian Ocean Territory's: a sovereign state wins a shared demonym.
    if (demonym && (entry.unMember || !byDemonym.has(lookupKey(demonym)))) byDemonym.set(lookupKey(demonym), country);
  }
  for (const capital of [...entry.capital, ...(EXTRA_CAPITALS[entry.cca2] ?? [])]) {
    const key = lookupKey(capital.replace(/\s+D\.?C\.?$/, ''));
    byCapital.set(key, country);
  }
  if (entry.region) regions.add(lookupKey(entry.region));
  if (entry.subregion) regions.add(lookupKey(entry.subregion));
}
// "South-Eastern Asia" is written "Southeast Asia", "Western Africa" "West Africa" (not where that names a state:
// "Southern Africa" is no "South Africa").
for (const region of [...regions]) {
  const short = region.replace(/^(north|south)-(east|west)ern /, '$1$2 ').replace(/^(north|south|east|west)ern /, '$1 ');
  if (short !== region && !byName.has(short)) regions.add(short);
}
byDemonym.set('us', byCode.get('US')!);
const wordsOfKnownNames = new Set<string>();
for (const key of [...byName.keys(), ...byDemonym.keys()]) for (const word of key.split(' ')) if (word.length > 3) wordsOfKnownNames.add(word);
byDemonym.set('american', byCode.get('US')!);
// (After the words of known names: "West" or "Union" alone is no state's word.)
for (const [name, others] of Object.entries(FORMER_STATES)) {
  for (const form of [name, ...others]) byName.set(lookupKey(form), localCountry(name));
}

// Continents and world regions that news names as places; the package gives broad regions only.
for (const region of ['Europe', 'Asia', 'Africa', 'East Asia', 'Middle East', 'Indo-Pacific', 'Asia-Pacific', 'Latin America', 'Balkans', 'Caucasus', 'Arctic', 'Pacific', 'Atlantic', 'Mediterranean', 'Caribbean', 'Sahel', 'Sahara']) {
  regions.add(lookupKey(region));
}

/**
 * States an article shows to be states though the package lacks them (breakaway regions, or the invented states
 * of our own test articles): set for the span of one article's extraction by `withArticleStates`.
 */
let articleStates: { byName: Map<string, Country>; byDemonym: Map<string, Country>; byCapital: Map<string, Country>; regions: Set<string> } | undefined;

export function withArticleStates<T>(states: { name: string; demonym?: string; capital?: string; region?: boolean }[], run: () => T): T {
  const previous = articleStates;
  articleStates = { byName: new Map(), byDemonym: new Map(), byCapital: new Map(), regions: new Set() };
  for (const state of states) {
    const country = { ...localCountry(state.name), demonym: state.demonym };
    if (state.region) articleStates.regions.add(country.code);
    articleStates.byName.set(lookupKey(state.name), country);
    if (state.demonym) articleStates.byDemonym.set(lookupKey(state.demonym), country);
    if (state.capital) articleStates.byCapital.set(lookupKey(state.capital), country);
  }
  try {
    return run();
  } finally {
    articleStates = previous;
  }
}

/** True for a region the article shows governing itself within a state ("Johor's Chief Minister"), by its code. */
export function isRegionalGovernment(code: string | undefined): boolean {
  return Boolean(code && articleStates?.regions.has(code));
}

/** A state outside ISO 3166 has the code `~Name`, so its name travels with it. */
function localCountry(name: string): Country {
  return { code: `~${name}`, name };
}

export function countryByName(text: string): Country | undefined {
  const key = lookupKey(text);
  return byName.get(key) ?? articleStates?.byName.get(key);
}

/** The names of a state, by its code: common, official, other spellings. */
export function namesOfState(code: string): readonly string[] {
  return namesByCode.get(code) ?? [];
}

export function countryByDemonym(text: string): Country | undefined {
  const key = lookupKey(text);
  return byDemonym.get(key) ?? articleStates?.byDemonym.get(key);
}

/** "the Islamic Republic": the codes of the states whose formal name, of two words or more, opens with it. */
export function statesByFormalHead(text: string): string[] {
  return [...(byFormalHead.get(lookupKey(text).replace(/^the /, '')) ?? [])];
}

/** True for a name or demonym the package knows, or a word of one ("Korea", "Korean"); not one learnt from the article. */
export function isKnownStateWord(text: string): boolean {
  const key = lookupKey(text);
  return byName.has(key) || byDemonym.has(key) || byCapital.has(key) || regions.has(key) || wordsOfKnownNames.has(key);
}

export function countryByCapital(text: string): Country | undefined {
  const key = lookupKey(text);
  return byCapital.get(key) ?? articleStates?.byCapital.get(key);
}

/** The word of its form a state is called by ("kingdom" for the Kingdom of Saudi Arabia), if any. */
export function stateFormWord(code: string): string | undefined {
  return formOfState.get(code);
}

/** True for a UN member state, not a territory ("Hong Kong", "Guam") that news may also name as a place. */
export function isMemberState(code: string): boolean {
  return unMembers.has(code);
}

export function countryByCode(code: string): Country | undefined {
  return code.startsWith('~') ? localCountry(code.slice(1)) : byCode.get(code);
}

/** "the Kremlin" → Russia: a seat of government standing for the state's leadership. */
export function countryBySeat(text: string): Country | undefined {
  const seat = lookupKey(text).replace(/^the /, '');
  const code = Object.hasOwn(GOVERNMENT_SEATS, seat) ? GOVERNMENT_SEATS[seat] : undefined;
  return code ? byCode.get(code) : undefined;
}

/** Own names of one state's institutions (legislatures, security services, forces) and the state of each. */
const INSTITUTION_STATES: Readonly<Record<string, string>> = { ...LEGISLATURE_STATES, ...SERVICE_STATES, ...CHANCELLERY_STATES };

/**
 * "the Knesset", "the Verkhovna Rada", "the Shin Bet security agency": the state of a body named with an institution's
 * own name that only that state has.
 */
export function countryByInstitution(name: string): Country | undefined {
  const words = ` ${lookupKey(name).replace(/['’]s\b/g, '')} `;
  const own = Object.keys(INSTITUTION_STATES).find((institution) => words.includes(` ${institution} `));
  return own ? byCode.get(INSTITUTION_STATES[own]) : undefined;
}

/** Languages the states speak ("Arabic", "Pashto", "Swahili"), from the same package: what a text is written in. */
const languages = new Set(countries.flatMap((country) => Object.values(country.languages ?? {})).map((language) => lookupKey(language)));

/** A language's name that names no state ("Nauru" and "Tonga" are both). */
export function isLanguageName(text: string): boolean {
  return languages.has(lookupKey(text)) && !countryByName(text);
}

export function isWorldRegion(text: string): boolean {
  return regions.has(lookupKey(text));
}

/**
 * The state whose name or adjective opens a longer name ("Russian Foreign Ministry", "UAE Ministry …", "Peruvian
 * Chamber of Commerce"), by its longest such opening of up to three words; a possessive's "'s" is no part of it.
 */
export function stateOpening(name: string): string | undefined {
  const words = name.split(/\s+/).map((word) => word.replace(/['’]s?$/, ''));
  for (let length = Math.min(3, words.length - 1); length >= 1; length--) {
    const prefix = words.slice(0, length).join(' ');
    const country = countryByName(prefix) ?? countryByDemonym(prefix);
    if (country) return country.code;
  }
  return undefined;
}

/** "Serbs", "Croats", "Albanians", "Turks": the plural of a people that a state's adjective names. */
export function isPeoplePlural(word: string): boolean {
  return /^\p{Lu}\p{Ll}+s$/u.test(word) && isPeopleWord(word.slice(0, -1));
}

/** "Serb", "Croat", "Albanian", "Turk": one of a people that a state's adjective names ("Serbian", "Turkish"). */
export function isPeopleWord(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  // ("Croat", "Serb" for Croatia, Serbia; "Gibraltarian" for Gibraltar: the adjective formed from the state's name.)
  const formed = () => countryByName(`${word}ia`) || (/ian$/.test(word) && countryByName(word.slice(0, -3))) || (/an$/.test(word) && countryByName(word.slice(0, -2)));
  return Boolean(countryByDemonym(word) || countryByDemonym(`${word}ian`) || countryByDemonym(`${word}ish`) || formed());
}

/** The world's large cities (src/extract/lexicon/worldCities.json, written by scripts/build-cities.ts) by lookup key,
 * read on first use (so that the script that writes the file can import this module). */
let largeCities: ReadonlySet<string> | undefined;

/** "Dubai", "Durban": one of the world's large cities (not a capital, which names its state: countryByCapital). */
export function isLargeCity(name: string): boolean {
  largeCities ??= new Set((JSON.parse(readFileSync(new URL('./lexicon/worldCities.json', import.meta.url), 'utf8')) as { names: string[] }).names.map(lookupKey));
  return largeCities.has(lookupKey(name));
}
