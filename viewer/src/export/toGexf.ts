// GEXF for Gephi: lists become "; "-joined text and evidence becomes JSON text, since GEXF attributes are scalars.
import { write } from 'graphology-gexf/browser/index.js';
import type { KnowledgeGraph } from '../../../graph/model.ts';

function scalar(value: unknown): string | number | boolean {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join('; ');
  return JSON.stringify(value);
}

function scalars(attributes: Record<string, unknown>, skip: readonly string[]): Record<string, string | number | boolean> {
  const result: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (!skip.includes(name) && value !== undefined && value !== null) result[name] = scalar(value);
  }
  return result;
}

const NODE_DISPLAY = ['label', 'x', 'y', 'size', 'color'] as const;

export function toGexf(graph: KnowledgeGraph): string {
  return write(graph, {
    version: '1.3',
    formatNode: (_node, attributes) => ({
      label: String(attributes.label ?? attributes.name),
      viz: {
        x: attributes.x,
        y: attributes.y,
        size: attributes.size,
        ...(typeof attributes.color === 'string' ? { color: attributes.color } : {}),
      },
      attributes: scalars(attributes, NODE_DISPLAY),
    }),
    formatEdge: (_edge, attributes) => ({
      label: attributes.kind,
      weight: Array.isArray(attributes.evidence) ? Math.max(1, attributes.evidence.length) : 1,
      attributes: scalars(attributes, ['label']),
    }),
  });
}
