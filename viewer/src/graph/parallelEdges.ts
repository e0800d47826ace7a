// Curvature for edges that share their two ends, so that several relations between two actors stay readable.
// Edges in opposite directions bend to opposite sides on their own; edges in the same direction fan out.
import type { KnowledgeGraph } from '../../../graph/model.ts';

export const BASE_CURVATURE = 0.22;
const CURVATURE_STEP = 0.32;

/** Curvature per edge that has a sibling between the same two nodes; lone edges are absent (drawn straight). */
export function parallelEdgeCurvatures(graph: KnowledgeGraph): Map<string, number> {
  const curvatures = new Map<string, number>();
  // Walk each (node, out-neighbour) pair once, through graphology's own adjacency: no string keys to build.
  graph.forEachNode((node) => {
    graph.forEachOutNeighbor(node, (neighbour) => {
      const edges = graph.outEdges(node, neighbour);
      if (edges.length === 1 && !graph.hasDirectedEdge(neighbour, node)) return;
      edges.forEach((edge, index) => curvatures.set(edge, BASE_CURVATURE + CURVATURE_STEP * index));
    });
  });
  return curvatures;
}
