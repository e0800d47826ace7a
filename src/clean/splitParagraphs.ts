// Raw text to paragraphs. Scraped text comes either one paragraph per line, or hard-wrapped with blank lines between
// paragraphs; a block of short lines that mostly do not end a sentence is wrapped prose and is joined.
import { collapseWhitespace, endsLikeSentence } from './paragraphShape.ts';
import { readPublishedLine } from './publishedLine.ts';

/** Lines longer than this are not the product of hard wrapping. */
const WRAP_WIDTH = 100;
/** Wrapped lines before the last run close to the longest: a line under this share of it ends an item (a headline, a date line). */
const WRAPPED_LINE_SHARE = 0.7;

export function splitParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  for (const block of text.split(/\r?\n\s*\r?\n/)) {
    const lines = block.split(/\r?\n/).map(collapseWhitespace).filter(Boolean);
    if (lines.length === 0) continue;
    if (isHardWrapped(lines)) paragraphs.push(lines.join(' '));
    else paragraphs.push(...joinContinuations(lines));
  }
  return paragraphs;
}

function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2 || lines.some((line) => line.length > WRAP_WIDTH)) return false;
  const inner = lines.slice(0, -1);
  // "19. nov. 2026 kl. 17.40 | Updated …" above a byline: a date line is an item of its own, never wrapped prose.
  if (inner.some((line) => readPublishedLine(line) !== undefined)) return false;
  const open = inner.filter((line) => !endsLikeSentence(line)).length;
  // Wrapped lines run close to the wrap width; short lines are separate items (chrome, labels), not wrapped prose.
  const averageLength = inner.reduce((sum, line) => sum + line.length, 0) / inner.length;
  const longest = Math.max(...inner.map((line) => line.length));
  const even = inner.every((line) => line.length >= longest * WRAPPED_LINE_SHARE);
  return open / inner.length >= 0.6 && averageLength >= 50 && even;
}

/** A line that stops mid-sentence and a next line that starts in lower case are one sentence broken in two. */
function joinContinuations(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && !endsLikeSentence(previous) && /^\p{Ll}/u.test(line)) joined[joined.length - 1] = `${previous} ${line}`;
    else joined.push(line);
  }
  return joined;
}
