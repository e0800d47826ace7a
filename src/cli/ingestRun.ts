// What `build` and `ingest` share: run the pipeline with a progress bar, report skipped inputs one line each,
// and turn the outcome into an exit code (0 done, 1 nothing readable, 2 done with some inputs skipped).
import { InvalidArgumentError } from 'commander';
import type { KnowledgeGraph } from '../../graph/model.ts';
import { MAX_THREADS, MIN_CORES_FOR_THREADS, MIN_FILES_FOR_THREADS } from '../extractPool.ts';
import { ingestInto, type IngestReport } from '../pipeline.ts';
import type { SkippedInput } from '../types.ts';
import type { CliContext } from './context.ts';
import { createFileProgress } from './progress.ts';
import { EXIT_FAILURE, EXIT_OK, EXIT_SOME_SKIPPED } from './exitCodes.ts';

/** `--threads`: how many threads extract (src/extractPool.ts); by default one per core for a big input. */
export const THREADS_HELP = `threads that extract articles side by side (default: one per core, at most ${MAX_THREADS}, for ${MIN_FILES_FOR_THREADS} files or more on a machine of ${MIN_CORES_FOR_THREADS} cores or more; else 1)`;

export function parseThreads(value: string): number {
  const threads = Number(value);
  if (!Number.isInteger(threads) || threads < 1) throw new InvalidArgumentError('Give a whole number of threads, 1 or more.');
  return threads;
}

export async function ingestWithProgress(graph: KnowledgeGraph, inputs: string[], ctx: CliContext, threads?: number): Promise<IngestReport> {
  const progress = createFileProgress(ctx, { label: 'ingesting' });
  const pending: SkippedInput[] = [];
  try {
    return await ingestInto(graph, inputs, {
      onFile: progress.onFile,
      threads,
      // Lines printed under a live bar would be drawn over: hold them until the bar is done.
      onSkip: (skipped) => (ctx.interactive ? pending.push(skipped) : printSkipped(ctx, skipped)),
    });
  } finally {
    progress.stop();
    for (const skipped of pending) printSkipped(ctx, skipped);
  }
}

export function printSkipped(ctx: CliContext, skipped: SkippedInput): void {
  const where = skipped.line === undefined ? skipped.path : `${skipped.path}:${skipped.line}`;
  const reason = skipped.reason.startsWith(where) ? skipped.reason.slice(where.length).replace(/^:\s*/, '') : skipped.reason;
  ctx.stderr.write(`newsgraph: skipped ${where}: ${reason}\n`);
}

export function exitCodeFor(report: IngestReport): number {
  if (report.articlesRead === 0 && report.articlesUnchanged === 0) return EXIT_FAILURE;
  return report.skipped.length ? EXIT_SOME_SKIPPED : EXIT_OK;
}

export function summarise(report: IngestReport, graph: KnowledgeGraph): string {
  const parts = [`${report.articlesRead} article${report.articlesRead === 1 ? '' : 's'} read`];
  if (report.articlesUnchanged) parts.push(`${report.articlesUnchanged} already in the graph`);
  if (report.skipped.length) parts.push(`${report.skipped.length} input${report.skipped.length === 1 ? '' : 's'} skipped`);
  return `${parts.join(', ')}; graph has ${graph.order} nodes and ${graph.size} edges`;
}
