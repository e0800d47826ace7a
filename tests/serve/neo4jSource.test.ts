// `serve --neo4j`: the viewer's server reading its graph from a real Neo4j (started here with the project's
// launcher), the whole graph or what a Cypher query returns; positions cannot be saved there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pushGraph } from '../../graph/store/neo4jStore.ts';
import { startNeo4jServer, type Neo4jServer } from '../../scripts/neo4j/server.ts';
import { neo4jSource } from '../../src/serve/graphSource.ts';
import { startViewerServer, type RunningViewerServer } from '../../src/serve/server.ts';
import { buildFixtureGraph } from '../viewer/support/fixtureGraph.ts';

let neo4j: Neo4jServer;
let whole: RunningViewerServer;
let queried: RunningViewerServer;
const graph = buildFixtureGraph();

beforeAll(async () => {
  neo4j = await startNeo4jServer({ heapMb: 768, pageCacheMb: 128 });
  const connection = { uri: neo4j.uri, user: neo4j.user, password: neo4j.password };
  await pushGraph(graph, connection);
  whole = await startViewerServer({ source: neo4jSource(connection), distDir: '/nonexistent', port: 0 });
  queried = await startViewerServer({
    source: neo4jSource({ ...connection, cypher: "MATCH (p:Person)-[r:LEADS]->(g) RETURN p, r, g" }),
    distDir: '/nonexistent',
    port: 0,
  });
});

afterAll(async () => {
  await whole?.close();
  await queried?.close();
  await neo4j?.stop();
});

async function servedGraph(server: RunningViewerServer): Promise<{ nodes: { key: string; attributes: { kind: string } }[]; edges: unknown[] }> {
  const response = await fetch(new URL('api/graph', server.url));
  expect(response.status).toBe(200);
  return (await response.json()) as Awaited<ReturnType<typeof servedGraph>>;
}

describe('serve --neo4j', () => {
  it('serves the whole graph read back from Neo4j', async () => {
    const served = await servedGraph(whole);
    expect(served.nodes.length).toBe(graph.order);
    expect(served.edges.length).toBe(graph.size);
    expect(served.nodes.find((node) => node.key === 'person:odile-varga')?.attributes.kind).toBe('Person');
  });

  it('serves only what the --cypher query returns', async () => {
    const served = await servedGraph(queried);
    expect(served.nodes.map((node) => node.key).sort()).toEqual(['government:estmark', 'person:odile-varga']);
    expect(served.edges.length).toBe(1);
  });

  it('says positions cannot be saved to Neo4j', async () => {
    const info = (await (await fetch(new URL('api/info', whole.url))).json()) as { canSavePositions: boolean };
    expect(info.canSavePositions).toBe(false);
    const response = await fetch(new URL('api/positions', whole.url), { method: 'PUT', body: JSON.stringify({ positions: {} }) });
    expect(response.status).toBe(409);
  });
});
