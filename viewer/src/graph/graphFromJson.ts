// Turns graph JSON (graphology's serialisation, as `newsgraph build` writes it) into a graph, or says why it cannot.
import { createKnowledgeGraph, type KnowledgeGraph } from '../../../graph/model.ts';

export class GraphFormatError extends Error {
  override name = 'GraphFormatError';
}

export function graphFromJson(data: unknown, into: KnowledgeGraph = createKnowledgeGraph()): KnowledgeGraph {
  const nodes = (data as { nodes?: unknown } | null)?.nodes;
  const edges = (data as { edges?: unknown } | null)?.edges;
  if (!data || typeof data !== 'object' || !Array.isArray(nodes) || (edges !== undefined && !Array.isArray(edges))) {
    throw new GraphFormatError('not a newsgraph graph file: expected { "nodes": [...], "edges": [...] }');
  }
  into.clear();
  try {
    into.import(data as Parameters<KnowledgeGraph['import']>[0]);
  } catch (error) {
    into.clear();
    throw new GraphFormatError(`not a valid graph: ${(error as Error).message}`);
  }
  // Files from other tools may lack the model's arrays; the views rely on them.
  into.updateEachNodeAttributes((node, attributes) => ({
    ...attributes,
    kind: attributes.kind ?? ('Unknown' as never),
    name: typeof attributes.name === 'string' ? attributes.name : String(attributes.label ?? node),
    aliases: Array.isArray(attributes.aliases) ? attributes.aliases : [],
    sources: Array.isArray(attributes.sources) ? attributes.sources : [],
  }));
  into.updateEachEdgeAttributes((_edge, attributes) => ({
    ...attributes,
    kind: attributes.kind ?? ('RELATED' as never),
    sources: Array.isArray(attributes.sources) ? attributes.sources : [],
    evidence: Array.isArray(attributes.evidence) ? attributes.evidence : [],
  }));
  return into;
}
