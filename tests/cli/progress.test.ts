import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createFileProgress } from '../../src/cli/progress.ts';
import type { CliContext } from '../../src/cli/context.ts';

function contextWith(interactive: boolean) {
  const written: string[] = [];
  const stderr = new Writable({ write: (chunk, _encoding, done) => (written.push(String(chunk)), done()) });
  const ctx: CliContext = { stdout: new Writable({ write: (_c, _e, done) => done() }), stderr, exitCode: 0, interactive };
  return { ctx, text: () => written.join('') };
}

describe('createFileProgress', () => {
  it('draws a bar on stderr that ends at the file count when interactive', () => {
    const { ctx, text } = contextWith(true);
    const progress = createFileProgress(ctx, { label: 'ingesting' });
    for (let done = 1; done <= 5; done++) progress.onFile(done, 5, `/in/article-${done}.txt`);
    progress.stop();
    expect(text()).toContain('ingesting');
    expect(text()).toContain('5/5 files');
    expect(text()).toContain('100%');
    expect(text()).toContain('article-5.txt');
  });

  it('draws nothing when not interactive (CI, pipes)', () => {
    const { ctx, text } = contextWith(false);
    const progress = createFileProgress(ctx);
    for (let done = 1; done <= 5; done++) progress.onFile(done, 5, `f${done}`);
    progress.stop();
    expect(text()).toBe('');
  });

  it('draws nothing for a run of a single file', () => {
    const { ctx, text } = contextWith(true);
    const progress = createFileProgress(ctx);
    progress.onFile(1, 1, 'only.txt');
    progress.stop();
    expect(text()).toBe('');
  });
});
