// How drawing adapts to the size of the graph on show: one rule, applied to every graph (served, reloaded or
// dropped) and documented in docs/viewer.md ("Big graphs"). Below it the viewer draws everything it can; above it,
// what a machine without a GPU (software WebGL) can still move smoothly.

/** Above this many nodes, or this many edges, a graph is drawn the big-graph way. */
export const LARGE_GRAPH_NODES = 5_000;
export const LARGE_GRAPH_EDGES = 20_000;

export interface GraphScale {
  /**
   * Nodes as WebGL points (one vertex each) rather than instanced triangles; edges as one-pixel lines without
   * arrowheads or curves; edges and labels hidden while the camera moves; no edge hover.
   */
  large: boolean;
}

export function graphScale(graph: { order: number; size: number }): GraphScale {
  return { large: graph.order > LARGE_GRAPH_NODES || graph.size > LARGE_GRAPH_EDGES };
}
