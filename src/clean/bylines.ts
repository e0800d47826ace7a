// Bylines and outlet lines: who wrote it and for whom, not what happened.
import { toIsoDate } from '../load/isoDate.ts';
import { NAME_PARTICLES } from './boilerplateLexicon.ts';
import { endsLikeSentence, hasMoreWordsThan } from './paragraphShape.ts';

const PARTICLES = new Set(NAME_PARTICLES);
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Reporting by Jane Doe; editing by John Roe". */
export function isByLine(paragraph: string): boolean {
  // "Associated Press writer Jack Morrow in Cairo contributed to this report."
  // … "Associated Press writer Jack Morrow contributed from Cairo."
  if (!hasMoreWordsThan(paragraph, 30) && /\bcontributed( reporting)? (to this (report|story|article)|from( \p{Lu}[\p{L}'’-]*)+)\.?$/iu.test(paragraph)) return true;
  // "(Reporting by Jane Doe in Lima and John Roe in Oslo; Editing by Sam Cole)": a wire's credits in brackets, where
  // each name may carry its city, and every part is a credit.
  const bracketed = /^\((.*)\)$/.exec(paragraph);
  if (bracketed && !hasMoreWordsThan(paragraph, 40)) return bracketed[1].split(/;\s*/).every((part) => /^(reporting|additional reporting|writing|editing|compiled)\s+by\s/i.test(part) && /^\S+(\s+\S+)?\s+by\s+\p{Lu}/u.test(part));
  if (isCreditsLine(paragraph)) return true;
  if (hasMoreWordsThan(paragraph, 12) || /[!?]$/.test(paragraph)) return false;
  if (/^(By|BY)\s+\p{Lu}/u.test(paragraph)) return true;
  // Case-insensitive on the opening words only; the name after "by" must still start with a capital.
  const credit = /^(reporting|written|words|text|editing|additional reporting)\s+by\s+(\S)/i.exec(paragraph);
  return credit !== null && /\p{Lu}/u.test(credit[2]);
}

/** "Reporting by X. Editing by Y" and its kin: one credit to a named person. */
const CREDIT = /^(reporting|additional reporting|writing|written|editing|edited|compiled|graphics|production|produced)\s+by\s+\p{Lu}/iu;
/** "© 2026 Horn Wire", "ⓒ The Daily", "Copyright 2026 …", "All rights reserved": a notice of rights. */
const RIGHTS_NOTICE = /^([©ⓒ]|\(c\)\s|copyright\b|all rights reserved)/iu;

/**
 * "Reporting by Jane Doe and John Roe. Editing by Sam Cole. © 2026 Horn Wire. All rights reserved.": credits, and
 * the outlet's notice of rights after them, each part a credit or a notice.
 */
function isCreditsLine(paragraph: string): boolean {
  if (hasMoreWordsThan(paragraph, 40)) return false;
  const parts = paragraph.split(/[.;]\s+/).map((part) => part.replace(/\.$/, '').trim()).filter(Boolean);
  const credit = (part: string) => CREDIT.test(part) || REPORTED_FROM.test(part);
  return parts.length > 1 && credit(parts[0]!) && parts.every((part) => credit(part) || RIGHTS_NOTICE.test(part));
}

/** "Lucas Benyunes reported from Gibraltar": a reporter's credit, in a line of credits. */
const REPORTED_FROM = /^(\p{Lu}[\p{L}'’.-]*\s+){1,3}(reported|wrote|reporting) (from|in) \p{Lu}[\p{L} '’.-]*$/u;

/** Two to four capitalised words and nothing else: an author's name left alone on its line. */
export function isLonePersonName(paragraph: string): boolean {
  if (endsLikeSentence(paragraph) || /\d/.test(paragraph)) return false;
  const words = paragraph.split(' ');
  if (words.length < 2 || words.length > 4) return false;
  return words.every((word) => NAME_WORD.test(word) || PARTICLES.has(word)) && NAME_WORD.test(words[0]);
}

/** "Kyiv • UNN", "LONDON | Reuters": a dateline place and an outlet, split by a bullet or bar. */
export function isDatelineOutlet(paragraph: string): boolean {
  if (!/^[\p{L}][\p{L} .'’-]{1,40}\s*[•·|]\s*[\p{L}\p{N}][\p{L}\p{N} .&'’-]{0,40}$/u.test(paragraph)) return false;
  // "By Jane Doe | 5 October 2023" is a byline with a date, not a place and an outlet.
  const [place, outlet] = paragraph.split(/\s*[•·|]\s*/);
  return !/^(by|reporting by)\s/i.test(place) && toIsoDate(outlet) === undefined;
}

/** The outlet of a dateline line ("UNN" in "Kyiv • UNN"). */
export function outletOfDateline(paragraph: string): string | undefined {
  return isDatelineOutlet(paragraph) ? paragraph.split(/\s*[•·|]\s*/).pop()?.trim() || undefined : undefined;
}

/**
 * An outlet name glued to its author by a scraper that dropped the space between two elements:
 * "The Daily CourierJane Doe". The glue is a lower-case letter followed by a capital, and what follows is a name.
 */
export function splitGluedByline(paragraph: string): { outlet: string; author: string } | undefined {
  if (endsLikeSentence(paragraph) || hasMoreWordsThan(paragraph, 10)) return undefined;
  const glue = /(\p{Ll})(\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){1,3})$/u.exec(paragraph);
  if (!glue) return undefined;
  const author = glue[2];
  const outlet = paragraph.slice(0, glue.index + 1).trim();
  if (!isLonePersonName(author) || outlet === '') return undefined;
  return { outlet, author };
}

/**
 * The dateline that opens a wire story — "DUBAI, United Arab Emirates (AP) — ", "WASHINGTON (Reuters) - ",
 * "KYIV, Ukraine, June 2 (Reuters) - ", "TROMSØ (High North Journal): " — says where it was filed: the paragraph without it, and its city.
 */
export function splitDateline(paragraph: string): DatelineSplit {
  // "NEW DELHI/ISLAMABAD, Nov 17 (Reuters) -": a story filed from two or three cities names them all ("New Delhi/Islamabad").
  const dateline = /^(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,3}(?:\/\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,3}){0,2})((?:, [\p{L}\d .'’-]{2,40}?){0,2})(?:(?: \([^()]{1,40}\))? ?[—–-]{1,2} (?=\S)| \(\p{Lu}[^()]{0,39}\): (?=\p{Lu}))/u.exec(paragraph);
  if (!dateline) return splitTitleCaseDateline(paragraph);
  const city = dateline[1].toLowerCase().replace(/(^|[\s/-])(\p{L})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase());
  return { text: paragraph.slice(dateline[0].length), city, ...afterCity(dateline[2]) };
}

interface DatelineSplit {
  text: string;
  city?: string;
  date?: string;
  /** The state or region named after the city ("Kyrgyzstan" in "BATKEN, Kyrgyzstan (AP) —"). */
  region?: string;
}

/** What follows a dateline's city: ", Nov 12, 2026" dates the story; ", Kyrgyzstan" says where the city lies. */
function afterCity(rest: string): { date?: string; region?: string } {
  const parts = rest.split(', ').slice(1);
  // "KHARTOUM, Nov 12, 2026 (AFP) -": a dateline that states its year dates the story.
  const date = toIsoDate(parts.join(', '));
  if (date) return { date };
  const region = parts[0]?.trim();
  return region && !/\d/.test(region) ? { region } : {};
}

/** "Peshawar (AFP) – ", "Kuala Lumpur, Malaysia (Reuters) - ": a city in title case is a dateline only with its wire. */
function splitTitleCaseDateline(paragraph: string): DatelineSplit {
  const dateline = /^(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){0,2})((?:, [\p{L}\d .'’-]{2,40}?){0,2}) \(\p{Lu}[\p{L}.&]*(?: \p{Lu}[\p{L}.&]*)?\) ?[—–-]{1,2} (?=\p{Lu})/u.exec(paragraph);
  if (!dateline) return { text: paragraph };
  return { text: paragraph.slice(dateline[0].length), city: dateline[1], ...afterCity(dateline[2]) };
}
