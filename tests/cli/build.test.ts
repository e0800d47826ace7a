// `newsgraph build`: bad inputs are one line each, the rest of the run completes, exit codes say what happened.
import { mkdtemp, writeFile, open } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGraphFile } from '../../graph/store/graphFile.ts';
import { runCli } from '../support/cli.ts';

const GOOD = 'date 2026-01-12\ntitle: Harbour deal\n\nNorway and Iceland signed a fisheries agreement on Monday. “It is a fair deal,” Fisheries Minister Ola Berg said.\n';

async function folderWithBadInputs(): Promise<{ dir: string; bad: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'newsgraph-build-'));
  await writeFile(join(dir, 'good.txt'), GOOD);
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14]));
  await writeFile(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 society met in Lyon.', 'latin1'));
  await writeFile(join(dir, 'feed.jsonl'), `${JSON.stringify({ title: 'One', text: 'Chile thanked Peru for its help on Tuesday.' })}\n{"title": "broken",\n`);
  const huge = await open(join(dir, 'huge.txt'), 'w');
  await huge.truncate(50 * 1024 * 1024);
  await huge.close();
  return { dir, bad: ['empty.txt', 'binary.txt', 'latin1.txt', 'feed.jsonl:2', 'huge.txt'] };
}

describe('newsgraph build', () => {
  it('skips each bad input with one line naming it, builds the rest, and exits 2', async () => {
    const { dir, bad } = await folderWithBadInputs();
    const out = join(dir, 'out', 'graph.json');
    const run = await runCli('build', dir, join(dir, 'missing.txt'), '--out', out);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    for (const name of [...bad, 'missing.txt']) {
      expect(lines.filter((line) => line.includes(name)), name).toHaveLength(1);
    }
    expect(lines.every((line) => line.startsWith('newsgraph: skipped '))).toBe(true);
    const graph = await readGraphFile(out);
    expect(graph.filterNodes((_n, a) => a.kind === 'Article')).toHaveLength(2);
    expect(graph.hasNode('government:norway')).toBe(true);
    expect(graph.getAttribute('skipped')?.map((item) => item.path)).toEqual(expect.arrayContaining([join(dir, 'feed.jsonl:2')]));
  });

  it('exits 1 and writes nothing when nothing is readable', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-build-'));
    const out = join(dir, 'graph.json');
    const run = await runCli('build', join(dir, 'nothing-here'), '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nothing-here');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 0 and says what it built', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-build-'));
    await writeFile(join(dir, 'good.txt'), GOOD);
    const run = await runCli('build', join(dir, 'good.txt'), '--out', join(dir, 'g.json'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1 article read; graph has \d+ nodes and \d+ edges; written to /);
  });

  it('explains its usage', async () => {
    const run = await runCli('build', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--out <file>');
    const missing = await runCli('build');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("missing required argument 'inputs'");
  });
});
