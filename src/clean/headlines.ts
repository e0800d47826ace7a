// Headlines: the line that names the article when no metadata did, and its repetitions inside the body.
import { comparableText, wordCount } from './paragraphShape.ts';

/** A short line that starts with a capital and does not end like a sentence (a headline may end in ? or !). */
export function isHeadlineLike(paragraph: string): boolean {
  const words = wordCount(paragraph);
  if (words < 3 || words > 30 || paragraph.length > 250) return false;
  if (!/^[\p{Lu}\p{N}"'“‘]/u.test(paragraph)) return false;
  return !/[.,;:…]["'”’)\]]*$/.test(paragraph);
}

export function isSameHeadline(paragraph: string, title: string): boolean {
  // Folding only drops accents and punctuation: a paragraph far longer than the title cannot be it (and is not folded).
  if (paragraph.length > title.length * 2 + 20) return false;
  const text = comparableText(paragraph);
  return text !== '' && text === comparableText(title);
}

/** When nothing names the article: its first sentence, cut at a word boundary so the title stays a title. */
export function titleFromFirstSentence(paragraph: string, maxLength = 120): string {
  const sentence = /^.*?[.!?](?=\s+\p{Lu}|\s*$)/u.exec(paragraph)?.[0] ?? paragraph;
  if (sentence.length <= maxLength) return sentence.replace(/[.]$/, '');
  const cut = sentence.slice(0, maxLength);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : maxLength)}…`;
}
