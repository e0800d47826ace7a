// Derives what sigma draws (label, size, colour, position) when the graph file does not carry it.
// `label` is always a name a reader recognises, never the kind.
import type { KnowledgeGraph, NodeAttributes } from '../../../graph/model.ts';
import { NODE_KIND_COLORS, UNKNOWN_KIND_COLOR } from './palette.ts';

const MAX_LABEL_LENGTH = 60;
const MAX_STATEMENT_LABEL_LENGTH = 42;

export function displayLabel(attributes: NodeAttributes, node: string): string {
  const text =
    attributes.kind === 'Statement'
      ? attributes.text || attributes.name
      : attributes.kind === 'Article'
        ? attributes.title || attributes.name
        : attributes.name;
  const label = (text || node).replace(/\s+/g, ' ').trim();
  const limit = attributes.kind === 'Statement' ? MAX_STATEMENT_LABEL_LENGTH : MAX_LABEL_LENGTH;
  return label.length > limit ? `${label.slice(0, limit - 1)}…` : label;
}

export function kindColor(kind: string): string {
  return (NODE_KIND_COLORS as Record<string, string>)[kind] ?? UNKNOWN_KIND_COLOR;
}

/**
 * Node size from its degree: square root so hubs stand out without swallowing the picture. Big graphs get
 * smaller nodes (by the square root of their order), or thousands of discs would cover one another.
 */
export function sizeForDegree(degree: number, kind: string, order = 0): number {
  const scale = Math.min(1, Math.max(0.3, Math.sqrt(2000 / Math.max(order, 1))));
  // Statements and articles stay small, under the label threshold until zoomed in: their long texts would
  // otherwise bury the actors' names.
  if (kind === 'Statement' || kind === 'Article') return Math.min(5, 2 + 1.2 * Math.sqrt(degree)) * scale;
  return Math.min(28, 5 + 2.4 * Math.sqrt(degree)) * scale;
}

/** A position from the node id alone, so a graph without a layout looks the same on every load. */
function seededPosition(node: string): { x: number; y: number } {
  let hash = 2166136261;
  for (let index = 0; index < node.length; index++) hash = Math.imul(hash ^ node.charCodeAt(index), 16777619);
  const angle = ((hash >>> 0) % 3600) / 3600 * Math.PI * 2;
  const radius = Math.sqrt((((hash >>> 12) ^ hash) >>> 0) % 1000 / 1000) * 100;
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}

/** Fills in label/size/colour/x/y where absent; returns whether any node lacked a position. */
export function deriveDisplayAttributes(graph: KnowledgeGraph, degrees: Map<string, number>): { positioned: boolean } {
  let positioned = true;
  graph.updateEachNodeAttributes((node, attributes) => {
    const hasPosition = typeof attributes.x === 'number' && typeof attributes.y === 'number';
    if (!hasPosition) positioned = false;
    return {
      ...attributes,
      ...(hasPosition ? {} : seededPosition(node)),
      label: typeof attributes.label === 'string' && attributes.label ? attributes.label : displayLabel(attributes, node),
      size: typeof attributes.size === 'number' ? attributes.size : sizeForDegree(degrees.get(node) ?? 0, attributes.kind, graph.order),
      color: typeof attributes.color === 'string' ? attributes.color : kindColor(attributes.kind),
    };
  });
  return { positioned };
}
