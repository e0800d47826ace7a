import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { CliContext } from '../../src/cli/context.ts';
import { computeGraphStats, formatTable, type GraphStats } from '../../src/cli/commands/stats.ts';
import { saveWorkspace } from '../../graph/store/workspace.ts';
import { writeGraphFile } from '../../graph/store/graphFile.ts';
import { ENTITY_KINDS } from '../../graph/model.ts';
import { buildSampleGraph } from '../export/sampleGraph.ts';

async function run(args: string[]) {
  const chunks = { out: [] as string[], err: [] as string[] };
  const sink = (into: string[]) => new Writable({ write: (chunk, _encoding, done) => (into.push(String(chunk)), done()) });
  const ctx: CliContext = { stdout: sink(chunks.out), stderr: sink(chunks.err), exitCode: 0, interactive: false };
  const code = await main(['node', 'newsgraph', ...args], ctx);
  return { code, out: chunks.out.join(''), err: chunks.err.join('') };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-stats-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('computeGraphStats', () => {
  const graph = buildSampleGraph();
  const stats = computeGraphStats(graph, 3);

  it('counts nodes per kind and edges per relation kind, adding up to the totals', () => {
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(sum(stats.nodesByKind)).toBe(graph.order);
    expect(sum(stats.edgesByKind)).toBe(graph.size);
    expect(stats.nodesByKind.Government).toBe(graph.filterNodes((_k, a) => a.kind === 'Government').length);
    expect(stats.edgesByKind.MENTIONS).toBe(graph.filterEdges((_k, a) => a.kind === 'MENTIONS').length);
    expect(stats.articlesRead).toBe(graph.filterNodes((_k, a) => a.kind === 'Article').length);
    expect(stats.skipped).toEqual(graph.getAttribute('skipped'));
  });

  it('ranks entities only, by degree without MENTIONS edges', () => {
    expect(stats.topEntities).toHaveLength(3);
    for (const entity of stats.topEntities) {
      expect((ENTITY_KINDS as readonly string[]).includes(entity.kind)).toBe(true);
      const degree = graph.edges(entity.id).filter((edge) => graph.getEdgeAttribute(edge, 'kind') !== 'MENTIONS').length;
      expect(entity.degree).toBe(degree);
    }
    const degrees = stats.topEntities.map((entity) => entity.degree);
    expect([...degrees].sort((a, b) => b - a)).toEqual(degrees);
    // Nothing outside the top list has a higher degree than its last entry.
    const last = degrees[degrees.length - 1];
    graph.forEachNode((id, attributes) => {
      if (!(ENTITY_KINDS as readonly string[]).includes(attributes.kind) || stats.topEntities.some((e) => e.id === id)) return;
      expect(graph.edges(id).filter((edge) => graph.getEdgeAttribute(edge, 'kind') !== 'MENTIONS').length).toBeLessThanOrEqual(last);
    });
  });
});

describe('formatTable', () => {
  it('pads columns to one width and right-aligns the numeric ones', () => {
    expect(formatTable([['a', '1'], ['long name', '1234']], new Set([1]))).toEqual(['a             1', 'long name  1234']);
  });
});

describe('newsgraph stats', () => {
  const graph = buildSampleGraph();

  it('prints an aligned table from a store', async () => {
    await saveWorkspace(dir, graph);
    const result = await run(['stats', '--store', dir, '--top', '2']);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    const stats = computeGraphStats(graph, 2);
    expect(result.out).toMatch(new RegExp(`^  nodes +${graph.order}$`, 'm'));
    expect(result.out).toMatch(new RegExp(`^  articles read +${stats.articlesRead}$`, 'm'));
    expect(result.out).toMatch(/^  inputs skipped +1$/m);
    expect(result.out).toMatch(new RegExp(`^  Government +${stats.nodesByKind.Government}$`, 'm'));
    expect(result.out).toContain('Top 2 entities by degree');
    expect(result.out).toContain(`${stats.topEntities[0].kind}  ${stats.topEntities[0].name}`);
    expect(result.out).toMatch(/inbox\/broken\.html +no article text found/);
    // Every count line of a section ends at the same column.
    const section = result.out.split('Nodes by kind\n')[1].split('\n\n')[0].split('\n');
    expect(new Set(section.map((line) => line.length)).size).toBe(1);
  });

  it('prints JSON with --json from a graph file', async () => {
    const file = join(dir, 'g.json');
    await writeGraphFile(file, graph);
    const result = await run(['stats', '--graph', file, '--json']);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.out) as GraphStats;
    expect(printed).toEqual(computeGraphStats(graph, 10));
  });

  it('rejects a --top that is not a whole number', async () => {
    const file = join(dir, 'g.json');
    await writeGraphFile(file, graph);
    const result = await run(['stats', '--graph', file, '--top', 'many']);
    expect(result.code).toBe(1);
    expect(result.err).toBe('newsgraph: --top wants a whole number, not "many"\n');
  });

  it('explains a missing graph file in one line', async () => {
    const result = await run(['stats', '--graph', join(dir, 'nope.json')]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^newsgraph: .*nope\.json: no such graph file \(build one with: newsgraph build/);
    expect(result.err.trim().split('\n')).toHaveLength(1);
  });
});
