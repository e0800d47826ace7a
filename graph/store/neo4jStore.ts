// newsgraph's Neo4j store: push a knowledge graph into Neo4j, read one back. The property layout is in
// neo4jProperties.ts and docs/neo4j.md; connection options fall back to NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.
export type { Neo4jConnectionOptions } from './neo4jConnection.ts';
export { pushGraph, DEFAULT_PUSH_BATCH_SIZE, DEFAULT_PUSH_CONCURRENCY, type PushOptions, type PushResult } from './neo4jPush.ts';
export { readGraphFromNeo4j, type ReadOptions } from './neo4jRead.ts';
