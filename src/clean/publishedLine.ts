// "Published: 28 Apr. 2025, 14:52" and its kin are page furniture, but they carry the article's date.
import { leadingDate, toIsoDate } from '../load/isoDate.ts';
import { endsLikeSentence, hasMoreWordsThan } from './paragraphShape.ts';

const PUBLISHED_LINE = /^(published|posted|issued|first published|updated|last updated|date)(\s+on)?\s*:?\s+(.{4,60})$/i;
/** What separates the parts of a page's date line: bars, bullets, dashes; a comma before "Nov. 23" too. */
const SEPARATORS = /\s*[|•·–—]\s*|,\s+(?=\p{L}+\.? \d)/u;
/** Words that may follow a date on its line ("10:42 AM GMT", "Updated 2 hours ago", "4 min read"). */
const DATE_LINE_WORDS = /\b(updated|ago|hours?|minutes?|min|read|days?|GMT|UTC|[AP]M)\b/gi;
const MAX_DATE_LINE_WORDS = 16;

/** The ISO date of a published/updated line, and whether it is the publication (rather than an update). */
export function readPublishedLine(paragraph: string): { date: string; isUpdate: boolean } | undefined {
  const match = PUBLISHED_LINE.exec(paragraph);
  if (!match) return readDateLine(paragraph);
  const date = toIsoDate(match[3]);
  if (!date) return undefined;
  return { date, isUpdate: /updated/i.test(match[1]) };
}

/**
 * "March 3, 2024 / 10:42 AM / Updated 2 hours ago", "By Ana Ruiz | November 23, 2026", "Story by X • 12 November
 * 2026", "November 12, 2026 · 4 min read": a short line, not a sentence, one of whose parts is a date.
 */
function readDateLine(paragraph: string): { date: string; isUpdate: boolean } | undefined {
  if (hasMoreWordsThan(paragraph, MAX_DATE_LINE_WORDS) || endsLikeSentence(paragraph)) return undefined;
  const parts = paragraph.split(SEPARATORS);
  for (const part of parts.length > 1 ? [paragraph, ...parts] : parts) {
    const date = leadingDate(part);
    if (date && !/\p{L}{4,}/u.test(date.rest.replace(DATE_LINE_WORDS, ''))) return { date: date.iso, isUpdate: false };
  }
  return undefined;
}
