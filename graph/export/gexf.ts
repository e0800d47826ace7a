// GEXF 1.3 export for Gephi, through graphology-gexf's writer.
// GEXF attributes hold scalars only, so lists and objects (aliases, sources, evidence) travel as JSON strings.
import { write as writeGexf } from 'graphology-gexf';
import type { Attributes } from 'graphology-types';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../model.ts';

/** Attributes that GEXF carries in `viz:` elements or in the element itself, not as attvalues. */
const NODE_DISPLAY_ATTRIBUTES = new Set(['label', 'x', 'y', 'z', 'size', 'color']);
const EDGE_DISPLAY_ATTRIBUTES = new Set(['label', 'kind', 'color', 'size', 'weight']);

// XML 1.0 forbids most control characters even when escaped; an article scraped from the web can carry them.
const XML_INVALID_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops the characters XML 1.0 cannot hold, so Gephi and other parsers accept the file. */
export function toXmlSafeText(text: string): string {
  return text.replace(XML_INVALID_CHARACTERS, '');
}

/**
 * One attribute value as an XML-friendly scalar: strings, numbers and booleans stay as they are;
 * arrays and objects become JSON text (lossless, and `JSON.parse` gives them back); null/undefined drop out.
 */
export function toScalarAttribute(value: unknown): string | number | boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return toXmlSafeText(value);
  return toXmlSafeText(JSON.stringify(value));
}

/** Every attribute but the excluded ones, as XML-friendly scalars. */
export function toScalarAttributes(attributes: Record<string, unknown>, exclude: ReadonlySet<string>): Attributes {
  const scalars: Attributes = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (exclude.has(name)) continue;
    const scalar = toScalarAttribute(value);
    if (scalar !== undefined) scalars[name] = scalar;
  }
  return scalars;
}

/** `#rgb`, `#rrggbb` or `rgb(a)(…)` as the `rgb(r,g,b)` form the writer turns into viz:color r/g/b; anything else is dropped. */
export function toRgbColor(color: unknown): string | undefined {
  if (typeof color !== 'string') return undefined;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d) : hex[1].match(/../g)!;
    const [r, g, b] = digits.map((pair) => parseInt(pair, 16));
    return `rgb(${r},${g},${b})`;
  }
  return /^\s*rgba?\s*\(\s*\d+\s*,\s*\d+\s*,\s*\d+\s*(,\s*[.\d]+\s*)?\)\s*$/i.test(color) ? color : undefined;
}

function finiteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function formatNode(_key: string, attributes: NodeAttributes) {
  const viz: { x?: number; y?: number; size?: number; color?: string } = {};
  const x = finiteNumber(attributes.x);
  const y = finiteNumber(attributes.y);
  // viz:position needs both coordinates to mean anything to Gephi.
  if (x !== undefined && y !== undefined) Object.assign(viz, { x, y });
  const size = finiteNumber(attributes.size);
  if (size !== undefined && size > 0) viz.size = size;
  const color = toRgbColor(attributes.color);
  if (color) viz.color = color;
  return {
    label: toXmlSafeText(String(attributes.label ?? attributes.name ?? _key)),
    attributes: toScalarAttributes(attributes, NODE_DISPLAY_ATTRIBUTES),
    ...(Object.keys(viz).length ? { viz } : {}),
  };
}

function formatEdge(_key: string, attributes: EdgeAttributes) {
  const viz: { color?: string; thickness?: number } = {};
  const color = toRgbColor(attributes.color);
  if (color) viz.color = color;
  const thickness = finiteNumber(attributes.size);
  if (thickness !== undefined && thickness > 0) viz.thickness = thickness;
  return {
    // GEXF's own edge `kind` is the edge type Gephi keeps parallel edges apart by: our relation kind.
    kind: attributes.kind,
    label: toXmlSafeText(String(attributes.label ?? attributes.kind)),
    weight: finiteNumber(attributes.confidence) ?? 1,
    attributes: toScalarAttributes(attributes, EDGE_DISPLAY_ATTRIBUTES),
    ...(Object.keys(viz).length ? { viz } : {}),
  };
}

/** The graph as a GEXF 1.3 document that Gephi opens: labels, relation kinds as edge kinds, viz colours and positions. */
export function toGexf(graph: KnowledgeGraph): string {
  return writeGexf<NodeAttributes, EdgeAttributes>(graph, {
    version: '1.3',
    // Pedantic keeps <meta> to the elements the GEXF schema allows (creator, description, keywords).
    pedantic: true,
    formatNode,
    formatEdge,
  });
}
