// "Published: 28 Apr. 2025, 14:52" and its kin are page furniture, but they carry the article's date.
import { toIsoDate } from '../load/isoDate.ts';

const PUBLISHED_LINE = /^(published|posted|first published|updated|last updated|date)(\s+on)?\s*:?\s+(.{4,60})$/i;

/** The ISO date of a published/updated line, and whether it is the publication (rather than an update). */
export function readPublishedLine(paragraph: string): { date: string; isUpdate: boolean } | undefined {
  const match = PUBLISHED_LINE.exec(paragraph);
  if (!match) return undefined;
  const date = toIsoDate(match[3]);
  if (!date) return undefined;
  return { date, isUpdate: /updated/i.test(match[1]) };
}
