// HTML markup to paragraphs of text: one paragraph per block element, so the cleaner sees the page's paragraphs.
import { parseHTML } from 'linkedom';

/** Elements whose text is one paragraph. Figure captions are left out: they describe a picture, not the news. */
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, dt';

/** Page furniture that is never article text, removed before reading blocks. */
const NON_ARTICLE_SELECTOR = 'script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, figure, figcaption, button';

/** Text of an HTML fragment or page, paragraphs separated by blank lines. */
export function htmlToParagraphs(html: string): string {
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  for (const element of [...document.querySelectorAll(NON_ARTICLE_SELECTOR)]) element.remove();
  const paragraphs: string[] = [];
  for (const block of document.querySelectorAll(BLOCK_SELECTOR)) {
    // A block holding other blocks (a <blockquote> of <p>s) is read through its inner blocks.
    if (block.querySelector(BLOCK_SELECTOR)) continue;
    const text = collapse(block.textContent);
    if (text) paragraphs.push(text);
  }
  if (paragraphs.length === 0) {
    const whole = collapse(document.body?.textContent);
    if (whole) paragraphs.push(whole);
  }
  return paragraphs.join('\n\n');
}

/** Whether a string is HTML markup rather than plain text (JSON exports often carry the body as HTML). */
export function looksLikeHtml(text: string): boolean {
  return /<(p|div|br|span|a|h[1-6]|article|section|ul|li|blockquote)\b[^>]*>/i.test(text);
}

function collapse(text: string | null | undefined): string | undefined {
  const collapsed = text?.replace(/\s+/g, ' ').trim();
  return collapsed ? collapsed : undefined;
}
