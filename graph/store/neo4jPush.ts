// Pushes a knowledge graph into Neo4j: constraints first, then nodes and relationships MERGEd in batches, each
// batch one managed write transaction, so a dropped connection is retried and a second push changes nothing.
import type { ManagedTransaction, Session } from 'neo4j-driver';
import type { KnowledgeGraph } from '../model.ts';
import { Neo4jError } from '../errors.ts';
import { openNeo4j, type Neo4jConnectionOptions, type Neo4jTarget } from './neo4jConnection.ts';
import { NEO4J_FAILED, translateNeo4jFailure } from './neo4jFailures.ts';
import {
  constraintStatements,
  groupNodes,
  groupRelationshipsByKind,
  inTransactions,
  nodePushStatement,
  relationshipPushStatement,
  type NodeRow,
  type RelationshipPushRow,
  type Write,
} from './neo4jWritePlan.ts';

export interface PushOptions extends Neo4jConnectionOptions {
  /** Rows per transaction; large batches amortise the round trip and the commit, see scripts/bench/neo4j.ts. */
  batchSize?: number;
  /** Called after each batch with nodes + relationships written so far, out of the graph's total. */
  onProgress?: (done: number, total: number) => void;
}

export interface PushResult {
  /** Nodes and relationships written (each MERGEd: already present ones are updated, not duplicated). */
  nodes: number;
  relationships: number;
}

export const DEFAULT_PUSH_BATCH_SIZE = 10_000;

/** Runs a transaction's statements one after the other without waiting in between (the driver pipelines them). */
async function writeTransaction<Row>(session: Session, writes: Write<Row>[]): Promise<Record<string, unknown>[][]> {
  return session.executeWrite((tx: ManagedTransaction) =>
    Promise.all(writes.map(async (write) => (await tx.run(write.statement, { rows: write.rows })).records.map((record) => record.toObject()))),
  );
}

/** Element ids of the pushed nodes by node id, for the relationship statements to find their ends by. */
async function pushNodes(session: Session, writes: Write<NodeRow>[], batchSize: number, progress: (rows: number) => void): Promise<Map<string, string>> {
  const elementIds = new Map<string, string>();
  for (const transaction of inTransactions(writes, batchSize)) {
    for (const records of await writeTransaction(session, transaction)) {
      for (const record of records) elementIds.set(record.id as string, record.elementId as string);
    }
    progress(transaction.reduce((rows, write) => rows + write.rows.length, 0));
  }
  return elementIds;
}

async function pushRelationships(session: Session, writes: Write<RelationshipPushRow>[], batchSize: number, target: Neo4jTarget, progress: (rows: number) => void): Promise<void> {
  for (const transaction of inTransactions(writes, batchSize)) {
    const rows = transaction.reduce((count, write) => count + write.rows.length, 0);
    const written = (await writeTransaction(session, transaction)).reduce((count, records) => count + Number(records[0]?.written ?? 0), 0);
    if (written !== rows) {
      throw new Neo4jError(
        NEO4J_FAILED,
        `Neo4j at ${target.uri}: ${rows - written} relationships were not written because their end nodes were deleted while pushing; push again`,
      );
    }
    progress(rows);
  }
}

export async function pushGraph(graph: KnowledgeGraph, options: PushOptions = {}): Promise<PushResult> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_PUSH_BATCH_SIZE);
  const nodeWrites = groupNodes(graph).map((group) => ({ statement: nodePushStatement(group.kind), rows: group.rows }));
  const relationshipGroups = groupRelationshipsByKind(graph);
  const connection = await openNeo4j(options);
  const session = connection.driver.session({ database: connection.target.database });
  const total = graph.order + graph.size;
  let done = 0;
  const progress = (rows: number) => {
    done += rows;
    options.onProgress?.(done, total);
  };
  try {
    // Schema changes cannot share a transaction with writes: one transaction each, before any data.
    for (const statement of constraintStatements()) {
      await session.executeWrite(async (tx) => {
        await tx.run(statement);
      });
    }
    const elementIds = await pushNodes(session, nodeWrites, batchSize, progress);
    const relationshipWrites = relationshipGroups.map((group) => ({
      statement: relationshipPushStatement(group.kind),
      rows: group.rows.map((row): RelationshipPushRow => ({ ...row, a: elementIds.get(row.source)!, b: elementIds.get(row.target)! })),
    }));
    await pushRelationships(session, relationshipWrites, batchSize, connection.target, progress);
    return { nodes: graph.order, relationships: graph.size };
  } catch (error) {
    throw translateNeo4jFailure(error, connection.target);
  } finally {
    await session.close();
    await connection.close();
  }
}
