// A dash-led line such as "– the ministry said in a statement." names who spoke the block quote above it:
// it belongs to that quote's paragraph, not to the page chrome.
import { REPORTING_VERBS } from './boilerplateLexicon.ts';
import { hasMoreWordsThan } from './paragraphShape.ts';

const VERBS = new Set(REPORTING_VERBS);

export function isQuoteAttribution(paragraph: string): boolean {
  const dashed = /^[–—-]{1,2}\s*(\p{Ll}|the\b|The\b|\p{Lu})/u.exec(paragraph);
  if (!dashed || hasMoreWordsThan(paragraph, 25)) return false;
  return paragraph
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => VERBS.has(word));
}

/** Appends each attribution line to the paragraph before it. */
export function joinQuoteAttributions(paragraphs: string[]): string[] {
  const joined: string[] = [];
  for (const paragraph of paragraphs) {
    if (joined.length > 0 && isQuoteAttribution(paragraph)) joined[joined.length - 1] += ` ${paragraph}`;
    else joined.push(paragraph);
  }
  return joined;
}
