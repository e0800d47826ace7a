import { describe, expect, it } from 'vitest';
import { htmlToParagraphs, looksLikeHtml } from '../../src/load/htmlBlocks.ts';

describe('htmlToParagraphs', () => {
  it('gives one paragraph per block, reading nested blocks once', () => {
    const text = htmlToParagraphs('<p>First  para.</p><blockquote><p>Quoted words.</p></blockquote><ul><li>Item one.</li></ul><h2>Sub head</h2>');
    expect(text.split('\n\n')).toEqual(['First para.', 'Quoted words.', 'Item one.', 'Sub head']);
  });

  it('leaves out scripts, navigation, asides, footers and figure captions', () => {
    const text = htmlToParagraphs(
      '<html><body><nav><li>Home</li></nav><script>var x = 1;</script><p>Kept.</p><figure><figcaption>A picture.</figcaption></figure><aside><p>Sidebar.</p></aside><footer><p>Footer.</p></footer></body></html>',
    );
    expect(text).toBe('Kept.');
  });

  it('leaves out elements named as ads, share bars or related stories, but not look-alike names', () => {
    const text = htmlToParagraphs(
      '<div class="ad-slot"><p>Buy now.</p></div><div id="share_bar"><p>Share it.</p></div><section class="related-stories"><p>Other story.</p></section><div class="header shadow"><p>Kept too.</p></div><p>Kept.</p>',
    );
    expect(text.split('\n\n')).toEqual(['Kept too.', 'Kept.']);
  });

  it('reads bare text when there are no blocks', () => {
    expect(htmlToParagraphs('<span>Just   words</span>')).toBe('Just words');
  });
});

describe('looksLikeHtml', () => {
  it('tells markup from prose', () => {
    expect(looksLikeHtml('<p>Hello</p>')).toBe(true);
    expect(looksLikeHtml('Line one<br/>line two')).toBe(true);
    expect(looksLikeHtml('Prices rose 3% (a <5% rise) on Monday.')).toBe(false);
  });
});
