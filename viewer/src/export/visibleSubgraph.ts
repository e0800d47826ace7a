// The current view as a graph of its own: the nodes and edges that pass the filters, with their attributes
// and their display attributes (so Gephi and other tools open it looking as it does here).
import { createKnowledgeGraph, type KnowledgeGraph } from '../../../graph/model.ts';
import type { Visibility } from '../filters/visibility.ts';

export function visibleSubgraph(graph: KnowledgeGraph, visibility: Visibility): KnowledgeGraph {
  const subgraph = createKnowledgeGraph();
  subgraph.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((node, attributes) => {
    if (visibility.nodes.has(node)) subgraph.addNode(node, { ...attributes });
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (visibility.edges.has(edge)) subgraph.addEdgeWithKey(edge, source, target, { ...attributes });
  });
  return subgraph;
}
