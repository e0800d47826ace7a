// Which nodes and edges pass the filters. Computed once per filter change (linear in the graph), then read by the
// reducers, the counts, and the exports, so that all three agree on what "the current view" is.
import type { KnowledgeGraph } from '../../../graph/model.ts';
import type { ArticleIndex } from '../graph/articleIndex.ts';
import type { Filters } from './filters.ts';

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

function inDateRange(date: string | undefined, from: string, to: string): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  // ISO dates compare as strings; a full timestamp is cut to its day.
  const day = date.slice(0, 10);
  return (!from || day >= from) && (!to || day <= to);
}

/** The articles that pass the article/outlet/date filters, or null when none of those filters is set. */
export function allowedArticles(filters: Filters, articles: ArticleIndex): Set<string> | null {
  if (!filters.article && !filters.outlet && !filters.dateFrom && !filters.dateTo) return null;
  const allowed = new Set<string>();
  for (const info of articles.values()) {
    if (filters.article && info.id !== filters.article) continue;
    if (filters.outlet && info.outlet !== filters.outlet) continue;
    if (!inDateRange(info.date, filters.dateFrom, filters.dateTo)) continue;
    allowed.add(info.id);
  }
  return allowed;
}

export function computeVisibility(
  graph: KnowledgeGraph,
  filters: Filters,
  degrees: Map<string, number>,
  articles: ArticleIndex,
): Visibility {
  const allowed = allowedArticles(filters, articles);
  const cites = (sources: string[] | undefined) => !allowed || (sources ?? []).some((source) => allowed.has(source));
  const nodes = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (filters.hiddenNodeKinds.has(attributes.kind)) return;
    if ((degrees.get(node) ?? 0) < filters.minDegree) return;
    if (allowed && !(attributes.kind === 'Article' ? allowed.has(node) : cites(attributes.sources))) return;
    if (attributes.kind === 'Statement' && attributes.date && !inDateRange(attributes.date, filters.dateFrom, filters.dateTo)) return;
    nodes.add(node);
  });
  const edges = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (filters.hiddenRelationKinds.has(attributes.kind)) return;
    if (!nodes.has(source) || !nodes.has(target)) return;
    if (!cites(attributes.sources)) return;
    edges.add(edge);
  });
  return { nodes, edges };
}
