// `newsgraph push` — loads the workspace's graph (or a graph file) into Neo4j; pushing again updates in place.
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { UsageError } from '../../../graph/errors.ts';
import { readGraphFile } from '../../../graph/store/graphFile.ts';
import { pushGraph } from '../../../graph/store/neo4jStore.ts';
import { resolveNeo4jTarget } from '../../../graph/store/neo4jConnection.ts';
import type { CliContext } from '../context.ts';

export interface Neo4jCliOptions {
  neo4j?: string;
  user?: string;
  password?: string;
  database?: string;
}

interface PushCliOptions extends Neo4jCliOptions {
  store: string;
  graph?: string;
  batchSize?: string;
}

/** The connection options every Neo4j command takes (shared by push and query). */
export function addNeo4jOptions(command: Command): Command {
  return command
    .option('--neo4j <uri>', 'Neo4j URI: neo4j://host:7687, bolt://…, neo4j+s://… for Aura (default $NEO4J_URI, else neo4j://localhost:7687)')
    .option('--user <name>', 'Neo4j user (default $NEO4J_USER, else neo4j)')
    .option('--password <secret>', 'Neo4j password (default $NEO4J_PASSWORD)')
    .option('--database <name>', 'database (default $NEO4J_DATABASE, else the server default)');
}

export function connectionOptions(options: Neo4jCliOptions) {
  return { uri: options.neo4j, user: options.user, password: options.password, database: options.database };
}

function parseBatchSize(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const size = Number(text);
  if (!Number.isInteger(size) || size < 1) throw new UsageError(`--batch-size ${text}: expected a whole number above 0`);
  return size;
}

export function registerPush(program: Command, ctx: CliContext): void {
  addNeo4jOptions(
    program
      .command('push')
      .description('push the graph into Neo4j (nodes and relationships are MERGEd: pushing again updates in place)')
      .option('--store <dir>', 'store folder whose graph.json to push', '.newsgraph')
      .option('--graph <file>', 'graph JSON file to push (instead of the store)'),
  )
    .option('--batch-size <n>', 'rows per transaction')
    .action(async (options: PushCliOptions, command: Command) => {
      if (options.graph && command.getOptionValueSource('store') === 'cli') throw new UsageError('pass either --store or --graph, not both');
      const file = resolve(options.graph ?? join(options.store, 'graph.json'));
      const batchSize = parseBatchSize(options.batchSize);
      const graph = await readGraphFile(file);
      const target = resolveNeo4jTarget(connectionOptions(options));
      const bar = ctx.interactive
        ? new cliProgress.SingleBar({ stream: ctx.stderr, noTTYOutput: true, format: 'pushing [{bar}] {value}/{total} nodes+relationships | eta {eta_formatted}' })
        : undefined;
      bar?.start(graph.order + graph.size, 0);
      const started = performance.now();
      try {
        const result = await pushGraph(graph, { ...connectionOptions(options), batchSize, onProgress: (done) => bar?.update(done) });
        bar?.stop();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        ctx.stdout.write(
          `pushed ${result.nodes} nodes and ${result.relationships} relationships to ${target.uri} (database ${target.database ?? 'default'}) in ${seconds} s\n`,
        );
      } finally {
        bar?.stop();
      }
    });
}
