// Splits paragraphs into sentences. A full stop ends a sentence unless it belongs to an abbreviation
// ("U.S.", "Mr.", "Jan."), and a sentence that ends inside a quotation ends after the closing mark.
import type { Sentence } from '../types.ts';
import { ABBREVIATED_RANKS } from './lexicon/titles.ts';

export interface ParagraphSentence extends Sentence {
  paragraph: number;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'sen', 'rep', 'gov', 'jr', 'sr', 'no',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'vs', 'etc', 'inc', 'corp',
  'ltd', 'co', 'approx', 'est', 'dept', 'univ', 'mt', 'ft', 'fig', 'sta', 'sto', ...ABBREVIATED_RANKS,
  // "Md. Touhid Hossain": Bangladeshi names abbreviate Mohammad so.
  'md',
]);

const BOUNDARY = /([.!?]+)(["”’')\]]*)(\s+)(?=["“‘(\[]?[A-Z0-9–—-])/g;

export function splitSentences(paragraphs: string[]): ParagraphSentence[] {
  const sentences: ParagraphSentence[] = [];
  paragraphs.forEach((paragraph, paragraphIndex) => {
    let start = 0;
    for (const match of paragraph.matchAll(BOUNDARY)) {
      const end = match.index + match[1].length + match[2].length;
      if (isAbbreviation(paragraph, match.index)) continue;
      pushSentence(sentences, paragraph.slice(start, end), paragraphIndex);
      start = end + match[3].length;
    }
    pushSentence(sentences, paragraph.slice(start), paragraphIndex);
  });
  return sentences;
}

function pushSentence(sentences: ParagraphSentence[], text: string, paragraph: number): void {
  const trimmed = text.trim();
  if (trimmed) sentences.push({ index: sentences.length, text: trimmed, paragraph });
}

/** True when the full stop at `dot` closes an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  const before = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1];
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Initials and dotted acronyms: "U.S.", "J.", "U.N." — but a lone capital ending a sentence is rare enough to accept.
  return /^(?:[A-Z]\.)*[A-Z]$/.test(word);
}
