import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listArticleFiles } from '../../src/load/listInputFiles.ts';
import { createTempFolder } from './tempFolder.ts';

const folder = createTempFolder();
afterAll(() => folder.remove());

const a = folder.write('news/b-second.txt', 'x');
const b = folder.write('news/a-first.md', 'x');
const c = folder.write('news/deeper/c.html', 'x');
const d = folder.write('news/deeper/d.json', 'x');
const e = folder.write('news/deeper/e.jsonl', 'x');
const f = folder.write('news/deeper/f.htm', 'x');
folder.write('news/notes.pdf', 'x');
folder.write('news/.hidden.txt', 'x');
folder.write('news/.git/inside.txt', 'x');
folder.write('news/node_modules/pkg/readme.md', 'x');
folder.write('nothing-here/picture.png', 'x');
const pdf = folder.write('report.pdf', 'x');

describe('listArticleFiles', () => {
  it('walks folders recursively, in code-unit order, skipping hidden files, hidden folders and node_modules', async () => {
    const { files, skipped } = await listArticleFiles([path.join(folder.root, 'news')]);
    expect(skipped).toEqual([]);
    expect(files).toEqual([b, a, c, d, e, f].sort());
    expect(files).toEqual([...files].sort());
  });

  it('gives the same list whatever the order of the inputs, without duplicates', async () => {
    const one = await listArticleFiles([a, path.join(folder.root, 'news')]);
    const two = await listArticleFiles([path.join(folder.root, 'news'), a, a]);
    expect(one.files).toEqual(two.files);
    expect(new Set(one.files).size).toBe(one.files.length);
  });

  it('skips a missing path, an empty folder and an unsupported file given explicitly, and goes on', async () => {
    const missing = path.join(folder.root, 'no-such-folder');
    const empty = path.join(folder.root, 'nothing-here');
    const { files, skipped } = await listArticleFiles([missing, empty, pdf, a]);
    expect(files).toEqual([a]);
    expect(skipped).toEqual([
      { path: missing, reason: 'no such file or folder; check the path' },
      { path: empty, reason: expect.stringMatching(/^folder holds no article files \(\.txt, \.md.*\); check the path or add articles$/) },
      { path: pdf, reason: expect.stringMatching(/^unsupported file type "\.pdf"; newsgraph reads \.txt.*convert it/) },
    ]);
  });

  it('reads symlinked files but does not follow symlinked folders, so a link cycle ends', async () => {
    const loop = createTempFolder();
    try {
      const real = loop.write('real/story.txt', 'x');
      symlinkSync(path.join(loop.root, 'real'), path.join(loop.root, 'real', 'back'));
      symlinkSync(real, path.join(loop.root, 'linked.txt'));
      const { files } = await listArticleFiles([loop.root]);
      expect(files).toEqual([path.join(loop.root, 'linked.txt'), real]);
    } finally {
      loop.remove();
    }
  });
});
