import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Session } from 'neo4j-driver';
import { pushGraph } from '../../graph/store/neo4jStore.ts';
import { writeTransaction } from '../../graph/store/neo4jPush.ts';
import { groupRelationshipsByKind, inTransactions, relationshipPushParameters, relationshipPushStatement } from '../../graph/store/neo4jWritePlan.ts';
import { buildSampleGraph } from '../support/neo4jSampleGraph.ts';
import { emptyNeo4j, useNeo4j } from '../support/neo4jTestServer.ts';

describe('inTransactions', () => {
  const writes = [
    { statement: 'A', rows: [1, 2, 3, 4, 5] },
    { statement: 'B', rows: [6] },
    { statement: 'C', rows: [7, 8, 9] },
  ];

  it('cuts writes into transactions of at most the batch size, several statements sharing one', () => {
    expect(inTransactions(writes, 4)).toEqual([
      [{ statement: 'A', rows: [1, 2, 3, 4] }],
      [
        { statement: 'A', rows: [5] },
        { statement: 'B', rows: [6] },
        { statement: 'C', rows: [7, 8] },
      ],
      [{ statement: 'C', rows: [9] }],
    ]);
  });

  it('keeps every row once, in order, with one transaction for everything when the batch is large', () => {
    expect(inTransactions(writes, 100)).toEqual([writes]);
    expect(inTransactions(writes, 1).flatMap((transaction) => transaction.flatMap((write) => write.rows))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(inTransactions([], 10)).toEqual([]);
  });
});

describe('groupRelationshipsByKind', () => {
  it('groups edges by kind, with the key beside the properties rather than among them', () => {
    const graph = buildSampleGraph();
    const groups = groupRelationshipsByKind(graph);
    expect(groups.reduce((rows, group) => rows + group.rows.length, 0)).toBe(graph.size);
    for (const group of groups) {
      for (const row of group.rows) {
        expect(graph.getEdgeAttribute(row.key, 'kind')).toBe(group.kind);
        expect(row.props).not.toHaveProperty('key');
        expect(row.props).toHaveProperty('evidenceSentences');
      }
    }
  });
});

describe('the relationship push statement', () => {
  let driver: Driver;
  beforeAll(() => {
    const server = useNeo4j();
    driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
  });
  afterAll(() => driver?.close());

  function operators(plan: { operatorType: string; children: unknown[] }): string[] {
    return [plan.operatorType.split('@')[0], ...plan.children.flatMap((child) => operators(child as typeof plan))];
  }

  it('finds both ends by element id and the relationship by expanding between them, even with no relationships yet', async () => {
    // The state in which a type taken from the row (`$(row.kind)`) was planned as a scan of all relationships.
    await emptyNeo4j();
    const nodesOnly = buildSampleGraph();
    nodesOnly.clearEdges();
    await pushGraph(nodesOnly, useNeo4j());
    const result = await driver.executeQuery(`EXPLAIN ${relationshipPushStatement('CONDEMNS')}`, relationshipPushParameters([]));
    const plan = operators(result.summary.plan as never);
    expect(plan).toEqual(expect.arrayContaining(['NodeByElementIdSeek', 'Expand(Into)', 'LockingMerge']));
    expect(plan.filter((operator) => /Scan/.test(operator))).toEqual([]);
  });
});

describe('a retried transaction', () => {
  it('runs the retry statement (MERGE) instead of the first one (CREATE): the first try may have committed unseen', async () => {
    const runs: string[][] = [];
    const session = {
      // As the driver does after a dropped connection: the work is run again in a new transaction.
      async executeWrite(work: (tx: unknown) => Promise<unknown>) {
        for (let attempt = 0; ; attempt++) {
          const statements: string[] = [];
          runs.push(statements);
          const tx = { run: async (statement: string) => (statements.push(statement), { records: [] }) };
          const result = await work(tx);
          if (attempt === 1) return result;
        }
      },
    } as unknown as Session;
    await writeTransaction(
      session,
      [
        { statement: 'CREATE …', retryStatement: 'MERGE …', rows: [1] },
        { statement: 'MERGE …', rows: [2] },
      ],
      (rows) => ({ rows }),
    );
    expect(runs).toEqual([
      ['CREATE …', 'MERGE …'],
      ['MERGE …', 'MERGE …'],
    ]);
  });
});

describe('the relationship CREATE statement', () => {
  it('finds both ends by element id and creates without scanning', async () => {
    const server = useNeo4j();
    const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
    try {
      const result = await driver.executeQuery(`EXPLAIN ${relationshipPushStatement('CONDEMNS', 'CREATE')}`, relationshipPushParameters([]));
      const operators = (plan: { operatorType: string; children: unknown[] }): string[] => [
        plan.operatorType.split('@')[0],
        ...plan.children.flatMap((child) => operators(child as typeof plan)),
      ];
      const plan = operators(result.summary.plan as never);
      expect(plan).toEqual(expect.arrayContaining(['NodeByElementIdSeek', 'Create']));
      expect(plan.filter((operator) => /Scan|Merge/.test(operator))).toEqual([]);
    } finally {
      await driver.close();
    }
  });
});
