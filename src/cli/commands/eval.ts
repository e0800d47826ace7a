// `newsgraph eval` — scores a graph (built from the inputs, or read with --graph) against a gold set.
import type { Command } from 'commander';
import { UsageError } from '../../../graph/errors.ts';
import { readGraphFile } from '../../../graph/store/graphFile.ts';
import { loadGoldSet } from '../../eval/gold.ts';
import { buildAndEvaluate, evaluateGraph, type Evaluation } from '../../eval/evaluate.ts';
import { formatEvaluation, toJson } from '../../eval/report.ts';
import type { CliContext } from '../context.ts';

interface EvalOptions {
  gold?: string;
  graph?: string;
  json?: boolean;
  limit: string;
}

export function registerEval(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description("score a graph against a gold set: entities, relations and statements, with what was missed")
    .argument('[inputs...]', "articles to build the graph from (default: the gold set's own articles)")
    .requiredOption('--gold <file>', 'gold set JSON (see docs/gold-format.md)')
    .option('--graph <file>', 'score this graph JSON instead of building one')
    .option('--json', 'print the full evaluation as JSON')
    .option('--limit <n>', 'items listed per kind of miss in the table', '15')
    .action(async (inputs: string[], options: EvalOptions) => {
      const limit = Number.parseInt(options.limit, 10);
      if (!Number.isInteger(limit) || limit < 0) throw new UsageError(`--limit must be a whole number, not "${options.limit}"`);
      if (options.graph && inputs.length > 0) throw new UsageError('give either --graph FILE or inputs to build from, not both');
      const gold = await loadGoldSet(options.gold!);
      let evaluation: Evaluation;
      if (options.graph) {
        evaluation = evaluateGraph(await readGraphFile(options.graph), gold);
      } else {
        const built = await buildAndEvaluate(gold, inputs);
        evaluation = built.evaluation;
        for (const skipped of built.skipped) {
          ctx.stderr.write(`skipped ${skipped.line === undefined ? skipped.path : `${skipped.path}:${skipped.line}`}: ${skipped.reason}\n`);
        }
        if (built.skipped.length > 0) ctx.exitCode = 2;
      }
      ctx.stdout.write(options.json ? `${toJson(evaluation)}\n` : formatEvaluation(evaluation, limit));
    });
}
