import { describe, expect, it } from 'vitest';
import { isHeadlineLike, isSameHeadline, titleFromFirstSentence } from '../../src/clean/headlines.ts';

describe('headlines', () => {
  it('tells a headline from a sentence', () => {
    expect(isHeadlineLike('Mountain rail line reopens after landslide')).toBe(true);
    expect(isHeadlineLike("Ferry strike: 'We have no choice'")).toBe(true);
    expect(isHeadlineLike('Will the bridge open on time?')).toBe(true);
    expect(isHeadlineLike('The mountain rail line reopened on Monday.')).toBe(false);
    expect(isHeadlineLike('Update')).toBe(false);
  });

  it('matches a repeated headline whatever its case and punctuation', () => {
    expect(isSameHeadline('Mountain rail line reopens after landslide.', 'Mountain Rail Line Reopens After Landslide')).toBe(true);
    expect(isSameHeadline('Mountain rail line reopens', 'Mountain rail line reopens after landslide')).toBe(false);
  });

  it('makes a title from the first sentence, cut at a word', () => {
    expect(titleFromFirstSentence('The dam held. Engineers were relieved.')).toBe('The dam held');
    const long = titleFromFirstSentence(`${'word '.repeat(60)}end.`, 40);
    expect(long.length).toBeLessThanOrEqual(41);
    expect(long.endsWith('word…')).toBe(true);
  });
});
