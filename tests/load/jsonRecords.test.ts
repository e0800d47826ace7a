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
