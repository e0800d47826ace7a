// The whole pipeline, load → clean → extract → resolve → graph, one article at a time so memory follows the graph.
import { createKnowledgeGraph, type KnowledgeGraph } from '../graph/model.ts';
import { mergeExtraction } from '../graph/merge.ts';
import { listInputFiles, loadFile } from './load/index.ts';
import { cleanArticle } from './clean/index.ts';
import { extractArticle } from './extract/index.ts';
import { resolveAcrossArticles } from './resolve/index.ts';
import type { Article, SkippedInput } from './types.ts';

export interface IngestOptions {
  /** Called after each file, for progress bars. */
  onFile?: (done: number, total: number, file: string) => void;
  /** Called for each input skipped, as soon as it is known. */
  onSkip?: (skipped: SkippedInput) => void;
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
  for (const [index, file] of files.entries()) {
    const loaded = await loadFile(file);
    loaded.skipped.forEach(skip);
    for (const raw of loaded.articles) {
      const article = cleanArticle(raw);
      if (!isArticle(article)) {
        skip(article);
        continue;
      }
      if (graph.hasNode(article.id)) {
        report.articlesUnchanged++;
        continue;
      }
      ingestArticle(graph, article);
      report.articlesRead++;
    }
    options.onFile?.(index + 1, files.length, file);
  }
  return report;
}

/** Runs extract → resolve → graph for one clean article. */
export function ingestArticle(graph: KnowledgeGraph, article: Article): void {
  const extraction = extractArticle(article);
  const resolved = resolveAcrossArticles(extraction, graph);
  mergeExtraction(graph, resolved);
}

/** A fresh graph from the inputs. */
export async function buildGraph(inputs: string[], options: IngestOptions = {}): Promise<{ graph: KnowledgeGraph } & IngestReport> {
  const graph = createKnowledgeGraph();
  const report = await ingestInto(graph, inputs, options);
  return { graph, ...report };
}

function isArticle(value: Article | SkippedInput): value is Article {
  return 'paragraphs' in value;
}
