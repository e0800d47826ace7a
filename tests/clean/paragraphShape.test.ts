import { describe, expect, it } from 'vitest';
import { comparableText, endsLikeSentence, hasMoreWordsThan, wordCount } from '../../src/clean/paragraphShape.ts';

describe('endsLikeSentence', () => {
  it.each(['Done.', 'Really?', '“It is over,” she said.', '“We will return.”', 'They called it “historic”.', 'He asked: (why?)', 'As follows:'])(
    'accepts %s',
    (text) => expect(endsLikeSentence(text)).toBe(true),
  );
  it.each(['Read more', 'Council votes on budget', 'Jane Doe'])('rejects %s', (text) => expect(endsLikeSentence(text)).toBe(false));
});

describe('wordCount and comparableText', () => {
  it('counts words and compares text without case, accents or punctuation', () => {
    expect(wordCount(' two  words ')).toBe(2);
    expect(comparableText("Café: 'Open' Again!")).toBe(comparableText('cafe open again'));
  });
});

describe('wordCount', () => {
  it('counts words as splitting on white space would, no-break and wide spaces included', () => {
    for (const text of ['', ' ', 'one', ' two  words ', 'a\u00a0b\u2003c\td\ne\u3000f']) {
      expect(wordCount(text)).toBe(text.split(/\s+/).filter(Boolean).length);
    }
  });
});

describe('hasMoreWordsThan', () => {
  it('agrees with comparing wordCount against the limit', () => {
    for (const text of ['', ' ', 'one', ' two  words ', 'a\u00a0b\u2003c\td\ne\u3000f']) {
      for (const limit of [0, 1, 2, 5, 6, 10]) expect(hasMoreWordsThan(text, limit)).toBe(wordCount(text) > limit);
    }
  });
});
