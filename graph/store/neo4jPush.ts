// Pushes a knowledge graph into Neo4j: constraints first, then nodes and relationships MERGEd in batches, each
// batch one managed write transaction, so a dropped connection is retried and a second push changes nothing.
import type { ManagedTransaction, Session } from 'neo4j-driver';
import type { KnowledgeGraph } from '../model.ts';
import { openNeo4j, type Neo4jConnectionOptions } from './neo4jConnection.ts';
import { translateNeo4jFailure } from './neo4jFailures.ts';
import {
  constraintStatements,
  groupNodes,
  groupRelationships,
  groupRelationshipsByEnds,
  inBatches,
  nodeMergeStatement,
  relationshipMergeByEndsStatement,
} from './neo4jWritePlan.ts';

export interface PushOptions extends Neo4jConnectionOptions {
  /** Rows per transaction; large batches amortise the round trip, see scripts/bench/neo4j.ts. */
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

async function writeBatch(session: Session, statement: string, rows: unknown[]): Promise<void> {
  await session.executeWrite(async (tx: ManagedTransaction) => {
    await tx.run(statement, { rows });
  });
}

export async function pushGraph(graph: KnowledgeGraph, options: PushOptions = {}): Promise<PushResult> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_PUSH_BATCH_SIZE);
  const nodeGroups = groupNodes(graph);
  const relationshipGroups = groupRelationshipsByEnds(groupRelationships(graph));
  const connection = await openNeo4j(options);
  const session = connection.driver.session({ database: connection.target.database });
  const total = graph.order + graph.size;
  let done = 0;
  try {
    // Schema changes cannot share a transaction with writes: one transaction each, before any data.
    for (const statement of constraintStatements()) {
      await session.executeWrite(async (tx) => {
        await tx.run(statement);
      });
    }
    for (const group of nodeGroups) {
      for (const batch of inBatches(group.rows, batchSize)) {
        await writeBatch(session, nodeMergeStatement(group.kind), batch);
        done += batch.length;
        options.onProgress?.(done, total);
      }
    }
    for (const group of relationshipGroups) {
      const statement = relationshipMergeByEndsStatement(group.sourceKind, group.targetKind);
      for (const batch of inBatches(group.rows, batchSize)) {
        await writeBatch(session, statement, batch);
        done += batch.length;
        options.onProgress?.(done, total);
      }
    }
    return { nodes: graph.order, relationships: graph.size };
  } catch (error) {
    throw translateNeo4jFailure(error, connection.target);
  } finally {
    await session.close();
    await connection.close();
  }
}
