import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { articleIdOf } from '../../src/clean/articleId.ts';

describe('articleIdOf', () => {
  it('joins a 48-char title slug and the first 10 hex of the paragraphs’ sha1', () => {
    const paragraphs = ['One.', 'Two.'];
    const hash = createHash('sha1').update('One.\nTwo.').digest('hex').slice(0, 10);
    const id = articleIdOf('A very long headline about the regional council and its plans for the bridge', paragraphs);
    expect(id).toBe(`article:a-very-long-headline-about-the-regional-council-${hash}`);
    expect(id.slice('article:'.length, -11).length).toBeLessThanOrEqual(48);
  });

  it('depends on content only', () => {
    expect(articleIdOf('Title', ['Same.'])).toBe(articleIdOf('Title', ['Same.']));
    expect(articleIdOf('Title', ['Same.'])).not.toBe(articleIdOf('Title', ['Other.']));
  });
});
