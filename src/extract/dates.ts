// Resolves the time expressions of news ("Monday", "in March", "last fall") against the article's date, with
// chrono-node for the grammar; without an article date only expressions that state their year are resolved.
import * as chrono from 'chrono-node';

const TIME_WORDS = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|spring|summer|fall|autumn|winter|this year|last year|\d{4})\b/i;
const SEASON = /\b(?:(last|this|next)\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(\d{4}))?\b/i;
const SEASON_MONTH: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };

/**
 * The date a sentence speaks of, as ISO `YYYY-MM-DD` (or `YYYY-MM` when only the month is known), or undefined.
 * Past is preferred: news reports what happened, so "in June" in an April article is last June.
 */
export function resolveDate(sentence: string, articleDate?: string): string | undefined {
  const found = TIME_WORDS.exec(sentence);
  if (!found) return undefined;
  // The grammar's cost grows with the text: give it the words around the first time word only.
  const text = sentence.slice(Math.max(0, found.index - 30), found.index + 50);
  const reference = articleDate ? new Date(`${articleDate}T12:00:00Z`) : undefined;
  const season = resolveSeason(text, reference);
  for (const result of chrono.parse(text, reference ? { instant: reference, timezone: 'UTC' } : undefined, { forwardDate: false })) {
    const start = result.start;
    if (!reference && !start.isCertain('year')) continue;
    let date = start.date();
    if (reference && !start.isCertain('year') && date.getTime() > reference.getTime() + 86_400_000) {
      date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate()));
    }
    const iso = date.toISOString().slice(0, 10);
    const dayKnown = start.isCertain('day') || start.isCertain('weekday') || /\b(today|yesterday|\w+day)\b/i.test(result.text);
    if (!dayKnown && !start.isCertain('month')) continue;
    return dayKnown ? iso : iso.slice(0, 7);
  }
  return season;
}

function resolveSeason(text: string, reference: Date | undefined): string | undefined {
  const match = SEASON.exec(text);
  if (!match) return undefined;
  const month = SEASON_MONTH[match[2].toLowerCase()];
  let year: number | undefined = match[3] ? Number(match[3]) : undefined;
  if (year === undefined && reference) {
    year = reference.getUTCFullYear();
    const relative = match[1]?.toLowerCase();
    // "last fall" in April is the fall of the previous year; "this spring" is this year's.
    if (relative === 'last' || (relative !== 'next' && month > reference.getUTCMonth() + 1)) year -= 1;
  }
  return year === undefined ? undefined : `${year}-${String(month).padStart(2, '0')}`;
}
