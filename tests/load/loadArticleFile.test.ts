import { afterAll, describe, expect, it } from 'vitest';
import { loadArticleFile } from '../../src/load/loadArticleFile.ts';
import { createTempFolder } from './tempFolder.ts';

const folder = createTempFolder();
afterAll(() => folder.remove());

describe('loadArticleFile', () => {
  it('reads a .txt file with header lines into metadata and body', async () => {
    const file = folder.write('a.txt', 'title: Ferry timetable changes\ndate: 2024-07-01\nsource: Island Gazette\n\nFerries will sail hourly.\n');
    const { articles, skipped } = await loadArticleFile(file);
    expect(skipped).toEqual([]);
    expect(articles).toEqual([
      { path: file, format: 'txt', title: 'Ferry timetable changes', date: '2024-07-01', outlet: 'Island Gazette', text: 'Ferries will sail hourly.\n' },
    ]);
  });

  it('reads a .md file: front matter, heading as title, markup stripped', async () => {
    const file = folder.write('b.md', '---\ndate: 2024-07-02\nurl: https://gazette.example/b\n---\n# Pier repairs finish early\n\nWork on the *pier* ended.\n');
    const { articles } = await loadArticleFile(file);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ format: 'md', title: 'Pier repairs finish early', date: '2024-07-02', url: 'https://gazette.example/b' });
    expect(articles[0].text.trim()).toBe('Work on the pier ended.');
  });

  it('prefers a front-matter title over the heading', async () => {
    const file = folder.write('c.md', '---\ntitle: From the front matter\n---\n# From the heading\n\nText.\n');
    expect((await loadArticleFile(file)).articles[0].title).toBe('From the front matter');
  });

  it('reads .html and .htm files', async () => {
    const html = '<html><head><meta property="og:title" content="Dam inspection"></head><body><article><p>Inspectors visited the dam on Friday and found no cracks in the wall.</p></article></body></html>';
    for (const name of ['d.html', 'e.htm']) {
      const { articles } = await loadArticleFile(folder.write(name, html));
      expect(articles[0]).toMatchObject({ format: 'html', title: 'Dam inspection' });
      expect(articles[0].text).toContain('Inspectors visited the dam');
    }
  });

  it('reads .json and .jsonl files', async () => {
    const json = await loadArticleFile(folder.write('f.json', JSON.stringify([{ text: 'One.' }, { body: 'Two.' }])));
    const jsonl = await loadArticleFile(folder.write('g.jsonl', `${JSON.stringify({ content: 'Three.' })}\n`));
    expect(json.articles.map((article) => article.text)).toEqual(['One.', 'Two.']);
    expect(jsonl.articles.map((article) => [article.text, article.format])).toEqual([['Three.', 'jsonl']]);
  });

  it('skips a file that holds only header lines', async () => {
    const file = folder.write('h.txt', 'title: Only a title\ndate: 2024-07-03\n');
    const { articles, skipped } = await loadArticleFile(file);
    expect(articles).toEqual([]);
    expect(skipped[0].reason).toMatch(/no article text found/);
  });

  it('passes on read failures as skips', async () => {
    const { skipped } = await loadArticleFile(folder.write('i.json', ''));
    expect(skipped).toEqual([{ path: `${folder.root}/i.json`, reason: 'file is empty; nothing to read' }]);
  });
});
