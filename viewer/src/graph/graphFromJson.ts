// Turns graph JSON (graphology's serialisation, as `newsgraph build` writes it) into a graph, or says why it cannot.
import { createKnowledgeGraph, type KnowledgeGraph } from '../../../graph/model.ts';

export class GraphFormatError extends Error {
  override name = 'GraphFormatError';
}

type Serialized = Parameters<KnowledgeGraph['import']>[0];
type SerializedItem = { key?: unknown; source?: unknown; target?: unknown; attributes?: Record<string, unknown> };

const list = (value: unknown) => (Array.isArray(value) ? value : []);

/**
 * Fills the model's required attributes in the serialised data before importing it (files from other tools may
 * lack them, and the views rely on them). Done before the import, not after: the renderer watches this graph,
 * and one import is one clean update for it.
 */
function withModelAttributes(data: { nodes: SerializedItem[]; edges?: SerializedItem[] }): Serialized {
  return {
    ...data,
    nodes: data.nodes.map((node) => {
      const attributes = node.attributes ?? {};
      return {
        ...node,
        attributes: {
          ...attributes,
          kind: attributes.kind ?? 'Unknown',
          name: typeof attributes.name === 'string' ? attributes.name : String(attributes.label ?? node.key),
          aliases: list(attributes.aliases),
          sources: list(attributes.sources),
        },
      };
    }),
    edges: (data.edges ?? []).map((edge) => {
      const attributes = edge.attributes ?? {};
      return { ...edge, attributes: { ...attributes, kind: attributes.kind ?? 'RELATED', sources: list(attributes.sources), evidence: list(attributes.evidence) } };
    }),
  } as unknown as Serialized;
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
