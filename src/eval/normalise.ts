// Normal forms that make gold annotations and predicted graphs comparable despite spelling noise.
import { LEADING_TITLES } from './titles.ts';

/** Titles as token sequences, longest first, so "prime minister" is tried before "minister". */
const TITLE_TOKENS = LEADING_TITLES.map((title) => title.split(' ')).sort((a, b) => b.length - a.length);

/** Lower-case words of a text: accents folded, curly quotes straightened, possessives and punctuation dropped, hyphens split. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/'s\b/g, '')
    .replace(/s'(?=\s|$)/g, 's')
    .replace(/[-‐‑‒–—/]/g, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .split(/\s+/)
    .filter((word) => word.length > 0);
}

/**
 * The key two names are compared by: words without leading titles, joined without spaces,
 * so "Mr. Al-Haddadi", "al Haddadi" and "Al Haddadi's" meet, and "U.S." meets "US".
 * A name made only of a title ("the President") keeps its words rather than becoming empty.
 */
export function nameKey(name: string): string {
  let words = wordsOf(name);
  let stripped = true;
  while (stripped) {
    stripped = false;
    for (const title of TITLE_TOKENS) {
      if (words.length > title.length && title.every((token, index) => words[index] === token)) {
        words = words.slice(title.length);
        stripped = true;
        break;
      }
    }
  }
  return words.join('');
}

/** Text as single-spaced lower-case words, for finding a key phrase inside a statement. */
export function phraseKey(text: string): string {
  return wordsOf(text).join(' ');
}

/** True when the phrase occurs in the text on word boundaries, after both are normalised. */
export function containsPhrase(text: string, phrase: string): boolean {
  return keyContainsKey(phraseKey(text), phraseKey(phrase));
}

/** `containsPhrase` on keys made once with `phraseKey`, for scoring many phrases against many texts. */
export function keyContainsKey(textKey: string, phraseKeyToFind: string): boolean {
  if (phraseKeyToFind.length === 0) return false;
  return ` ${textKey} `.includes(` ${phraseKeyToFind} `);
}
