import { beforeAll, describe, expect, it } from 'vitest';
import { pushGraph } from '../../graph/store/neo4jStore.ts';
import { parseParam } from '../../src/cli/commands/query.ts';
import { buildSampleGraph, TRICKY_TEXT } from '../support/neo4jSampleGraph.ts';
import { emptyNeo4j, useNeo4j } from '../support/neo4jTestServer.ts';
import { runNewsgraph } from '../support/neo4jCli.ts';

function credentials(): string[] {
  const server = useNeo4j();
  return ['--neo4j', server.uri, '--user', server.user, '--password', server.password];
}

beforeAll(async () => {
  await emptyNeo4j();
  await pushGraph(buildSampleGraph(), useNeo4j());
});

describe('newsgraph query', () => {
  it('prints a table with a header, one line per row and a row count', async () => {
    const result = await runNewsgraph([
      'query', 'MATCH (g:Government)-[:CONDEMNS]->(t:Government {name: $target}) RETURN g.name AS who, t AS target', '--param', 'target=Calder', ...credentials(),
    ]);
    expect(result.err).toBe('');
    const lines = result.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^who\s+\| target$/);
    expect(lines[2]).toMatch(/^Merrow\s+\| \(:Government "Calder"\)$/);
    expect(lines.at(-1)).toBe('(1 row)');
  });

  it('renders paths readably, with the direction of each relationship', async () => {
    const result = await runNewsgraph([
      'query', "MATCH p = (:Person {name: 'Ilse Varga'})-[:SAID]->(:Statement)-[:ABOUT]->(:Treaty) RETURN p", ...credentials(),
    ]);
    expect(result.out).toContain('(:Person "Ilse Varga")-[:SAID]->(:Statement "Ilse Varga: the accord binds")-[:ABOUT]->(:Treaty "Merrow Bay Accord")');
  });

  it('prints JSON with nodes as labels and properties, and text intact', async () => {
    const result = await runNewsgraph(['query', 'MATCH (s:Statement) RETURN s, s.text AS text', '--format', 'json', ...credentials()]);
    const rows = JSON.parse(result.out);
    expect(rows).toHaveLength(1);
    expect(rows[0].s.labels).toEqual(['Statement']);
    expect(rows[0].text).toBe(TRICKY_TEXT);
  });

  it('prints CSV with quoted cells', async () => {
    const result = await runNewsgraph(['query', "MATCH (n:Person) RETURN n.name AS name, n.aliases AS aliases ORDER BY name", '--format', 'csv', ...credentials()]);
    expect(result.out).toBe('name,aliases\nIlse Varga,"Ilse Varga, Ms Varga"\nTomas Brel,Tomas Brel\n');
  });

  it('prints the header and (0 rows) when nothing matches', async () => {
    const result = await runNewsgraph(['query', 'MATCH (n:Person {name: $name}) RETURN n.name AS name', '--param', 'name=Nobody', ...credentials()]);
    expect(result.out).toMatch(/^name\n-+\n\(0 rows\)\n$/);
  });

  it('reports a Cypher mistake and a bad --format in one line', async () => {
    const bad = await runNewsgraph(['query', 'MATCH (n RETURN n', ...credentials()]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^newsgraph: Neo4j at \S+ rejected the query: .+\n$/);
    const format = await runNewsgraph(['query', 'RETURN 1', '--format', 'xml', ...credentials()]);
    expect(format.err).toMatch(/--format xml: expected one of table, json, csv/);
  });
});

describe('parseParam', () => {
  it('reads JSON values and falls back to text', () => {
    expect(parseParam('n=3')).toEqual({ n: 3 });
    expect(parseParam('names=["a","b"]')).toEqual({ names: ['a', 'b'] });
    expect(parseParam('name=Kim Jong=Un')).toEqual({ name: 'Kim Jong=Un' });
    expect(() => parseParam('novalue')).toThrow(/expected name=value/);
  });
});
