import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeGraphFile } from '../../graph/store/graphFile.ts';
import { freeLoopbackPort } from '../../scripts/neo4j/server.ts';
import { buildSampleGraph } from '../support/neo4jSampleGraph.ts';
import { emptyNeo4j, neo4jCounts, useNeo4j } from '../support/neo4jTestServer.ts';
import { runNewsgraph } from '../support/neo4jCli.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-push-'));
  await writeGraphFile(join(dir, 'store', 'graph.json'), buildSampleGraph());
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function credentials(): string[] {
  const server = useNeo4j();
  return ['--neo4j', server.uri, '--user', server.user, '--password', server.password];
}

describe('newsgraph push', () => {
  beforeEach(async () => {
    await emptyNeo4j();
  });

  it('pushes the store graph and says how much it wrote; a second push changes no counts', async () => {
    const graph = buildSampleGraph();
    const first = await runNewsgraph(['push', '--store', join(dir, 'store'), ...credentials()]);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(new RegExp(`pushed ${graph.order} nodes and ${graph.size} relationships to `));
    const second = await runNewsgraph(['push', '--graph', join(dir, 'store', 'graph.json'), '--batch-size', '2', ...credentials()]);
    expect(second.code).toBe(0);
    const counts = await neo4jCounts();
    expect([counts.nodes, counts.relationships]).toEqual([graph.order, graph.size]);
  });

  it('reads NEO4J_* variables when no options are given', async () => {
    const server = useNeo4j();
    const saved = { ...process.env };
    Object.assign(process.env, { NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password });
    try {
      const result = await runNewsgraph(['push', '--graph', join(dir, 'store', 'graph.json')]);
      expect(result.code).toBe(0);
    } finally {
      for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD']) if (saved[name] === undefined) delete process.env[name]; else process.env[name] = saved[name];
    }
    expect((await neo4jCounts()).nodes).toBe(buildSampleGraph().order);
  });

  it('fails in one line when the server is unreachable, the password wrong, or the database unknown', async () => {
    const server = useNeo4j();
    const graphFile = join(dir, 'store', 'graph.json');
    const deadPort = await freeLoopbackPort();
    const cases: [string[], RegExp][] = [
      [['--neo4j', `bolt://127.0.0.1:${deadPort}`, '--password', 'x'], /^newsgraph: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+: start the server, or point newsgraph at yours with --neo4j URI or NEO4J_URI\n$/],
      [['--neo4j', server.uri, '--user', server.user, '--password', 'not-the-password'], /^newsgraph: Neo4j at \S+ refused user 'neo4j' \(wrong user or password\): pass --user and --password, or set NEO4J_USER and NEO4J_PASSWORD\n$/],
      [[...credentials(), '--database', 'nosuchdb'], /^newsgraph: Neo4j at \S+ has no database 'nosuchdb': create it .*pass --database with one that exists.*\n$/],
    ];
    for (const [options, expected] of cases) {
      const result = await runNewsgraph(['push', '--graph', graphFile, ...options]);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(expected);
      expect(result.out).toBe('');
    }
    const verbose = await runNewsgraph(['--verbose', 'push', '--graph', graphFile, '--neo4j', server.uri, '--password', 'wrong']);
    expect(verbose.err).toMatch(/\n\s+at /);
  });

  it('says what to do when the graph file is missing or both sources are given', async () => {
    const missing = await runNewsgraph(['push', '--graph', join(dir, 'nope.json'), ...credentials()]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no such graph file/);
    const both = await runNewsgraph(['push', '--store', dir, '--graph', join(dir, 'x.json'), ...credentials()]);
    expect(both.code).toBe(1);
    expect(both.err).toMatch(/either --store or --graph/);
  });
});
