// When each statement was said: the day its sentence tells (apart from what it reports), else a recent day named
// just before, else the day of the news the lead tells, else the article's date.
import type { LocalStatement } from '../types.ts';
import type { ParagraphSentence } from './sentences.ts';
import { resolveDate } from './dates.ts';
import { SPEECH_VERBS } from './lexicon/reportingVerbs.ts';

/**
 * Dates every statement in place. `sentenceDate` resolves a sentence without its quotations; what a sentence reports
 * is taken out too, with or without "that" ("X told reporters on Wednesday that the soldiers had crossed late Monday"
 * and "X said the boats were taken on Sunday" do not date the saying by the day they report).
 */
export function dateStatements(statements: LocalStatement[], sentences: ParagraphSentence[], sentenceDate: (index: number) => string | undefined, articleDate: string | undefined): void {
  const narrationCache = new Map<number, string | undefined>();
  const narrationDate = (index: number) => {
    if (!narrationCache.has(index)) {
      const whole = withoutQuotes(sentences[index].text);
      let text = whole;
      for (const statement of statements) {
        const at = statement.sentence === index && !statement.quoted ? text.indexOf(statement.text) : -1;
        // A closing "…, according to a statement released on Friday" tells when it was said: it stays.
        const reported = statement.text.split(/,\s+according to\b/)[0];
        if (at > 0 && reportsAfter(text.slice(0, at))) text = text.slice(0, at) + text.slice(at + reported.length);
      }
      narrationCache.set(index, text === whole ? sentenceDate(index) : resolveDate(text, articleDate));
    }
    return narrationCache.get(index);
  };
  for (const statement of statements) statement.date = statementDate(sentences, narrationDate, statement.sentence, articleDate);
}

/** Whether the words before a statement end where what it reports begins: "that", a verb of saying, "told reporters". */
function reportsAfter(before: string): boolean {
  if (/\bthat\s*$/.test(before) || /\btold(?:\s+[\w'’]+){1,3}\s*$/.test(before)) return true;
  const last = /([A-Za-z]+)[\s,]*$/.exec(before)?.[1];
  return last !== undefined && SPEECH_VERBS.has(last.toLowerCase());
}

/** A sentence without the words inside its quotation marks, which speak of other days ("it takes effect on March 15"). */
export function withoutQuotes(text: string): string {
  return text.replace(/“[^”]*”?|"[^"]*"?/g, ' ');
}

/**
 * A statement's date: the day its sentence names, else the last day named a few sentences before (news tells an
 * event, then its quotes), else the article's date. Days after the article's date are plans, not when it was said.
 */
function statementDate(sentences: ParagraphSentence[], sentenceDate: (index: number) => string | undefined, sentence: number, articleDate: string | undefined): string | undefined {
  for (let i = sentence; i >= Math.max(0, sentence - 6); i--) {
    const date = sentenceDate(i);
    if (!date || date.length !== 10 || (articleDate && date > articleDate)) continue;
    // Background a few sentences back ("the order of March 16, 2022") is no date of what is said now.
    if (i < sentence && articleDate && daysBetween(date, articleDate) > RECENT_DAYS) continue;
    return date;
  }
  if (!sentences.length) return undefined;
  // Else the day of the news the lead tells ("fired a missile on Thursday morning" in Friday's paper), when recent.
  for (let i = 0; i < Math.min(LEAD_SENTENCES, sentences.length); i++) {
    const date = sentenceDate(i);
    if (date && date.length === 10 && articleDate && date <= articleDate && daysBetween(date, articleDate) <= LEAD_DAYS) return date;
  }
  return articleDate;
}

/** The lead: the first sentences, which tell when the news happened. */
const LEAD_SENTENCES = 2;
/** How many days before the article's date the lead's day may be (a daily reports yesterday's news). */
const LEAD_DAYS = 3;

/** How far before the article's date an earlier sentence's day may be to date a statement after it. */
const RECENT_DAYS = 14;

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}
