// Names the kind of page chrome a paragraph is, or undefined when it may be article text.
import { isByLine, isDatelineOutlet, isLonePersonName, splitGluedByline } from './bylines.ts';
import { isAdMarker, isNavigationLine, isPriceTicker, isSharePrompt, isStandaloneLabel, isTagLine, isViewCounter } from './chromeLines.ts';
import { isPhotoCaption } from './photoCaptions.ts';
import { readPublishedLine } from './publishedLine.ts';

export type ChromeKind =
  | 'ad marker'
  | 'view counter'
  | 'navigation'
  | 'price ticker'
  | 'section label'
  | 'share prompt'
  | 'tag line'
  | 'byline'
  | 'outlet line'
  | 'published line'
  | 'photo caption';

/** Checked in this order; the first that fits names the paragraph. */
const CHROME_TESTS: readonly [ChromeKind, (paragraph: string) => boolean][] = [
  ['ad marker', isAdMarker],
  ['view counter', isViewCounter],
  // Before navigation: "March 3, 2024 / 10:42 AM / Updated" splits like a breadcrumb but carries the date.
  ['published line', (paragraph) => readPublishedLine(paragraph) !== undefined],
  ['navigation', isNavigationLine],
  ['price ticker', isPriceTicker],
  ['section label', isStandaloneLabel],
  ['share prompt', isSharePrompt],
  ['tag line', isTagLine],
  ['outlet line', (paragraph) => isDatelineOutlet(paragraph) || splitGluedByline(paragraph) !== undefined],
  ['byline', (paragraph) => isByLine(paragraph) || isLonePersonName(paragraph)],
  ['photo caption', isPhotoCaption],
];

export function classifyChrome(paragraph: string): ChromeKind | undefined {
  return CHROME_TESTS.find(([, test]) => test(paragraph))?.[0];
}
