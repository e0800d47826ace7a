// What a paragraph looks like, independent of what it says: sentence or not, how many words, how to compare it.
import { foldText } from '../../graph/text.ts';

/** Ends the way a sentence ends: terminal punctuation, possibly inside closing quotes or brackets, or a closing quote. */
export function endsLikeSentence(paragraph: string): boolean {
  return /[.!?…:;]["'”’»)\]]*$/.test(paragraph) || /[”"»]$/.test(paragraph);
}

export function wordCount(paragraph: string): number {
  return paragraph.split(/\s+/).filter(Boolean).length;
}

/** Lower-case letters and digits only, for comparing a paragraph with a headline. */
export const comparableText = foldText;

/** Trimmed, with runs of whitespace (no-break spaces included) as one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}
