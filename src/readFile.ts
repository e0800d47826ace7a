// The part of the pipeline that needs nothing but one file: load → clean → extract. Articles are independent until
// they meet in the graph, so this part may run on several threads at once (extractPool.ts); resolve → graph stays on
// one, in the order of the files.
import { loadFile } from './load/index.ts';
import { cleanArticle } from './clean/index.ts';
import { extractArticle } from './extract/index.ts';
import type { Extraction, SkippedInput } from './types.ts';

/** One article of a file: its extraction, why it was skipped, or the id of an article the graph already holds. */
export type FileItem = { extraction: Extraction } | { skipped: SkippedInput } | { known: string };

/** What one file gives, in the order the file holds it: inputs it could not read, then its articles. */
export interface FileResult {
  skipped: SkippedInput[];
  items: FileItem[];
}

/** Loads, cleans and extracts every article of `file`; articles whose id `isKnown` are not extracted again. */
export async function readArticleFile(file: string, isKnown: (id: string) => boolean): Promise<FileResult> {
  const loaded = await loadFile(file);
  const items: FileItem[] = [];
  for (const raw of loaded.articles) {
    const article = cleanArticle(raw);
    if (!('paragraphs' in article)) items.push({ skipped: article });
    else if (isKnown(article.id)) items.push({ known: article.id });
    else items.push({ extraction: extractArticle(article) });
  }
  return { skipped: loaded.skipped, items };
}
