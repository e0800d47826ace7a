// "Published: 28 Apr. 2025, 14:52" and its kin are page furniture, but they carry the article's date.
import { leadingDate, toIsoDate } from '../load/isoDate.ts';
import { endsLikeSentence, hasMoreWordsThan } from './paragraphShape.ts';

const PUBLISHED_LINE = /^(published|posted|issued|first published|updated|last updated|date)(\s+on)?\s*:?\s+(.{4,60})$/i;
/** What separates the parts of a page's date line: bars, bullets, dashes; a comma before "Nov. 23" too. */
const SEPARATORS = /\s*[|•·–—]\s*|,\s+(?=\p{L}+\.? \d)/u;
/** Words that may follow a date on its line ("10:42 AM GMT", "Updated 2 hours ago", "4 min read"). */
const DATE_LINE_WORDS = /\b(updated|ago|hours?|minutes?|min|read|days?|GMT|UTC|[AP]M)\b/gi;
const MAX_DATE_LINE_WORDS = 16;
/** A city of one to three capitalised words opening a date line, before a dash. */
const DATELINE_PLACE = /^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}) [—–] /u;
/** Capitalised openings of a date line that are no place: days, months, bylines, labels. */
const NOT_PLACES = /^(by|story|updated|published|posted|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/** The ISO date of a published/updated line, and whether it is the publication (rather than an update). */
export function readPublishedLine(paragraph: string): { date: string; isUpdate: boolean; place?: string } | undefined {
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
function readDateLine(paragraph: string): { date: string; isUpdate: boolean; place?: string } | undefined {
  if (hasMoreWordsThan(paragraph, MAX_DATE_LINE_WORDS) || endsLikeSentence(paragraph)) return undefined;
  const parts = paragraph.split(SEPARATORS);
  for (const part of parts.length > 1 ? [paragraph, ...parts] : parts) {
    const date = leadingDate(part);
    if (date && !/\p{L}{4,}/u.test(date.rest.replace(DATE_LINE_WORDS, ''))) {
      // "Kuala Lumpur — Saturday, 21 November 2026": a city before a dash says where the story was filed.
      const place = DATELINE_PLACE.exec(paragraph)?.[1];
      return place && !NOT_PLACES.test(place) ? { date: date.iso, isUpdate: false, place } : { date: date.iso, isUpdate: false };
    }
  }
  return undefined;
}
