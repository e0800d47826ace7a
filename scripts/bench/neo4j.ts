// Bench: how fast `pushGraph` loads relationships into a real Neo4j, against a loader that writes one row per
// transaction (the naive way) in the same run. Standalone: node --import tsx scripts/bench/neo4j.ts
// Environment: BENCH_NEO4J_RELATIONSHIPS (default 100000), BENCH_NEO4J_BATCH (default DEFAULT_PUSH_BATCH_SIZE),
// BENCH_NEO4J_CONCURRENCY (default DEFAULT_PUSH_CONCURRENCY), BENCH_NEO4J_ROUNDS (default 3: figures are medians),
// BENCH_NEO4J_BASELINE_ROWS (default 500 per round).
import { pathToFileURL } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { DEFAULT_PUSH_BATCH_SIZE, DEFAULT_PUSH_CONCURRENCY } from '../../graph/store/neo4jStore.ts';
import { groupRelationshipsByKind, relationshipPushParameters, relationshipPushStatement } from '../../graph/store/neo4jWritePlan.ts';
import { BULK_LOAD_SERVER, startNeo4jServer, type Neo4jServer } from '../neo4j/server.ts';
import { generateGraph } from '../neo4j/generatedGraph.ts';
import { emptyDatabase, loadAverage, pushNodesReadElementIds, timedPush } from '../neo4j/probe.ts';

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * The naive loader: pushGraph's own relationship statements, one relationship per transaction. Its end nodes are
 * pushed first, by pushGraph, and their element ids read back (pushGraph itself has them from its node MERGEs).
 */
async function pushOneRowPerTransaction(server: Neo4jServer, driver: Driver, rows: number): Promise<{ written: number; seconds: number }> {
  const graph = generateGraph(rows, { nodes: Math.max(50, Math.round(rows / 5)), seed: 7 });
  const elementIds = await pushNodesReadElementIds(driver, graph, server);
  const session = driver.session();
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
  }
  return { written, seconds: (performance.now() - started) / 1000 };
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
  const loadAtStart = Number(loadAverage());
  const server = await startNeo4jServer(BULK_LOAD_SERVER);
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
  try {
    const graph = generateGraph(relationships);
    const connection = { uri: server.uri, user: server.user, password: server.password, batchSize, concurrency };

    // First push on a fresh server: Cypher plans are compiled and the JVM compiles the write path as it goes.
    const cold = await timedPush(generateGraph(relationships, { seed: 3 }), connection);
    // A second one, as a long-running Neo4j has had (the JIT needs more than one push on a loaded machine).
    await emptyDatabase(driver);
    await timedPush(generateGraph(relationships, { seed: 5 }), connection);
    // Then rounds of: the measured push into an emptied database, and the one-row-per-transaction loader into an
    // emptied database, back to back, so that both see the same load; each round gives a ratio.
    const pushRates: number[] = [];
    const baselineRates: number[] = [];
    const ratios: number[] = [];
    let repush = 0;
    for (let round = 1; round <= rounds; round++) {
      await emptyDatabase(driver);
      const warm = await timedPush(graph, connection);
      if (round === 1) repush = graph.size / (await timedPush(graph, connection)).relationshipSeconds;
      await emptyDatabase(driver);
      const baseline = await pushOneRowPerTransaction(server, driver, baselineRows);
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
      loadAverageAtEnd: Number(loadAverage()),
    };
    for (const [name, value] of Object.entries(figures)) console.log(`neo4j ${name.padEnd(32)} ${value}`);
    return figures;
  } finally {
    await driver.close();
    await server.stop();
  }
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchNeo4j();
}
