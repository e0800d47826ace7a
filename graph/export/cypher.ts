// The graph as a Cypher script that loads into any Neo4j 5 (cypher-shell -f, or Neo4j Browser): the same
// constraints and MERGE statements as `newsgraph push`, with rows as escaped literal lists, so running it twice changes nothing.
import type { KnowledgeGraph } from '../model.ts';
import {
  constraintStatements,
  groupNodes,
  groupRelationships,
  inBatches,
  nodeMergeStatement,
  relationshipMergeStatement,
} from '../store/neo4jWritePlan.ts';

/** Rows per UNWIND statement: keeps each statement a few hundred kilobytes at most. */
const ROWS_PER_STATEMENT = 200;

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A Cypher string literal; quotes, backslashes and control characters escaped so no text can end the literal. */
export function cypherString(text: string): string {
  const escaped = text.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (char) => {
    switch (char) {
      case '\\':
        return '\\\\';
      case "'":
        return "\\'";
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `'${escaped}'`;
}

/** A Cypher literal for a row value. Numbers are written as floats, as the driver sends JS numbers. */
export function cypherLiteral(value: unknown): string {
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'null';
    const text = String(value);
    return /[.eE]/.test(text) ? text.replace('e+', 'e') : `${text}.0`;
  }
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    return `{${entries.map(([key, item]) => `${PLAIN_KEY.test(key) ? key : `\`${key.replace(/`/g, '``')}\``}: ${cypherLiteral(item)}`).join(', ')}}`;
  }
  return 'null';
}

export function toCypherScript(graph: KnowledgeGraph): string {
  const lines = [
    `// newsgraph knowledge graph: ${graph.order} nodes, ${graph.size} relationships (layout: docs/neo4j.md).`,
    '// Idempotent: constraints IF NOT EXISTS, nodes MERGEd on their label and id, relationships on their key.',
    '// Load with: cypher-shell -u neo4j -p <password> -f <this file>',
  ];
  for (const statement of constraintStatements()) lines.push(`${statement};`);
  for (const group of groupNodes(graph)) {
    for (const batch of inBatches(group.rows, ROWS_PER_STATEMENT)) lines.push(`${nodeMergeStatement(group.kind, cypherLiteral(batch))};`);
  }
  for (const group of groupRelationships(graph)) {
    for (const batch of inBatches(group.rows, ROWS_PER_STATEMENT)) lines.push(`${relationshipMergeStatement(group, cypherLiteral(batch))};`);
  }
  return `${lines.join('\n')}\n`;
}
