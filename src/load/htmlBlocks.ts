// HTML markup to paragraphs of text: one paragraph per block element, so the cleaner sees the page's paragraphs.
import { parseHTML } from 'linkedom';

/** Elements whose text is one paragraph. Figure captions are left out: they describe a picture, not the news. */
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, dt';

/** Page furniture that is never article text, removed before reading blocks. */
const NON_ARTICLE_SELECTOR = 'script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, figure, figcaption, button';

/**
 * Words in class names and ids that mark page furniture (ad slots, share bars, related-story boxes), as news CMSs
 * name them; matched against whole words of the name ("ad-slot" → "ad", "slot"), so "header" or "shadow" never match.
 */
const FURNITURE_NAME_WORDS = new Set([
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'adslot', 'sponsor', 'sponsored', 'promo', 'share', 'sharing',
  'social', 'related', 'newsletter', 'subscribe', 'cookie', 'cookies', 'paywall', 'outbrain', 'taboola', 'comments',
]);

type Document = ReturnType<typeof parseHTML>['document'];

/** Removes elements that are never article text, by tag and by class or id; works in place. */
export function removePageFurniture(document: Document): void {
  for (const element of [...document.querySelectorAll(NON_ARTICLE_SELECTOR)]) element.remove();
  for (const element of [...document.querySelectorAll('[class], [id]')]) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase().split(/[\s_-]+/);
    if (names.some((name) => FURNITURE_NAME_WORDS.has(name)) && element.tagName !== 'BODY' && element.tagName !== 'HTML') element.remove();
  }
}

/** Text of an HTML fragment or page, paragraphs separated by blank lines. */
export function htmlToParagraphs(html: string): string {
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  removePageFurniture(document);
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
