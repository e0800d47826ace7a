// End to end on the real articles of ../shared/corpus/seeds: the graph a user gets from `newsgraph build`.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { MultiDirectedGraph } from 'graphology';
import { readGraphFile } from '../../graph/store/graphFile.ts';
import type { KnowledgeGraph } from '../../graph/model.ts';
import { toGexf } from '../../graph/export/gexf.ts';
import { toGraphml } from '../../graph/export/graphml.ts';
import { runCli } from '../support/cli.ts';

const SEEDS = resolve(import.meta.dirname, '../../../shared/corpus/seeds');

describe.runIf(existsSync(SEEDS) || process.env.CI === 'true')('the graph of the seed articles', () => {
  let graph: KnowledgeGraph;

  beforeAll(async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'newsgraph-seeds-')), 'graph.json');
    const run = await runCli('build', SEEDS, '--out', out);
    expect(run.code, run.stderr).toBe(0);
    graph = await readGraphFile(out);
  });

  /** The nodes of a kind that carry this surface form among their aliases. */
  function nodesNamed(kind: string, alias: string): string[] {
    const wanted = alias.toLowerCase();
    return graph.filterNodes((_node, attributes) => attributes.kind === kind && attributes.aliases.some((known) => known.toLowerCase() === wanted));
  }

  function oneNode(kind: string, aliases: string[]): string {
    const ids = new Set(aliases.flatMap((alias) => nodesNamed(kind, alias)));
    expect([...ids], `${kind} ${aliases.join(' / ')}`).toHaveLength(1);
    return [...ids][0];
  }

  it('makes each person one node whatever the spelling', () => {
    oneNode('Person', ['Jeon Ha Gyu', 'Jeon Ha-kyu']);
    oneNode('Person', ['Koo Byongsam', 'Koo Byung-sam', 'Koo Byoungsam']);
    oneNode('Person', ['Kim Jong Un', 'Kim Jong-un']);
    oneNode('Person', ['Vladimir Putin', 'Putin']);
  });

  it('makes each state one node, capitals used as actors included', () => {
    oneNode('Government', ['North Korea', 'DPRK', 'Pyongyang', 'the North']);
    oneNode('Government', ['South Korea', 'Seoul']);
    oneNode('Government', ['Russia', 'Moscow', 'Kremlin']);
    oneNode('Government', ['Ukraine', 'Kyiv']);
    oneNode('Government', ['United States', 'U.S.']);
  });

  it('makes each body, organisation and treaty one node', () => {
    const foreignMinistry = oneNode('Government', ['Ministry of Foreign Affairs', 'Foreign Ministry', 'South Korean Foreign Ministry']);
    const unification = oneNode('Government', ['Ministry of Unification']);
    oneNode('Organization', ['Korean Central News Agency', 'KCNA']);
    oneNode('Treaty', ['mutual defense pact', 'mutual defence treaty', 'comprehensive strategic partnership treaty']);
    oneNode('Treaty', ['UN Charter', 'United Nations charter']);
    const southKorea = oneNode('Government', ['South Korea']);
    expect(graph.hasEdge(`PART_OF:${foreignMinistry}->${southKorea}`)).toBe(true);
    expect(graph.hasEdge(`PART_OF:${unification}->${southKorea}`)).toBe(true);
  });

  it('gives the quotes of the two spokesmen to them, with the briefing date resolved', () => {
    for (const aliases of [['Jeon Ha-kyu'], ['Koo Byung-sam']]) {
      const person = oneNode('Person', aliases);
      const statements = graph.outEdges(person).filter((edge) => graph.getEdgeAttribute(edge, 'kind') === 'SAID').map((edge) => graph.getNodeAttributes(graph.target(edge)));
      expect(statements.length, aliases[0]).toBeGreaterThanOrEqual(3);
      expect(statements.every((statement) => statement.kind === 'Statement' && statement.speaker === person)).toBe(true);
      expect(statements.map((statement) => statement.date)).toContain('2025-04-28');
    }
    const koo = oneNode('Person', ['Koo Byung-sam']);
    expect(graph.hasEdge(`SPEAKS_FOR:${koo}->${oneNode('Government', ['Ministry of Unification'])}`)).toBe(true);
  });

  it('makes no nodes of bylines, photo captions, counters or ad lines', () => {
    const chrome = ['Olena Goncharova', 'Yevhen Ustimenko', 'ZelenskyyUa', 'ARTICLE AD BOX', 'Comments', 'WarNews', 'views', 'Details', 'Context'];
    graph.forEachNode((_node, attributes) => {
      for (const alias of attributes.aliases) {
        for (const word of chrome) expect(alias.includes(word), `${attributes.kind} ${alias}`).toBe(false);
      }
    });
  });

  it('keeps the evidence sentence of every relation', async () => {
    const texts = await Promise.all(graph.filterNodes((_n, a) => a.kind === 'Article').map((id) => readFile(graph.getNodeAttribute(id, 'path')!, 'utf8')));
    const corpus = texts.join('\n').replace(/\s+/g, ' ');
    graph.forEachEdge((_edge, attributes) => {
      for (const evidence of attributes.evidence) expect(corpus.includes(evidence.sentence.replace(/\s+/g, ' ').slice(0, 60))).toBe(true);
    });
  });

  it('exports GEXF and GraphML that re-import with the same node and edge counts', () => {
    for (const [name, text, parse] of [
      ['gexf', toGexf(graph), parseGexf],
      ['graphml', toGraphml(graph), parseGraphml],
    ] as const) {
      const again = parse(MultiDirectedGraph, text);
      expect([again.order, again.size], name).toEqual([graph.order, graph.size]);
    }
  });
});
