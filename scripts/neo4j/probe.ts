// Helpers shared by the Neo4j write benchmark (scripts/bench/neo4j.ts) and the probes in this folder (ceiling.ts,
// variants.ts): the load average beside each figure, emptying the database, a push timed by its phases, and the
// element ids of a graph's nodes pushed alone (what a relationship statement finds its ends by).
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import type { KnowledgeGraph } from '../../graph/model.ts';
import { pushGraph, type PushOptions } from '../../graph/store/neo4jStore.ts';

/** The one-minute load average, as /proc/loadavg writes it. */
export function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
}

/** Runs one statement in an auto-commit transaction (schema changes, clean-ups). */
export async function autoCommit(driver: Driver, cypher: string): Promise<void> {
  const session = driver.session();
  try {
    await session.run(cypher);
  } finally {
    await session.close();
  }
}

/** Deletes every node and relationship, in transactions small enough for any heap. */
export function emptyDatabase(driver: Driver): Promise<void> {
  return autoCommit(driver, 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
}

/** A push, with the seconds it took and the seconds its relationships took (from the end of the node batches). */
export async function timedPush(graph: KnowledgeGraph, options: PushOptions): Promise<{ seconds: number; relationshipSeconds: number }> {
  let relationshipsStarted = 0;
  const started = performance.now();
  await pushGraph(graph, {
    ...options,
    onProgress: (done) => {
      if (done >= graph.order && relationshipsStarted === 0) relationshipsStarted = performance.now();
    },
  });
  const finished = performance.now();
  return { seconds: (finished - started) / 1000, relationshipSeconds: (finished - relationshipsStarted) / 1000 };
}

/** Pushes the graph's nodes alone (through pushGraph) and reads back each node's element id, by node id. */
export async function pushNodesReadElementIds(driver: Driver, graph: KnowledgeGraph, options: PushOptions): Promise<Map<string, string>> {
  const nodesOnly = graph.copy();
  nodesOnly.clearEdges();
  await pushGraph(nodesOnly, options);
  const elementIds = new Map<string, string>();
  const session = driver.session();
  try {
    for (const record of (await session.run('MATCH (n) RETURN n.id AS id, elementId(n) AS elementId')).records) elementIds.set(record.get('id'), record.get('elementId'));
  } finally {
    await session.close();
  }
  return elementIds;
}
