// `newsgraph build <inputs…> --out graph.json`: a fresh graph from the inputs, written as the graph JSON of MODEL.md.
import type { Command } from 'commander';
import { createKnowledgeGraph } from '../../../graph/model.ts';
import { writeGraphFile } from '../../../graph/store/graphFile.ts';
import { recordSkipped } from '../../../graph/store/workspace.ts';
import type { CliContext } from '../context.ts';
import { exitCodeFor, ingestWithProgress, parseThreads, summarise, THREADS_HELP } from '../ingestRun.ts';
import { EXIT_FAILURE } from '../exitCodes.ts';

export function registerBuild(program: Command, ctx: CliContext): void {
  program
    .command('build')
    .description('build a fresh graph from article files and folders, and write it as graph JSON')
    .argument('<inputs...>', 'article files or folders (.txt, .md, .html, .json, .jsonl), read recursively')
    .option('-o, --out <file>', 'where to write the graph JSON', 'graph.json')
    .option('--threads <n>', THREADS_HELP, parseThreads)
    .addHelpText('after', '\nExample:\n  newsgraph build examples/articles --out graph.json\n')
    .action(async (inputs: string[], options: { out: string; threads?: number }) => {
      const graph = createKnowledgeGraph();
      const report = await ingestWithProgress(graph, inputs, ctx, options.threads);
      ctx.exitCode = exitCodeFor(report);
      if (ctx.exitCode === EXIT_FAILURE) {
        ctx.stderr.write('newsgraph: nothing readable in the inputs; no graph written (see the lines above)\n');
        return;
      }
      recordSkipped(graph, report.skipped);
      await writeGraphFile(options.out, graph);
      ctx.stdout.write(`${summarise(report, graph)}; written to ${options.out}\n`);
    });
}
