// What a Neo4j test file uses: the run's server (failing, never skipping, when there is none) and a way to empty it.
import { afterAll, inject } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';
import type { ProvidedNeo4j } from './neo4jServer.ts';

export function useNeo4j(): ProvidedNeo4j {
  const server = inject('neo4j');
  if (!server) throw new Error(`no Neo4j server for the tests: ${inject('neo4jProblem') ?? 'unknown reason'}`);
  return server;
}

let sharedDriver: Driver | undefined;

/** One driver per test file, closed after the file's tests. */
function testDriver(): Driver {
  if (!sharedDriver) {
    const server = useNeo4j();
    sharedDriver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), { disableLosslessIntegers: true });
  }
  return sharedDriver;
}

afterAll(async () => {
  await sharedDriver?.close();
  sharedDriver = undefined;
});

/** Runs Cypher with the test credentials and returns the records as plain objects. */
export async function runCypher(cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const result = await testDriver().executeQuery(cypher, params);
  return result.records.map((record) => record.toObject());
}

/** Deletes every node and relationship (and, when asked, every constraint), so each test starts from an empty database. */
export async function emptyNeo4j(options: { constraints?: boolean } = {}): Promise<void> {
  await runCypher('MATCH (n) DETACH DELETE n');
  if (!options.constraints) return;
  const constraints = await runCypher('SHOW CONSTRAINTS YIELD name RETURN name');
  for (const { name } of constraints) await runCypher(`DROP CONSTRAINT \`${String(name)}\` IF EXISTS`);
}

/** Node and relationship counts by label and type, for comparing a database with a graph. */
export async function neo4jCounts(): Promise<{ nodes: number; relationships: number; labels: Record<string, number>; types: Record<string, number> }> {
  const labels: Record<string, number> = {};
  for (const row of await runCypher('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count')) labels[String(row.label)] = Number(row.count);
  const types: Record<string, number> = {};
  for (const row of await runCypher('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count')) types[String(row.type)] = Number(row.count);
  const [nodes] = await runCypher('MATCH (n) RETURN count(n) AS count');
  const [relationships] = await runCypher('MATCH ()-[r]->() RETURN count(r) AS count');
  return { nodes: Number(nodes.count), relationships: Number(relationships.count), labels, types };
}
