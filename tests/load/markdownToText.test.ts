import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../src/load/markdownToText.ts';

describe('markdownToText', () => {
  it('takes the opening heading as title and strips inline markup', () => {
    const { title, text } = markdownToText(
      '# Library extends opening hours\n\nThe **city library** will open _later_ on [weekends](https://example.org).\n\n![a photo](pic.jpg)\n\n> “We listened,” the director said.\n\n- first point\n- second point',
    );
    expect(title).toBe('Library extends opening hours');
    expect(text).toContain('The city library will open later on weekends.');
    expect(text).toContain('“We listened,” the director said.');
    expect(text).toContain('first point');
    expect(text).not.toMatch(/[*_#>[\]]|pic\.jpg/);
  });

  it('keeps later headings as text and drops code', () => {
    const { title, text } = markdownToText('Intro line.\n\n## Later part\n\n```\nconst x = 1;\n```\nEnd.');
    expect(title).toBeUndefined();
    expect(text).toContain('Later part');
    expect(text).not.toContain('const x');
  });
});

describe('markdownToText paragraphs', () => {
  it('joins soft-wrapped lines into one paragraph, as markdown renders them', () => {
    const { text } = markdownToText('The school will reopen on Monday after the roof was replaced over the summer,\nthe district said.\n\nSecond paragraph.');
    expect(text.split('\n\n')).toEqual(['The school will reopen on Monday after the roof was replaced over the summer, the district said.', 'Second paragraph.']);
  });

  it('keeps a quote block apart from the text around it', () => {
    const { text } = markdownToText('Before the quote.\n> Quoted line one\n> and line two.\nAfter.');
    expect(text.split('\n\n')).toEqual(['Before the quote.', 'Quoted line one and line two.', 'After.']);
  });
});
