// Page chrome recognised by shape or by the boilerplate lexicon: ad slots, labels, prompts, counters, price tickers.
import { AD_MARKERS, PROMPT_OPENINGS, STANDALONE_LABELS, TAG_LINE_OPENINGS } from './boilerplateLexicon.ts';
import { hasMoreWordsThan } from './paragraphShape.ts';

const lexiconKey = (paragraph: string): string => paragraph.toLowerCase().replace(/[\s:.…»›>|•·-]+$/, '').trim();
const AD_SET = new Set(AD_MARKERS);
const LABEL_SET = new Set(STANDALONE_LABELS);

export function isAdMarker(paragraph: string): boolean {
  return AD_SET.has(lexiconKey(paragraph));
}

/** "Details", "Comments", "Read more": a widget title or section label alone on its line. */
export function isStandaloneLabel(paragraph: string): boolean {
  return LABEL_SET.has(lexiconKey(paragraph));
}

/** "Share this article on …", "Follow us on Telegram": short prompts, never long prose. */
export function isSharePrompt(paragraph: string): boolean {
  if (hasMoreWordsThan(paragraph, 20)) return false;
  const lower = paragraph.toLowerCase();
  return PROMPT_OPENINGS.some((opening) => lower.startsWith(opening));
}

/** "Tags: Fishing, Harbours", "Filed under World": the page's categories. */
export function isTagLine(paragraph: string): boolean {
  if (hasMoreWordsThan(paragraph, 30)) return false;
  const lower = paragraph.toLowerCase();
  return TAG_LINE_OPENINGS.some((opening) => lower.startsWith(opening));
}

/** "Home | World | Business", "News › Europe › Spain": breadcrumbs and menus, short items between separators. */
export function isNavigationLine(paragraph: string): boolean {
  const items = paragraph.split(/\s+[|›»/>]\s+|\s*[|›»]\s*/).filter(Boolean);
  return items.length >= 3 && items.every((item) => !hasMoreWordsThan(item, 4) && !/[.!?]$/.test(item));
}

/** "• 3054 views", "1.2K shares", "12 comments". */
export function isViewCounter(paragraph: string): boolean {
  return /^[•·|\s]*\d[\d.,\s]*[kKmM]?\s*(views?|reads?|comments?|shares?|likes?|reactions?)\s*$/i.test(paragraph);
}

/**
 * Numbers with currency signs, percentages, arrows and ticker symbols only ("$41.750.06", "USD 41.75 ▲0.3%").
 * Digits and at most a few short upper-case symbols; any real word makes it text.
 */
export function isPriceTicker(paragraph: string): boolean {
  if (!/\d/.test(paragraph)) return false;
  const withoutSymbols = paragraph.replace(/\b[A-Z]{2,5}\b/g, '');
  return /^[\s\d$€£¥₴₽₩%+\-−–.,:;/()▲▼△▽↑↓]+$/.test(withoutSymbols);
}
