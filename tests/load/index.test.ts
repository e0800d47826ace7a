// Stage entry points, on bad inputs mixed with good ones and on the real seed articles.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatSkippedInput, listInputFiles, loadFile } from '../../src/load/index.ts';
import type { RawArticle, SkippedInput } from '../../src/types.ts';
import { createTempFolder } from './tempFolder.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const seeds = path.resolve(repoRoot, '../shared/corpus/seeds');

async function loadAll(inputs: string[]): Promise<{ articles: RawArticle[]; skipped: SkippedInput[] }> {
  const { files, skipped } = await listInputFiles(inputs);
  const articles: RawArticle[] = [];
  for (const file of files) {
    const loaded = await loadFile(file);
    articles.push(...loaded.articles);
    skipped.push(...loaded.skipped);
  }
  return { articles, skipped };
}

describe('load on a folder of good and bad inputs', () => {
  const folder = createTempFolder();
  afterAll(() => folder.remove());
  folder.write('in/good.txt', 'The tram line opened on Monday.\n');
  folder.write('in/empty.md', '');
  folder.write('in/binary.html', Buffer.from([0x3c, 0x00, 0x3e]));
  folder.write('in/feed.jsonl', `${JSON.stringify({ text: 'A.' })}\nnot json\n${JSON.stringify({ text: 'B.' })}\n`);

  it('loads what it can and gives one line per skip', async () => {
    const { articles, skipped } = await loadAll([path.join(folder.root, 'in'), path.join(folder.root, 'missing.txt')]);
    expect(articles.map((article) => article.text.trim())).toEqual(['A.', 'B.', 'The tram line opened on Monday.']);
    const lines = skipped.map(formatSkippedInput);
    expect(lines).toHaveLength(4);
    expect(lines.every((line) => !line.includes('\n'))).toBe(true);
    expect(lines).toContain(`${path.join(folder.root, 'missing.txt')}: no such file or folder; check the path`);
    expect(lines).toContain(`${path.join(folder.root, 'in/empty.md')}: file is empty; nothing to read`);
    expect(lines.find((line) => line.startsWith(`${path.join(folder.root, 'in/feed.jsonl')}:2: line is not valid JSON`))).toBeDefined();
    expect(lines.find((line) => line.includes('binary.html: binary file'))).toBeDefined();
  });
});

describe('load on the seed articles', () => {
  it('reads every seed, with header lines turned into metadata', async () => {
    const { articles, skipped } = await loadAll([seeds]);
    expect(skipped).toEqual([]);
    expect(articles).toHaveLength(5);
    const dated = articles.filter((article) => /^\s*date\s/i.test(readFileSync(article.path, 'utf8')));
    expect(dated).toHaveLength(2);
    for (const article of dated) {
      expect(article.date).toBe('2025-04-28');
      expect(article.text).not.toMatch(/^\s*date\s/i);
      // The remainder of the date line became a title only when it had words in it.
      if (article.title !== undefined) expect(article.title).toMatch(/\p{L}{3,}/u);
    }
    expect(dated.filter((article) => article.title !== undefined)).toHaveLength(1);
    expect(articles.every((article) => !/^\s*\$?[\d.,]+\s*$/m.test(article.title ?? ''))).toBe(true);
  });
});
