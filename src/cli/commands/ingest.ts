// `newsgraph ingest <inputs…> [--store DIR] [--neo4j URI]`: adds articles to the workspace store, in place.
import type { Command } from 'commander';
import { DEFAULT_WORKSPACE_DIR, lockWorkspace, openWorkspace, recordSkipped, saveWorkspace } from '../../../graph/store/workspace.ts';
import type { KnowledgeGraph } from '../../../graph/model.ts';
import type { IngestReport } from '../../pipeline.ts';
import type { CliContext } from '../context.ts';
import { exitCodeFor, ingestWithProgress, parseThreads, summarise, THREADS_HELP } from '../ingestRun.ts';
import { EXIT_FAILURE } from '../exitCodes.ts';

interface IngestOptions {
  store: string;
  neo4j?: string;
  user?: string;
  password?: string;
  database?: string;
  threads?: number;
}

export function registerIngest(program: Command, ctx: CliContext): void {
  program
    .command('ingest')
    .description('add articles to the workspace store (incremental: articles already in it change nothing)')
    .argument('<inputs...>', 'article files or folders (.txt, .md, .html, .json, .jsonl), read recursively')
    .option('--store <dir>', 'the workspace store folder', DEFAULT_WORKSPACE_DIR)
    .option('--neo4j <uri>', 'also push the updated graph to Neo4j (or set NEO4J_URI)')
    .option('--user <name>', 'Neo4j user (or NEO4J_USER)')
    .option('--password <password>', 'Neo4j password (or NEO4J_PASSWORD)')
    .option('--database <name>', 'Neo4j database (or NEO4J_DATABASE)')
    .option('--threads <n>', THREADS_HELP, parseThreads)
    .addHelpText('after', '\nExamples:\n  newsgraph ingest ~/articles\n  newsgraph ingest new-article.html --store ./my-store --neo4j neo4j://localhost:7687\n')
    .action(async (inputs: string[], options: IngestOptions) => {
      const lock = await lockWorkspace(options.store);
      let report: IngestReport;
      let graph: KnowledgeGraph;
      try {
        graph = await openWorkspace(options.store);
        report = await ingestWithProgress(graph, inputs, ctx, options.threads);
        ctx.exitCode = exitCodeFor(report);
        // Nothing readable: the store is not touched at all.
        if (ctx.exitCode !== EXIT_FAILURE) {
          recordSkipped(graph, report.skipped);
          await saveWorkspace(options.store, graph);
        }
      } finally {
        await lock.release();
      }
      if (ctx.exitCode === EXIT_FAILURE) {
        ctx.stderr.write('newsgraph: nothing readable in the inputs; the store is unchanged\n');
        return;
      }
      ctx.stdout.write(`${summarise(report, graph)}; store ${options.store}\n`);
      if (options.neo4j) {
        const { pushGraph } = await import('../../../graph/store/neo4jStore.ts');
        const pushed = await pushGraph(graph, { uri: options.neo4j, user: options.user, password: options.password, database: options.database });
        ctx.stdout.write(`pushed ${pushed.nodes} nodes and ${pushed.relationships} relationships to ${options.neo4j}\n`);
      }
    });
}
