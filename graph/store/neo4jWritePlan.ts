// What pushing a graph to Neo4j writes, as Cypher text and parameter rows: uniqueness constraints, one MERGE
// statement per node kind, and one per relation kind. Labels and types come only from MODEL.md's kinds; every
// value travels as a parameter (or, in the Cypher export, an escaped literal).
import { NODE_KINDS, isNodeKind, isRelationKind, type KnowledgeGraph, type NodeKind, type RelationKind } from '../model.ts';
import { StoreError } from '../errors.ts';
import { nodeProperties, relationshipProperties, relationshipValueProperties, type PropertyMap } from './neo4jProperties.ts';

export interface NodeRow {
  id: string;
  props: PropertyMap;
}

export interface RelationshipRow {
  key: string;
  source: string;
  target: string;
  props: PropertyMap;
}

export interface NodeGroup {
  kind: NodeKind;
  rows: NodeRow[];
}

export interface RelationshipGroup {
  kind: RelationKind;
  sourceKind: NodeKind;
  targetKind: NodeKind;
  rows: RelationshipRow[];
}

/** A relationship as the push sends it: `props` without the key, ends also by the element ids the node MERGEs returned. */
export interface RelationshipPushRow extends RelationshipRow {
  a: string;
  b: string;
}

/** One statement and the rows it UNWINDs; a transaction may run several. */
export interface Write<Row> {
  statement: string;
  rows: Row[];
  /** The statement to run instead when the transaction is tried again (the first try may have committed). */
  retryStatement?: string;
}

/** One uniqueness constraint on `id` per label: MERGE then finds nodes through its index. */
export function constraintStatements(): string[] {
  return NODE_KINDS.map(
    (kind) => `CREATE CONSTRAINT newsgraph_${kind.toLowerCase()}_id IF NOT EXISTS FOR (n:${kind}) REQUIRE n.id IS UNIQUE`,
  );
}

/** MERGE on the label and id, then set the properties; `rows` is `$rows` or a literal list. */
export function nodeMergeStatement(kind: NodeKind, rows = '$rows'): string {
  return `UNWIND ${rows} AS row MERGE (n:${kind} {id: row.id}) SET n += row.props`;
}

/**
 * The push's node MERGE: also returns each node's element id, by which the relationships then find their ends, and
 * whether the node was new (not there before this statement), in which case none of its relationships can exist yet.
 */
export function nodePushStatement(kind: NodeKind): string {
  return (
    `UNWIND $rows AS row OPTIONAL MATCH (old:${kind} {id: row.id}) WITH row, old IS NULL AS created ` +
    `MERGE (n:${kind} {id: row.id}) SET n += row.props RETURN row.id AS id, elementId(n) AS elementId, created`
  );
}

/** Both ends matched through their label's constraint, the relationship MERGEd on its edge key (the Cypher export). */
export function relationshipMergeStatement(group: Omit<RelationshipGroup, 'rows'>, rows = '$rows'): string {
  return (
    `UNWIND ${rows} AS row ` +
    `MATCH (a:${group.sourceKind} {id: row.source}) MATCH (b:${group.targetKind} {id: row.target}) ` +
    `MERGE (a)-[r:${group.kind} {key: row.key}]->(b) SET r += row.props`
  );
}

/**
 * The push's relationship statement, one per relation kind whatever the end labels, over parallel lists (one entry
 * per relationship: `$a`, `$b` the ends' element ids, `$source`, `$target` their ids, `$key`, `$props`), which
 * Bolt sends more compactly than a list of maps. Ends are found by element id, and checked by `id` so that a node
 * deleted (and its slot reused) since the node MERGEs is never linked. The type is written out because Neo4j 5.26
 * plans a type taken from the row (`$(row.kind)`) as a scan of every relationship for each row, while a written type
 * is an Expand(Into) between the two ends. MERGE finds the relationship by its key; CREATE is for relationships with
 * an end node that this push created, which cannot exist yet (and is about twice as fast). Returns how many rows
 * found both ends.
 */
export function relationshipPushStatement(kind: RelationKind, verb: 'MERGE' | 'CREATE' = 'MERGE'): string {
  return (
    'UNWIND range(0, size($key) - 1) AS i ' +
    'MATCH (a) WHERE elementId(a) = $a[i] AND a.id = $source[i] ' +
    'MATCH (b) WHERE elementId(b) = $b[i] AND b.id = $target[i] ' +
    `${verb} (a)-[r:${kind} {key: $key[i]}]->(b) SET r += $props[i] ` +
    'RETURN count(*) AS written'
  );
}

/** The parameters of a relationship push statement for some rows: one list per field. */
export function relationshipPushParameters(rows: RelationshipPushRow[]): Record<string, unknown[]> {
  return {
    a: rows.map((row) => row.a),
    b: rows.map((row) => row.b),
    source: rows.map((row) => row.source),
    target: rows.map((row) => row.target),
    key: rows.map((row) => row.key),
    props: rows.map((row) => row.props),
  };
}

export function groupNodes(graph: KnowledgeGraph): NodeGroup[] {
  const groups = new Map<NodeKind, NodeRow[]>();
  graph.forEachNode((id, attributes) => {
    const kind = attributes.kind;
    if (!isNodeKind(kind)) throw new StoreError(`node ${id} has kind '${String(kind)}', which is not a node kind of MODEL.md`);
    let rows = groups.get(kind);
    if (!rows) groups.set(kind, (rows = []));
    rows.push({ id, props: nodeProperties(id, attributes) });
  });
  return [...groups].map(([kind, rows]) => ({ kind, rows }));
}

function checkedRelationKind(key: string, kind: unknown): RelationKind {
  if (!isRelationKind(kind)) throw new StoreError(`edge ${key} has kind '${String(kind)}', which is not a relation kind of MODEL.md`);
  return kind;
}

export function groupRelationships(graph: KnowledgeGraph): RelationshipGroup[] {
  const groups = new Map<string, RelationshipGroup>();
  graph.forEachEdge((key, attributes, source, target, sourceAttributes, targetAttributes) => {
    const kind = checkedRelationKind(key, attributes.kind);
    const sourceKind = sourceAttributes.kind;
    const targetKind = targetAttributes.kind;
    const groupKey = `${kind} ${sourceKind} ${targetKind}`;
    let group = groups.get(groupKey);
    if (!group) groups.set(groupKey, (group = { kind, sourceKind, targetKind, rows: [] }));
    group.rows.push({ key, source, target, props: relationshipProperties(key, attributes) });
  });
  return [...groups.values()];
}

/** The push's relationship rows by kind, `props` without the key (the MERGE sets it); ends to be given element ids. */
export function groupRelationshipsByKind(graph: KnowledgeGraph): { kind: RelationKind; rows: RelationshipRow[] }[] {
  const groups = new Map<RelationKind, RelationshipRow[]>();
  graph.forEachEdge((key, attributes, source, target) => {
    const kind = checkedRelationKind(key, attributes.kind);
    let rows = groups.get(kind);
    if (!rows) groups.set(kind, (rows = []));
    rows.push({ key, source, target, props: relationshipValueProperties(attributes) });
  });
  return [...groups].map(([kind, rows]) => ({ kind, rows }));
}

/** Splits rows into batches of at most `size`. */
export function inBatches<T>(rows: T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < rows.length; start += size) batches.push(rows.slice(start, start + size));
  return batches;
}

/**
 * Writes cut into transactions of at most `size` rows, in order; a transaction holds the end of one statement's rows
 * and the start of the next, so that many small groups still share a commit.
 */
export function inTransactions<Row>(writes: Write<Row>[], size: number): Write<Row>[][] {
  const transactions: Write<Row>[][] = [];
  let current: Write<Row>[] = [];
  let rowsInCurrent = 0;
  for (const write of writes) {
    for (let start = 0; start < write.rows.length; ) {
      const take = Math.min(size - rowsInCurrent, write.rows.length - start);
      current.push({ ...write, rows: write.rows.slice(start, start + take) });
      rowsInCurrent += take;
      start += take;
      if (rowsInCurrent === size) {
        transactions.push(current);
        current = [];
        rowsInCurrent = 0;
      }
    }
  }
  if (current.length > 0) transactions.push(current);
  return transactions;
}
