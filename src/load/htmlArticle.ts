// An HTML page to its article: Readability (Mozilla's reader-view engine) finds the main text over linkedom's DOM,
// and the page's meta tags give the title, date, outlet and canonical url.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { toIsoDate } from './isoDate.ts';

export interface HtmlArticle {
  text: string;
  title?: string;
  date?: string;
  url?: string;
  outlet?: string;
}

/** Meta tags that carry the publication date, in the order publishers use them most. */
const DATE_META = [
  'article:published_time',
  'og:published_time',
  'datePublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'date',
  'dc.date',
  'dc.date.issued',
  'parsely-pub-date',
  'sailthru.date',
];

/** Elements whose text is one paragraph of the article. */
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt';

export function htmlToArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const meta = readMetaTags(document);
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta.get('og:url') ?? undefined;
  // Readability mutates the document it reads, so it gets its own copy; the metadata above came from the original.
  const parsed = new Readability(parseHTML(html).document as unknown as Document).parse();
  const text = parsed?.content ? blocksToText(parsed.content) : blocksToText(document.body?.innerHTML ?? '');
  const title = clean(meta.get('og:title')) ?? clean(parsed?.title) ?? clean(document.querySelector('title')?.textContent);
  const outlet = clean(meta.get('og:site_name')) ?? clean(parsed?.siteName);
  const date = firstDate(
    DATE_META.map((name) => meta.get(name)),
    document.querySelector('time[datetime]')?.getAttribute('datetime'),
    parsed?.publishedTime,
  );
  return {
    text,
    ...(title && { title }),
    ...(date && { date }),
    ...(url && { url }),
    ...(outlet && { outlet }),
  };
}

function readMetaTags(document: ReturnType<typeof parseHTML>['document']): Map<string, string> {
  const meta = new Map<string, string>();
  for (const element of document.querySelectorAll('meta')) {
    const key = element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop');
    const content = element.getAttribute('content');
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  return meta;
}

function firstDate(...candidates: (string | null | undefined | (string | undefined)[])[]): string | undefined {
  for (const candidate of candidates.flat()) {
    const iso = toIsoDate(candidate ?? undefined);
    if (iso) return iso;
  }
  return undefined;
}

/** One paragraph per block element, so the cleaner sees the page's paragraphs rather than one run of text. */
function blocksToText(contentHtml: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const paragraphs: string[] = [];
  for (const block of document.querySelectorAll(BLOCK_SELECTOR)) {
    // A block inside another block (a <p> in a <blockquote>) is read with its innermost block only.
    if (block.querySelector(BLOCK_SELECTOR)) continue;
    const text = clean(block.textContent);
    if (text) paragraphs.push(text);
  }
  if (paragraphs.length === 0) {
    const whole = clean(document.body?.textContent);
    if (whole) paragraphs.push(whole);
  }
  return paragraphs.join('\n\n');
}

function clean(text: string | null | undefined): string | undefined {
  const collapsed = text?.replace(/\s+/g, ' ').trim();
  return collapsed ? collapsed : undefined;
}
