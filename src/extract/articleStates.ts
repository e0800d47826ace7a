// States the gazetteer does not list, recognised from how the article writes about them: a name together with
// its demonym ("Lusania" … "Lusanian officials"), or a name with a state's organs ("Marrak's foreign ministry").
import { isKnownStateWord } from './gazetteer.ts';
import { NON_NAME_WORDS } from './lexicon/capitalisedWords.ts';
import { GOVERNMENT_BODY_HEADS, NON_PERSON_WORDS, ORGANIZATION_HEADS } from './lexicon/headWords.ts';
import { titleRelation } from './lexicon/titles.ts';

/** A capitalised word of an office's or an institution's name ("Foreign", "Ministry", "President", "Coast Guard"). */
function isInstitutionWord(word: string): boolean {
  return GOVERNMENT_BODY_HEADS.has(word) || ORGANIZATION_HEADS.has(word) || NON_PERSON_WORDS.has(word) || Boolean(titleRelation(word)) || /^(prime|deputy|vice|chief|coast|state)$/.test(word);
}

/** Ways English forms a demonym from a state's name: Lusania → Lusanian, Oman → Omani, Sudan → Sudanese. */
const DEMONYM_FORMS: ((name: string) => string)[] = [
  (name) => `${name}n`,
  (name) => `${name}an`,
  (name) => `${name}ian`,
  (name) => `${name}i`,
  (name) => `${name}ese`,
  (name) => name.replace(/a$/, 'an'),
  (name) => name.replace(/a$/, 'ese'),
  (name) => name.replace(/y$/, 'ian'),
  (name) => name.replace(/e$/, 'ian'),
  (name) => name.replace(/o$/, 'an'),
  // "Abkhazia" → "Abkhaz".
  (name) => name.replace(/ia$/, ''),
];
const STATE_ORGANS = /\b(\p{Lu}\p{Ll}{3,})['’]s (?:government|foreign ministry|defen[cs]e ministry|president|prime minister|navy|army|armed forces|military|coast guard|parliament|foreign minister|cabinet|embassy|(?:(?:northern|southern|eastern|western) )?neighbou?r)\b/gu;
/** "Nabrel, Marrakand's capital", "Marrakand's capital, Nabrel": a capital named as one. */
const CAPITAL_AFTER = /\b(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?), (?:the )?(\p{Lu}\p{Ll}{3,})['’]s capital\b/gu;
const CAPITAL_BEFORE = /\b(\p{Lu}\p{Ll}{3,})['’]s capital,? (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/gu;

export interface ArticleState {
  name: string;
  demonym?: string;
  /** The capital the article names as the state's ("Nabrel, Marrakand's capital"). */
  capital?: string;
  /** A region governing itself within a state ("Johor's Chief Minister"): it acts, but is no side of the story's pair. */
  region?: boolean;
}

export function findArticleStates(paragraphs: string[]): ArticleState[] {
  const text = paragraphs.join('\n');
  const words = new Set<string>();
  for (const match of text.matchAll(/\b\p{Lu}\p{Ll}{3,}\b/gu)) words.add(match[0]);
  // ("Panji Poyon", "which locals call Kunashiri": a demonym stands as an adjective, before a lower-case word or an
  // institution's word: "Lusanian officials", "the Lusanian Foreign Ministry".)
  const adjectives = new Set<string>();
  // (The next word is looked at, not taken: in "Senior Lusanian officials" it is itself an adjective before a noun.)
  for (const match of text.matchAll(/\b(\p{Lu}\p{Ll}{3,}) (?=(\p{L}+))/gu)) {
    const next = match[2];
    if (/^\p{Ll}/u.test(next) || isInstitutionWord(next.toLowerCase())) adjectives.add(match[1]);
  }
  const withOrgans = new Set<string>();
  for (const match of text.matchAll(STATE_ORGANS)) withOrgans.add(match[1]);
  const states = new Map<string, ArticleState>();
  for (const name of words) {
    if (isKnownStateWord(name) || NON_NAME_WORDS.has(name.toLowerCase())) continue;
    const demonym = DEMONYM_FORMS.map((form) => form(name)).find((form) => form !== name && adjectives.has(form) && !isKnownStateWord(form));
    if (demonym) {
      states.set(name, { name, demonym });
      continue;
    }
    if (withOrgans.has(name) && !isNamedAfterGivenName(text, name)) states.set(name, { name });
  }
  for (const name of polities(text)) if (!states.has(name)) states.set(name, hasRegionalOffice(text, name) ? { name, region: true } : { name });
  for (const match of text.matchAll(CAPITAL_AFTER)) addCapital(states, match[2], match[1]);
  for (const match of text.matchAll(CAPITAL_BEFORE)) addCapital(states, match[1], match[2]);
  return [...states.values()];
}

/** "Mette Halvorsen … Halvorsen's government": a name written after another name is a person's surname, not a state. */
function isNamedAfterGivenName(text: string, name: string): boolean {
  for (const match of text.matchAll(new RegExp(`\\b(\\p{Lu}\\p{Ll}+) ${name}\\b`, 'gu'))) {
    if (!NON_NAME_WORDS.has(match[1].toLowerCase()) && !isKnownStateWord(match[1])) return true;
  }
  // ("General Abdel Fattah al-Burhan … Burhan's government": a surname written with its Arabic article is one too.)
  return new RegExp(`\\b[Aa][lnrsdtz]-${name}\\b`, 'u').test(text);
}

/** Records a capital for a state the article found (the gazetteer knows the capitals of its own). */
function addCapital(states: Map<string, ArticleState>, state: string, capital: string): void {
  const known = states.get(state);
  if (known) known.capital ??= capital;
}

/** A name of one or two capitalised words. */
const NAME = String.raw`(\p{Lu}[\p{Ll}'’-]{2,}(?: \p{Lu}[\p{Ll}'’-]{2,})?)`;
/** "the breakaway region of Transnistria", "West Bengal, the Indian state that", "the Republic of Abkhazia". */
const REGION_CUES = [
  new RegExp(String.raw`\b(?:region|territory|province|republic|Republic|state) of (?:the )?${NAME}`, 'gu'),
  new RegExp(String.raw`\b${NAME},? (?:the|a|an) (?:[\p{Ll}-]+ |\p{Lu}\p{Ll}+ ){0,3}(?:state|region|province|territory|republic)\b`, 'gu'),
];
/** "Transnistria's leader", "Abkhazia's de facto foreign minister", "West Bengal's irrigation minister", "the Somaliland presidency". */
const GOVERNING_CUES = [
  new RegExp(String.raw`\b${NAME}['’]s (?:de facto |self-declared |breakaway )?(?:leader|authorities|government|presidency|parliament|president|prime minister|chief minister|[\p{Ll}]+ minister)\b`, 'gu'),
  new RegExp(String.raw`\bthe ${NAME} (?:presidency|government|authorities|parliament)\b`, 'gu'),
];

/**
 * Offices only a region that governs itself has: "Johor's Chief Minister", "the governor of Jujuy province", "the
 * Cross River State government". Enough alone, with no other word naming the place a region.
 */
const SELF_GOVERNING_CUES = [
  new RegExp(String.raw`\b(?:governor|chief minister|premier) of ${NAME} (?:province|state)\b`, 'gu'),
  new RegExp(String.raw`\b[Tt]he ${NAME} State government\b`, 'gu'),
  // "the emirate of Sharjah": an emirate is ruled by its own emir.
  new RegExp(String.raw`\bemirate of ${NAME}`, 'gu'),
  // "Tamil Nadu Chief Minister X", "the Khyber Pakhtunkhwa chief minister": only a state of a federation has one.
  new RegExp(String.raw`\b${NAME} [Cc]hief [Mm]inisters?\b`, 'gu'),
];

/** True when the article gives the region an office only a region has ("Johor's Chief Minister"). */
function hasRegionalOffice(text: string, name: string): boolean {
  return SELF_GOVERNING_CUES.some((cue) => [...text.matchAll(cue)].some((match) => match[1] === name));
}

/**
 * Regions the article shows to govern themselves: named as a region or a territory and as having a leader, ministers or
 * a government of their own ("the breakaway region of Transnistria … Transnistria's leader"). They act as states do.
 */
function polities(text: string): string[] {
  const regions = new Set<string>();
  for (const cue of [...REGION_CUES, ...SELF_GOVERNING_CUES]) for (const match of text.matchAll(cue)) regions.add(match[1]);
  if (!regions.size) return [];
  const governed = new Set<string>();
  for (const cue of [...GOVERNING_CUES, ...SELF_GOVERNING_CUES]) for (const match of text.matchAll(cue)) governed.add(match[1]);
  return [...regions].filter((name) => governed.has(name) && !isKnownStateWord(name) && !name.split(' ').some((word) => NON_NAME_WORDS.has(word.toLowerCase()) || isKnownStateWord(word)));
}
