// Turns graph JSON (graphology's serialisation, as `newsgraph build` writes it) into a graph, or says why it cannot.
import { createKnowledgeGraph, type KnowledgeGraph } from '../../../graph/model.ts';

export class GraphFormatError extends Error {
  override name = 'GraphFormatError';
}

type Serialized = Parameters<KnowledgeGraph['import']>[0];
type SerializedItem = { key?: unknown; source?: unknown; target?: unknown; attributes?: Record<string, unknown> };

/**
 * Fills the model's required attributes in the freshly parsed data before importing it (files from other tools
 * may lack them, and the views rely on them). In place, and before the import rather than after: the renderer
 * watches this graph, and one import is one clean update for it.
 */
function withModelAttributes(data: { nodes: SerializedItem[]; edges?: SerializedItem[] }): Serialized {
  for (const node of data.nodes) {
    const attributes = (node.attributes ??= {});
    attributes.kind ??= 'Unknown';
    if (typeof attributes.name !== 'string') attributes.name = String(attributes.label ?? node.key);
    if (!Array.isArray(attributes.aliases)) attributes.aliases = [];
    if (!Array.isArray(attributes.sources)) attributes.sources = [];
  }
  for (const edge of data.edges ?? []) {
    const attributes = (edge.attributes ??= {});
    attributes.kind ??= 'RELATED';
    if (!Array.isArray(attributes.sources)) attributes.sources = [];
    if (!Array.isArray(attributes.evidence)) attributes.evidence = [];
  }
  return data as unknown as Serialized;
}

export function graphFromJson(data: unknown, into: KnowledgeGraph = createKnowledgeGraph()): KnowledgeGraph {
  const nodes = (data as { nodes?: unknown } | null)?.nodes;
  const edges = (data as { edges?: unknown } | null)?.edges;
  if (!data || typeof data !== 'object' || !Array.isArray(nodes) || (edges !== undefined && !Array.isArray(edges))) {
    throw new GraphFormatError('not a newsgraph graph file: expected { "nodes": [...], "edges": [...] }');
  }
  const prepared = withModelAttributes(data as { nodes: SerializedItem[]; edges?: SerializedItem[] });
  into.clear();
  try {
    into.import(prepared);
  } catch (error) {
    into.clear();
    throw new GraphFormatError(`not a valid graph: ${(error as Error).message}`);
  }
  return into;
}
