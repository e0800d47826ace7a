// `newsgraph serve` — serves the Sigma.js viewer for a graph file (or a Neo4j database) and prints its URL.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../../graph/errors.ts';
import type { CliContext } from '../context.ts';
import { graphFileSource, neo4jSource, type GraphSource } from '../../serve/graphSource.ts';
import { startViewerServer, type RunningViewerServer } from '../../serve/server.ts';
import { ensureViewerBuilt } from '../../serve/viewerBuild.ts';
import { openBrowser } from '../../serve/openBrowser.ts';

interface ServeOptions {
  store: string;
  graph?: string;
  neo4j?: string;
  cypher?: string;
  user?: string;
  password?: string;
  database?: string;
  port: string;
  host: string;
  open?: boolean;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${text}: expected a number from 0 to 65535`);
  return port;
}

function chooseSource(options: ServeOptions): GraphSource {
  if (options.neo4j) {
    if (options.graph) throw new UsageError('pass either --graph or --neo4j, not both');
    return neo4jSource({
      uri: options.neo4j,
      cypher: options.cypher,
      user: options.user ?? process.env.NEO4J_USER,
      password: options.password ?? process.env.NEO4J_PASSWORD,
      database: options.database ?? process.env.NEO4J_DATABASE,
    });
  }
  if (options.cypher) throw new UsageError('--cypher needs --neo4j <uri>');
  return graphFileSource(resolve(options.graph ?? join(options.store, 'graph.json')));
}

/** Starts the server and resolves once it listens; the process then stays up until interrupted. */
export async function runServe(options: ServeOptions, ctx: CliContext): Promise<RunningViewerServer> {
  const source = chooseSource(options);
  if (!options.neo4j && !existsSync(source.describe)) {
    // Not fatal: the page still opens and takes a dropped graph file.
    ctx.stderr.write(`newsgraph serve: ${source.describe} does not exist yet (build one with: newsgraph build <articles> --out ${source.describe})\n`);
  }
  const distDir = await ensureViewerBuilt(undefined, (line) => ctx.stderr.write(`${line}\n`));
  const running = await startViewerServer({ source, distDir, host: options.host, port: parsePort(options.port) });
  ctx.stdout.write(`newsgraph viewer: ${running.url}  (graph: ${source.describe}; Ctrl+C to stop)\n`);
  if (options.open) openBrowser(running.url);
  return running;
}

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('explore the graph in the browser (Sigma.js viewer)')
    .option('--store <dir>', 'store folder whose graph.json to serve', '.newsgraph')
    .option('--graph <file>', 'graph JSON file to serve (instead of the store)')
    .option('--neo4j <uri>', 'read the graph from Neo4j instead (bolt://… or neo4j://…)')
    .option('--cypher <query>', 'with --neo4j: the Cypher query whose nodes and relationships to show')
    .option('--user <name>', 'with --neo4j: user (default $NEO4J_USER)')
    .option('--password <secret>', 'with --neo4j: password (default $NEO4J_PASSWORD)')
    .option('--database <name>', 'with --neo4j: database (default $NEO4J_DATABASE)')
    .option('--port <n>', 'port to listen on (0 = any free port)', '5178')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--open', 'open the viewer in the system browser')
    .action(async (options: ServeOptions) => {
      const running = await runServe(options, ctx);
      // Stay up until Ctrl+C; close cleanly so the port is freed at once.
      await new Promise<void>((resolveStop) => {
        const stop = () => void running.close().then(resolveStop);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
