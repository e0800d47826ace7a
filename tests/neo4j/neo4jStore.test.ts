import { beforeEach, describe, expect, it } from 'vitest';
import { pushGraph, readGraphFromNeo4j } from '../../graph/store/neo4jStore.ts';
import { buildSampleGraph, TRICKY_TEXT } from '../support/neo4jSampleGraph.ts';
import { emptyNeo4j, neo4jCounts, runCypher, useNeo4j } from '../support/neo4jTestServer.ts';
import type { KnowledgeGraph } from '../../graph/model.ts';

function countBy(graph: KnowledgeGraph, what: 'nodes' | 'edges'): Record<string, number> {
  const counts: Record<string, number> = {};
  if (what === 'nodes') graph.forEachNode((_, a) => (counts[a.kind] = (counts[a.kind] ?? 0) + 1));
  else graph.forEachEdge((_, a) => (counts[a.kind] = (counts[a.kind] ?? 0) + 1));
  return counts;
}

describe('pushGraph / readGraphFromNeo4j', () => {
  beforeEach(async () => {
    await emptyNeo4j();
  });

  it('pushes every node and relationship with its label and type, and reads the same graph back', async () => {
    const server = useNeo4j();
    const graph = buildSampleGraph();
    const progress: number[] = [];
    const result = await pushGraph(graph, { ...server, batchSize: 3, onProgress: (done) => progress.push(done) });
    expect(result).toEqual({ nodes: graph.order, relationships: graph.size });
    expect(progress.at(-1)).toBe(graph.order + graph.size);

    const counts = await neo4jCounts();
    expect(counts.nodes).toBe(graph.order);
    expect(counts.relationships).toBe(graph.size);
    expect(counts.labels).toEqual(countBy(graph, 'nodes'));
    expect(counts.types).toEqual(countBy(graph, 'edges'));

    const back = await readGraphFromNeo4j(server);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((id, attributes) => {
      expect(back.getNodeAttributes(id)).toEqual(attributes);
    });
    graph.forEachEdge((key, attributes, source, target) => {
      expect(back.source(key)).toBe(source);
      expect(back.target(key)).toBe(target);
      expect(back.getEdgeAttributes(key)).toEqual(attributes);
    });
  });

  it('is idempotent: pushing twice leaves the same counts, pushing more merges', async () => {
    const server = useNeo4j();
    const graph = buildSampleGraph();
    await pushGraph(graph, server);
    await pushGraph(graph, server);
    const once = await neo4jCounts();
    expect(once.nodes).toBe(graph.order);
    expect(once.relationships).toBe(graph.size);

    const more = buildSampleGraph();
    more.addNode('person:new-arrival', { kind: 'Person', name: 'New Arrival', aliases: ['New Arrival'], sources: [] });
    more.addEdgeWithKey('MEETS:person:ilse-varga->person:new-arrival', 'person:ilse-varga', 'person:new-arrival', {
      kind: 'MEETS', sources: [], evidence: [], confidence: 0.5,
    });
    more.setNodeAttribute('person:ilse-varga', 'aliases', ['Ilse Varga', 'Ms Varga', 'Minister Varga']);
    await pushGraph(more, server);
    const merged = await neo4jCounts();
    expect(merged.nodes).toBe(graph.order + 1);
    expect(merged.relationships).toBe(graph.size + 1);
    const [row] = await runCypher('MATCH (p:Person {id: $id}) RETURN p.aliases AS aliases', { id: 'person:ilse-varga' });
    expect(row.aliases).toEqual(['Ilse Varga', 'Ms Varga', 'Minister Varga']);
  });

  it('stores evidence as parallel lists that Cypher can return, text intact', async () => {
    const server = useNeo4j();
    await pushGraph(buildSampleGraph(), server);
    const rows = await runCypher(
      `MATCH (:Government {name: 'Merrow'})-[r:CONDEMNS]->(:Government {name: 'Calder'})
       UNWIND range(0, size(r.evidenceSentences) - 1) AS i
       RETURN r.evidenceArticles[i] AS article, r.evidenceSentences[i] AS sentence ORDER BY article`,
    );
    expect(rows.map((row) => row.sentence)).toEqual([TRICKY_TEXT, 'Merrow condemned Calder again.']);
    const [statement] = await runCypher('MATCH (:Person)-[:SAID]->(s:Statement) RETURN s.text AS text, s.quoted AS quoted');
    expect(statement).toEqual({ text: TRICKY_TEXT, quoted: true });
  });

  it('reads only what a Cypher query returns, with the end nodes of its relationships', async () => {
    const server = useNeo4j();
    await pushGraph(buildSampleGraph(), server);
    const sub = await readGraphFromNeo4j({ ...server, cypher: 'MATCH ()-[r:CONDEMNS|URGES]->() RETURN r' });
    expect(sub.size).toBe(2);
    expect(sub.order).toBe(3);
    expect(sub.hasNode('government:calder')).toBe(true);
    const path = await readGraphFromNeo4j({
      ...server,
      cypher: 'MATCH p = shortestPath((a:Person {id: $from})-[*]-(b:Treaty {id: $to})) RETURN p',
      params: { from: 'person:tomas-brel', to: 'treaty:merrow-bay-accord' },
    });
    expect(path.hasNode('person:tomas-brel')).toBe(true);
    expect(path.hasNode('treaty:merrow-bay-accord')).toBe(true);
    expect(path.size).toBe(path.order - 1);
  });

  it('creates a uniqueness constraint on id for every node label', async () => {
    const server = useNeo4j();
    await emptyNeo4j({ constraints: true });
    expect(await runCypher('SHOW CONSTRAINTS')).toEqual([]);
    await pushGraph(buildSampleGraph(), server);
    const rows = await runCypher("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties");
    const labels = rows.filter((row) => JSON.stringify(row.properties) === '["id"]').map((row) => row.label).sort();
    expect(labels).toEqual(['Article', 'Government', 'Group', 'Organization', 'Person', 'Place', 'Statement', 'Treaty']);
  });
});
