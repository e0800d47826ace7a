// Stage 5, graph: merges one resolved article into the knowledge graph (nodes, edges, evidence), in place.
import type { KnowledgeGraph } from './model.ts';
import type { ResolvedExtraction } from '../src/types.ts';

export function mergeExtraction(graph: KnowledgeGraph, resolved: ResolvedExtraction): void {
  throw new Error(`mergeExtraction: not built yet (${resolved.article.path}, ${graph.order} nodes)`);
}
