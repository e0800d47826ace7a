// Where a place lies, from the words around it: "Sidrah in northern Qaderia", "Kursk, a Russian territory",
// "the Qaderian port of Sidrah", "on Somalia's Indian Ocean coast" — the place or state it is LOCATED_IN.
import type { Mention } from './mentions.ts';
import type { ArticleEntities } from './entities.ts';
import type { Token } from './tokens.ts';
import type { Article, LocalRelation } from '../types.ts';
import { countryByCapital, isWorldRegion } from './gazetteer.ts';
import { filedFrom } from './storySides.ts';
import { isWorldRegionName } from './compassRegions.ts';
import { AREA_WORDS } from './lexicon/headWords.ts';
import { PREPOSITIONS } from './lexicon/prepositions.ts';

/**
 * "Saltreef Banks, a fishing ground in Merrow Bay", "Kursk, a Russian territory", "Sidrah in northern Qaderia":
 * the place or state a place is said to be in.
 */
export function placeAfter(tokens: Token[], mentions: Mention[], place: Mention, resolved: ArticleEntities): string | undefined {
  const containerAt = (at: number) => {
    // "in The Hague": a name may open with the article skipped before it.
    const found = mentions.find((mention) => (mention.start === at || (mention.start === at - 1 && tokens[at - 1].lower === 'the')) && (mention.kind === 'Place' || mention.kind === 'Government'));
    // "Darsk, a town in Latvia's Ulm province": what holds the place is the region the state owns, not the state.
    const region = found?.possessive && resolved.entityOf.get(found)?.startsWith('state:') ? mentions.find((mention) => mention.start === found.end && mention.kind === 'Place' && !mention.possessive) : undefined;
    // ("from Kessa in Chad's name", "a boat from X in Niger's waters": a state's possession that is no part of its land.)
    const owned = found?.possessive && !region && tokens[found.end] && !tokens[found.end].punct && !tokens[found.end].capitalized ? tokens.slice(found.end, found.end + 3) : [];
    if (owned.length && !owned.some((token) => AREA_WORDS.has(token.lower) || LAND_PARTS.test(token.lower) || /est$/.test(token.lower))) return undefined;
    const container = region ?? found;
    const key = container ? resolved.entityOf.get(container) : undefined;
    const kind = key ? resolved.entities.get(key)?.kind : undefined;
    return kind === 'Place' || key?.startsWith('state:') ? key : undefined;
  };
  // "Ukraine's Kherson region": the possessor holds the place — but "Somalia's Indian Ocean coast" holds a coast,
  // not the ocean.
  const owner = mentions.find((mention) => mention.end === place.start && mention.possessive && resolved.entityOf.get(mention)?.startsWith('state:'));
  if (owner && !SHORE_WORDS.test(tokens[place.end]?.lower ?? '')) return capitalAsPlace(owner, resolved) ?? resolved.entityOf.get(owner);
  // ("its largest base in Africa in Djibouti", "in Central Africa in Chad": what is in Chad is the base; a continent or
  // a region of the world lies in no state.)
  if (isWorldRegionName(place.name)) return undefined;
  let i = place.end;
  // "the Souq and Ain Zara districts of Tripoli": places joined before the plural of an area word share its container.
  const joined = tokens[i]?.lower === 'and' ? mentions.find((mention) => mention.start === i + 1 && mention.kind === 'Place') : undefined;
  if (joined && AREA_PLURALS.has(tokens[joined.end]?.lower ?? '')) i = joined.end + 1;
  // ("the Black Sea port of Odesa", "the North Kivu towns of A and B": a place before a settlement word qualifies the
  // settlements named after it.)
  else if (namesSettlementAfter(tokens, i) || (SETTLEMENT_PLURALS.has(tokens[i]?.lower ?? '') && tokens[i + 1]?.lower === 'of')) return undefined;
  else if (AREA_PLURALS.has(tokens[i]?.lower ?? '') || (AREA_WORDS.has(tokens[i]?.lower ?? '') && tokens[i + 1]?.lower === 'of')) i++;
  // "the Kursk region of Russia"
  if (tokens[i]?.lower === 'of') return containerAt(tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1);
  if (tokens[i]?.text === ',') {
    // "Sharm el-Sheikh, Egypt," and "Odesa, Ukraine's largest port": a state right after the comma.
    const state = mentions.find((mention) => mention.start === i + 1 && resolved.entityOf.get(mention)?.startsWith('state:') && !mention.modifier);
    // ("In Tokyo, Japan's Ministry of Defense said": a possessive that owns a body after it opens a clause.)
    // ("In Sukhumi, Abkhazia's de facto foreign minister, X, said": nor one that owns an office — only an area word
    // after it describes the place: "Ukraine's largest port", "Turkey's second city".)
    const describes = state?.possessive && !mentions.some((mention) => mention.start === state.end && mention !== state) && namesAreaAfter(tokens, state.end);
    // ("Leaders from Crimea, Russia, and Ukraine", "in Kessa, Chad, Niger and Mali": names listed, not a place set off.)
    const listGoesOn = (end: number) => {
      const after = tokens[end];
      return Boolean(after && (after.lower === 'and' || after.lower === 'or' || (after.text === ',' && (tokens[end + 1]?.capitalized || /^(and|or)$/.test(tokens[end + 1]?.lower ?? ''))) ? tokens[end + 1]?.capitalized || tokens[end + 2]?.capitalized : false));
    };
    if (state && (describes || ((!tokens[state.end] || tokens[state.end].punct) && !listGoesOn(state.end)))) return resolved.entityOf.get(state);
    // "a hospital in Puerto Princesa, Palawan, and …": a region set off after a town, where no list goes on.
    // (Not a continent: "the Indo-Pacific region, Europe, and the world" is a list.)
    const region = mentions.find((mention) => mention.start === i + 1 && mention.kind === 'Place' && !mention.possessive && !isWorldRegion(mention.name));
    const after = region ? tokens[region.end] : undefined;
    const opensList = tokens[place.start - 1]?.text === ',' || /^(and|or)$/.test(tokens[place.start - 1]?.lower ?? '');
    if (region && (!after || after.punct) && !listGoesOn(region.end) && !opensList && resolved.entities.get(resolved.entityOf.get(region) ?? '')?.kind === 'Place') return resolved.entityOf.get(region);
  }
  // "Akure, the state capital": the capital of the one state, province or region the story names.
  if (tokens[i]?.text === ',' && tokens[i + 1]?.lower === 'the' && tokens[i + 3]?.lower === 'capital') {
    const region = onlyDivisionNamed(resolved, DIVISION_ADJECTIVES.get(tokens[i + 2].lower), place);
    if (region) return region;
  }
  // "Kaigara, one of the Habomai islets": the group a place is one of.
  if (tokens[i]?.text === ',' && tokens[i + 1]?.lower === 'one' && tokens[i + 2]?.lower === 'of') {
    const group = containerAt(tokens[i + 3]?.lower === 'the' ? i + 4 : i + 3);
    if (group) return group;
  }
  if (tokens[i]?.text === ',' && ['a', 'an', 'the'].includes(tokens[i + 1]?.lower ?? '')) {
    const close = tokens.findIndex((token, k) => k > i && (token.text === ',' || token.text === '.' || token.text === ';'));
    // "Kursk, a Russian territory": the state named in the apposition.
    const state = mentions.find((mention) => mention.start > i && (close < 0 || mention.end <= close) && mention.modifier && resolved.entityOf.get(mention)?.startsWith('state:'));
    if (state && AREA_WORDS.has(tokens[state.end]?.lower ?? '')) return resolved.entityOf.get(state);
    const within = tokens.slice(i + 2, close < 0 ? tokens.length : close);
    // "Akure, the capital of Ondo State"; "Kessa, a port town in Lusania".
    const at = within.findIndex((token, k) => token.lower === 'in' || (token.lower === 'of' && AREA_WORDS.has(within[k - 1]?.lower ?? '')));
    if (at < 0 || at > 6) return undefined;
    i = i + 2 + at;
  }
  // "Kosti, in White Nile state", "Khan Younis, in the southern Gaza Strip": the place it is in, set off by a comma.
  if (tokens[i]?.text === ',' && tokens[i + 1]?.lower === 'in') i++;
  // "the port of Hobyo, on Somalia's Indian Ocean coast": a coast or border that a state owns.
  if (tokens[i]?.text === ',' && /^(on|along|off)$/.test(tokens[i + 1]?.lower ?? '')) {
    const owner = mentions.find((mention) => mention.start === i + 2 && mention.possessive && resolved.entityOf.get(mention)?.startsWith('state:'));
    const shore = tokens.slice(i + 2, i + 9).findIndex((token) => SHORE_WORDS.test(token.lower));
    if (owner && shore >= 0) return resolved.entityOf.get(owner);
  }
  // "Lombrum naval base on Manus Island": a site on an island is on it (not "a dam on the river", "on the border").
  if (tokens[i]?.lower === 'on') {
    const island = containerAt(tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1);
    if (island && ISLAND_WORDS.test(resolved.entities.get(island)?.name.split(' ').at(-1) ?? '')) return island;
  }
  if (tokens[i]?.lower !== 'in' && tokens[i]?.lower !== 'of') return areaOfStateBefore(tokens, mentions, place, resolved);
  // "the bridge over the Ibar River in Mitrovica": what is "in" there is the bridge, not the river it crosses.
  if (tokens[i].lower === 'in' && /^(over|across|along|beyond)$/.test(tokens[place.start - (tokens[place.start - 1]?.lower === 'the' ? 2 : 1)]?.lower ?? '')) return undefined;
  i++;
  if (tokens[i]?.lower === 'the') i++;
  // "in northern Qaderia", "in the occupied West Bank", "in the restive north-western province of …": adjectives.
  while (i < tokens.length && !tokens[i].capitalized && !tokens[i].punct && i <= place.end + 5 && !PREPOSITIONS.has(tokens[i].lower)) i++;
  // "Kani Masi in the northern province of Duhok": the area word and "of" before the container's name.
  if (AREA_WORDS.has(tokens[i - 1]?.lower ?? '') && tokens[i]?.lower === 'of') i++;
  // ("the Thai border town of Mae Sot in September": "in" may say when, and the state stands before.)
  return settlementApposedAt(tokens, mentions, i, resolved) ?? containerAt(i) ?? areaOfStateBefore(tokens, mentions, place, resolved, true);
}

/** The one place the story names with `division` as its last word ("Ondo State", "Ulmo province"), if only one. */
function onlyDivisionNamed(resolved: ArticleEntities, division: string | undefined, place: Mention): string | undefined {
  if (!division) return undefined;
  const named = [...resolved.entities.values()].filter((entity) => entity.kind === 'Place' && entity.key !== resolved.entityOf.get(place) && entity.name.split(' ').length > 1 && entity.name.split(' ').at(-1)!.toLowerCase() === division);
  return named.length === 1 ? named[0].key : undefined;
}

/**
 * "Tripoli's Souq al-Juma district": a capital that owns a district or a quay owns it as a city, not as its state — the
 * capital as a place, when the story names that place.
 */
function capitalAsPlace(owner: Mention, resolved: ArticleEntities): string | undefined {
  const name = owner.text.replace(/['’]s?$/, '');
  if (!countryByCapital(name)) return undefined;
  return [...resolved.entities.values()].find((entity) => entity.kind === 'Place' && entity.name === name)?.key;
}

/**
 * "at the Dolmabahce Palace in Turkey's largest city, Istanbul": what a site is in is the settlement set off after "<state>'s
 * [words] <area word>", not the state.
 */
function settlementApposedAt(tokens: Token[], mentions: Mention[], at: number, resolved: ArticleEntities): string | undefined {
  const owner = mentions.find((mention) => mention.start === at && mention.possessive && resolved.entityOf.get(mention)?.startsWith('state:'));
  if (!owner) return undefined;
  let area = owner.end;
  while (area < owner.end + 3 && tokens[area] && !tokens[area].capitalized && !tokens[area].punct && !AREA_WORDS.has(tokens[area].lower)) area++;
  if (!AREA_WORDS.has(tokens[area]?.lower ?? '') || tokens[area + 1]?.text !== ',') return undefined;
  const settlement = mentions.find((mention) => mention.start === area + 2 && mention.kind === 'Place');
  const key = settlement ? resolved.entityOf.get(settlement) : undefined;
  return key && resolved.entities.get(key)?.kind === 'Place' ? key : undefined;
}

/**
 * "Turkey's largest city, Istanbul", "Senegal, whose Casamance region", "Zulia state, whose capital Maracaibo": the
 * place or state whose settlement or area a place is named as, before it.
 */
export function placeBefore(tokens: Token[], mentions: Mention[], place: Mention, resolved: ArticleEntities): string | undefined {
  const containerOf = (mention: Mention | undefined) => {
    const key = mention ? resolved.entityOf.get(mention) : undefined;
    return key && (key.startsWith('state:') || resolved.entities.get(key)?.kind === 'Place') ? key : undefined;
  };
  let at = place.start - 1;
  // ("the North Kivu villages of A and B": the second of two settlements shares the first one's words.)
  const first = tokens[at]?.lower === 'and' ? mentions.find((mention) => mention.end === at && mention.kind === 'Place') : undefined;
  const pluralOf = first && tokens[first.start - 1]?.lower === 'of' && SETTLEMENT_PLURALS.has(tokens[first.start - 2]?.lower ?? '') ? first.start - 1 : -1;
  if (pluralOf >= 0) at = pluralOf;
  // "the Black Sea port of Odesa", "the Caspian Sea city of Aktau": the place that qualifies the settlement word.
  const settlementAt = tokens[at]?.lower === 'of' ? (pluralOf >= 0 || SETTLEMENT_PLURALS.has(tokens[at - 1]?.lower ?? '') ? at - 1 : settlementWordsBefore(tokens, at)) : -1;
  const qualifier = settlementAt >= 0 ? mentions.find((mention) => mention.end === settlementAt && !mention.possessive && !mention.modifier) : undefined;
  if (qualifier && resolved.entities.get(resolved.entityOf.get(qualifier) ?? '')?.kind === 'Place') return resolved.entityOf.get(qualifier);
  // "Senegal, whose Casamance region": the area word may follow the name.
  if (tokens[at]?.lower === 'whose' && tokens[at - 1]?.text === ',' && (AREA_WORDS.has(tokens[place.end]?.lower ?? '') || AREA_WORDS.has(place.name.split(' ').at(-1)!.toLowerCase()))) return containerOf(mentions.find((mention) => mention.end === at - 1));
  if (tokens[at]?.text === ',') at--;
  if (!AREA_WORDS.has(tokens[at]?.lower ?? '') || tokens[at].capitalized) return undefined;
  // Up to two adjectives ("largest", "main", "southern").
  for (let k = 0; k < 2 && tokens[at - 1] && !tokens[at - 1].punct && !tokens[at - 1].capitalized && !tokens[at - 1].possessive && !/^(the|a|an|whose|its|their)$/.test(tokens[at - 1].lower); k++) at--;
  const before = tokens[at - 1];
  if (before?.lower === 'whose' && tokens[at - 2]?.text === ',') return containerOf(mentions.find((mention) => mention.end === at - 2));
  return containerOf(mentions.find((mention) => mention.end === at && mention.possessive));
}

/**
 * "three plants in India, including one in the western state of Gujarat": a region introduced as "the (…) state /
 * province / region of X" is in the state last named before it in the sentence.
 */
function areaOfStateBefore(tokens: Token[], mentions: Mention[], place: Mention, resolved: ArticleEntities, nearOnly = false): string | undefined {
  const area = tokens[place.start - 2]?.lower ?? '';
  if (tokens[place.start - 1]?.lower !== 'of' || !AREA_WORDS.has(area)) return undefined;
  // A state's division may be named far from it; a town or a port only with its state beside it ("the French spa
  // town of Evian-les-Bains", not "German firms … near the port of Ain Sokhna").
  // (When a phrase with "in" follows the place, the state must stand beside it: "the region of X in January 2024".)
  const far = STATE_DIVISIONS.has(area) && !nearOnly;
  const reach = far ? 0 : place.start - 5;
  // ("the Russian-backed breakaway region of X": a state that backs a region does not hold it.)
  const backer = (mention: Mention) => /-(backed|led|supported|sponsored|allied|aligned|funded|brokered|controlled|occupied)$/i.test(tokens[mention.end - 1]?.text ?? '');
  // ("Chad seized the town of Ossa": near the place, only a state that qualifies the noun — "the Chadian border town
  // of", "the Kestland lakeside town of", "Chad's town of" — holds it; a state acting on it does not.)
  const qualifiesNear = (mention: Mention) => mention.modifier || mention.possessive || (/^(the|a|an)$/.test(tokens[mention.start - 1]?.lower ?? '') && !tokens.slice(mention.end, place.start - 2).some((token) => token.punct || /^(the|a|an)$/.test(token.lower)));
  // (Far off, only a state named as land holds the division — "fighting in Mali … the region of Mopti" — not one that
  // acts or is compared: "Chad accused Sudan of … the region of X", "Unlike Niger, the province of X".)
  const qualifies = (mention: Mention) => qualifiesNear(mention) || (far && isNamedAsLand(tokens, mention.start));
  // ("Iraq summoned Turkey's ambassador … in the northern province of Duhok": a state that owns an envoy, a body or a
  // person there is no container; one that owns an area is — "Ukraine's eastern province of X".)
  const ownsOther = (mention: Mention) => mention.possessive && mention.end < place.start - 2 && !tokens.slice(mention.end, mention.end + 3).some((token) => AREA_WORDS.has(token.lower));
  const state = mentions.filter((mention) => mention.end <= place.start && mention.start >= reach && resolved.entityOf.get(mention)?.startsWith('state:') && !backer(mention) && qualifies(mention) && !ownsOther(mention)).at(-1);
  // ("cocaine moving from Colombia to Europe, and homicides in the province of Limón": a state goods or people go from
  // or to is where they travel, not what holds a region named after it.)
  if (!state || isWayStation(tokens, state.start)) return undefined;
  return resolved.entityOf.get(state);
}

/** True for a state named as land — after "in", "across", "into" ("in northern Mali") — or opening the sentence. */
function isNamedAsLand(tokens: Token[], start: number): boolean {
  let at = start - 1;
  if (tokens[at]?.lower === 'the') at--;
  if (LAND_PARTS.test(tokens[at]?.lower ?? '')) at--;
  // (The state a sentence opens with speaks of its own land: "Chad summoned … in the eastern province of Ossa".)
  return at < 0 || /^(in|across|into|throughout|within|inside|of)$/.test(tokens[at]?.lower ?? '');
}

/** True for a name after "from", or after "to" in "from … to": where goods or people travel ("flights from X to Y"). */
function isWayStation(tokens: Token[], start: number): boolean {
  const before = tokens[start - 1]?.lower;
  return before === 'from' || (before === 'to' && tokens.slice(Math.max(0, start - 6), start - 1).some((token) => token.lower === 'from'));
}

/**
 * True when an area word ("port", "city", "region") stands among the few words from `at` before any punctuation, or
 * only a rank does, its noun left out ("Odesa, Ukraine's largest, was struck").
 */
function namesAreaAfter(tokens: Token[], at: number): boolean {
  let k = at;
  for (; k < at + 4 && tokens[k] && !tokens[k].punct; k++) if (AREA_WORDS.has(tokens[k].lower)) return true;
  const words = tokens.slice(at, k);
  return words.length > 0 && (!tokens[k] || tokens[k].punct) && words.every((token) => /(est|^second|^third|^main)$/.test(token.lower));
}

/** Parts of a state's land named after its possessive ("in Chad's north", "in Mali's remote interior"). */
const LAND_PARTS = /^(north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center|interior|heartland|hinterland|countryside|far|remote|restive|northern|southern|eastern|western|central|border|borderlands|highlands|lowlands|frontier|coast|mountains|desert)$/;

/** Words for a settlement, which "of" follows with the settlement's own name ("the port of X", "the town of X"). */
const SETTLEMENT_WORDS = new Set(['port', 'harbour', 'harbor', 'city', 'town', 'village', 'township', 'suburb', 'hometown']);

/** Settlement words in the plural ("the North Kivu towns of A and B"). */
const SETTLEMENT_PLURALS = new Set(['ports', 'cities', 'towns', 'villages', 'townships', 'suburbs']);

/** Where the settlement words ("port", "port city", "border town") before the "of" at `of` begin, or -1. */
function settlementWordsBefore(tokens: Token[], of: number): number {
  let at = of;
  while (at > of - 3 && SETTLEMENT_WORDS.has(tokens[at - 1]?.lower ?? '') && !tokens[at - 1].capitalized) at--;
  return at < of ? at : -1;
}

/** True when settlement words and "of" stand at `at`, so the name after "of" is the settlement ("port city of"). */
function namesSettlementAfter(tokens: Token[], at: number): boolean {
  let k = at;
  while (k < at + 2 && SETTLEMENT_WORDS.has(tokens[k]?.lower ?? '') && !tokens[k].capitalized) k++;
  return k > at && tokens[k]?.lower === 'of';
}

/** "districts", "provinces": the plural of an area word, after places joined by "and". */
const AREA_PLURALS: ReadonlySet<string> = new Set([...AREA_WORDS].map((word) => (word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`)));

/** Land that a site may stand "on" ("on Manus Island"). */
const ISLAND_WORDS = /^(island|islands|isle|islet|islets|atoll|peninsula)$/i;

/** Edges of a state that a place may lie on ("on Somalia's Indian Ocean coast"). */
const SHORE_WORDS = /^(coast|coastline|shore|shores|border|frontier|waters)$/;

/** The adjective of a state's division before "capital" ("the state capital", "the provincial capital"), to its noun. */
const DIVISION_ADJECTIVES: ReadonlyMap<string, string> = new Map([['state', 'state'], ['provincial', 'province'], ['regional', 'region'], ['county', 'county'], ['district', 'district'], ['departmental', 'department']]);

const STATE_DIVISIONS = new Set(['state', 'province', 'region', 'prefecture', 'oblast', 'district', 'county']);

/**
 * The city of a dateline lies in the state the dateline names after it ("BATKEN, Kyrgyzstan (AP) —"), when the
 * article names that state. A place whose container the text gives (`placed`) keeps that one.
 */
export function placesOfDateline(resolved: ArticleEntities, placed: Set<string>, article: Article): LocalRelation[] {
  // (A capital in its state goes without saying: "KYIV, Ukraine (AP) —" adds nothing.)
  const { dateline } = article;
  if (!dateline || countryByCapital(dateline)) return [];
  const country = filedFrom(article);
  const state = country ? `state:${country.code}` : '';
  const city = [...resolved.entities.values()].find((entity) => entity.kind === 'Place' && [entity.name, ...entity.aliases].includes(dateline));
  if (!city || placed.has(city.key) || !resolved.entities.has(state)) return [];
  // The dateline stood before the first sentence, which it opened.
  const sentence = city.sentences.size ? Math.min(...city.sentences) : 0;
  return [{ kind: 'LOCATED_IN', subject: city.key, object: state, sentence, confidence: 0.7 }];
}
