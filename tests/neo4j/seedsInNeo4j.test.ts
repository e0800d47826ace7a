// The real seed articles, through the whole pipeline, into Neo4j and back; then questions a reader would ask, in
// Cypher, answered the same way as by walking the in-memory graph. Names below are only query inputs.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/pipeline.ts';
import { pushGraph, readGraphFromNeo4j } from '../../graph/store/neo4jStore.ts';
import type { KnowledgeGraph, RelationKind } from '../../graph/model.ts';
import { emptyNeo4j, neo4jCounts, runCypher, useNeo4j } from '../support/neo4jTestServer.ts';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const seeds = resolve(repoRoot, '../shared/corpus/seeds');

let graph: KnowledgeGraph;

beforeAll(async () => {
  ({ graph } = await buildGraph([seeds]));
  await emptyNeo4j();
  await pushGraph(graph, useNeo4j());
}, 180_000);

/** The node whose aliases (or name) include the text, as the Cypher questions find it. */
function nodeNamed(kind: string, text: string): string | undefined {
  return graph.findNode((_, a) => a.kind === kind && (a.name === text || a.aliases.includes(text)));
}

function edgesOf(kind: RelationKind): { source: string; target: string; key: string }[] {
  return graph.filterEdges((_, a) => a.kind === kind).map((key) => ({ key, source: graph.source(key), target: graph.target(key) }));
}

const name = (id: string) => graph.getNodeAttribute(id, 'name');
const sorted = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort();

/** Length of the shortest undirected path, by breadth-first search. */
function shortestPathLength(from: string, to: string): number | undefined {
  const seen = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length > 0) {
    const node = queue.shift()!;
    if (node === to) return seen.get(node);
    for (const next of graph.neighbors(node)) {
      if (!seen.has(next)) {
        seen.set(next, seen.get(node)! + 1);
        queue.push(next);
      }
    }
  }
  return undefined;
}

describe('the seed articles in Neo4j', () => {
  it('go in and come back with the same counts and kinds as the in-memory graph', async () => {
    expect(graph.order).toBeGreaterThan(0);
    const counts = await neo4jCounts();
    expect([counts.nodes, counts.relationships]).toEqual([graph.order, graph.size]);
    const back = await readGraphFromNeo4j(useNeo4j());
    expect([back.order, back.size]).toEqual([graph.order, graph.size]);
    graph.forEachNode((id, attributes) => expect(back.getNodeAttribute(id, 'kind')).toBe(attributes.kind));
    graph.forEachEdge((key, attributes) => expect(back.getEdgeAttributes(key)).toEqual(attributes));
  });

  it('who condemned North Korea', async () => {
    const target = nodeNamed('Government', 'North Korea');
    expect(target).toBeDefined();
    const rows = await runCypher("MATCH (who)-[:CONDEMNS]->(g:Government) WHERE 'North Korea' IN g.aliases RETURN who.name AS who");
    const expected = edgesOf('CONDEMNS').filter((e) => e.target === target).map((e) => ({ who: name(e.source) }));
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(rows)).toEqual(sorted(expected));
  });

  it('what Koo Byung-sam said, and when', async () => {
    const koo = nodeNamed('Person', 'Koo Byung-sam');
    expect(koo).toBeDefined();
    const rows = await runCypher(
      "MATCH (p:Person)-[:SAID]->(s:Statement) WHERE 'Koo Byung-sam' IN p.aliases RETURN s.text AS text, s.date AS date",
    );
    const expected = edgesOf('SAID')
      .filter((e) => e.source === koo)
      .map((e) => ({ text: graph.getNodeAttribute(e.target, 'text'), date: graph.getNodeAttribute(e.target, 'date') ?? null }));
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(rows)).toEqual(sorted(expected));
  });

  it('which statements are about the treaty', async () => {
    const treaty = nodeNamed('Treaty', 'Comprehensive Strategic Partnership Treaty');
    expect(treaty).toBeDefined();
    const rows = await runCypher(
      "MATCH (s:Statement)-[:ABOUT]->(t:Treaty) WHERE 'Comprehensive Strategic Partnership Treaty' IN t.aliases RETURN s.id AS statement",
    );
    const expected = edgesOf('ABOUT').filter((e) => e.target === treaty).map((e) => ({ statement: e.source }));
    expect(sorted(rows)).toEqual(sorted(expected));
  });

  it('the shortest path between two people', async () => {
    const kim = nodeNamed('Person', 'Kim Jong Un');
    const jeon = nodeNamed('Person', 'Jeon Ha-kyu');
    expect(kim && jeon).toBeTruthy();
    const rows = await runCypher(
      `MATCH (a:Person), (b:Person) WHERE 'Kim Jong Un' IN a.aliases AND 'Jeon Ha-kyu' IN b.aliases
       MATCH p = shortestPath((a)-[*..12]-(b)) RETURN length(p) AS hops, [n IN nodes(p) | n.id] AS ids`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].hops).toBe(shortestPathLength(kim!, jeon!));
    const ids = rows[0].ids as string[];
    for (let i = 1; i < ids.length; i++) expect(graph.areNeighbors(ids[i - 1], ids[i])).toBe(true);
  });

  it('which relations rest on more than one article', async () => {
    const rows = await runCypher(
      "MATCH ()-[r]->() WHERE size(r.sources) > 1 AND NOT type(r) IN ['MENTIONS', 'FROM_ARTICLE'] RETURN r.key AS key, size(r.sources) AS articles",
    );
    const expected = graph
      .filterEdges((_, a) => a.sources.length > 1 && a.kind !== 'MENTIONS' && a.kind !== 'FROM_ARTICLE')
      .map((key) => ({ key, articles: graph.getEdgeAttribute(key, 'sources').length }));
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(rows)).toEqual(sorted(expected));
  });

  it('the sentences behind South Korea condemning North Korea', async () => {
    const rows = await runCypher(
      `MATCH (a:Government)-[r:CONDEMNS]->(b:Government) WHERE 'South Korea' IN a.aliases AND 'North Korea' IN b.aliases
       UNWIND range(0, size(r.evidenceSentences) - 1) AS i RETURN r.evidenceArticles[i] AS article, r.evidenceSentences[i] AS sentence`,
    );
    const key = edgesOf('CONDEMNS').find((e) => e.source === nodeNamed('Government', 'South Korea') && e.target === nodeNamed('Government', 'North Korea'))?.key;
    expect(key).toBeDefined();
    expect(sorted(rows)).toEqual(sorted(graph.getEdgeAttribute(key!, 'evidence')));
  });

  it('who speaks for which body, and who leads what', async () => {
    for (const kind of ['SPEAKS_FOR', 'LEADS'] as const) {
      const rows = await runCypher(`MATCH (p:Person)-[:${kind}]->(b) RETURN p.name AS person, b.name AS body`);
      const expected = edgesOf(kind).map((e) => ({ person: name(e.source), body: name(e.target) }));
      expect(expected.length).toBeGreaterThan(0);
      expect(sorted(rows)).toEqual(sorted(expected));
    }
  });

  it('who is most quoted', async () => {
    const rows = await runCypher('MATCH (who)-[:SAID]->(:Statement) RETURN who.id AS who, count(*) AS statements');
    const counts = new Map<string, number>();
    for (const e of edgesOf('SAID')) counts.set(e.source, (counts.get(e.source) ?? 0) + 1);
    expect(sorted(rows)).toEqual(sorted([...counts].map(([who, statements]) => ({ who, statements }))));
  });

  it('which articles mention Kursk', async () => {
    const kursk = nodeNamed('Place', 'Kursk');
    expect(kursk).toBeDefined();
    const rows = await runCypher("MATCH (a:Article)-[:MENTIONS]->(p:Place) WHERE 'Kursk' IN p.aliases RETURN a.id AS article");
    const expected = edgesOf('MENTIONS').filter((e) => e.target === kursk).map((e) => ({ article: e.source }));
    expect(expected.length).toBeGreaterThan(1);
    expect(sorted(rows)).toEqual(sorted(expected));
  });

  it('who signed or is party to the treaty', async () => {
    const treaty = nodeNamed('Treaty', 'Comprehensive Strategic Partnership Treaty');
    const rows = await runCypher(
      "MATCH (x)-[r:SIGNS|PARTY_TO]->(t:Treaty) WHERE 'Comprehensive Strategic Partnership Treaty' IN t.aliases RETURN x.name AS who, type(r) AS how",
    );
    const expected = [...edgesOf('SIGNS'), ...edgesOf('PARTY_TO')]
      .filter((e) => e.target === treaty)
      .map((e) => ({ who: name(e.source), how: graph.getEdgeAttribute(e.key, 'kind') }));
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(rows)).toEqual(sorted(expected));
  });

  it('which news agencies statements are reported by', async () => {
    const rows = await runCypher('MATCH (:Statement)-[:REPORTED_BY]->(o:Organization) RETURN DISTINCT o.name AS agency');
    const expected = [...new Set(edgesOf('REPORTED_BY').map((e) => name(e.target)))].map((agency) => ({ agency }));
    expect(sorted(rows)).toEqual(sorted(expected));
  });
});
