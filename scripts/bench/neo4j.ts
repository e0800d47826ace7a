// Bench: how fast `pushGraph` loads relationships into a real Neo4j, against a loader that writes one row per
// transaction (the naive way) in the same run. Standalone: node --import tsx scripts/bench/neo4j.ts
// Environment: BENCH_NEO4J_RELATIONSHIPS (default 100000), BENCH_NEO4J_BATCH (default DEFAULT_PUSH_BATCH_SIZE),
// BENCH_NEO4J_CONCURRENCY (default DEFAULT_PUSH_CONCURRENCY), BENCH_NEO4J_ROUNDS (default 3: figures are medians),
// BENCH_NEO4J_BASELINE_ROWS (default 500 per round).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import neo4j from 'neo4j-driver';
import type { KnowledgeGraph } from '../../graph/model.ts';
import { pushGraph, DEFAULT_PUSH_BATCH_SIZE, DEFAULT_PUSH_CONCURRENCY, type PushOptions } from '../../graph/store/neo4jStore.ts';
import { groupRelationshipsByKind, relationshipPushParameters, relationshipPushStatement } from '../../graph/store/neo4jWritePlan.ts';
import { BULK_LOAD_SERVER, startNeo4jServer, type Neo4jServer } from '../neo4j/server.ts';
import { generateGraph } from '../neo4j/generatedGraph.ts';

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

async function runAutoCommit(server: Neo4jServer, cypher: string): Promise<void> {
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
  const session = driver.session();
  try {
    await session.run(cypher);
  } finally {
    await session.close();
    await driver.close();
  }
}

/** A push, with the seconds its relationships took (from the end of the node batches to the end). */
async function timedPush(graph: KnowledgeGraph, options: PushOptions): Promise<{ seconds: number; relationshipSeconds: number }> {
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

/**
 * The naive loader: pushGraph's own relationship statements, one relationship per transaction. Its end nodes are
 * pushed first, by pushGraph, and their element ids read back, as pushGraph does between its two phases.
 */
async function pushOneRowPerTransaction(server: Neo4jServer, rows: number): Promise<{ written: number; seconds: number }> {
  const graph = generateGraph(rows, { nodes: Math.max(50, Math.round(rows / 5)), seed: 7 });
  const nodesOnly = graph.copy();
  nodesOnly.clearEdges();
  await pushGraph(nodesOnly, server);
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
  const session = driver.session();
  const elementIds = new Map<string, string>();
  const nodes = await session.run('MATCH (n) RETURN n.id AS id, elementId(n) AS elementId');
  for (const record of nodes.records) elementIds.set(record.get('id'), record.get('elementId'));
  const started = performance.now();
  let written = 0;
  try {
    for (const group of groupRelationshipsByKind(graph)) {
      const statement = relationshipPushStatement(group.kind);
      for (const row of group.rows) {
        const pushRow = { ...row, a: elementIds.get(row.source)!, b: elementIds.get(row.target)! };
        await session.executeWrite((tx) => tx.run(statement, relationshipPushParameters([pushRow])));
        written++;
      }
    }
  } finally {
    await session.close();
    await driver.close();
  }
  return { written, seconds: (performance.now() - started) / 1000 };
}

function loadAverage(): number {
  return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export async function benchNeo4j(): Promise<Record<string, number>> {
  const relationships = numberFromEnv('BENCH_NEO4J_RELATIONSHIPS', 100_000);
  const batchSize = numberFromEnv('BENCH_NEO4J_BATCH', DEFAULT_PUSH_BATCH_SIZE);
  const concurrency = numberFromEnv('BENCH_NEO4J_CONCURRENCY', DEFAULT_PUSH_CONCURRENCY);
  const baselineRows = numberFromEnv('BENCH_NEO4J_BASELINE_ROWS', 500);
  const rounds = numberFromEnv('BENCH_NEO4J_ROUNDS', 3);
  const loadAtStart = loadAverage();
  const server = await startNeo4jServer(BULK_LOAD_SERVER);
  try {
    const graph = generateGraph(relationships);
    const connection = { uri: server.uri, user: server.user, password: server.password, batchSize, concurrency };
    const emptyDatabase = () => runAutoCommit(server, 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');

    // First push on a fresh server: Cypher plans are compiled and the JVM compiles the write path as it goes.
    const cold = await timedPush(generateGraph(relationships, { seed: 3 }), connection);
    // A second one, as a long-running Neo4j has had (the JIT needs more than one push on a loaded machine).
    await emptyDatabase();
    await timedPush(generateGraph(relationships, { seed: 5 }), connection);
    // Then rounds of: the measured push into an emptied database, and the one-row-per-transaction loader into an
    // emptied database, back to back, so that both see the same load; each round gives a ratio.
    const pushRates: number[] = [];
    const baselineRates: number[] = [];
    const ratios: number[] = [];
    let repush = 0;
    for (let round = 1; round <= rounds; round++) {
      await emptyDatabase();
      const warm = await timedPush(graph, connection);
      if (round === 1) repush = graph.size / (await timedPush(graph, connection)).relationshipSeconds;
      await emptyDatabase();
      const baseline = await pushOneRowPerTransaction(server, baselineRows);
      pushRates.push(graph.size / warm.relationshipSeconds);
      baselineRates.push(baseline.written / baseline.seconds);
      ratios.push(pushRates.at(-1)! / baselineRates.at(-1)!);
      console.log(
        `neo4j round ${round}: push ${Math.round(pushRates.at(-1)!)} relationships/s, one row per transaction ${Math.round(baselineRates.at(-1)!)}/s, ` +
          `${round2(ratios.at(-1)!)}×, load ${loadAverage()}`,
      );
    }
    const figures = {
      relationships: graph.size,
      nodes: graph.order,
      batchSize,
      concurrency,
      rounds,
      coldRelationshipsPerSecond: Math.round(relationships / cold.relationshipSeconds),
      relationshipsPerSecond: Math.round(median(pushRates)),
      repushRelationshipsPerSecond: Math.round(repush),
      baselineRows: baselineRows * rounds,
      baselineRelationshipsPerSecond: Math.round(median(baselineRates)),
      speedup: round2(median(ratios)),
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: loadAverage(),
    };
    for (const [name, value] of Object.entries(figures)) console.log(`neo4j ${name.padEnd(32)} ${value}`);
    return figures;
  } finally {
    await server.stop();
  }
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchNeo4j();
}
