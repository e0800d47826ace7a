// Experiment: ways of writing the generated graph's relationships, timed back to back on one warm server (the
// figures in docs/neo4j.md, "What the changes bought"). Run: node --import tsx scripts/neo4j/variants.ts
// Environment: VARIANTS=name,… (keys of `variants` below, or push-<concurrency>-<batch size> for pushGraph itself,
// e.g. push-2-10000, the shipped settings),
// ROUNDS (2), WARM (warm-up pushes, 1), RELS (100000), BATCH (10000), HEAP (MB, 2048), JVM (extra JVM options,
// e.g. "-XX:-UseG1GC -XX:+UseParallelGC -Xlog:gc:file=/tmp/gc.log"), TUNED=1 (transaction log and memory settings).
import neo4j, { type Driver } from 'neo4j-driver';
import { pushGraph } from '../../graph/store/neo4jStore.ts';
import { groupRelationshipsByKind } from '../../graph/store/neo4jWritePlan.ts';
import { generateGraph } from './generatedGraph.ts';
import { emptyDatabase, loadAverage, pushNodesReadElementIds, timedPush } from './probe.ts';
import { startNeo4jServer } from './server.ts';

const RELATIONSHIPS = Number(process.env.RELS ?? 100_000);
const BATCH = Number(process.env.BATCH ?? 10_000);

let attempts = 0;
async function write(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<void> {
  const session = driver.session();
  try {
    await session.executeWrite((tx) => { attempts++; return tx.run(cypher, params); });
  } finally {
    await session.close();
  }
}

const server = await startNeo4jServer({
  heapMb: Number(process.env.HEAP ?? 2048),
  pageCacheMb: 1024,
  jvmOptions: process.env.JVM ? process.env.JVM.split(' ') : undefined,
  settings: process.env.TUNED ? { 'db.tx_log.rotation.retention_policy': '2 files', 'db.tx_log.rotation.size': '512m', 'dbms.memory.transaction.total.max': '0', 'db.memory.transaction.max': '0' } : undefined,
});
const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), { disableLosslessIntegers: true });
const connection = { uri: server.uri, user: server.user, password: server.password };
const graph = generateGraph(RELATIONSHIPS);
const groups = groupRelationshipsByKind(graph);

async function prepare(): Promise<Map<string, string>> {
  await emptyDatabase(driver);
  return pushNodesReadElementIds(driver, graph, connection);
}

type Variant = (ids: Map<string, string>) => Promise<void>;

function columns(rows: { key: string; source: string; target: string; props: Record<string, unknown> }[], ids: Map<string, string>) {
  return {
    a: rows.map((r) => ids.get(r.source)),
    b: rows.map((r) => ids.get(r.target)),
    s: rows.map((r) => r.source),
    t: rows.map((r) => r.target),
    key: rows.map((r) => r.key),
    sources: rows.map((r) => r.props.sources),
    confidence: rows.map((r) => r.props.confidence),
    ea: rows.map((r) => r.props.evidenceArticles),
    es: rows.map((r) => r.props.evidenceSentences),
  };
}

const columnStatement = (kind: string, verb: 'MERGE' | 'CREATE') =>
  'UNWIND range(0, size($key) - 1) AS i ' +
  'MATCH (a) WHERE elementId(a) = $a[i] AND a.id = $s[i] ' +
  'MATCH (b) WHERE elementId(b) = $b[i] AND b.id = $t[i] ' +
  `${verb} (a)-[r:${kind} {key: $key[i]}]->(b) SET r.sources = $sources[i], r.confidence = $confidence[i], r.evidenceArticles = $ea[i], r.evidenceSentences = $es[i] ` +
  'RETURN count(*) AS written';

async function batched(ids: Map<string, string>, run: (kind: string, rows: (typeof groups)[number]['rows']) => Promise<void>, concurrency = 1) {
  const jobs: (() => Promise<void>)[] = [];
  for (const group of groups) {
    for (let start = 0; start < group.rows.length; start += BATCH) {
      const rows = group.rows.slice(start, start + BATCH);
      jobs.push(() => run(group.kind, rows));
    }
  }
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < jobs.length) await jobs[next++]();
  }));
}

const variants: Record<string, Variant> = {
  columnsMerge: (ids) => batched(ids, (kind, rows) => write(driver, columnStatement(kind, 'MERGE'), columns(rows, ids))),
  columnsCreate: (ids) => batched(ids, (kind, rows) => write(driver, columnStatement(kind, 'CREATE'), columns(rows, ids))),
  columnsMerge2: (ids) => batched(ids, (kind, rows) => write(driver, columnStatement(kind, 'MERGE'), columns(rows, ids)), 2),
  columnsCreate2: (ids) => batched(ids, (kind, rows) => write(driver, columnStatement(kind, 'CREATE'), columns(rows, ids)), 2),
  // no properties but key, to see what properties cost
  columnsCreateKeyOnly: (ids) =>
    batched(ids, (kind, rows) =>
      write(driver, `UNWIND range(0, size($key) - 1) AS i MATCH (a) WHERE elementId(a) = $a[i] MATCH (b) WHERE elementId(b) = $b[i] CREATE (a)-[r:${kind} {key: $key[i]}]->(b)`, columns(rows, ids)),
    ),
  mergeKeyless: (ids) =>
    batched(ids, (kind, rows) =>
      write(driver, 'UNWIND range(0, size($key) - 1) AS i MATCH (a) WHERE elementId(a) = $a[i] AND a.id = $s[i] MATCH (b) WHERE elementId(b) = $b[i] AND b.id = $t[i] ' +
        `MERGE (a)-[r:${kind}]->(b) ON CREATE SET r.key = $key[i] SET r.sources = $sources[i], r.confidence = $confidence[i], r.evidenceArticles = $ea[i], r.evidenceSentences = $es[i] RETURN count(*) AS written`, columns(rows, ids)),
    ),
  columnsCreateNoCheck: (ids) =>
    batched(ids, (kind, rows) =>
      write(driver, `UNWIND range(0, size($key) - 1) AS i MATCH (a) WHERE elementId(a) = $a[i] MATCH (b) WHERE elementId(b) = $b[i] CREATE (a)-[r:${kind} {key: $key[i], sources: $sources[i], confidence: $confidence[i], evidenceArticles: $ea[i], evidenceSentences: $es[i]}]->(b) RETURN count(*) AS written`, columns(rows, ids)),
    ),
  createMaps2: (ids) =>
    batched(ids, (kind, rows) =>
      write(driver, `UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a AND a.id = row.source MATCH (b) WHERE elementId(b) = row.b AND b.id = row.target CREATE (a)-[r:${kind} {key: row.key}]->(b) SET r += row.props RETURN count(*) AS written`, { rows: rows.map((r) => ({ ...r, a: ids.get(r.source), b: ids.get(r.target) })) }), 2),
  createColumnMaps2: (ids) =>
    batched(ids, (kind, rows) =>
      write(driver, `UNWIND range(0, size($key) - 1) AS i MATCH (a) WHERE elementId(a) = $a[i] AND a.id = $s[i] MATCH (b) WHERE elementId(b) = $b[i] AND b.id = $t[i] CREATE (a)-[r:${kind} {key: $key[i]}]->(b) SET r += $props[i] RETURN count(*) AS written`, { ...columns(rows, ids), props: rows.map((r) => r.props) }), 2),
  mergeColumnMaps2: (ids) =>
    batched(ids, (kind, rows) =>
      write(driver, `UNWIND range(0, size($key) - 1) AS i MATCH (a) WHERE elementId(a) = $a[i] AND a.id = $s[i] MATCH (b) WHERE elementId(b) = $b[i] AND b.id = $t[i] MERGE (a)-[r:${kind} {key: $key[i]}]->(b) SET r += $props[i] RETURN count(*) AS written`, { ...columns(rows, ids), props: rows.map((r) => r.props) }), 2),
};

const names = (process.env.VARIANTS ?? Object.keys(variants).join(',')).split(',');
try {
  let started = performance.now();
  for (let w = 0; w < Number(process.env.WARM ?? 1); w++) { await emptyDatabase(driver); await pushGraph(generateGraph(RELATIONSHIPS, { seed: 3 }), connection); }
  console.log(`warm-up push ${Math.round(RELATIONSHIPS / ((performance.now() - started) / 1000))}/s (nodes included)`);
  for (let round = 1; round <= Number(process.env.ROUNDS ?? 2); round++) {
    for (const name of names) {
      if (name.startsWith('push-')) {
        const [, concurrency, batchSize] = name.split('-').map(Number);
        await emptyDatabase(driver);
        const secs = (await timedPush(graph, { ...connection, concurrency, batchSize })).relationshipSeconds;
        console.log(`round ${round} ${name.padEnd(22)} ${String(Math.round(RELATIONSHIPS / secs)).padStart(6)} rel/s  (load ${loadAverage()})`);
        continue;
      }
      const ids = await prepare();
      started = performance.now();
      attempts = 0;
      const cpu = process.cpuUsage();
      await variants[name](ids);
      const used = process.cpuUsage(cpu);
      const seconds = (performance.now() - started) / 1000;
      const count = (await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS c')).records[0].get('c');
      console.log(`round ${round} ${name.padEnd(22)} ${String(Math.round(RELATIONSHIPS / seconds)).padStart(6)} rel/s  (${count} rels, ${attempts} tx, node cpu ${((used.user + used.system) / 1e6).toFixed(1)}s of ${seconds.toFixed(1)}s, load ${loadAverage()})`);
    }
  }
} finally {
  await driver.close();
  await server.stop();
}
