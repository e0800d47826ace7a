// Capitalised words that name nothing in the story: the credits of a wire story the cleaner left in the text (its
// dateline's outlet, its reporters and editors, a copyright line) and ships named with a navy's prefix.
import { lookupKey } from './gazetteer.ts';
import { joinTokens, type Token } from './tokens.ts';
import { NEWS_ORGANIZATIONS } from './lexicon/newsOrganizations.ts';

/** Nouns of a wire story's staff credits ("Reporting by X and Y; Editing by Z"). */
const CREDIT_WORDS = new Set(['reporting', 'editing', 'writing', 'compiled', 'edited', 'written', 'additional']);

/**
 * "Reporting by X and Y. Editing by Z. © 2026 Outlet": the journalists and the outlet a credit line names (one the
 * cleaner left in the text) are no entities of the story.
 */
export function isStaffCredit(tokens: Token[], start: number): boolean {
  // ("© 2026 Outlet", "ⓒ The Outlet".)
  if (tokens.slice(Math.max(0, start - 2), start).some((token) => /^[©ⓒ]$/.test(token.text))) return true;
  let at = start - 1;
  // Back over the names and "and" of the list ("Reporting by A, B and C").
  while (at > 0 && (tokens[at].lower === 'and' || tokens[at].text === ',' || (tokens[at].capitalized && !tokens[at].punct && tokens[at].lower !== 'by'))) at--;
  return tokens[at]?.lower === 'by' && CREDIT_WORDS.has(tokens[at - 1]?.lower ?? '');
}

/** "(Reuters) -" near the start of a sentence: an outlet in brackets before a dash, as a dateline credits it. */
export function isDatelineCredit(tokens: Token[], start: number, end: number): boolean {
  return start <= 12 && tokens[start - 1]?.text === '(' && tokens[end]?.text === ')' && /^[-–—]+$/.test(tokens[end + 1]?.text ?? '') && NEWS_ORGANIZATIONS.has(lookupKey(joinTokens(tokens.slice(start, end))));
}

/** Prefixes of ships' names that navies and registries use ("BRP Sierra Madre", "USS Carney", "MV Galaxy Leader"). */
const SHIP_PREFIXES = new Set(['USS', 'USNS', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'BRP', 'INS', 'PNS', 'KRI', 'TCG', 'ROKS', 'RFS', 'MV', 'MT', 'SS']);

/** "the BRP Sierra Madre", "USS Carney": a ship is no actor of the model. */
export function isShipName(tokens: Token[], start: number, end: number): boolean {
  return end - start > 1 && SHIP_PREFIXES.has(tokens[start].text);
}
