// Quotation marks: the characters that open and close a quote, and the span a pair of them encloses.
import type { Token } from './tokens.ts';

export const OPEN_QUOTE = new Set(['“', '"', '«']);
export const CLOSE_QUOTE = new Set(['”', '"', '»']);

export interface QuoteSpan {
  /** Sentence indices where the quote opens and closes; token indices of the marks within them. */
  openSentence: number;
  openToken: number;
  closeSentence: number;
  closeToken: number;
  text: string;
}

export function isOpening(text: string, token: Token): boolean {
  if (token.text !== '"') return true;
  const before = text[token.start - 1];
  return before === undefined || /[\s([—–-]/.test(before);
}

/** The index of a sentence's first quotation mark, opening or closing; -1 when it has none. */
export function firstQuoteMark(tokens: Token[]): number {
  return tokens.findIndex((token) => OPEN_QUOTE.has(token.text) || CLOSE_QUOTE.has(token.text));
}

/** The index of a sentence's last quotation mark, opening or closing; -1 when it has none. */
export function lastQuoteMark(tokens: Token[]): number {
  return tokens.findLastIndex((token) => OPEN_QUOTE.has(token.text) || CLOSE_QUOTE.has(token.text));
}
