// `newsgraph ingest`: incremental, idempotent, and bad input never harms what the store already holds.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

async function workspace() {
  const dir = await mkdtemp(join(tmpdir(), 'newsgraph-ingest-'));
  const store = join(dir, 'store');
  await writeFile(join(dir, 'a.txt'), 'date 2026-02-02\n\nKenya condemned the raid on Monday. “We will respond,” Interior Minister Ruth Achieng said.\n');
  await writeFile(join(dir, 'b.txt'), 'date 2026-02-03\n\nUganda urged Kenya to show restraint, Ugandan officials said on Tuesday.\n');
  return { dir, store, graphFile: join(store, 'graph.json') };
}

describe('newsgraph ingest', () => {
  it('adds articles in place, and ingesting the same file again changes nothing', async () => {
    const { dir, store, graphFile } = await workspace();
    expect((await runCli('ingest', join(dir, 'a.txt'), '--store', store)).code).toBe(0);
    const first = JSON.parse(await readFile(graphFile, 'utf8'));
    expect((await runCli('ingest', join(dir, 'b.txt'), '--store', store)).code).toBe(0);
    const second = JSON.parse(await readFile(graphFile, 'utf8'));
    expect(second.nodes.length).toBeGreaterThan(first.nodes.length);
    const kenya = second.nodes.find((node: { key: string }) => node.key === 'government:kenya');
    expect(kenya.attributes.sources).toHaveLength(2);

    const again = await runCli('ingest', join(dir, 'a.txt'), join(dir, 'b.txt'), '--store', store);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 articles read, 2 already in the graph');
    expect(JSON.parse(await readFile(graphFile, 'utf8'))).toEqual(second);
  });

  it('leaves the store whole when a later run has only bad input', async () => {
    const { dir, store, graphFile } = await workspace();
    await runCli('ingest', join(dir, 'a.txt'), '--store', store);
    const before = await readFile(graphFile, 'utf8');
    await writeFile(join(dir, 'bad.jsonl'), '{not json\n');
    const run = await runCli('ingest', join(dir, 'bad.jsonl'), '--store', store);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad\.jsonl:1/);
    expect(await readFile(graphFile, 'utf8')).toBe(before);
  });
});
