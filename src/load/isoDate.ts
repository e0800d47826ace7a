// Dates as the article states them, normalised to ISO YYYY-MM-DD with chrono-node (which reads "28 Apr. 2025, 14:52",
// "April 28, 2025", RFC 2822 and ISO stamps alike).
import * as chrono from 'chrono-node';

/** The calendar date a string states, or undefined; only dates that name a year count ("yesterday" does not). */
export function toIsoDate(text: string | undefined): string | undefined {
  // Compact stamps (20220817, as some meta tags carry) are not chrono's to read.
  const compact = /^\s*(\d{4})(\d{2})(\d{2})(T[\d:.Z+-]*)?\s*$/.exec(text ?? '');
  const compactIso = compact ? isoOf(compact[1], compact[2], compact[3]) : undefined;
  if (compactIso) return compactIso;
  return leadingDate(text ?? '', false)?.iso;
}

/**
 * A date at the very start of `text`, with what follows it; undefined when the text does not open with a date.
 * With `atStart` false the date may appear later in the text (the rest is then what follows the date).
 */
export function leadingDate(text: string, atStart = true): { iso: string; rest: string } | undefined {
  // "19. nov. 2026", "17. November 2026": the day as an ordinal with a dot before the month's name (as German and the
  // Nordic languages write it) reads as the plain day.
  const written = text.trim();
  const trimmed = written.replace(/(^|\s)(\d{1,2})\.(?=\s+\p{L}{3})/u, '$1$2');
  if (!/\d{4}/.test(trimmed)) return undefined;
  // An ISO date needs no grammar (and header lines are mostly ISO): read it directly.
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})(?![\d:T])/.exec(trimmed);
  const stated = isoMatch ? isoOf(isoMatch[1], isoMatch[2], isoMatch[3]) : undefined;
  if (stated) return { iso: stated, rest: trimmed.slice(isoMatch![0].length).trim() };
  // "12.11.2026", "07/11/2026": a date written in digits is day, month, year, as Europe and most of the world write
  // it; with slashes, month first only when that alone makes sense ("11/23/2026"). With dots, never month first.
  // (American pages spell their dates out: "Nov. 7, 2026".)
  const numeric = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d|\2)/.exec(trimmed);
  const [, day, separator, month, year] = numeric ?? [];
  const numericIso = numeric ? isoOf(year!, month!, day!) ?? (separator === '/' ? isoOf(year!, day!, month!) : undefined) : undefined;
  if (numericIso) return { iso: numericIso, rest: trimmed.slice(numeric![0].length).trim() };
  // English first; then German, whose month names most of northern Europe shares ("19. oktober 2026").
  return calendarDate(chrono.parse(trimmed)[0], trimmed, atStart) ?? calendarDate(chrono.de.parse(written)[0], written, atStart);
}

/** A parse that states a whole calendar date (day, month and a written year), where it was asked for. */
function calendarDate(result: chrono.ParsedResult | undefined, text: string, atStart: boolean): { iso: string; rest: string } | undefined {
  if (!result || (atStart && result.index !== 0) || !/\d{4}/.test(result.text)) return undefined;
  const year = result.start.get('year');
  const month = result.start.get('month');
  const day = result.start.get('day');
  if (!year || !month || !day || !result.start.isCertain('day')) return undefined;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { iso, rest: text.slice(result.index + result.text.length).trim() };
}

/** YYYY-MM-DD from a year, month and day written as digits, when the month and day can be ones. */
function isoOf(year: string, month: string, day: string): string | undefined {
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
