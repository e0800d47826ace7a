import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { Neo4jError } from '../../graph/errors.ts';
import { pushGraph } from '../../graph/store/neo4jStore.ts';
import { startNeo4jServer, type Neo4jServer } from '../../scripts/neo4j/server.ts';
import { generateGraph } from '../../scripts/neo4j/generatedGraph.ts';

// Its own server (not the run's), because this test stops and starts it.
let server: Neo4jServer | undefined;
let home: string | undefined;
afterAll(async () => {
  await server?.stop();
  if (home) await rm(home, { recursive: true, force: true });
});

async function countsIn(target: Neo4jServer): Promise<[number, number, number]> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), { disableLosslessIntegers: true });
  try {
    const nodes = await driver.executeQuery('MATCH (n) RETURN count(n) AS c');
    const relationships = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS c');
    const duplicateKeys = await driver.executeQuery('MATCH ()-[r]->() WITH r.key AS key, count(*) AS c WHERE c > 1 RETURN count(key) AS c');
    return [nodes.records[0].get('c'), relationships.records[0].get('c'), duplicateKeys.records[0].get('c')];
  } finally {
    await driver.close();
  }
}

describe('a Neo4j restart in the middle of a push', () => {
  it('retries or fails cleanly, and the next push completes with no duplicates', async () => {
    home = await mkdtemp(join(tmpdir(), 'newsgraph-neo4j-restart-'));
    server = await startNeo4jServer({ home });
    const first = server;
    const graph = generateGraph(8_000, { nodes: 1_000 });
    const connection = { uri: first.uri, user: first.user, password: first.password };

    let restart: Promise<void> | undefined;
    const outcome = await pushGraph(graph, {
      ...connection,
      batchSize: 200,
      onProgress: (done) => {
        if (!restart && done >= graph.order + 1_000) {
          restart = (async () => {
            await first.stop();
            server = await startNeo4jServer({ home, port: first.port, password: first.password });
          })();
        }
      },
    }).then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
    expect(restart).toBeDefined();
    await restart;
    console.info(`push during restart: ${'error' in outcome ? `failed cleanly (${String(outcome.error)})` : 'completed by retrying'}`);
    if ('error' in outcome) {
      // Failing is allowed, but only as one of our errors saying what to do.
      expect(outcome.error).toBeInstanceOf(Neo4jError);
      expect((outcome.error as Neo4jError).message).toMatch(/Neo4j at /);
    } else {
      expect(outcome.result).toEqual({ nodes: graph.order, relationships: graph.size });
    }

    const again = await pushGraph(graph, { ...connection, batchSize: 5_000 });
    expect(again).toEqual({ nodes: graph.order, relationships: graph.size });
    expect(await countsIn(server)).toEqual([graph.order, graph.size, 0]);
  }, 240_000);
});
