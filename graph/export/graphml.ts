// GraphML export for Gephi, yEd, Cytoscape and NetworkX. graphology-graphml only parses, so the writer is here;
// values go through the same flattening as GEXF (lists and objects as JSON strings).
import type { KnowledgeGraph } from '../model.ts';
import { toRgbColor, toScalarAttribute, toXmlSafeText } from './gexf.ts';

type GraphmlType = 'boolean' | 'int' | 'long' | 'double' | 'string';
type ElementClass = 'graph' | 'node' | 'edge';

interface KeyDeclaration {
  id: string;
  name: string;
  type: GraphmlType;
}

/** Escapes text for an XML attribute or element body (quotes too, so one function serves both). */
function escapeXml(text: string): string {
  return toXmlSafeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#xD;');
}

function typeOf(value: string | number | boolean): GraphmlType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  if (!Number.isInteger(value)) return 'double';
  return Math.abs(value) <= 0x7fffffff ? 'int' : 'long';
}

// The widest of two types: int < long < double < string; booleans mixed with anything else become strings.
function widen(a: GraphmlType, b: GraphmlType): GraphmlType {
  if (a === b) return a;
  if (a === 'string' || b === 'string' || a === 'boolean' || b === 'boolean') return 'string';
  const order: GraphmlType[] = ['int', 'long', 'double'];
  return order[Math.max(order.indexOf(a), order.indexOf(b))];
}

/** What Gephi reads from GraphML data keys: `label`, `x`, `y`, `size`, `r`/`g`/`b` on nodes, `label`, `weight` on edges. */
function nodeData(key: string, attributes: Record<string, unknown>): Map<string, string | number | boolean> {
  const data = new Map<string, string | number | boolean>();
  data.set('label', toXmlSafeText(String(attributes.label ?? attributes.name ?? key)));
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'label' || name === 'color') continue;
    const scalar = toScalarAttribute(value);
    if (scalar !== undefined) data.set(name, scalar);
  }
  const rgb = toRgbColor(attributes.color)?.match(/\d+/g);
  if (rgb) ['r', 'g', 'b'].forEach((channel, i) => data.set(channel, Number(rgb[i])));
  return data;
}

function edgeData(attributes: Record<string, unknown>): Map<string, string | number | boolean> {
  const data = new Map<string, string | number | boolean>();
  data.set('label', toXmlSafeText(String(attributes.label ?? attributes.kind)));
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'label') continue;
    const scalar = toScalarAttribute(value);
    if (scalar !== undefined) data.set(name, scalar);
  }
  if (typeof attributes.confidence === 'number' && !data.has('weight')) data.set('weight', attributes.confidence);
  return data;
}

/** Declares one `<key>` per attribute name and element class, typed by every value it takes. */
class KeyRegistry {
  private readonly keys = new Map<string, KeyDeclaration>();
  constructor(private readonly elementClass: ElementClass, private readonly prefix: string) {}

  observe(data: Map<string, string | number | boolean>): void {
    for (const [name, value] of data) {
      const known = this.keys.get(name);
      if (known) known.type = widen(known.type, typeOf(value));
      else this.keys.set(name, { id: `${this.prefix}${this.keys.size}`, name, type: typeOf(value) });
    }
  }

  idOf(name: string): string {
    return this.keys.get(name)!.id;
  }

  declarations(): string[] {
    return [...this.keys.values()].map(
      (key) => `  <key id="${key.id}" for="${this.elementClass}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`,
    );
  }
}

function dataLines(registry: KeyRegistry, data: Map<string, string | number | boolean>, indent: string): string[] {
  return [...data].map(([name, value]) => `${indent}<data key="${registry.idOf(name)}">${escapeXml(String(value))}</data>`);
}

/** The graph as a GraphML document: one typed `<key>` per attribute, directed edges, edge keys kept as edge ids. */
export function toGraphml(graph: KnowledgeGraph): string {
  const graphKeys = new KeyRegistry('graph', 'g');
  const nodeKeys = new KeyRegistry('node', 'n');
  const edgeKeys = new KeyRegistry('edge', 'e');

  const graphData = new Map<string, string | number | boolean>();
  for (const [name, value] of Object.entries(graph.getAttributes())) {
    const scalar = toScalarAttribute(value);
    if (scalar !== undefined) graphData.set(name, scalar);
  }
  graphKeys.observe(graphData);

  // Two passes: keys must be declared (with their final types) before the first node.
  const nodes: [string, Map<string, string | number | boolean>][] = [];
  graph.forEachNode((key, attributes) => {
    const data = nodeData(key, attributes);
    nodeKeys.observe(data);
    nodes.push([key, data]);
  });
  const edges: [string, string, string, Map<string, string | number | boolean>][] = [];
  graph.forEachEdge((key, attributes, source, target) => {
    const data = edgeData(attributes);
    edgeKeys.observe(data);
    edges.push([key, source, target, data]);
  });

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...graphKeys.declarations(),
    ...nodeKeys.declarations(),
    ...edgeKeys.declarations(),
    '  <graph id="G" edgedefault="directed">',
    ...dataLines(graphKeys, graphData, '    '),
  ];
  for (const [key, data] of nodes) {
    lines.push(`    <node id="${escapeXml(key)}">`, ...dataLines(nodeKeys, data, '      '), '    </node>');
  }
  for (const [key, source, target, data] of edges) {
    lines.push(
      `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`,
      ...dataLines(edgeKeys, data, '      '),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
