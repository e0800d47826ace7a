// Stage 1, load: files and folders in, raw articles out (text plus whatever metadata the format carried).
import type { RawArticle, SkippedInput } from '../types.ts';
import { listArticleFiles } from './listInputFiles.ts';
import { loadArticleFile } from './loadArticleFile.ts';

export { MAX_INPUT_BYTES } from './inputLimits.ts';
export { SUPPORTED_EXTENSIONS } from './inputFormats.ts';
export { formatSkippedInput } from './skipReasons.ts';

/** Expands files and folders (recursively) into the article files to read; missing paths and empty folders are skipped. */
export async function listInputFiles(inputs: string[]): Promise<{ files: string[]; skipped: SkippedInput[] }> {
  return listArticleFiles(inputs);
}

/** Reads one file into zero or more raw articles (a .json array or .jsonl holds several); bad parts are skipped. */
export async function loadFile(file: string): Promise<{ articles: RawArticle[]; skipped: SkippedInput[] }> {
  return loadArticleFile(file);
}
