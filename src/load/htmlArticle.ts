// An HTML page to its article: Readability (Mozilla's reader-view engine) finds the main text over linkedom's DOM,
// and the page's meta tags give the title, date, outlet and canonical url.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToParagraphs, removePageFurniture } from './htmlBlocks.ts';
import { toIsoDate } from './isoDate.ts';

export interface HtmlArticle {
  text: string;
  title?: string;
  date?: string;
  /** When the page was last changed, given only when it has no publication date. */
  updated?: string;
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

/** Meta tags of the date a page was last changed: the article's date only when nothing else dates it (src/clean). */
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'dateModified'];

export function htmlToArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const meta = readMetaTags(document);
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta.get('og:url') ?? undefined;
  // Readability mutates the document it reads, so it gets its own copy; the metadata above came from the original.
  const readable = parseHTML(html).document;
  removePageFurniture(readable);
  const parsed = new Readability(readable as unknown as Document).parse();
  // When Readability finds no article (a short or unusual page), the whole page is read without its furniture.
  const text = htmlToParagraphs(parsed?.content ?? html);
  const outlet = clean(meta.get('og:site_name')) ?? clean(parsed?.siteName);
  const pageTitle = clean(meta.get('og:title')) ?? clean(parsed?.title) ?? clean(document.querySelector('title')?.textContent);
  const title = pageTitle && outlet ? withoutOutletSuffix(pageTitle, outlet) : pageTitle;
  const date = firstDate(
    DATE_META.map((name) => meta.get(name)),
    jsonLdDate(document),
    document.querySelector('time[datetime]')?.getAttribute('datetime'),
    parsed?.publishedTime,
  );
  const updated = date ? undefined : firstDate(MODIFIED_META.map((name) => meta.get(name)), jsonLdDate(document, 'dateModified'));
  return {
    text,
    ...(title && { title }),
    ...(date && { date }),
    ...(updated && { updated }),
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

/**
 * The `datePublished` (or another date field) of the page's structured data (JSON-LD), which many news sites give and
 * no meta tag repeats: an article object on its own, in a list, or in a `@graph`. Scripts that are not valid JSON are skipped.
 */
function jsonLdDate(document: ReturnType<typeof parseHTML>['document'], field: 'datePublished' | 'dateModified' = 'datePublished'): string | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const pending = [data];
    while (pending.length > 0) {
      const item = pending.shift();
      if (Array.isArray(item)) pending.push(...item);
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        if (typeof record[field] === 'string') return record[field] as string;
        if (record['@graph']) pending.push(record['@graph']);
      }
    }
  }
  return undefined;
}

function firstDate(...candidates: (string | null | undefined | (string | undefined)[])[]): string | undefined {
  for (const candidate of candidates.flat()) {
    const iso = toIsoDate(candidate ?? undefined);
    if (iso) return iso;
  }
  return undefined;
}

/** "Old mill becomes museum - Hill Times" → "Old mill becomes museum": page titles often end with the site's name. */
function withoutOutletSuffix(title: string, outlet: string): string {
  const suffix = new RegExp(`\\s+[-|–—:·•]\\s+${outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
  const stripped = title.replace(suffix, '').trim();
  return stripped || title;
}

function clean(text: string | null | undefined): string | undefined {
  const collapsed = text?.replace(/\s+/g, ' ').trim();
  return collapsed ? collapsed : undefined;
}
