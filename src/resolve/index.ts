// Stage 4, resolve: maps each article's entities onto the graph's nodes (same actor, whatever the spelling).
import type { KnowledgeGraph } from '../../graph/model.ts';
import type { Extraction, ResolvedExtraction } from '../types.ts';

export function resolveAcrossArticles(extraction: Extraction, graph: KnowledgeGraph): ResolvedExtraction {
  throw new Error(`resolveAcrossArticles: not built yet (${extraction.article.path}, ${graph.order} nodes)`);
}
