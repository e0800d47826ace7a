// What the views need to know about each article a node or edge cites: title, date, outlet.
import type { KnowledgeGraph } from '../../../graph/model.ts';

export interface ArticleInfo {
  id: string;
  title: string;
  date?: string;
  outlet?: string;
  url?: string;
}

export type ArticleIndex = Map<string, ArticleInfo>;

export function indexArticles(graph: KnowledgeGraph): ArticleIndex {
  const index: ArticleIndex = new Map();
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== 'Article') return;
    index.set(node, {
      id: node,
      title: attributes.title || attributes.name || node,
      date: attributes.date,
      outlet: attributes.outlet,
      url: attributes.url,
    });
  });
  return index;
}

/** The title to show for an article id, whether or not the graph has its node. */
export function articleTitle(index: ArticleIndex, id: string): string {
  return index.get(id)?.title ?? id;
}
