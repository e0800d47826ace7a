import { mkdtemp, mkdir, writeFile, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveStaticFile } from '../../src/serve/staticFiles.ts';

let root: string;
let outside: string;

beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'newsgraph-static-'));
  root = join(base, 'dist');
  outside = join(base, 'secret.txt');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(outside, 'secret');
  await symlink(outside, join(root, 'leak.txt'));
});

describe('resolveStaticFile', () => {
  it('serves index.html for the root, with an HTML content type', async () => {
    const file = await resolveStaticFile(root, '/');
    expect(file?.file.endsWith('index.html')).toBe(true);
    expect(file?.contentType).toMatch(/^text\/html/);
  });

  it('gives scripts a JavaScript content type', async () => {
    expect((await resolveStaticFile(root, '/assets/app.js'))?.contentType).toMatch(/^text\/javascript/);
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%5c..%5csecret.txt', '/index.html%00.js', '/%E0%A4%A'])(
    'refuses %s',
    async (path) => {
      expect(await resolveStaticFile(root, path)).toBeUndefined();
    },
  );

  it('refuses a symlink that points outside the folder', async () => {
    expect(await resolveStaticFile(root, '/leak.txt')).toBeUndefined();
  });

  it('answers undefined for missing files and folders', async () => {
    expect(await resolveStaticFile(root, '/nope.js')).toBeUndefined();
    expect(await resolveStaticFile(root, '/assets')).toBeUndefined();
  });
});
