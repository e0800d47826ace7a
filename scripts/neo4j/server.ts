// Starts our Neo4j launcher (scripts/neo4j/src/NewsgraphNeo4jServer.java, built by setup.sh) as a child process
// on a free loopback port, and stops it. Used by the test run's global setup and by the bench.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const NEO4J_CACHE = join(repoRoot, '.cache/neo4j');
const READY_LINE = /^NEO4J_READY (\S+)/m;

export interface Neo4jServerOptions {
  /** Loopback port for Bolt; a free one when omitted. */
  port?: number;
  /** Home (data, logs, import) directory; a fresh temporary one, removed on stop, when omitted. */
  home?: string;
  password?: string;
  heapMb?: number;
  pageCacheMb?: number;
  /** Further Neo4j settings (`db.tx_log.rotation.size`: `'256m'`, …), written to a file in `home` for the launcher. */
  settings?: Record<string, string>;
  /** Further JVM options, after the heap and GC ones (so they can override them). */
  jvmOptions?: string[];
  /** How long to wait for the ready line. */
  timeoutMs?: number;
}

export interface Neo4jServer {
  uri: string;
  user: string;
  password: string;
  port: number;
  home: string;
  /** LOAD CSV resolves `file:///name.csv` here. */
  importDir: string;
  /** Graceful stop: closes the launcher's stdin, waits for the shutdown, removes a temporary home. */
  stop(): Promise<void>;
}

/**
 * The server the benches run (the one-row-per-transaction baseline too): a bulk-load setup that docs/neo4j.md
 * recommends to users, a fixed 4 GB heap and the throughput (parallel) collector instead of G1. Big write
 * transactions keep a lot of state alive across young collections; on this 2-core machine G1 spent ~30 s in pauses
 * during a bench round where the parallel collector with a fixed heap spent ~6 s.
 */
export const BULK_LOAD_SERVER: Neo4jServerOptions = {
  heapMb: 4096,
  pageCacheMb: 1024,
  jvmOptions: ['-Xms4096m', '-XX:-UseG1GC', '-XX:+UseParallelGC'],
};

/** Why the server cannot start on this machine, or undefined when setup.sh has run. */
export function neo4jSetupProblem(): string | undefined {
  const lib = join(NEO4J_CACHE, 'lib');
  if (!existsSync(lib) || !readdirSync(lib).some((file) => /^neo4j-\d/.test(file))) {
    return `Neo4j jars are missing from ${lib}: run sh scripts/neo4j/setup.sh (needs a JDK 17 and Maven, and access to Maven Central)`;
  }
  if (!existsSync(join(NEO4J_CACHE, 'classes/NewsgraphNeo4jServer.class'))) {
    return 'the Neo4j launcher is not compiled: run sh scripts/neo4j/setup.sh (needs javac from a JDK 17)';
  }
  return undefined;
}

export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** The start and the end of a long output: the cause is usually first, the last frames last. */
function excerpt(output: string): string {
  return output.length <= 3000 ? output : `${output.slice(0, 2000)}\n…\n${output.slice(-1000)}`;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolveExit) => {
    const timer = setTimeout(() => resolveExit(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveExit(true);
    });
  });
}

export async function startNeo4jServer(options: Neo4jServerOptions = {}): Promise<Neo4jServer> {
  const problem = neo4jSetupProblem();
  if (problem) throw new Error(problem);
  const port = options.port ?? (await freeLoopbackPort());
  const temporaryHome = options.home === undefined;
  const home = options.home ?? (await mkdtemp(join(tmpdir(), 'newsgraph-neo4j-')));
  const password = options.password ?? 'newsgraph-test-password';
  const heapMb = options.heapMb ?? 1024;
  const args = [
    `-Xms${Math.min(512, heapMb)}m`,
    `-Xmx${heapMb}m`,
    '-XX:+UseG1GC',
    ...(options.jvmOptions ?? []),
    '-cp',
    `${join(NEO4J_CACHE, 'classes')}:${join(NEO4J_CACHE, 'lib')}/*`,
    'NewsgraphNeo4jServer',
    '--home', home,
    '--port', String(port),
    '--password', password,
    '--pagecache-mb', String(options.pageCacheMb ?? 256),
  ];
  if (options.settings && Object.keys(options.settings).length > 0) {
    const file = join(home, 'newsgraph-settings.conf');
    await writeFile(file, Object.entries(options.settings).map(([name, value]) => `${name}=${value}\n`).join(''));
    args.push('--settings', file);
  }
  // stdin stays open: the launcher stops when it closes, so the server never outlives this process.
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  const ready = await new Promise<string>((resolveReady, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Neo4j did not start within ${options.timeoutMs ?? 120_000} ms; its output:\n${excerpt(output)}`));
    }, options.timeoutMs ?? 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY_LINE.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveReady(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', (error) => {
      clearTimeout(timer);
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      reject(new Error(missing ? 'cannot start Neo4j: java is not on PATH (install a JDK 17)' : `cannot start Neo4j: ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited before it was ready (${signal ?? `code ${code}`}); its output:\n${excerpt(output)}`));
    });
  });
  child.stdout!.resume();
  child.stderr!.resume();
  return {
    uri: ready,
    user: 'neo4j',
    password,
    port,
    home,
    importDir: join(home, 'import'),
    async stop() {
      child.stdin!.end();
      if (!(await waitForExit(child, 30_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
      if (temporaryHome) await rm(home, { recursive: true, force: true });
    },
  };
}
