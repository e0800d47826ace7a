// Stage 2, clean: keeps the article's own text and drops page chrome (ads, counters, bylines, captions, share prompts).
import type { Article, RawArticle, SkippedInput } from '../types.ts';

export function cleanArticle(raw: RawArticle): Article | SkippedInput {
  throw new Error(`cleanArticle: not built yet (${raw.path})`);
}
