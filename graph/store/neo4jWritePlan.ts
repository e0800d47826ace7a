// What pushing a graph to Neo4j writes, as Cypher text and parameter rows: uniqueness constraints, then one
// MERGE statement per node kind and per (relation kind, source kind, target kind). Labels and types come only
// from MODEL.md's kinds; every value travels as a parameter (or, in the Cypher export, an escaped literal).
import { NODE_KINDS, isNodeKind, isRelationKind, type KnowledgeGraph, type NodeKind, type RelationKind } from '../model.ts';
import { StoreError } from '../errors.ts';
import { nodeProperties, relationshipProperties, type PropertyMap } from './neo4jProperties.ts';

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

/** Both ends matched through their label's constraint, the relationship MERGEd on its edge key. */
export function relationshipMergeStatement(group: Omit<RelationshipGroup, 'rows'>, rows = '$rows'): string {
  return (
    `UNWIND ${rows} AS row ` +
    `MATCH (a:${group.sourceKind} {id: row.source}) MATCH (b:${group.targetKind} {id: row.target}) ` +
    `MERGE (a)-[r:${group.kind} {key: row.key}]->(b) SET r += row.props`
  );
}

/**
 * MERGE for relationships of any kind between two labels, the type taken from the row (`$(row.kind)`, Neo4j 5.26+).
 * A push then compiles one statement per pair of labels instead of one per relation kind too: ~36 plans, not ~600.
 */
export function relationshipMergeByEndsStatement(sourceKind: NodeKind, targetKind: NodeKind, rows = '$rows'): string {
  return (
    `UNWIND ${rows} AS row ` +
    `MATCH (a:${sourceKind} {id: row.source}) MATCH (b:${targetKind} {id: row.target}) ` +
    `MERGE (a)-[r:$(row.kind) {key: row.key}]->(b) SET r += row.props`
  );
}

export interface RelationshipsBetween {
  sourceKind: NodeKind;
  targetKind: NodeKind;
  rows: (RelationshipRow & { kind: RelationKind })[];
}

/** The relationship groups merged into one per pair of end labels, each row carrying its kind. */
export function groupRelationshipsByEnds(groups: RelationshipGroup[]): RelationshipsBetween[] {
  const byEnds = new Map<string, RelationshipsBetween>();
  for (const group of groups) {
    const ends = `${group.sourceKind} ${group.targetKind}`;
    let merged = byEnds.get(ends);
    if (!merged) byEnds.set(ends, (merged = { sourceKind: group.sourceKind, targetKind: group.targetKind, rows: [] }));
    for (const row of group.rows) merged.rows.push({ ...row, kind: group.kind });
  }
  return [...byEnds.values()];
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

export function groupRelationships(graph: KnowledgeGraph): RelationshipGroup[] {
  const groups = new Map<string, RelationshipGroup>();
  graph.forEachEdge((key, attributes, source, target, sourceAttributes, targetAttributes) => {
    const kind = attributes.kind;
    if (!isRelationKind(kind)) throw new StoreError(`edge ${key} has kind '${String(kind)}', which is not a relation kind of MODEL.md`);
    const sourceKind = sourceAttributes.kind;
    const targetKind = targetAttributes.kind;
    const groupKey = `${kind} ${sourceKind} ${targetKind}`;
    let group = groups.get(groupKey);
    if (!group) groups.set(groupKey, (group = { kind, sourceKind, targetKind, rows: [] }));
    group.rows.push({ key, source, target, props: relationshipProperties(key, attributes) });
  });
  return [...groups.values()];
}

/** Splits rows into batches of at most `size`. */
export function inBatches<T>(rows: T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < rows.length; start += size) batches.push(rows.slice(start, start + size));
  return batches;
}
