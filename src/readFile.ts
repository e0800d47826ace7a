// The part of the pipeline that needs nothing but one file: load → clean → extract. Articles are independent until
// they meet in the graph, so this part may run on several threads at once (extractPool.ts); resolve → graph stays on
// one, in the order of the files.
import { loadFile } from './load/index.ts';
import { cleanArticle } from './clean/index.ts';
import { extractArticle } from './extract/index.ts';
import type { Extraction, SkippedInput } from './types.ts';

/** What a file gives, item by item: an article's extraction, an input skipped and why, or the id of an article the graph already holds. */
export type FileItem = { extraction: Extraction } | { skipped: SkippedInput } | { known: string };

/**
 * Loads `file`, then cleans and extracts its articles one at a time, handing each item to `onItem` before it reads the
 * next: a .jsonl export of thousands of articles never holds all their extractions at once, and `isKnown` sees the
 * articles handed on before. The inputs the file could not load come first.
 */
export async function readArticleItems(file: string, isKnown: (id: string) => boolean, onItem: (item: FileItem) => void): Promise<void> {
  const loaded = await loadFile(file);
  for (const skipped of loaded.skipped) onItem({ skipped });
  for (const raw of loaded.articles) {
    const article = cleanArticle(raw);
    if (!('paragraphs' in article)) onItem({ skipped: article });
    else if (isKnown(article.id)) onItem({ known: article.id });
    else onItem({ extraction: extractArticle(article) });
  }
}

/** A file's items all at once, for a thread to post back. */
export async function readArticleFile(file: string, isKnown: (id: string) => boolean): Promise<FileItem[]> {
  const items: FileItem[] = [];
  await readArticleItems(file, isKnown, (item) => items.push(item));
  return items;
}
