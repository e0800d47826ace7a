// The whole pipeline, load → clean → extract → resolve → graph, one file at a time so memory follows the graph. For a
// big input, load → clean → extract runs on several threads (extractPool.ts); resolve → graph always runs here, in
// the order of the files, so the graph is the same on any number of threads.
import { createKnowledgeGraph, type KnowledgeGraph } from '../graph/model.ts';
import { mergeExtraction } from '../graph/merge.ts';
import { listInputFiles } from './load/index.ts';
import { extractArticle } from './extract/index.ts';
import { resolveAcrossArticles } from './resolve/index.ts';
import { readArticleItems, type FileItem } from './readFile.ts';
import { extractionThreads, readFilesInParallel } from './extractPool.ts';
import type { Article, Extraction, SkippedInput } from './types.ts';

export interface IngestOptions {
  /** Called after each file, for progress bars. */
  onFile?: (done: number, total: number, file: string) => void;
  /** Called for each input skipped, as soon as it is known. */
  onSkip?: (skipped: SkippedInput) => void;
  /** Threads that extract; by default one per core for a big input, one for a small one (extractPool.ts). */
  threads?: number;
}

export interface IngestReport {
  articlesRead: number;
  /** Articles whose content was already in the graph (ingesting again changes nothing). */
  articlesUnchanged: number;
  skipped: SkippedInput[];
}

/** Ingests files and folders into an existing graph, updating it in place. */
export async function ingestInto(graph: KnowledgeGraph, inputs: string[], options: IngestOptions = {}): Promise<IngestReport> {
  const report: IngestReport = { articlesRead: 0, articlesUnchanged: 0, skipped: [] };
  const skip = (item: SkippedInput) => {
    report.skipped.push(item);
    options.onSkip?.(item);
  };
  const { files, skipped } = await listInputFiles(inputs);
  skipped.forEach(skip);
  const take = (item: FileItem) => {
    if ('skipped' in item) skip(item.skipped);
    // (Known before the file was read, or read earlier in this run from another file.)
    else if ('known' in item || graph.hasNode(item.extraction.article.id)) report.articlesUnchanged++;
    else {
      addExtraction(graph, item.extraction);
      report.articlesRead++;
    }
  };
  const fileDone = (index: number) => options.onFile?.(index + 1, files.length, files[index]);
  const threads = extractionThreads(files.length, options.threads);
  if (threads > 1) {
    const known = graph.filterNodes((_node, attributes) => attributes.kind === 'Article');
    await readFilesInParallel(files, threads, known, (index, items) => {
      items.forEach(take);
      fileDone(index);
    });
  } else {
    for (const [index, file] of files.entries()) {
      await readArticleItems(file, (id) => graph.hasNode(id), take);
      fileDone(index);
    }
  }
  return report;
}

/** Runs extract → resolve → graph for one clean article. */
export function ingestArticle(graph: KnowledgeGraph, article: Article): void {
  addExtraction(graph, extractArticle(article));
}

/** Runs resolve → graph for one article's extraction. */
function addExtraction(graph: KnowledgeGraph, extraction: Extraction): void {
  mergeExtraction(graph, resolveAcrossArticles(extraction, graph));
}

/** A fresh graph from the inputs. */
export async function buildGraph(inputs: string[], options: IngestOptions = {}): Promise<{ graph: KnowledgeGraph } & IngestReport> {
  const graph = createKnowledgeGraph();
  const report = await ingestInto(graph, inputs, options);
  return { graph, ...report };
}
