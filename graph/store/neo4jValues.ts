// Values that come back from Cypher made printable: plain JSON (nodes as {labels, properties}) for machines,
// and short readable text (`(:Person "Ilse Varga")-[:SAID]->(:Statement "…")`) for tables.
import { isNode, isPath, isRelationship, isInt, type Node, type Path, type Relationship } from 'neo4j-driver';

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

function isTemporalOrSpatial(value: object): boolean {
  // Dates, times, durations and points all print themselves in Cypher's own notation.
  return value.constructor !== Object && typeof (value as { toString?: unknown }).toString === 'function' && value.toString !== Object.prototype.toString;
}

export function toPlainValue(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint' || isInt(value)) return Number(value.toString());
  if (isNode(value)) return { labels: [...value.labels], properties: toPlainValue(value.properties) };
  if (isRelationship(value)) return { type: value.type, properties: toPlainValue(value.properties) };
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((segment) => segment.end)].map(toPlainValue),
      relationships: value.segments.map((segment) => toPlainValue(segment.relationship)),
    };
  }
  if (Array.isArray(value)) return value.map(toPlainValue);
  if (typeof value === 'object') {
    if (isTemporalOrSpatial(value)) return String(value);
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlainValue(item)]));
  }
  return String(value);
}

function nodeText(node: Node): string {
  const name = node.properties.name ?? node.properties.id;
  const labels = node.labels.map((label) => `:${label}`).join('');
  return name === undefined ? `(${labels})` : `(${labels} ${JSON.stringify(String(name))})`;
}

function relationshipText(relationship: Relationship): string {
  return `[:${relationship.type}]`;
}

function pathText(path: Path): string {
  let text = nodeText(path.start);
  for (const segment of path.segments) {
    const forward = segment.relationship.startNodeElementId === segment.start.elementId;
    const arrow = relationshipText(segment.relationship);
    text += forward ? `-${arrow}->` : `<-${arrow}-`;
    text += nodeText(segment.end);
  }
  return text;
}

/** One line of readable text for a value; lists are comma-separated, maps JSON. */
export function toReadableText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(/\s*[\r\n]+\s*/g, ' ');
  if (isNode(value)) return nodeText(value);
  if (isRelationship(value)) return relationshipText(value);
  if (isPath(value)) return pathText(value);
  if (Array.isArray(value)) return value.map(toReadableText).join(', ');
  if (typeof value === 'object' && !isInt(value) && !isTemporalOrSpatial(value)) return JSON.stringify(toPlainValue(value));
  return String(value);
}
