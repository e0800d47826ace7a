import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Neo4j and chromium are real processes: keep files from starting several at once.
    fileParallelism: false,
    // Starts one real Neo4j, only when tests/neo4j files are in the run.
    globalSetup: ['tests/support/neo4jServer.ts'],
  },
});
