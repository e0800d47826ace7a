// "Published: 28 Apr. 2025, 14:52" and its kin are page furniture, but they carry the article's date.
import { leadingDate, toIsoDate } from '../load/isoDate.ts';
import { endsLikeSentence, wordCount } from './paragraphShape.ts';

const BYLINE_SEPARATORS = /\s*[|•·–—]\s*|,\s+(?=\p{L}+\.? \d)/u;
const PUBLISHED_LINE = /^(published|posted|first published|updated|last updated|date)(\s+on)?\s*:?\s+(.{4,60})$/i;

/** The ISO date of a published/updated line, and whether it is the publication (rather than an update). */
export function readPublishedLine(paragraph: string): { date: string; isUpdate: boolean } | undefined {
  const match = PUBLISHED_LINE.exec(paragraph);
  // "By Ana Ruiz | November 23, 2026": a byline that carries the date after a separator.
  if (!match && /^by\s/i.test(paragraph)) {
    for (const part of paragraph.split(BYLINE_SEPARATORS).slice(1)) {
      const date = readBareDateLine(part.trim());
      if (date) return date;
    }
    return undefined;
  }
  if (!match) return readBareDateLine(paragraph);
  const date = toIsoDate(match[3]);
  if (!date) return undefined;
  return { date, isUpdate: /updated/i.test(match[1]) };
}

/** "March 3, 2024 / 10:42 AM / Updated 2 hours ago": a short line that opens with a date and is not a sentence. */
function readBareDateLine(paragraph: string): { date: string; isUpdate: boolean } | undefined {
  if (wordCount(paragraph) > 12 || endsLikeSentence(paragraph)) return undefined;
  // "12 November 2026, 09:41 GMT+2 | By Ana Ruiz": the byline after a separator is not part of the date.
  const date = leadingDate(paragraph.replace(/\s*[|•·]\s*by\s.*$/i, ''));
  if (!date || /\p{L}{4,}/u.test(date.rest.replace(/\b(updated|ago|hours?|minutes?|days?|GMT|UTC|[AP]M)\b/gi, ''))) return undefined;
  return { date: date.iso, isUpdate: false };
}
