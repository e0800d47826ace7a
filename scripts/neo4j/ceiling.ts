// What this machine allows for writing relationships into Neo4j, next to what `pushGraph` gets, on one warm server:
// relationships created by rows the server makes itself (no client, no parameters), with and without properties
// like ours, then by rows sent from the client, then pushGraph. Each after a cold push of the same size.
// Run: node --import tsx scripts/neo4j/ceiling.ts   (CEILING_ROUNDS, default 2; the last round is the warmest)
import { pathToFileURL } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { groupRelationshipsByKind } from '../../graph/store/neo4jWritePlan.ts';
import { generateGraph } from './generatedGraph.ts';
import { autoCommit, emptyDatabase, loadAverage, pushNodesReadElementIds, timedPush } from './probe.ts';
import { BULK_LOAD_SERVER, startNeo4jServer } from './server.ts';

const RELATIONSHIPS = 100_000;
const NODES = 20_000;
const BATCH = 10_000;
const SENTENCE = 'Person 123 acted (condemns) on Government 4567, it was reported; "quoted", said one.';

/** Server-made rows: relationship i joins node i mod N to node (7919 i + 1) mod N, both found through the id constraint. */
const SERVER_ROWS = 'UNWIND range($start, $start + $batch - 1) AS i MATCH (a:N {id: i % $nodes}) MATCH (b:N {id: (i * 7919 + 1) % $nodes}) ';
/** The same five properties as a pushed relationship of the generated graph: a key, two one-item lists, a float, a sentence. */
const KEY = "'R:n-' + i + '->n-' + ((i * 7919 + 1) % $nodes)";
const OTHER_PROPERTIES = "sources: ['article:generated-' + (i % 400)], confidence: 0.5, evidenceArticles: ['article:generated-' + (i % 400)], evidenceSentences: [$sentence + i]";
const OUR_PROPERTIES = `{key: ${KEY}, ${OTHER_PROPERTIES}}`;

async function write(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<void> {
  const session = driver.session();
  try {
    await session.executeWrite((tx) => tx.run(cypher, params));
  } finally {
    await session.close();
  }
}

async function report(label: string, run: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await run();
  const perSecond = RELATIONSHIPS / ((performance.now() - started) / 1000);
  printRate(label, perSecond);
  return perSecond;
}

function printRate(label: string, perSecond: number): void {
  console.log(`${label.padEnd(64)} ${String(Math.round(perSecond)).padStart(6)} relationships/s  (load ${loadAverage()})`);
}

export async function measureCeiling(rounds = 2): Promise<void> {
  const server = await startNeo4jServer(BULK_LOAD_SERVER);
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), { disableLosslessIntegers: true });
  const connection = { uri: server.uri, user: server.user, password: server.password };
  const starts = Array.from({ length: RELATIONSHIPS / BATCH }, (_, index) => index * BATCH);
  try {
    const cold = (await timedPush(generateGraph(RELATIONSHIPS, { seed: 3 }), { ...connection, batchSize: BATCH })).relationshipSeconds;
    printRate('pushGraph, first push after start', RELATIONSHIPS / cold);
    const graph = generateGraph(RELATIONSHIPS);
    for (let round = 1; round <= rounds; round++) {
      console.log(`-- round ${round}`);
      await emptyDatabase(driver);
      await autoCommit(driver, 'CREATE CONSTRAINT ceiling_n_id IF NOT EXISTS FOR (n:N) REQUIRE n.id IS UNIQUE');
      await write(driver, 'UNWIND range(0, $nodes - 1) AS i CREATE (:N {id: i})', { nodes: NODES });
      const params = { batch: BATCH, nodes: NODES, sentence: SENTENCE };
      await report('server rows, CREATE, no properties', async () => {
        for (const start of starts) await write(driver, `${SERVER_ROWS}CREATE (a)-[:R]->(b)`, { ...params, start });
      });
      await report('server rows, CREATE, our five properties', async () => {
        for (const start of starts) await write(driver, `${SERVER_ROWS}CREATE (a)-[:R ${OUR_PROPERTIES}]->(b)`, { ...params, start });
      });
      await report('server rows, MERGE on key, our five properties', async () => {
        for (const start of starts) await write(driver, `${SERVER_ROWS}MERGE (a)-[r:R2 {key: ${KEY}}]->(b) SET r += {${OTHER_PROPERTIES}}`, { ...params, start });
      });

      await emptyDatabase(driver);
      const elementIds = await pushNodesReadElementIds(driver, graph, connection);
      const groups = groupRelationshipsByKind(graph);
      const clientRows = async (withProperties: boolean) => {
        for (const group of groups) {
          const rows = group.rows.map((row) => ({ a: elementIds.get(row.source), b: elementIds.get(row.target), key: row.key, props: withProperties ? row.props : {} }));
          const create = withProperties ? `CREATE (a)-[r:${group.kind} {key: row.key}]->(b) SET r += row.props` : `CREATE (a)-[:${group.kind}]->(b)`;
          for (let start = 0; start < rows.length; start += BATCH) {
            await write(driver, `UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b ${create}`, { rows: rows.slice(start, start + BATCH) });
          }
        }
      };
      await report('client rows (the generated graph), CREATE, no properties', () => clientRows(false));
      await autoCommit(driver, 'MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
      await report('client rows (the generated graph), CREATE, all its properties', () => clientRows(true));

      await emptyDatabase(driver);
      const seconds = (await timedPush(graph, { ...connection, batchSize: BATCH })).relationshipSeconds;
      printRate('pushGraph (all properties), into an empty database', RELATIONSHIPS / seconds);
    }
  } finally {
    await driver.close();
    await server.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await measureCeiling(Number(process.env.CEILING_ROUNDS ?? 2));
}
