// Node positions sent back by the viewer after a layout: checked, then copied onto the graph's x/y display attributes.
import type { KnowledgeGraph } from '../../graph/model.ts';
import { UsageError } from '../../graph/errors.ts';

export type Positions = Record<string, { x: number; y: number }>;

/** Reads `{ positions: { [node]: { x, y } } }`; throws a UsageError naming the first bad entry. */
export function parsePositions(body: unknown): Positions {
  const positions = (body as { positions?: unknown } | null)?.positions;
  if (!positions || typeof positions !== 'object' || Array.isArray(positions)) {
    throw new UsageError('expected a JSON body { "positions": { "<node id>": { "x": 0, "y": 0 } } }');
  }
  for (const [node, position] of Object.entries(positions)) {
    const { x, y } = (position ?? {}) as { x?: unknown; y?: unknown };
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
      throw new UsageError(`position of ${JSON.stringify(node)} must be { "x": number, "y": number }`);
    }
  }
  return positions as Positions;
}

/** Sets x/y of the nodes the graph has; returns how many were updated (unknown ids are ignored: the file may have changed). */
export function applyPositions(graph: KnowledgeGraph, positions: Positions): number {
  let updated = 0;
  for (const [node, { x, y }] of Object.entries(positions)) {
    if (!graph.hasNode(node)) continue;
    graph.mergeNodeAttributes(node, { x, y });
    updated++;
  }
  return updated;
}
