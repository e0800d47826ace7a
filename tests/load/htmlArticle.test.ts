import { cleanArticle } from '../../src/clean/index.ts';
import { describe, expect, it } from 'vitest';
import { htmlToArticle } from '../../src/load/htmlArticle.ts';

const storyParagraphs = [
  'The regional council approved a plan on Tuesday to rebuild the old stone bridge over the river, ending two years of debate.',
  'Engineers said the crossing had been closed to heavy traffic since a flood loosened its western pier, forcing lorries into a long detour.',
  '“We owe the valley a safe crossing,” the council chair told reporters after the vote, adding that work would start in the spring.',
  'Opponents had argued for a new bridge further downstream, saying the old structure could not carry modern loads without changes.',
];

const page = `<!doctype html>
<html><head>
  <title>Council backs bridge rebuild | Valley Post</title>
  <meta property="og:title" content="Council backs bridge rebuild">
  <meta property="og:site_name" content="Valley Post">
  <meta property="article:published_time" content="2023-09-14T18:20:00+02:00">
  <link rel="canonical" href="https://valleypost.example/news/bridge-rebuild">
  <script>window.tracking = { event: 'pageview' };</script>
  <style>.nav { color: red }</style>
</head><body>
  <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>
  <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Festival tickets sell out</a></li><li><a href="/b">Road closures this week</a></li></ul></aside>
  <main><article>
    <h1>Council backs bridge rebuild</h1>
    ${storyParagraphs.map((text) => `<p>${text}</p>`).join('\n    ')}
    <div class="ad-slot advertisement">Advertisement</div>
  </article></main>
  <footer><p>© 2023 Valley Post. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
  <script>console.log('footer script');</script>
</body></html>`;

describe('htmlToArticle', () => {
  const article = htmlToArticle(page);

  it('keeps the article paragraphs, one per line block, in order', () => {
    const paragraphs = article.text.split(/\n\n/);
    const positions = storyParagraphs.map((text) => paragraphs.indexOf(text));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('leaves out navigation, sidebars, ads, scripts, styles and the footer', () => {
    for (const chrome of ['Advertisement', 'Sport', 'Weather', 'Festival tickets', 'pageview', 'color: red', 'Privacy policy', 'All rights reserved', 'footer script']) {
      expect(article.text).not.toContain(chrome);
    }
  });

  it('reads title, date, outlet and canonical url from the meta tags', () => {
    expect(article.title).toBe('Council backs bridge rebuild');
    expect(article.date).toBe('2023-09-14');
    expect(article.outlet).toBe('Valley Post');
    expect(article.url).toBe('https://valleypost.example/news/bridge-rebuild');
  });

  it('falls back to <time datetime> and <title> when meta tags are missing', () => {
    const bare = htmlToArticle(
      `<html><head><title>Market hall to close</title></head><body><article><time datetime="2018-01-30">30 Jan</time>${storyParagraphs
        .map((text) => `<p>${text}</p>`)
        .join('')}</article></body></html>`,
    );
    expect(bare.title).toBe('Market hall to close');
    expect(bare.date).toBe('2018-01-30');
    expect(bare.outlet).toBeUndefined();
  });

  it('reads a page Readability cannot score without its navigation and footer', () => {
    const short = htmlToArticle(
      '<html><body><nav><a href="/">Home</a><a href="/x">Elsewhere</a></nav><p>The well was dug in a day.</p><footer><p>Contact us</p></footer></body></html>',
    );
    expect(short.text).toBe('The well was dug in a day.');
  });
});

describe('htmlToArticle titles and dates', () => {
  it('strips the site name from the page title and reads compact date stamps', () => {
    const article = htmlToArticle(
      '<html><head><title>Old mill reopens - Hill Times</title><meta name="pubdate" content="20220817"><meta property="og:site_name" content="Hill Times"></head><body><article><p>The mill opened its doors again on Wednesday after a long restoration by volunteers.</p></article></body></html>',
    );
    expect(article.title).toBe('Old mill reopens');
    expect(article.date).toBe('2022-08-17');
    expect(article.outlet).toBe('Hill Times');
  });

  it('reads the date from JSON-LD (a NewsArticle, in a list or a @graph) when no meta tag has one', () => {
    const page = (data: string) =>
      `<html><head><title>Port deal signed</title><script type="application/ld+json">${data}</script></head><body><article><p>The two harbour boards signed a deal on Tuesday to share their cranes for five years, officials said.</p></article></body></html>`;
    const article = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Port deal signed', datePublished: '2026-11-18T09:30:00-06:00' };
    expect(htmlToArticle(page(JSON.stringify(article))).date).toBe('2026-11-18');
    expect(htmlToArticle(page(JSON.stringify([{ '@type': 'Organization', name: 'Harbour Daily' }, article]))).date).toBe('2026-11-18');
    expect(htmlToArticle(page(JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, article] }))).date).toBe('2026-11-18');
    expect(htmlToArticle(page('{ not json')).date).toBeUndefined();
  });

  it('falls back on the date a page was last modified when it gives no publication date', () => {
    const body = '<body><article><p>The two harbour boards signed a deal on Tuesday to share their cranes for five years, officials said.</p></article></body>';
    // (Loading keeps it apart from the publication date; cleaning takes it when nothing else dates the story.)
    expect(htmlToArticle(`<html><head><meta property="article:modified_time" content="2026-11-19T08:00:00Z"></head>${body}</html>`).updated).toBe('2026-11-19');
    const article = cleanArticle({ path: 'page.html', format: 'html', ...htmlToArticle(`<html><head><meta property="article:modified_time" content="2026-11-19T08:00:00Z"></head>${body}</html>`) });
    expect('paragraphs' in article && article.date).toBe('2026-11-19');
    expect(htmlToArticle(`<html><head><meta property="article:modified_time" content="2026-11-19T08:00:00Z"><meta property="article:published_time" content="2026-11-18T08:00:00Z"></head>${body}</html>`).date).toBe('2026-11-18');
    const modified = { '@type': 'NewsArticle', headline: 'Port deal signed', dateModified: '2026-11-20T10:00:00Z' };
    expect(htmlToArticle(`<html><head><script type="application/ld+json">${JSON.stringify(modified)}</script></head>${body}</html>`).updated).toBe('2026-11-20');
  });
});

