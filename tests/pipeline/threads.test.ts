// Extraction on several threads builds the same graph as on one, reports bad inputs the same way, and skips
// articles the graph already holds.
import { mkdtemp, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, ingestInto } from '../../src/pipeline.ts';
import { extractionThreads, MIN_FILES_FOR_THREADS } from '../../src/extractPool.ts';

const repo = resolve(import.meta.dirname, '../..');
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'newsgraph-threads-'));
  await cp(join(repo, 'examples/articles'), join(folder, 'examples'), { recursive: true });
  await cp(join(repo, 'tests/heldout-real2/articles'), join(folder, 'second'), { recursive: true });
  // Inputs that cannot be read: a broken JSON record file and an empty text file.
  await writeFile(join(folder, 'broken.jsonl'), '{"title": "Harbour talks", "text": "The talks resumed on Monday."}\n{"title": oops}\n');
  await writeFile(join(folder, 'empty.txt'), '');
});

describe('extraction threads', () => {
  it('build the same graph, report the same skipped inputs and count the same articles as one thread', async () => {
    const one = await buildGraph([folder], { threads: 1 });
    const two = await buildGraph([folder], { threads: 2 });
    expect(one.articlesRead).toBeGreaterThan(10);
    expect(two.articlesRead).toBe(one.articlesRead);
    expect(two.skipped).toEqual(one.skipped);
    expect(two.skipped.map((skipped) => `${skipped.path.slice(folder.length + 1)}:${skipped.line ?? ''}`)).toEqual(expect.arrayContaining(['broken.jsonl:2', 'empty.txt:']));
    expect(JSON.stringify(two.graph.export())).toBe(JSON.stringify(one.graph.export()));
  });

  it('call back once per file, in the order of the files', async () => {
    const done: number[] = [];
    await buildGraph([folder], { threads: 3, onFile: (count) => done.push(count) });
    expect(done).toEqual(done.map((_, i) => i + 1));
    expect(done.length).toBeGreaterThan(10);
  });

  it('do not read again what the graph already holds', async () => {
    const { graph } = await buildGraph([folder], { threads: 2 });
    const before = JSON.stringify(graph.export());
    const again = await ingestInto(graph, [folder], { threads: 2 });
    expect(again.articlesRead).toBe(0);
    expect(again.articlesUnchanged).toBeGreaterThan(10);
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it('are used by default only for an input big enough to pay for starting them, on a machine of 4 cores or more', () => {
    expect(extractionThreads(MIN_FILES_FOR_THREADS - 1, undefined, 8)).toBe(1);
    expect(extractionThreads(10_000, undefined, 2)).toBe(1);
    expect(extractionThreads(10_000, undefined, 4)).toBe(4);
    expect(extractionThreads(10_000, undefined, 32)).toBe(8);
    expect(extractionThreads(3, 4)).toBe(4);
    expect(extractionThreads(3, 0)).toBe(1);
  });
});
