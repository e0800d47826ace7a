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
