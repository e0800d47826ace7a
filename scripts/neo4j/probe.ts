// Small helpers shared by the write probes in this folder (ceiling.ts, variants.ts): the load average to print beside
// each figure, and one statement run outside a managed transaction.
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';

/** The one-minute load average, as /proc/loadavg writes it. */
export function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
}

/** Runs one statement in an auto-commit transaction (schema changes, clean-ups). */
export async function autoCommit(driver: Driver, cypher: string): Promise<void> {
  const session = driver.session();
  try {
    await session.run(cypher);
  } finally {
    await session.close();
  }
}
