// Runs exported files against the test server the way a user would: a Cypher script statement by statement
// (as cypher-shell -f does), and CSV files through LOAD CSV from the server's import directory.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CSV_ARRAY_DELIMITER } from '../../graph/export/csv.ts';
import { runCypher, useNeo4j } from './neo4jTestServer.ts';

/**
 * Statements of a script: newlines inside string literals are escaped by the exporter, so a statement
 * ends at a line that ends with `;`, and a line starting with `//` is a comment.
 */
export function splitCypherScript(script: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  for (const line of script.split('\n')) {
    if (current.length === 0 && (line.trim() === '' || line.trimStart().startsWith('//'))) continue;
    current.push(line);
    if (line.trimEnd().endsWith(';')) {
      statements.push(current.join('\n').trimEnd().slice(0, -1));
      current = [];
    }
  }
  if (current.join('').trim()) statements.push(current.join('\n'));
  return statements;
}

export async function runCypherScript(script: string): Promise<number> {
  const statements = splitCypherScript(script);
  for (const statement of statements) await runCypher(statement);
  return statements.length;
}

/** `name:type` header cell → a Cypher expression reading that column of `row` with its type. */
function columnExpression(header: string): { property: string; expression: string } | undefined {
  const [name, type = 'string'] = header.split(':');
  if (!name) return undefined; // :LABEL, :START_ID, :END_ID, :TYPE
  const cell = `row[${JSON.stringify(header)}]`;
  const item: Record<string, (value: string) => string> = {
    string: (value) => value,
    double: (value) => `toFloat(${value})`,
    long: (value) => `toInteger(${value})`,
    boolean: (value) => `toBoolean(${value})`,
  };
  const base = type.replace('[]', '');
  const convert = item[base] ?? item.string;
  const expression = type.endsWith('[]')
    ? `CASE WHEN ${cell} IS NULL THEN null ELSE [x IN split(${cell}, $delimiter) | ${convert('x')}] END`
    : convert(cell);
  return { property: type === 'ID' ? name : name, expression: type === 'ID' ? cell : expression };
}

/** Writes the files into the server's import directory and loads them with LOAD CSV, nodes first. */
export async function importCsvFiles(files: { file: string; content: string }[]): Promise<void> {
  const { importDir } = useNeo4j();
  for (const { file, content } of files) await writeFile(join(importDir, file), content, 'utf8');
  const ordered = [...files].sort((a, b) => Number(b.content.startsWith('id:ID')) - Number(a.content.startsWith('id:ID')));
  for (const { file, content } of ordered) {
    const headers = content.slice(0, content.indexOf('\n')).split(',');
    const sets = headers
      .map(columnExpression)
      .filter((column) => column !== undefined)
      .map((column) => `SET x.\`${column.property}\` = ${column.expression}`)
      .join(' ');
    const url = `file:///${file}`;
    const statement = headers.includes(':LABEL')
      ? `LOAD CSV WITH HEADERS FROM '${url}' AS row CREATE (x:$(row[':LABEL'])) ${sets}`
      : `LOAD CSV WITH HEADERS FROM '${url}' AS row MATCH (a {id: row[':START_ID']}) MATCH (b {id: row[':END_ID']}) CREATE (a)-[x:$(row[':TYPE'])]->(b) ${sets}`;
    await runCypher(statement, { delimiter: CSV_ARRAY_DELIMITER });
  }
}
