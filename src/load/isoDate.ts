// Dates as the article states them, normalised to ISO YYYY-MM-DD with chrono-node (which reads "28 Apr. 2025, 14:52",
// "April 28, 2025", RFC 2822 and ISO stamps alike).
import * as chrono from 'chrono-node';

/** The calendar date a string states, or undefined; only dates that name a year count ("yesterday" does not). */
export function toIsoDate(text: string | undefined): string | undefined {
  // Compact stamps (20220817, as some meta tags carry) are not chrono's to read.
  const compact = /^\s*(\d{4})(\d{2})(\d{2})(T[\d:.Z+-]*)?\s*$/.exec(text ?? '');
  if (compact && Number(compact[2]) >= 1 && Number(compact[2]) <= 12 && Number(compact[3]) >= 1 && Number(compact[3]) <= 31) {
    return `${compact[1]}-${compact[2]}-${compact[3]}`;
  }
  return leadingDate(text ?? '', false)?.iso;
}

/**
 * A date at the very start of `text`, with what follows it; undefined when the text does not open with a date.
 * With `atStart` false the date may appear later in the text (the rest is then what follows the date).
 */
export function leadingDate(text: string, atStart = true): { iso: string; rest: string } | undefined {
  const trimmed = text.trim();
  if (!/\d{4}/.test(trimmed)) return undefined;
  // An ISO date needs no grammar (and header lines are mostly ISO): read it directly.
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})(?![\d:T])/.exec(trimmed);
  if (isoMatch && Number(isoMatch[2]) >= 1 && Number(isoMatch[2]) <= 12 && Number(isoMatch[3]) >= 1 && Number(isoMatch[3]) <= 31) {
    return { iso: isoMatch[0], rest: trimmed.slice(isoMatch[0].length).trim() };
  }
  // "12.11.2026": a date written with dots is day, month, year (as in Europe), never month first.
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/.exec(trimmed);
  if (dotted && Number(dotted[2]) >= 1 && Number(dotted[2]) <= 12 && Number(dotted[1]) >= 1 && Number(dotted[1]) <= 31) {
    return { iso: `${dotted[3]}-${dotted[2].padStart(2, '0')}-${dotted[1].padStart(2, '0')}`, rest: trimmed.slice(dotted[0].length).trim() };
  }
  const result = chrono.parse(trimmed)[0];
  if (!result || (atStart && result.index !== 0) || !/\d{4}/.test(result.text)) return undefined;
  const year = result.start.get('year');
  const month = result.start.get('month');
  const day = result.start.get('day');
  if (!year || !month || !day || !result.start.isCertain('day')) return undefined;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { iso, rest: trimmed.slice(result.index + result.text.length).trim() };
}
