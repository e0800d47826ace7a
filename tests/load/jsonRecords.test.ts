import { describe, expect, it } from 'vitest';
import { readJsonArticles, readJsonLinesArticles } from '../../src/load/jsonRecords.ts';

describe('readJsonArticles', () => {
  it('reads one article object with the primary field names', () => {
    const { articles, skipped } = readJsonArticles(
      'one.json',
      JSON.stringify({ text: 'Body one.', title: 'T1', date: '2022-02-02', url: 'https://e.example/1', source: 'Daily One' }),
    );
    expect(skipped).toEqual([]);
    expect(articles).toEqual([
      { path: 'one.json', format: 'json', text: 'Body one.', title: 'T1', date: '2022-02-02', url: 'https://e.example/1', outlet: 'Daily One' },
    ]);
  });

  it('reads the alternative field names: body, content, published, outlet, nested source name', () => {
    const { articles } = readJsonArticles(
      'many.json',
      JSON.stringify([
        { body: 'Body two.', published: 'March 3, 2021', outlet: 'Weekly Two' },
        { content: 'Body three.', source: { id: 'x', name: 'Three News' } },
      ]),
    );
    expect(articles.map((article) => [article.text, article.date, article.outlet, article.line])).toEqual([
      ['Body two.', '2021-03-03', 'Weekly Two', 1],
      ['Body three.', undefined, 'Three News', 2],
    ]);
  });

  it('reads the date and metadata keys that header lines read, in any spelling, and keeps an update date apart', () => {
    const { articles } = readJsonArticles(
      'feed.json',
      JSON.stringify([
        { text: 'Body four.', posted_on: '2024-05-06T08:00:00Z', headline: 'H4', link: 'https://e.example/4', publisher: 'Four Post' },
        { text: 'Body five.', pubDate: 'Tue, 07 May 2024 10:00:00 GMT', last_updated: '2024-05-09' },
        { text: 'Body six.', lastModified: '2024-05-10' },
      ]),
    );
    expect(articles.map((article) => [article.date, article.updated, article.title, article.url, article.outlet])).toEqual([
      ['2024-05-06', undefined, 'H4', 'https://e.example/4', 'Four Post'],
      ['2024-05-07', '2024-05-09', undefined, undefined, undefined],
      [undefined, '2024-05-10', undefined, undefined, undefined],
    ]);
  });

  it('passes over a date key whose value is no date and reads the next one', () => {
    const { articles } = readJsonArticles('odd.json', JSON.stringify({ text: 'Body seven.', date: 'yesterday-ish', created_at: '2023-01-02' }));
    expect(articles[0].date).toBe('2023-01-02');
  });

  it('skips records without text and says which field to use', () => {
    const { articles, skipped } = readJsonArticles('mixed.json', JSON.stringify([{ title: 'No body here' }, { text: 'Has a body.' }, 'just a string']));
    expect(articles).toHaveLength(1);
    expect(skipped).toHaveLength(2);
    expect(skipped[0]).toMatchObject({ path: 'mixed.json', line: 1 });
    expect(skipped[0].reason).toMatch(/no article text.*"text"/);
    expect(skipped[1]).toMatchObject({ line: 3 });
    expect(skipped[1].reason).toMatch(/not an article object/);
  });

  it('turns an HTML body into paragraphs', () => {
    const { articles } = readJsonArticles('html.json', JSON.stringify({ content: '<p>First part.</p><p>Second <b>part</b>.</p><script>x()</script>' }));
    expect(articles[0].text).toBe('First part.\n\nSecond part.');
  });

  it('skips a file that is not JSON, naming the parser error', () => {
    const { articles, skipped } = readJsonArticles('bad.json', '{"text": "unterminated');
    expect(articles).toEqual([]);
    expect(skipped).toHaveLength(1);
    expect(skipped[0].reason).toMatch(/^not valid JSON \(.+\)/);
  });
});

describe('readJsonLinesArticles', () => {
  it('loads the good lines and names the malformed one', () => {
    const text = [
      JSON.stringify({ text: 'First.', title: 'A' }),
      '',
      '{"text": "broken", ',
      JSON.stringify({ text: 'Fourth.', date: '2020-12-31' }),
      JSON.stringify({ headline: 'no text at all' }),
    ].join('\n');
    const { articles, skipped } = readJsonLinesArticles('feed.jsonl', text);
    expect(articles.map((article) => [article.text, article.line, article.format])).toEqual([
      ['First.', 1, 'jsonl'],
      ['Fourth.', 4, 'jsonl'],
    ]);
    expect(skipped.map((item) => item.line)).toEqual([3, 5]);
    expect(skipped[0].reason).toMatch(/not valid JSON.*fix or remove that line/);
    expect(skipped[1].reason).toMatch(/no article text/);
  });
});
