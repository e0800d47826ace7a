// Word tokens of one sentence, with the flags that name finding needs (capitalised, possessive).

export interface Token {
  /** Surface text without a possessive ending; curly apostrophes straightened. */
  text: string;
  lower: string;
  /** Character offsets in the sentence. */
  start: number;
  end: number;
  capitalized: boolean;
  /** Ended in 's or s' (stripped from `text` for 's). */
  possessive: boolean;
  /** Punctuation rather than a word. */
  punct: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.&\-]*|[^\s\p{L}\p{N}]/gu;
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}$/u;
const TRAILING_ABBREVIATION = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'sta', 'sto', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'gen', 'lt', 'col', 'jr', 'sr']);

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(TOKEN)) {
    let text = match[0].includes('’') ? match[0].replace(/’/g, "'") : match[0];
    const start = match.index;
    const first = text[0];
    if (first.toLowerCase() === first.toUpperCase() && !(first >= '0' && first <= '9') && !/[\p{L}\p{N}]/u.test(first)) {
      tokens.push({ text, lower: text, start, end: start + text.length, capitalized: false, possessive: false, punct: true });
      continue;
    }
    const last = text[text.length - 1];
    if (last === '.' && !DOTTED_ACRONYM.test(text) && !TRAILING_ABBREVIATION.has(text.slice(0, -1).toLowerCase())) {
      text = text.replace(/\.+$/, '');
    } else if (last === '-') {
      text = text.replace(/-+$/, '');
    }
    let possessive = false;
    if (text.endsWith("'s") || text.endsWith("'S")) {
      if (text.length > 2) {
        text = text.slice(0, -2);
        possessive = true;
      }
    } else if (text.endsWith("s'")) {
      possessive = true;
    } else if (text.endsWith("'")) {
      text = text.slice(0, -1);
    }
    const lower = text.toLowerCase();
    tokens.push({ text, lower, start, end: start + text.length, capitalized: text[0] !== lower[0], possessive, punct: false });
  }
  return tokens;
}

/** Joins tokens back into a name: single spaces, dotted acronyms kept as written. */
export function joinTokens(tokens: Token[]): string {
  // "People's Liberation Army": a possessive inside a name keeps its 's.
  const words = tokens.map((token, index) => (token.possessive && index < tokens.length - 1 && !token.text.endsWith("'") ? `${token.text}'s` : token.text));
  // "Ministry of Economy, Trade and Industry": a comma sits against the word before it.
  return words.reduce((text, word, index) => (index === 0 ? word : tokens[index].text === ',' ? `${text},` : `${text} ${word}`), '');
}

/** Where a name ends that a bracketed acronym follows up to `end` ("… Command (INDOPACOM)"): `end` itself if none. */
export function beforeBracketedAcronym(tokens: Token[], end: number): number {
  return tokens[end - 1]?.text === ')' && tokens[end - 3]?.text === '(' ? end - 3 : end;
}

/** Whether the "of" at `at` stands between two capitalised words, inside a title or a name ("Secretary of State X"). */
export function isOfInsideCapitals(tokens: Token[], at: number): boolean {
  const [before, after] = [tokens[at - 1], tokens[at + 1]];
  return tokens[at]?.lower === 'of' && Boolean(before?.capitalized && !before.punct && after?.capitalized && !after.punct);
}
