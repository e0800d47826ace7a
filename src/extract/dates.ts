// Resolves the time expressions of news ("Monday", "in March", "last fall") against the article's date, with
// chrono-node for the grammar; without an article date only expressions that state their year are resolved.
import * as chrono from 'chrono-node';

// "May" and "March" are months only when capitalised ("may" and "march" are verbs); the rest in any case.
/**
 * chrono's English grammar without the parsers for clock times, slashes and "within/later" spans, which news dates
 * never need and which make up much of its cost.
 */
const DATE_GRAMMAR = chrono.casual.clone();
const DATE_PARSERS = new Set([
  'ENYearMonthDayParser', 'ISOFormatParser', 'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENWeekdayParser',
  'ENYearMonthNameParser', 'ENCasualDateParser', 'ENMonthNameParser', 'ENRelativeDateFormatParser', 'ENTimeUnitAgoFormatParser',
]);
DATE_GRAMMAR.parsers = DATE_GRAMMAR.parsers.filter((parser) => DATE_PARSERS.has(parser.constructor.name));

const TIME_WORDS = /\b(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|[Tt]oday|[Yy]esterday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|spring|summer|fall|autumn|winter|this year|last year|\d{4})\b/;
const SEASON = /\b(?:(last|this|next)\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(\d{4}))?\b/i;
const SEASON_MONTH: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };

/**
 * The date a sentence speaks of, as ISO `YYYY-MM-DD` (or `YYYY-MM` when only the month is known), or undefined.
 * Past is preferred: news reports what happened, so "in June" in an April article is last June.
 */
export function resolveDate(sentence: string, articleDate?: string): string | undefined {
  // "the August truce … came under strain on Thursday": a month alone gives way to a day named later in the sentence.
  // "will vote on 20 March next year, after parliament approved it on Wednesday": a day that has happened comes before
  // one ahead, since news reports what happened.
  let month: string | undefined;
  let ahead: string | undefined;
  let tries = 0;
  for (const found of sentence.matchAll(ALL_TIME_WORDS)) {
    const date = resolveAround(sentence, found.index!, articleDate);
    if (date && date.length === 10 && !(articleDate && date > articleDate)) return date;
    if (date && date.length === 10) ahead ??= date;
    else month ??= date;
    if (++tries === MAX_TIME_WORDS) break;
  }
  return ahead ?? month;
}

const ALL_TIME_WORDS = new RegExp(TIME_WORDS.source, 'g');
/** How many time words of a sentence are tried for a whole day. */
const MAX_TIME_WORDS = 3;

/** The date around the time word at `at`. */
function resolveAround(sentence: string, at: number, articleDate: string | undefined): string | undefined {
  // The grammar's cost grows with the text: give it the words around the time word only.
  const text = sentence.slice(Math.max(0, at - 30), at + 50);
  const reference = articleDate ? new Date(`${articleDate}T12:00:00Z`) : undefined;
  const quick = reference ? weekdayOnly(text, reference) : undefined;
  if (quick) return quick;
  const season = resolveSeason(text, reference);
  for (const result of DATE_GRAMMAR.parse(text, reference ? { instant: reference, timezone: 'UTC' } : undefined, { forwardDate: false })) {
    const start = result.start;
    if (!reference && !start.isCertain('year')) continue;
    let date = start.date();
    // … unless the sentence speaks of the future ("would take effect on March 15" in February is next month).
    if (reference && !start.isCertain('year') && date.getTime() > reference.getTime() + 86_400_000 && !FUTURE.test(sentence.slice(0, Math.max(0, at - 30) + result.index))) {
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

/** Words before a date that put it ahead of the article ("will", "would take effect on …", "is due to …"). */
const FUTURE_WORDS = String.raw`\b(will|would|shall|to be|is due|are due|expected|planned|scheduled)\b`;
const FUTURE = new RegExp(FUTURE_WORDS, 'i');
/** A future tense, then a weekday: "talks will continue on Monday". */
const FUTURE_WEEKDAY = new RegExp(String.raw`${FUTURE_WORDS}[^.]*\b\w+day\b`);

/** The weekdays in the order of Date.getDay(). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const OTHER_TIME_WORDS = /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|spring|summer|fall|autumn|winter|year|week|month|next|\d{1,4})\b/i;

/**
 * The most common case, a bare weekday ("said on Monday"), is the last such day on or before the article's date;
 * worked out here because the full grammar is slow. Anything more (a month, "next", a number) goes to chrono.
 */
function weekdayOnly(text: string, reference: Date): string | undefined {
  if (OTHER_TIME_WORDS.test(text)) return undefined;
  const lower = text.toLowerCase();
  if (/\btoday\b/.test(lower)) return reference.toISOString().slice(0, 10);
  if (/\byesterday\b/.test(lower)) return new Date(reference.getTime() - 86_400_000).toISOString().slice(0, 10);
  const day = WEEKDAYS.findIndex((name) => new RegExp(`\\b${name}\\b`).test(lower));
  if (day < 0) return undefined;
  // "talks will continue on Monday": a weekday after a future tense is the next one.
  if (FUTURE_WEEKDAY.test(lower)) {
    const ahead = (day - reference.getUTCDay() + 7) % 7 || 7;
    return new Date(reference.getTime() + ahead * 86_400_000).toISOString().slice(0, 10);
  }
  const back = (reference.getUTCDay() - day + 7) % 7;
  return new Date(reference.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}
