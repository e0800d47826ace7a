// The property layout of the graph in Neo4j, shared by push, read and the Cypher/CSV exporters:
// a node's kind is its label and its key the `id` property; an edge's kind is the relationship type and its key
// the `key` property; evidence is two parallel lists, `evidenceArticles[i]` holding the article of `evidenceSentences[i]`.
import type { EdgeAttributes, Evidence, NodeAttributes, NodeKind, RelationKind } from '../model.ts';

/** A value Neo4j can store as a property: a primitive or a homogeneous list of primitives. */
export type PropertyValue = string | number | boolean | string[] | number[] | boolean[];
export type PropertyMap = Record<string, PropertyValue>;

/** Attributes that the layout carries elsewhere (label, type, id, key) or reshapes (evidence). */
const NODE_ATTRIBUTES_NOT_STORED = new Set(['kind']);
const EDGE_ATTRIBUTES_NOT_STORED = new Set(['kind', 'evidence', 'key']);

/** Neo4j lists must hold one type: lists of mixed or nested values are stored as lists of JSON strings. */
export function toPropertyValue(value: unknown): PropertyValue | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (!Array.isArray(value)) return value === null || value === undefined ? undefined : JSON.stringify(value);
  if (value.every((item) => typeof item === 'string')) return value as string[];
  if (value.every((item) => typeof item === 'number' && Number.isFinite(item))) return value as number[];
  if (value.every((item) => typeof item === 'boolean')) return value as boolean[];
  return value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
}

function storable(attributes: Record<string, unknown>, skip: ReadonlySet<string>): PropertyMap {
  const properties: PropertyMap = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (skip.has(name)) continue;
    const converted = toPropertyValue(value);
    if (converted !== undefined) properties[name] = converted;
  }
  return properties;
}

/** Properties of a node, `id` included (the label carries the kind). */
export function nodeProperties(id: string, attributes: NodeAttributes): PropertyMap {
  return { ...storable(attributes, NODE_ATTRIBUTES_NOT_STORED), id };
}

function evidenceLists(attributes: EdgeAttributes): { evidenceArticles: string[]; evidenceSentences: string[] } {
  const evidence: Evidence[] = Array.isArray(attributes.evidence) ? attributes.evidence : [];
  return { evidenceArticles: evidence.map((item) => item.article), evidenceSentences: evidence.map((item) => item.sentence) };
}

/** Properties of a relationship, `key` included (the type carries the kind). */
export function relationshipProperties(key: string, attributes: EdgeAttributes): PropertyMap {
  return { ...relationshipValueProperties(attributes), key };
}

/** The same without `key`, for a MERGE that matches on the key and so sets it already (an attribute named `key` is the key's). */
export function relationshipValueProperties(attributes: EdgeAttributes): PropertyMap {
  return { ...storable(attributes, EDGE_ATTRIBUTES_NOT_STORED), ...evidenceLists(attributes) };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** Node attributes back from Neo4j properties and the node's kind. */
export function nodeAttributesFrom(kind: NodeKind, properties: Record<string, unknown>): NodeAttributes {
  const { id: _id, ...rest } = properties;
  return {
    ...rest,
    kind,
    name: typeof rest.name === 'string' ? rest.name : String(_id ?? ''),
    aliases: stringList(rest.aliases),
    sources: stringList(rest.sources),
  };
}

/** Edge attributes back from Neo4j properties and the relationship's kind. */
export function edgeAttributesFrom(kind: RelationKind, properties: Record<string, unknown>): EdgeAttributes {
  const { key: _key, evidenceArticles, evidenceSentences, ...rest } = properties;
  const articles = stringList(evidenceArticles);
  const sentences = stringList(evidenceSentences);
  return {
    ...rest,
    kind,
    sources: stringList(rest.sources),
    evidence: sentences.map((sentence, index) => ({ article: articles[index] ?? '', sentence })),
    confidence: typeof rest.confidence === 'number' ? rest.confidence : 1,
  };
}
