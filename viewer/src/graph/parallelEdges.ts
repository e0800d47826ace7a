// Curvature for edges that share their two ends, so that several relations between two actors stay readable.
// Edges in opposite directions bend to opposite sides on their own; edges in the same direction fan out.
import type { KnowledgeGraph } from '../../../graph/model.ts';

export const BASE_CURVATURE = 0.22;
const CURVATURE_STEP = 0.32;

/** Curvature per edge that has a sibling between the same two nodes; lone edges are absent (drawn straight). */
export function parallelEdgeCurvatures(graph: KnowledgeGraph): Map<string, number> {
  const byDirection = new Map<string, string[]>();
  graph.forEachEdge((edge, _attributes, source, target) => {
    const key = `${source}\u0000${target}`;
    const group = byDirection.get(key);
    if (group) group.push(edge);
    else byDirection.set(key, [edge]);
  });
  const curvatures = new Map<string, number>();
  for (const [key, edges] of byDirection) {
    const [source, target] = key.split('\u0000');
    const reverse = byDirection.get(`${target}\u0000${source}`);
    if (edges.length === 1 && !reverse) continue;
    edges.forEach((edge, index) => curvatures.set(edge, BASE_CURVATURE + CURVATURE_STEP * index));
  }
  return curvatures;
}
