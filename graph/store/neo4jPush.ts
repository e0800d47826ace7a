// Pushes a knowledge graph into Neo4j: constraints first, then nodes and relationships MERGEd in batches, each
// batch one managed write transaction, so a dropped connection is retried and a second push changes nothing.
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import type { KnowledgeGraph, RelationKind } from '../model.ts';
import { Neo4jError } from '../errors.ts';
import { openNeo4j, type Neo4jConnectionOptions, type Neo4jTarget } from './neo4jConnection.ts';
import { NEO4J_FAILED, translateNeo4jFailure } from './neo4jFailures.ts';
import {
  constraintStatements,
  groupNodes,
  groupRelationshipsByKind,
  inTransactions,
  nodePushStatement,
  relationshipPushParameters,
  relationshipPushStatement,
  type NodeRow,
  type RelationshipRow,
  type RelationshipPushRow,
  type Write,
} from './neo4jWritePlan.ts';

export interface PushOptions extends Neo4jConnectionOptions {
  /** Rows per transaction; large batches amortise the round trip and the commit, see scripts/bench/neo4j.ts. */
  batchSize?: number;
  /** Relationship transactions in flight at once (the server writes them on several cores). */
  concurrency?: number;
  /** Called after each batch with nodes + relationships written so far, out of the graph's total. */
  onProgress?: (done: number, total: number) => void;
}

export interface PushResult {
  /** Nodes and relationships written (each MERGEd: already present ones are updated, not duplicated). */
  nodes: number;
  relationships: number;
}

export const DEFAULT_PUSH_BATCH_SIZE = 10_000;
export const DEFAULT_PUSH_CONCURRENCY = 2;

/**
 * Runs a transaction's statements one after the other without waiting in between (the driver pipelines them). A
 * second try (the driver retries transient failures, and a dropped connection may hide a commit) runs each write's
 * `retryStatement` when it has one.
 */
export async function writeTransaction<Row>(
  session: Session,
  writes: Write<Row>[],
  parameters: (rows: Row[]) => Record<string, unknown>,
): Promise<Record<string, unknown>[][]> {
  let tries = 0;
  return session.executeWrite((tx: ManagedTransaction) => {
    tries++;
    return Promise.all(
      writes.map(async (write) => {
        const statement = tries > 1 && write.retryStatement ? write.retryStatement : write.statement;
        return (await tx.run(statement, parameters(write.rows))).records.map((record) => record.toObject());
      }),
    );
  });
}

interface PushedNodes {
  /** Element ids of the pushed nodes by node id, for the relationship statements to find their ends by. */
  elementIds: Map<string, string>;
  /** Nodes that were not in the database before this push. */
  created: Set<string>;
}

async function pushNodes(session: Session, writes: Write<NodeRow>[], batchSize: number, progress: (rows: number) => void): Promise<PushedNodes> {
  const elementIds = new Map<string, string>();
  const created = new Set<string>();
  for (const transaction of inTransactions(writes, batchSize)) {
    for (const records of await writeTransaction(session, transaction, (rows) => ({ rows }))) {
      for (const record of records) {
        elementIds.set(record.id as string, record.elementId as string);
        if (record.created === true) created.add(record.id as string);
      }
    }
    progress(rowCount(transaction));
  }
  return { elementIds, created };
}

/** Each relation kind's rows as two writes: CREATE where an end node is new (MERGE if tried again), MERGE for the rest. */
function relationshipWrites(groups: { kind: RelationKind; rows: RelationshipRow[] }[], nodes: PushedNodes): Write<RelationshipPushRow>[] {
  return groups.flatMap((group) => {
    const merge = relationshipPushStatement(group.kind, 'MERGE');
    const fresh: RelationshipPushRow[] = [];
    const existing: RelationshipPushRow[] = [];
    for (const row of group.rows) {
      const pushRow = { ...row, a: nodes.elementIds.get(row.source)!, b: nodes.elementIds.get(row.target)! };
      (nodes.created.has(row.source) || nodes.created.has(row.target) ? fresh : existing).push(pushRow);
    }
    return [
      { statement: relationshipPushStatement(group.kind, 'CREATE'), retryStatement: merge, rows: fresh },
      { statement: merge, rows: existing },
    ].filter((write) => write.rows.length > 0);
  });
}

async function pushRelationships(
  driver: Driver,
  database: string | undefined,
  writes: Write<RelationshipPushRow>[],
  options: { batchSize: number; concurrency: number },
  target: Neo4jTarget,
  progress: (rows: number) => void,
): Promise<void> {
  const transactions = inTransactions(writes, options.batchSize);
  let next = 0;
  const worker = async () => {
    const session = driver.session({ database });
    try {
      while (next < transactions.length) {
        const transaction = transactions[next++];
        const rows = rowCount(transaction);
        const results = await writeTransaction(session, transaction, relationshipPushParameters);
        const written = results.reduce((count, records) => count + Number(records[0]?.written ?? 0), 0);
        if (written !== rows) {
          throw new Neo4jError(
            NEO4J_FAILED,
            `Neo4j at ${target.uri}: ${rows - written} relationships were not written because their end nodes were deleted while pushing; push again`,
          );
        }
        progress(rows);
      }
    } finally {
      await session.close();
    }
  };
  // Workers stop taking transactions once one fails; the first failure is the one reported.
  const outcomes = await Promise.allSettled(
    Array.from({ length: Math.min(options.concurrency, transactions.length) }, () =>
      worker().catch((error: unknown) => {
        next = transactions.length;
        throw error;
      }),
    ),
  );
  const failed = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failed) throw failed.reason;
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
    const nodes = await pushNodes(session, nodeWrites, batchSize, progress);
    const concurrency = Math.max(1, options.concurrency ?? DEFAULT_PUSH_CONCURRENCY);
    const writes = relationshipWrites(relationshipGroups, nodes);
    await pushRelationships(connection.driver, connection.target.database, writes, { batchSize, concurrency }, connection.target, progress);
    return { nodes: graph.order, relationships: graph.size };
  } catch (error) {
    throw translateNeo4jFailure(error, connection.target);
  } finally {
    await session.close();
    await connection.close();
  }
}

/** How many rows a transaction's statements write. */
function rowCount(transaction: readonly { rows: readonly unknown[] }[]): number {
  return transaction.reduce((count, write) => count + write.rows.length, 0);
}
