// Vitest global setup: one real Neo4j for the whole run, started only when Neo4j test files are in it, and
// stopped at the end (the launcher also stops by itself if this process dies). Tests read it with useNeo4j().
import { sep } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startNeo4jServer, type Neo4jServer } from '../../scripts/neo4j/server.ts';

export interface ProvidedNeo4j {
  uri: string;
  user: string;
  password: string;
  importDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: ProvidedNeo4j | null;
    /** Why no server could be started, for the tests to fail with. */
    neo4jProblem: string | null;
  }
}

const NEO4J_TESTS = `${sep}tests${sep}neo4j${sep}`;

function runIncludesNeo4jTests(project: TestProject): boolean {
  // The run's files are known before global setup; should that ever change, start the server anyway.
  const state = (project.vitest as unknown as { state?: { getPaths?: () => string[] } }).state;
  const paths = state?.getPaths?.() ?? [];
  return paths.length === 0 || paths.some((path) => path.includes(NEO4J_TESTS) || path.includes('/tests/neo4j/'));
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  project.provide('neo4j', null);
  project.provide('neo4jProblem', 'the Neo4j server was not started for this run');
  if (!runIncludesNeo4jTests(project)) return;
  let server: Neo4jServer;
  try {
    server = await startNeo4jServer({ heapMb: 1536, pageCacheMb: 512 });
  } catch (error) {
    project.provide('neo4jProblem', (error as Error).message);
    return;
  }
  project.provide('neo4j', { uri: server.uri, user: server.user, password: server.password, importDir: server.importDir });
  project.provide('neo4jProblem', null);
  return () => server.stop();
}
