// Name keys for matching one entity across articles: transliterations (Koo Byongsam / Koo Byung-sam),
// hyphenation (Kim Jong Un / Kim Jong-un), honorifics (Mr Kim), acronyms (KCNA), treaty descriptions.
import { jaroWinkler } from '../extract/nameSimilarity.ts';
import { lookupKey } from '../extract/gazetteer.ts';
import { cachedByText } from '../extract/textCache.ts';
import { COURTESY_TITLES } from '../extract/lexicon/titles.ts';

/** Jaro-Winkler similarity above which two spellings of one name are taken as one person (tuned on the sample articles). */
export const PERSON_SIMILARITY = 0.9;

/** Name parts, lower case, without honorifics; hyphenated parts split ("Ha-kyu" → ha, kyu). */
export const personParts = cachedByText((name: string): readonly string[] =>
  lookupKey(name)
    .split(/[\s-]+/)
    .filter((part) => part && !COURTESY_TITLES.has(part)),
);

export function personKey(name: string): string {
  return personParts(name).join('');
}

/**
 * Two full names of one person: same letters once spaces and hyphens go, or the same family or given name
 * with the whole name spelt nearly alike (Jeon Ha Gyu / Jeon Ha-kyu; Koo Byongsam / Koo Byoungsam).
 */
export function isSamePerson(a: string, b: string): boolean {
  const partsA = personParts(a);
  const partsB = personParts(b);
  if (!partsA.length || !partsB.length) return false;
  const compactA = partsA.join('');
  const compactB = partsB.join('');
  if (compactA === compactB) return true;
  // "Takeuchi Hiroshi" and "Hiroshi Takeuchi": East Asian names written family name first or last.
  if (partsA.length === 2 && partsB.length === 2 && partsA[0] === partsB[1] && partsA[1] === partsB[0]) return true;
  // A single name ("Putin", "Mr Kim") is the person whose name has it as a part.
  if (partsA.length === 1 || partsB.length === 1) {
    const [single, full] = partsA.length === 1 ? [partsA[0], partsB] : [partsB[0], partsA];
    if (full.length < 2) return false;
    if (full[0] === single || full.at(-1) === single) return true;
    // "Zelenskyy" is the "Volodymyr Zelensky" named before: another spelling of the surname.
    const surname = full.at(-1)!;
    return single.length >= 5 && Math.abs(single.length - surname.length) <= 2 && single.slice(0, 3) === surname.slice(0, 3) && jaroWinkler(single, surname) >= PERSON_SIMILARITY;
  }
  // "al-Haddadi" is the tail of "Youssef al-Haddadi".
  const [shorter, longer] = partsA.length <= partsB.length ? [partsA, partsB] : [partsB, partsA];
  if (shorter.length < longer.length && longer.slice(-shorter.length).join(' ') === shorter.join(' ')) return true;
  const alike = (x: string | undefined, y: string | undefined) => Boolean(x && y && (x === y || jaroWinkler(x, y) >= PERSON_SIMILARITY));
  const shareAnchor = alike(partsA[0], partsB[0]) || alike(partsA.at(-1), partsB.at(-1));
  const closeInLength = Math.abs(compactA.length - compactB.length) <= 2;
  return shareAnchor && closeInLength && jaroWinkler(compactA, compactB) >= PERSON_SIMILARITY;
}

/**
 * Initials of a multi-word name ("Korean Central News Agency" → KCNA); an acronym inside gives all its letters
 * ("UN Security Council" → UNSC), so "EAWS Commission" is not the "European Commission".
 */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => (/^\p{Lu}{2,}$/u.test(word) ? word : word[0]))
    .join('');
}

