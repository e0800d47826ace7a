// Stage 3, extract: sentences, entity mentions resolved within the article, relations and statements.
import type { Article, Extraction } from '../types.ts';

export function extractArticle(article: Article): Extraction {
  throw new Error(`extractArticle: not built yet (${article.path})`);
}
