import { beforeEach, describe, expect, it } from 'vitest';
import { cypherLiteral, cypherString, toCypherScript } from '../../graph/export/cypher.ts';
import { readGraphFromNeo4j } from '../../graph/store/neo4jStore.ts';
import { buildSampleGraph, TRICKY_TEXT } from '../support/neo4jSampleGraph.ts';
import { emptyNeo4j, neo4jCounts, runCypher, useNeo4j } from '../support/neo4jTestServer.ts';
import { runCypherScript } from '../support/neo4jScriptRunner.ts';

describe('toCypherScript', () => {
  beforeEach(async () => {
    await emptyNeo4j({ constraints: true });
  });

  it('escapes text so that Neo4j reads back exactly the original string', async () => {
    const texts = [TRICKY_TEXT, "it's", 'back\\slash\\', 'line\r\nbreak', '\u2028sep\u0000nul', "'; MATCH (n) DETACH DELETE n //"];
    const rows = await runCypher(`RETURN [${texts.map(cypherString).join(', ')}] AS texts`);
    expect(rows[0].texts).toEqual(texts);
    const [map] = await runCypher(`RETURN ${cypherLiteral({ plain: 1, 'odd key`': [true, false], n: 0.25 })} AS value`);
    expect(map.value).toEqual({ plain: 1, 'odd key`': [true, false], n: 0.25 });
  });

  it('loads into an empty database with the same counts, labels and attributes as pushGraph', async () => {
    const graph = buildSampleGraph();
    const script = toCypherScript(graph);
    expect(script).not.toContain('Merrow condemned Calder again.\n');
    await runCypherScript(script);
    const counts = await neo4jCounts();
    expect(counts.nodes).toBe(graph.order);
    expect(counts.relationships).toBe(graph.size);

    const back = await readGraphFromNeo4j(useNeo4j());
    graph.forEachNode((id, attributes) => expect(back.getNodeAttributes(id)).toEqual(attributes));
    graph.forEachEdge((key, attributes) => expect(back.getEdgeAttributes(key)).toEqual(attributes));
  });

  it('is idempotent: running the script twice changes nothing', async () => {
    const graph = buildSampleGraph();
    const script = toCypherScript(graph);
    await runCypherScript(script);
    await runCypherScript(script);
    const counts = await neo4jCounts();
    expect([counts.nodes, counts.relationships]).toEqual([graph.order, graph.size]);
    const constraints = await runCypher('SHOW CONSTRAINTS YIELD name RETURN count(*) AS count');
    expect(constraints[0].count).toBe(8);
  });
});
