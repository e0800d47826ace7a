import { beforeEach, describe, expect, it } from 'vitest';
import { CSV_ARRAY_DELIMITER, neo4jAdminImportCommand, toCsvFiles } from '../../graph/export/csv.ts';
import { readGraphFromNeo4j } from '../../graph/store/neo4jStore.ts';
import { buildSampleGraph } from '../support/neo4jSampleGraph.ts';
import { emptyNeo4j, neo4jCounts, useNeo4j } from '../support/neo4jTestServer.ts';
import { importCsvFiles } from '../support/neo4jScriptRunner.ts';

function withoutEmptyLists(attributes: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attributes).filter(([, value]) => !(Array.isArray(value) && value.length === 0)));
}

describe('toCsvFiles', () => {
  beforeEach(async () => {
    await emptyNeo4j({ constraints: true });
  });

  it('writes neo4j-admin import headers: ids, labels, types and typed lists', () => {
    const files = toCsvFiles(buildSampleGraph());
    const person = files.find((file) => file.file === 'nodes-Person.csv');
    const header = person?.content.split('\n')[0].split(',') ?? [];
    expect(header.slice(0, 2)).toEqual(['id:ID', ':LABEL']);
    expect(header).toContain('aliases:string[]');
    expect(header).toContain('roles:string[]');
    const condemns = files.find((file) => file.file === 'relationships-CONDEMNS.csv');
    const relHeader = condemns?.content.split('\n')[0].split(',') ?? [];
    expect(relHeader.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    expect(relHeader).toEqual(expect.arrayContaining(['key', 'confidence:double', 'evidenceSentences:string[]', 'evidenceArticles:string[]']));
    expect(condemns?.content).toContain(CSV_ARRAY_DELIMITER);
    expect(neo4jAdminImportCommand(files)).toContain('--relationships=relationships-CONDEMNS.csv');
  });

  it('imports through LOAD CSV into the same graph as pushGraph writes', async () => {
    const graph = buildSampleGraph();
    await importCsvFiles(toCsvFiles(graph));
    const counts = await neo4jCounts();
    expect(counts.nodes).toBe(graph.order);
    expect(counts.relationships).toBe(graph.size);

    // An empty CSV cell is no property at all: optional lists that were empty come back absent.
    const back = await readGraphFromNeo4j(useNeo4j());
    graph.forEachNode((id, attributes) => expect(withoutEmptyLists(back.getNodeAttributes(id))).toEqual(withoutEmptyLists(attributes)));
    graph.forEachEdge((key, attributes, source, target) => {
      expect([back.source(key), back.target(key)]).toEqual([source, target]);
      expect(withoutEmptyLists(back.getEdgeAttributes(key))).toEqual(withoutEmptyLists(attributes));
    });
  });
});
