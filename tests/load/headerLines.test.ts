import { describe, expect, it } from 'vitest';
import { readsLikeHeadline, splitHeaderLines } from '../../src/load/headerLines.ts';
import { cleanArticle } from '../../src/clean/index.ts';

describe('splitHeaderLines', () => {
  it('reads keyed header lines and leaves the body', () => {
    const { metadata, body } = splitHeaderLines(
      'Title: Harbour reopens after dredging\nDate: 12 June 2022\nURL: https://example.org/harbour\nSource: Coastal Ledger\n\nThe harbour reopened on Sunday.',
    );
    expect(metadata).toEqual({
      title: 'Harbour reopens after dredging',
      date: '2022-06-12',
      url: 'https://example.org/harbour',
      outlet: 'Coastal Ledger',
    });
    expect(body.trim()).toBe('The harbour reopened on Sunday.');
  });

  it('reads outlet: and published: as well', () => {
    const { metadata } = splitHeaderLines('outlet: Valley Post\npublished: 2021-02-03\nBody text here.');
    expect(metadata).toEqual({ outlet: 'Valley Post', date: '2021-02-03' });
  });

  it('reads the date and outlet keys feeds and site generators use (pubDate, published_at, publication)', () => {
    const { metadata, body } = splitHeaderLines('---\npubDate: Tue, 03 Feb 2026 09:30:00 +0100\npublication: Valley Post\n---\nBody text here.');
    expect(metadata).toEqual({ date: '2026-02-03', outlet: 'Valley Post' });
    expect(body).toBe('Body text here.');
    expect(splitHeaderLines('published_at: 2021-02-03\npublisher: Hill Gazette\nText.').metadata).toEqual({ date: '2021-02-03', outlet: 'Hill Gazette' });
    expect(splitHeaderLines('datePublished: March 3, 2021\nText.').metadata).toEqual({ date: '2021-03-03' });
  });

  it('takes a headline glued after a bare date line as the title', () => {
    const { metadata, body } = splitHeaderLines(' date 2020-05-06 Farmers protest new water quotas in the valley\nFarmers gathered.');
    expect(metadata).toEqual({ date: '2020-05-06', title: 'Farmers protest new water quotas in the valley' });
    expect(body).toBe('Farmers gathered.');
  });

  it('drops ticker numbers glued after a bare date line', () => {
    const { metadata, body } = splitHeaderLines(' date 2020-05-06 €12.340.55\nA headline follows here\n\nText.');
    expect(metadata).toEqual({ date: '2020-05-06' });
    expect(body.startsWith('A headline follows here')).toBe(true);
  });

  it('reads markdown front matter', () => {
    const { metadata, body } = splitHeaderLines('---\ntitle: "Bridge vote delayed"\ndate: 2019-10-01\nauthor: someone\n---\nCouncil met.');
    expect(metadata).toEqual({ title: 'Bridge vote delayed', date: '2019-10-01' });
    expect(body).toBe('Council met.');
  });

  it('stops at the first line that is not a header', () => {
    const { metadata, body } = splitHeaderLines('The mayor said: nothing.\ndate: 2019-10-01');
    expect(metadata).toEqual({});
    expect(body).toBe('The mayor said: nothing.\ndate: 2019-10-01');
  });

  it('reads the other names of a publication date (posted, published_on, created, timestamp) and falls back on an update date', () => {
    for (const key of ['posted', 'published_on', 'publish_time', 'first_published', 'created', 'timestamp', 'issued', 'filed']) {
      expect(splitHeaderLines(`---\n${key}: "Tuesday, 24 November 2026 10:15 CET"\n---\nText.`).metadata).toEqual({ date: '2026-11-24' });
    }
    // An update date is the article's date only when nothing else dates it (cleaning decides), wherever it stands.
    const articleDate = (text: string) => {
      const { metadata, body } = splitHeaderLines(text);
      const article = cleanArticle({ path: 'story.md', format: 'md', ...metadata, text: body });
      return 'paragraphs' in article ? article.date : undefined;
    };
    expect(articleDate('---\nupdated: 2026-11-25\nposted: 2026-11-24\n---\nThe port reopened on Monday after a week of repairs, officials said.')).toEqual('2026-11-24');
    expect(articleDate('---\nlast_updated: 2026-11-25 08:00\ntitle: Port reopens\n---\nThe port reopened on Monday after a week of repairs, officials said.')).toEqual('2026-11-25');
    expect(splitHeaderLines('---\nlast_updated: 2026-11-25 08:00\ntitle: Port reopens\n---\nText.').metadata).toEqual({ updated: '2026-11-25', title: 'Port reopens' });
    // (… and after a publication date the body gives: "Published: 12 November" under an "Updated:" header.)
    expect(articleDate('Updated: 20 November 2026\nPort reopens after repairs\n\nPublished 12 November 2026, 10:15 GMT\n\nThe port reopened on Monday after a week of repairs, officials said.')).toEqual('2026-11-12');
    // (A header line of a .txt file too: "Posted: …" is metadata, not text.)
    expect(splitHeaderLines('Posted: Nov. 24, 2026\n\nThe port reopened.')).toEqual({ metadata: { date: '2026-11-24' }, body: 'The port reopened.' });
  });

  it('does not take a sentence opening with "date" as a header', () => {
    const { metadata } = splitHeaderLines('Date palms grew along the river.');
    expect(metadata).toEqual({});
  });
});

describe('readsLikeHeadline', () => {
  it('tells words from numbers', () => {
    expect(readsLikeHeadline('Rail strike ends after talks')).toBe(true);
    expect(readsLikeHeadline('$41.750.06')).toBe(false);
    expect(readsLikeHeadline('+0.35% 1,204.7')).toBe(false);
    expect(readsLikeHeadline('')).toBe(false);
  });

});

