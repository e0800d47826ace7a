import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { main } from '../../src/cli/main.ts';
import type { CliContext } from '../../src/cli/context.ts';
import { saveWorkspace } from '../../graph/store/workspace.ts';
import { writeGraphFile } from '../../graph/store/graphFile.ts';
import { buildSampleGraph } from '../export/sampleGraph.ts';

function capturingContext(): CliContext & { out: () => string; err: () => string } {
  const sink = () => {
    const chunks: string[] = [];
    const stream = new Writable({ write: (chunk, _encoding, done) => (chunks.push(String(chunk)), done()) });
    return { stream, text: () => chunks.join('') };
  };
  const stdout = sink();
  const stderr = sink();
  return { stdout: stdout.stream, stderr: stderr.stream, exitCode: 0, interactive: false, out: stdout.text, err: stderr.text };
}

const run = async (args: string[]) => {
  const ctx = capturingContext();
  const code = await main(['node', 'newsgraph', ...args], ctx);
  return { code, out: ctx.out(), err: ctx.err() };
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-export-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('newsgraph export', () => {
  const graph = buildSampleGraph();

  it('writes GEXF from a store, readable by graphology-gexf', async () => {
    await saveWorkspace(join(dir, 'store'), graph);
    const out = join(dir, 'graph.gexf');
    const result = await run(['export', '--format', 'gexf', '--out', out, '--store', join(dir, 'store')]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(new RegExp(`wrote gexf to .*graph.gexf \\(${graph.order} nodes, ${graph.size} edges`));
    const again = parseGexf(MultiDirectedGraph, await readFile(out, 'utf8'));
    expect([again.order, again.size]).toEqual([graph.order, graph.size]);
  });

  it('writes GraphML and JSON from a graph file, taking the format from the extension', async () => {
    const file = join(dir, 'in.json');
    await writeGraphFile(file, graph);
    expect((await run(['export', '--out', join(dir, 'g.graphml'), '--graph', file])).code).toBe(0);
    const graphml = parseGraphml(MultiDirectedGraph, await readFile(join(dir, 'g.graphml'), 'utf8'));
    expect([graphml.order, graphml.size]).toEqual([graph.order, graph.size]);

    expect((await run(['export', '-f', 'json', '-o', join(dir, 'copy.json'), '--graph', file])).code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'copy.json'), 'utf8'))).toEqual(graph.export());
  });

  it('refuses an unknown format, an unclear extension, and both sources at once', async () => {
    const file = join(dir, 'in.json');
    await writeGraphFile(file, graph);
    const unknown = await run(['export', '--format', 'dot', '--out', join(dir, 'g.dot'), '--graph', file]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/^newsgraph: unknown export format "dot"; choose one of json, gexf, graphml, csv, cypher\n$/);
    const unclear = await run(['export', '--out', join(dir, 'g.txt'), '--graph', file]);
    expect(unclear.err).toMatch(/cannot tell the format.*--format/);
    const both = await run(['export', '--out', join(dir, 'g.json'), '--graph', file, '--store', dir]);
    expect(both.err).toMatch(/either --graph FILE or --store DIR/);
    expect(existsSync(join(dir, 'g.json'))).toBe(false);
  });

  it('says what to do when the store holds no graph', async () => {
    const result = await run(['export', '--out', join(dir, 'g.json'), '--store', join(dir, 'empty')]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/no graph here yet; run "newsgraph ingest/);
  });

  // The CSV and Cypher writers are another engineer's; the command must work with them and speak plainly without.
  it('writes CSV into a folder, or says plainly that CSV export is missing', async () => {
    const file = join(dir, 'in.json');
    await writeGraphFile(file, graph);
    const result = await run(['export', '--format', 'csv', '--out', join(dir, 'csv'), '--graph', file]);
    if (existsSync(fileURLToPath(new URL('../../graph/export/csv.ts', import.meta.url)))) {
      expect(result.code).toBe(0);
      expect((await readdir(join(dir, 'csv'))).length).toBeGreaterThan(0);
    } else {
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/^newsgraph: csv export is not available in this build: graph\/export\/csv.ts is missing/);
    }
  });

  it('writes a Cypher script, or says plainly that Cypher export is missing', async () => {
    const file = join(dir, 'in.json');
    await writeGraphFile(file, graph);
    const result = await run(['export', '--format', 'cypher', '--out', join(dir, 'g.cypher'), '--graph', file]);
    if (existsSync(fileURLToPath(new URL('../../graph/export/cypher.ts', import.meta.url)))) {
      expect(result.code).toBe(0);
      expect(await readFile(join(dir, 'g.cypher'), 'utf8')).toMatch(/MERGE|CREATE/);
    } else {
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/cypher export is not available in this build/);
    }
  });
});
