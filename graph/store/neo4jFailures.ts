// Turns the driver's errors into Neo4jError values whose message says what to do, and whose code a caller can branch on.
import { Neo4jError } from '../errors.ts';
import type { Neo4jTarget } from './neo4jConnection.ts';

export const NEO4J_UNREACHABLE = 'NEO4J_UNREACHABLE';
export const NEO4J_AUTH = 'NEO4J_AUTH';
export const NEO4J_NO_DATABASE = 'NEO4J_NO_DATABASE';
export const NEO4J_BAD_URI = 'NEO4J_BAD_URI';
export const NEO4J_QUERY = 'NEO4J_QUERY';
export const NEO4J_FAILED = 'NEO4J_FAILED';

/** The driver's `code` (e.g. `Neo.ClientError.Security.Unauthorized`, `ServiceUnavailable`), when there is one. */
function driverCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].trim();
}

export function translateNeo4jFailure(error: unknown, target: Neo4jTarget): Neo4jError {
  if (error instanceof Neo4jError) return error;
  const code = driverCode(error);
  const where = `Neo4j at ${target.uri}`;
  const database = target.database ?? 'neo4j';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new Neo4jError(
      NEO4J_UNREACHABLE,
      `cannot reach ${where}: start the server, or point newsgraph at yours with --neo4j URI or NEO4J_URI`,
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new Neo4jError(
      NEO4J_AUTH,
      `${where} refused user '${target.user}' (wrong user or password): pass --user and --password, or set NEO4J_USER and NEO4J_PASSWORD`,
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Security.CredentialsExpired') {
    return new Neo4jError(NEO4J_AUTH, `${where}: the password of '${target.user}' must be changed first (Neo4j Browser or cypher-shell), then pass the new one with --password`, { cause: error });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new Neo4jError(
      NEO4J_NO_DATABASE,
      `${where} has no database '${database}': create it (CREATE DATABASE ${database}), or pass --database with one that exists (Community has only 'neo4j')`,
      { cause: error },
    );
  }
  if (/url|scheme|address/i.test(firstLine(error)) && !code.startsWith('Neo.')) {
    return new Neo4jError(NEO4J_BAD_URI, `cannot use '${target.uri}' as a Neo4j URI (${firstLine(error)}): use neo4j://host:7687, bolt://host:7687 or neo4j+s://host`, { cause: error });
  }
  if (code.startsWith('Neo.ClientError.')) {
    return new Neo4jError(NEO4J_QUERY, `${where} rejected the query: ${firstLine(error)}`, { cause: error });
  }
  return new Neo4jError(NEO4J_FAILED, `${where} failed: ${firstLine(error)}`, { cause: error });
}
