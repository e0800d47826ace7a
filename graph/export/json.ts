// JSON export: the graph file contract of MODEL.md, graphology's own serialisation (`graph.export()`).
import type { KnowledgeGraph } from '../model.ts';

/** The graph as graph-file JSON text; `pretty` indents it for reading by eye (same content either way). */
export function toGraphJson(graph: KnowledgeGraph, options: { pretty?: boolean } = {}): string {
  return JSON.stringify(graph.export(), null, options.pretty ? 2 : undefined);
}
