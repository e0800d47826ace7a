// Bench: how fast `pushGraph` loads relationships into a real Neo4j, against a loader that writes one row per
// transaction (the naive way) in the same run. Standalone: node --import tsx scripts/bench/neo4j.ts
// Environment: BENCH_NEO4J_RELATIONSHIPS (default 100000), BENCH_NEO4J_BATCH (default DEFAULT_PUSH_BATCH_SIZE),
// BENCH_NEO4J_BASELINE_ROWS (default 1000).
import { pathToFileURL } from 'node:url';
import neo4j from 'neo4j-driver';
import { pushGraph, DEFAULT_PUSH_BATCH_SIZE } from '../../graph/store/neo4jStore.ts';
import { groupRelationships, groupRelationshipsByEnds, relationshipMergeByEndsStatement } from '../../graph/store/neo4jWritePlan.ts';
import { startNeo4jServer, type Neo4jServer } from '../neo4j/server.ts';
import { generateGraph } from '../neo4j/generatedGraph.ts';

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The naive loader: the same MERGE statements as pushGraph, one relationship per transaction. Its ends must already exist. */
async function pushOneRowPerTransaction(server: Neo4jServer, rows: number): Promise<{ written: number; seconds: number }> {
  const graph = generateGraph(rows, { nodes: Math.max(50, Math.round(rows / 5)), seed: 7 });
  const nodesOnly = graph.copy();
  nodesOnly.clearEdges();
  await pushGraph(nodesOnly, server);
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
  const session = driver.session();
  const started = performance.now();
  let written = 0;
  try {
    for (const group of groupRelationshipsByEnds(groupRelationships(graph))) {
      const statement = relationshipMergeByEndsStatement(group.sourceKind, group.targetKind);
      for (const row of group.rows) {
        await session.executeWrite((tx) => tx.run(statement, { rows: [row] }));
        written++;
      }
    }
  } finally {
    await session.close();
    await driver.close();
  }
  return { written, seconds: (performance.now() - started) / 1000 };
}

export async function benchNeo4j(): Promise<Record<string, number>> {
  const relationships = numberFromEnv('BENCH_NEO4J_RELATIONSHIPS', 100_000);
  const batchSize = numberFromEnv('BENCH_NEO4J_BATCH', DEFAULT_PUSH_BATCH_SIZE);
  const baselineRows = numberFromEnv('BENCH_NEO4J_BASELINE_ROWS', 1_000);
  const server = await startNeo4jServer({ heapMb: 2048, pageCacheMb: 1024 });
  try {
    const graph = generateGraph(relationships);
    const connection = { uri: server.uri, user: server.user, password: server.password };

    // Warm-up: the first queries compile Cypher plans and JIT the server; a real push pays that once too.
    await pushGraph(generateGraph(20_000, { nodes: 4_000, seed: 3 }), { ...connection, batchSize });

    let relationshipsStarted = 0;
    const started = performance.now();
    await pushGraph(graph, {
      ...connection,
      batchSize,
      onProgress: (done) => {
        if (done >= graph.order && relationshipsStarted === 0) relationshipsStarted = performance.now();
      },
    });
    const finished = performance.now();
    const repushStarted = performance.now();
    await pushGraph(graph, { ...connection, batchSize });
    const repushSeconds = (performance.now() - repushStarted) / 1000;

    const baseline = await pushOneRowPerTransaction(server, baselineRows);
    const pushSeconds = (finished - started) / 1000;
    const relationshipSeconds = (finished - relationshipsStarted) / 1000;
    const figures = {
      relationships: graph.size,
      nodes: graph.order,
      batchSize,
      pushSeconds: round(pushSeconds),
      relationshipsPerSecond: Math.round(graph.size / relationshipSeconds),
      nodesAndRelationshipsPerSecond: Math.round((graph.order + graph.size) / pushSeconds),
      repushRelationshipsPerSecond: Math.round(graph.size / repushSeconds),
      baselineRows: baseline.written,
      baselineRelationshipsPerSecond: Math.round(baseline.written / baseline.seconds),
      speedup: round(graph.size / relationshipSeconds / (baseline.written / baseline.seconds)),
    };
    for (const [name, value] of Object.entries(figures)) console.log(`neo4j ${name.padEnd(32)} ${value}`);
    return figures;
  } finally {
    await server.stop();
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchNeo4j();
}
