// The on-demand Vite build: due when the build is missing or older than any viewer source, and not otherwise.
import { mkdir, mkdtemp, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VIEWER_ROOT, ensureViewerBuilt, viewerBuildIsFresh } from '../../src/serve/viewerBuild.ts';

async function touch(file: string, secondsFromNow: number): Promise<void> {
  const when = new Date(Date.now() + secondsFromNow * 1000);
  await utimes(file, when, when);
}

describe('viewerBuildIsFresh', () => {
  it('is false without a build, true after one, false again when any source is newer', async () => {
    const root = await mkdtemp(join(tmpdir(), 'newsgraph-viewer-fresh-'));
    await mkdir(join(root, 'src', 'ui'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html>');
    await writeFile(join(root, 'vite.config.ts'), 'export default {}');
    await writeFile(join(root, 'src', 'ui', 'panel.ts'), 'export {}');
    for (const file of ['index.html', 'vite.config.ts', 'src/ui/panel.ts']) await touch(join(root, file), -60);
    expect(await viewerBuildIsFresh(root)).toBe(false);

    await mkdir(join(root, 'dist'));
    await writeFile(join(root, 'dist', 'index.html'), '<!doctype html>');
    expect(await viewerBuildIsFresh(root)).toBe(true);

    await touch(join(root, 'src', 'ui', 'panel.ts'), 60);
    expect(await viewerBuildIsFresh(root)).toBe(false);
  });
});

describe('ensureViewerBuilt', () => {
  it('gives the real viewer a build with its page and assets, and does not rebuild a fresh one', async () => {
    const dist = await ensureViewerBuilt();
    expect(dist).toBe(join(VIEWER_ROOT, 'dist'));
    expect((await stat(join(dist, 'index.html'))).isFile()).toBe(true);
    const logged: string[] = [];
    await ensureViewerBuilt(VIEWER_ROOT, (line) => logged.push(line));
    expect(logged).toEqual([]);
  }, 180_000);
});
