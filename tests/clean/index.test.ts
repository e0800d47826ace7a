// cleanArticle on fixtures written for these tests, and on the real seed articles (read from ../shared/corpus/seeds).
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanArticle, classifyChrome } from '../../src/clean/index.ts';
import { isSameHeadline } from '../../src/clean/headlines.ts';
import { endsLikeSentence, wordCount } from '../../src/clean/paragraphShape.ts';
import { listInputFiles, loadFile } from '../../src/load/index.ts';
import type { Article, RawArticle, SkippedInput } from '../../src/types.ts';

const isArticle = (value: Article | SkippedInput): value is Article => 'paragraphs' in value;

function clean(text: string, extra: Partial<RawArticle> = {}): Article {
  const result = cleanArticle({ path: 'fixture.txt', format: 'txt', text, ...extra });
  if (!isArticle(result)) throw new Error(`expected an article, got a skip: ${result.reason}`);
  return result;
}

const page = [
  'Lake ferry service to resume next month',
  '',
  'Lakeside • Morning Star',
  '',
  '• 812 views',
  '',
  'Advertisement',
  '',
  'The lake ferry will run again from the first of May after a winter of repairs, the operator announced.',
  '',
  'Lake ferry service to resume next month',
  '',
  'Details',
  '',
  'The hull was repainted and both engines were replaced at the boatyard.',
  '',
  'Passengers will be able to book seats online for the first time this season.',
  '',
  '– the operator said in a statement.',
  '',
  'A deckhand paints the railings of the ferry at the boatyard. (Morning Star/X)',
  '',
  'Share this article',
  '',
  'Petra Novak',
  '',
  'Petra Novak',
  '',
  'TravelLocal news',
].join('\n');

describe('cleanArticle', () => {
  const article = clean(page);

  it('takes the dateline out of the story’s first paragraph even when a caption or note the cleaner kept comes first', () => {
    const article = clean([
      'Ferry talks end in agreement',
      '',
      'This story was updated on Saturday evening with the statement the two mayors issued after their meeting.',
      '',
      'OSLO -- The two mayors agreed on Saturday to run the lake ferry together from next spring.',
    ].join('\n'));
    expect(article.dateline).toBe('Oslo');
    expect(article.paragraphs.some((paragraph) => paragraph.startsWith('OSLO'))).toBe(false);
  });

  it('takes the city of a date line ("Port Louis — Saturday, 21 November 2026") as the dateline', () => {
    const article = cleanArticle({ path: 'a.md', format: 'md', title: 'Talks resume', text: 'Port Louis — Saturday, 21 November 2026\n\nMauritius and the Maldives resumed talks on Saturday in the capital.' });
    expect(article).toMatchObject({ dateline: 'Port Louis', date: '2026-11-21' });
  });

  it('takes out a dateline of two cities but gives the story no one home city', () => {
    const article = clean(['Ferry talks end in agreement', '', 'OSLO/STOCKHOLM, Nov 3 (Reuters) - The two mayors agreed on Saturday to run the lake ferry together.'].join('\n'));
    expect(article.dateline).toBeUndefined();
    expect(article.paragraphs[0]).toBe('The two mayors agreed on Saturday to run the lake ferry together.');
  });

  it('takes a headline-like first line as the title and drops its repetition', () => {
    expect(article.title).toBe('Lake ferry service to resume next month');
    expect(article.paragraphs.some((paragraph) => isSameHeadline(paragraph, article.title))).toBe(false);
  });

  it('keeps exactly the article sentences, with the attribution joined to its quote', () => {
    expect(article.paragraphs).toEqual([
      'The lake ferry will run again from the first of May after a winter of repairs, the operator announced.',
      'The hull was repainted and both engines were replaced at the boatyard.',
      'Passengers will be able to book seats online for the first time this season. – the operator said in a statement.',
    ]);
  });

  it('takes the outlet from the dateline line', () => {
    expect(article.outlet).toBe('Morning Star');
  });

  it('gives a content-derived id: same text, same id; other text, other id', () => {
    expect(article.id).toMatch(/^article:lake-ferry-service-to-resume-next-month-[0-9a-f]{10}$/);
    expect(clean(page, { path: 'elsewhere.txt' }).id).toBe(article.id);
    expect(clean(`${page}\n\nOne more sentence was added.`).id).not.toBe(article.id);
  });

  it('prefers raw metadata, and uses a Published line for the date when none is known', () => {
    const withMeta = clean('Published: 2 Jun. 2020, 10:00\nThe ferry ran late.', { title: 'Given title', date: '2020-06-01', url: 'u', outlet: 'o' });
    expect(withMeta).toMatchObject({ title: 'Given title', date: '2020-06-01', url: 'u', outlet: 'o' });
    expect(clean('Published: 2 Jun. 2020, 10:00\nThe ferry ran late.').date).toBe('2020-06-02');
  });

  it('reads the date of a bare date line even when it is split like a breadcrumb', () => {
    expect(clean('Home | Lakes | Transport\nMay 5, 2021 / 08:10 AM / Updated\nThe ferry ran late.').date).toBe('2021-05-05');
  });

  it('makes a title from the first sentence when nothing names the article', () => {
    expect(clean('The ferry ran late. Passengers waited.').title).toBe('The ferry ran late');
  });

  it('keeps a long paragraph that lost its final full stop', () => {
    const truncated = 'The operator said that the ferry would run on weekdays only during the first month while crews trained on the new engines and that weekend service would follow';
    expect(clean(`Opening sentence here.\n${truncated}`).paragraphs).toContain(truncated);
  });

  it('skips an article with nothing left after cleaning', () => {
    const result = cleanArticle({ path: 'chrome.txt', format: 'txt', line: 3, text: 'Advertisement\n• 10 views\nComments' });
    expect(result).toEqual({ path: 'chrome.txt', line: 3, reason: expect.stringMatching(/^no article text left after cleaning/) });
  });
});

describe('cleanArticle on the seed articles', () => {
  const seeds = path.resolve(import.meta.dirname, '../..', '../shared/corpus/seeds');
  const pairs: { raw: RawArticle; article: Article }[] = [];

  beforeAll(async () => {
    const { files } = await listInputFiles([seeds]);
    for (const file of files) {
      for (const raw of (await loadFile(file)).articles) {
        const article = cleanArticle(raw);
        if (!isArticle(article)) throw new Error(`seed skipped: ${article.reason}`);
        pairs.push({ raw, article });
      }
    }
  });

  it('cleans all five seeds', () => {
    expect(pairs).toHaveLength(5);
  });

  it('leaves no chrome in any paragraph', () => {
    for (const { article } of pairs) {
      for (const paragraph of article.paragraphs) {
        expect(classifyChrome(paragraph)).toBeUndefined();
        expect(paragraph).not.toMatch(/\b\d+\s*views\b|ARTICLE AD BOX|^Advertisement$|^(Comments|Details|Context)$/);
        expect(paragraph).not.toMatch(/\([^()]*\/[^()]*\)$|^Published:|•/);
        expect(isSameHeadline(paragraph, article.title)).toBe(false);
        expect(endsLikeSentence(paragraph) || wordCount(paragraph) > 25).toBe(true);
        expect(paragraph).not.toMatch(/^[–—-]/);
      }
    }
  });

  it('keeps every quote and every full sentence line of the source', () => {
    for (const { raw, article } of pairs) {
      const body = article.paragraphs.join('\n');
      const sourceLines = raw.text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
      const sentenceLines = sourceLines.filter((line) => wordCount(line) >= 8 && endsLikeSentence(line) && !/\)$/.test(line));
      const quoteLines = sourceLines.filter((line) => /^["“]/.test(line));
      expect(quoteLines.every((line) => body.includes(line))).toBe(true);
      expect(sentenceLines.filter((line) => !body.includes(line))).toEqual([]);
    }
  });

  it('joins a dash-led attribution to the quote above it', () => {
    const attributions = pairs.flatMap(({ raw }) => raw.text.split('\n').filter((line) => /^\s*[–—]\s+\p{Ll}/u.test(line)).map((line) => line.trim()));
    expect(attributions.length).toBeGreaterThan(0);
    const paragraphs = pairs.flatMap(({ article }) => article.paragraphs);
    for (const attribution of attributions) {
      expect(paragraphs.some((paragraph) => paragraph.endsWith(attribution) && paragraph.length > attribution.length + 20)).toBe(true);
    }
  });

  it('dates the two dated seeds 2025-04-28', () => {
    const dated = pairs.filter(({ article }) => article.date !== undefined);
    expect(dated).toHaveLength(2);
    expect(dated.map(({ article }) => article.date)).toEqual(['2025-04-28', '2025-04-28']);
  });

  it('gives every seed a title and a distinct, stable id', () => {
    const ids = pairs.map(({ article }) => article.id);
    expect(new Set(ids).size).toBe(5);
    for (const { raw, article } of pairs) {
      expect(article.title.length).toBeGreaterThan(10);
      expect(cleanArticle(raw)).toEqual(article);
    }
  });
});
