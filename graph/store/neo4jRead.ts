// Reads a knowledge graph back out of Neo4j: everything newsgraph wrote, or the nodes, relationships and paths
// that a Cypher query returns (relationships bring their end nodes along, so the result is always a valid graph).
import { isNode, isPath, isRelationship, type Node, type Relationship } from 'neo4j-driver';
import {
  NODE_KINDS,
  RELATION_KINDS,
  createKnowledgeGraph,
  isNodeKind,
  isRelationKind,
  type KnowledgeGraph,
} from '../model.ts';
import { openNeo4j, type Neo4jConnectionOptions } from './neo4jConnection.ts';
import { translateNeo4jFailure } from './neo4jFailures.ts';
import { edgeAttributesFrom, nodeAttributesFrom } from './neo4jProperties.ts';

export interface ReadOptions extends Neo4jConnectionOptions {
  /** A query whose results hold nodes, relationships or paths (anywhere, lists and maps included); default: the whole graph. */
  cypher?: string;
  params?: Record<string, unknown>;
}

const WHOLE_GRAPH_NODES = 'MATCH (n) WHERE any(label IN labels(n) WHERE label IN $kinds) RETURN n';
const WHOLE_GRAPH_RELATIONSHIPS = 'MATCH ()-[r]->() WHERE type(r) IN $relations RETURN r';
const NODES_BY_ELEMENT_ID = 'MATCH (n) WHERE elementId(n) IN $ids RETURN n';

/** Every node and relationship found in a value, however deeply it sits in lists, maps and paths. */
function collectGraphValues(value: unknown, nodes: Map<string, Node>, relationships: Map<string, Relationship>): void {
  if (isNode(value)) nodes.set(value.elementId, value);
  else if (isRelationship(value)) relationships.set(value.elementId, value);
  else if (isPath(value)) {
    nodes.set(value.start.elementId, value.start);
    for (const segment of value.segments) {
      relationships.set(segment.relationship.elementId, segment.relationship);
      nodes.set(segment.end.elementId, segment.end);
    }
  } else if (Array.isArray(value)) value.forEach((item) => collectGraphValues(item, nodes, relationships));
  else if (value && typeof value === 'object' && value.constructor === Object) {
    Object.values(value).forEach((item) => collectGraphValues(item, nodes, relationships));
  }
}

function nodeKey(node: Node): string {
  return typeof node.properties.id === 'string' ? node.properties.id : node.elementId;
}

function toKnowledgeGraph(nodes: Map<string, Node>, relationships: Map<string, Relationship>): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  const keys = new Map<string, string>();
  for (const node of nodes.values()) {
    const kind = node.labels.find(isNodeKind);
    if (!kind) continue; // not a newsgraph node
    const key = nodeKey(node);
    keys.set(node.elementId, key);
    graph.mergeNode(key, nodeAttributesFrom(kind, node.properties));
  }
  for (const relationship of relationships.values()) {
    const source = keys.get(relationship.startNodeElementId);
    const target = keys.get(relationship.endNodeElementId);
    if (!isRelationKind(relationship.type) || !source || !target || source === target) continue;
    const key = typeof relationship.properties.key === 'string' ? relationship.properties.key : relationship.elementId;
    if (graph.hasEdge(key)) continue;
    graph.addEdgeWithKey(key, source, target, edgeAttributesFrom(relationship.type, relationship.properties));
  }
  return graph;
}

export async function readGraphFromNeo4j(options: ReadOptions = {}): Promise<KnowledgeGraph> {
  const connection = await openNeo4j(options);
  const session = connection.driver.session({ database: connection.target.database });
  const nodes = new Map<string, Node>();
  const relationships = new Map<string, Relationship>();
  try {
    const queries: [string, Record<string, unknown>][] = options.cypher
      ? [[options.cypher, options.params ?? {}]]
      : [
          [WHOLE_GRAPH_NODES, { kinds: [...NODE_KINDS] }],
          [WHOLE_GRAPH_RELATIONSHIPS, { relations: [...RELATION_KINDS] }],
        ];
    for (const [cypher, params] of queries) {
      const result = await session.executeRead((tx) => tx.run(cypher, params));
      for (const record of result.records) collectGraphValues(record.toObject(), nodes, relationships);
    }
    const missingEnds = new Set<string>();
    for (const relationship of relationships.values()) {
      for (const end of [relationship.startNodeElementId, relationship.endNodeElementId]) if (!nodes.has(end)) missingEnds.add(end);
    }
    if (missingEnds.size > 0) {
      const result = await session.executeRead((tx) => tx.run(NODES_BY_ELEMENT_ID, { ids: [...missingEnds] }));
      for (const record of result.records) collectGraphValues(record.get('n'), nodes, relationships);
    }
    return toKnowledgeGraph(nodes, relationships);
  } catch (error) {
    throw translateNeo4jFailure(error, connection.target);
  } finally {
    await session.close();
    await connection.close();
  }
}
