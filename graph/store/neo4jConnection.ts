// Where newsgraph's Neo4j lives and how to open it: options fall back to NEO4J_* variables, and opening
// checks reachability, credentials and database at once so that a mistake surfaces as one clear Neo4jError.
import neo4j, { type Driver } from 'neo4j-driver';
import { translateNeo4jFailure } from './neo4jFailures.ts';

export interface Neo4jConnectionOptions {
  /** Bolt URI: `neo4j://host:7687`, `bolt://…`, or `neo4j+s://xxxx.databases.neo4j.io` (Aura). Falls back to NEO4J_URI. */
  uri?: string;
  /** Falls back to NEO4J_USER, then `neo4j`. */
  user?: string;
  /** Falls back to NEO4J_PASSWORD; without one the driver connects with no credentials. */
  password?: string;
  /** Falls back to NEO4J_DATABASE, then the server's default database. */
  database?: string;
}

export interface Neo4jTarget {
  uri: string;
  user: string;
  password?: string;
  database?: string;
}

export const DEFAULT_NEO4J_URI = 'neo4j://localhost:7687';

/** Options filled in from the environment; the result names the server every error message will speak of. */
export function resolveNeo4jTarget(options: Neo4jConnectionOptions = {}, env: NodeJS.ProcessEnv = process.env): Neo4jTarget {
  return {
    uri: options.uri || env.NEO4J_URI || DEFAULT_NEO4J_URI,
    user: options.user || env.NEO4J_USER || 'neo4j',
    password: options.password ?? (env.NEO4J_PASSWORD || undefined),
    database: options.database || env.NEO4J_DATABASE || undefined,
  };
}

export interface Neo4jConnection {
  driver: Driver;
  target: Neo4jTarget;
  close(): Promise<void>;
}

/** Opens a driver and runs one trivial query against the target database, so failures come before any work. */
export async function openNeo4j(options: Neo4jConnectionOptions = {}): Promise<Neo4jConnection> {
  const target = resolveNeo4jTarget(options);
  let driver: Driver;
  try {
    driver = neo4j.driver(target.uri, target.password === undefined ? undefined : neo4j.auth.basic(target.user, target.password), {
      // Integers come back as JS numbers: graph sizes and counts stay far below 2^53.
      disableLosslessIntegers: true,
      connectionTimeout: 10_000,
      // Long enough to ride out a server restart in the middle of a push.
      maxTransactionRetryTime: 60_000,
    });
  } catch (error) {
    throw translateNeo4jFailure(error, target);
  }
  const session = driver.session({ database: target.database, defaultAccessMode: neo4j.session.READ });
  try {
    // A plain auto-commit query is not retried, so an unreachable server fails at once instead of after 30 s.
    await session.run('RETURN 1');
  } catch (error) {
    await driver.close();
    throw translateNeo4jFailure(error, target);
  } finally {
    await session.close();
  }
  return { driver, target, close: () => driver.close() };
}
