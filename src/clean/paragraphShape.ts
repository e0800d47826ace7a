// What a paragraph looks like, independent of what it says: sentence or not, how many words, how to compare it.
import { foldText } from '../../graph/text.ts';

/** Ends the way a sentence ends: terminal punctuation, possibly inside closing quotes or brackets, or a closing quote. */
export function endsLikeSentence(paragraph: string): boolean {
  return /[.!?…:;]["'”’»)\]]*$/.test(paragraph) || /[”"»]$/.test(paragraph);
}

/** Words separated by white space (as `\s` counts it), counted without splitting: it runs on every paragraph. */
export function wordCount(paragraph: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < paragraph.length; i++) {
    const space = isSpace(paragraph.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Whether a paragraph has more than `limit` words: as `wordCount(paragraph) > limit`, but stops reading once it has. */
export function hasMoreWordsThan(paragraph: string, limit: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < paragraph.length; i++) {
    const space = isSpace(paragraph.charCodeAt(i));
    if (!space && !inWord && ++words > limit) return true;
    inWord = !space;
  }
  return false;
}

function isSpace(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 160 || code === 5760 || (code >= 8192 && code <= 8202) || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279;
}

/** Lower-case letters and digits only, for comparing a paragraph with a headline. */
export const comparableText = foldText;

/** Trimmed, with runs of whitespace (no-break spaces included) as one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}
