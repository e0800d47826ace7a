import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleItems, type FileItem } from '../../src/readFile.ts';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsgraph-readfile-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const record = (title: string, text: string) => JSON.stringify({ title, text, date: '2026-03-02' });

describe('readArticleItems', () => {
  it('hands on each article before it extracts the next, after the lines it could not load', async () => {
    const file = join(folder, 'feed.jsonl');
    const harbour = record('Harbour talks', 'Marrak and Velonia resumed harbour talks on Monday.');
    await writeFile(file, [harbour, '{"title": oops}', record('Grain deal', 'Velonia signed a grain deal with Ostrava.'), harbour].join('\n'));
    const handed: FileItem[] = [];
    const ids = new Set<string>();
    await readArticleItems(file, (id) => ids.has(id), (item) => {
      handed.push(item);
      if ('extraction' in item) ids.add(item.extraction.article.id);
    });
    expect(handed.map((item) => Object.keys(item)[0])).toEqual(['skipped', 'extraction', 'extraction', 'known']);
    expect(handed[0]).toMatchObject({ skipped: { line: 2 } });
    // The repeated record is known because the first was handed on (and could be stored) before it was read.
    expect(handed[3]).toEqual({ known: (handed[1] as { extraction: { article: { id: string } } }).extraction.article.id });
  });
});
