import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../src/extract/dates.ts';
import { dateStatements, withoutQuotes } from '../../src/extract/statementDates.ts';
import type { ParagraphSentence } from '../../src/extract/sentences.ts';
import type { LocalStatement } from '../../src/types.ts';

// Thursday, 19 November 2026.
const ARTICLE_DATE = '2026-11-19';

function sentencesOf(texts: string[]): ParagraphSentence[] {
  return texts.map((text, index) => ({ index, text, paragraph: index }));
}

function statement(sentence: number, text: string, quoted = false): LocalStatement {
  return { key: `statement:${sentence}`, text, quoted, speaker: 'person:someone', sentence, about: [] };
}

/** Dates the statements as the extractor does: each sentence read without its quotations. */
function dated(texts: string[], statements: LocalStatement[], given: string | null = ARTICLE_DATE): (string | undefined)[] {
  const articleDate = given ?? undefined;
  const sentences = sentencesOf(texts);
  dateStatements(statements, sentences, (index) => resolveDate(withoutQuotes(sentences[index].text), articleDate), articleDate);
  return statements.map((one) => one.date);
}

describe('dateStatements', () => {
  it('takes the day its own sentence names', () => {
    const texts = ['“We will not sign,” Orsen Vale said on Tuesday.'];
    expect(dated(texts, [statement(0, 'We will not sign', true)])).toEqual(['2026-11-17']);
  });

  it('does not date a saying by a day named inside its quotation marks', () => {
    const texts = ['“The rules take effect on December 1,” Orsen Vale said.'];
    expect(dated(texts, [statement(0, 'The rules take effect on December 1', true)])).toEqual([ARTICLE_DATE]);
  });

  it('leaves out the day of what is reported, with or without "that"', () => {
    const texts = [
      'Mara Quill told reporters on Wednesday that the patrol had crossed the line late on Monday.',
      'Mara Quill said the boats were seized on Sunday.',
    ];
    const statements = [statement(0, 'the patrol had crossed the line late on Monday'), statement(1, 'the boats were seized on Sunday')];
    // The second sentence names no day of its own saying: the last recent day before it stands.
    expect(dated(texts, statements)).toEqual(['2026-11-18', '2026-11-18']);
  });

  it('keeps the day of a closing "according to a statement released on …"', () => {
    const texts = ['The ministry said the talks would resume, according to a statement released on Monday.'];
    expect(dated(texts, [statement(0, 'the talks would resume, according to a statement released on Monday')])).toEqual(['2026-11-16']);
  });

  it('falls back on a recent day named a few sentences before, but not on old background', () => {
    const recent = ['The ceasefire collapsed on Tuesday.', 'Nobody expected it.', '“It is over,” said Pell Arno.'];
    expect(dated(recent, [statement(2, 'It is over', true)])).toEqual(['2026-11-17']);
    const old = ['The pact was signed on March 16, 2022.', '“It is over,” said Pell Arno.'];
    expect(dated(old, [statement(1, 'It is over', true)])).toEqual([ARTICLE_DATE]);
  });

  it('does not date a saying by a day still ahead', () => {
    const texts = ['Leaders will meet on 4 December, Pell Arno said.'];
    expect(dated(texts, [statement(0, 'Leaders will meet on 4 December')])).toEqual([ARTICLE_DATE]);
  });

  it("uses the lead's recent day when nothing nearer names one", () => {
    const texts = ['The army fired a missile on Wednesday morning.', 'Its range was short.', 'Analysts were unsure.', 'Diplomats met.', 'Markets fell.', 'Ports shut.', 'Roads closed.', 'Schools closed.', '“We are ready,” said Pell Arno.'];
    expect(dated(texts, [statement(8, 'We are ready', true)])).toEqual(['2026-11-18']);
  });

  it('has no date when neither the text nor the article gives one', () => {
    expect(dated(['“We are ready,” said Pell Arno.'], [statement(0, 'We are ready', true)], null)).toEqual([undefined]);
  });
});

describe('withoutQuotes', () => {
  it('blanks straight and curly quotations, also one left open', () => {
    expect(withoutQuotes('He said “on Monday” and "on Tuesday"')).toBe('He said   and  ');
    expect(withoutQuotes('He said “it ends on Friday')).toBe('He said  ');
  });
});
