// `newsgraph query "CYPHER"` — runs Cypher against Neo4j and prints the rows as a table, JSON or CSV.
import type { Command } from 'commander';
import { UsageError } from '../../../graph/errors.ts';
import { openNeo4j } from '../../../graph/store/neo4jConnection.ts';
import { translateNeo4jFailure } from '../../../graph/store/neo4jFailures.ts';
import { toPlainValue, toReadableText } from '../../../graph/store/neo4jValues.ts';
import type { CliContext } from '../context.ts';
import { addNeo4jOptions, connectionOptions, type Neo4jCliOptions } from './push.ts';

const FORMATS = ['table', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

interface QueryCliOptions extends Neo4jCliOptions {
  param: string[];
  format: string;
}

/** `name=value`: the value is read as JSON when it parses (numbers, lists, true), else taken as text. */
export function parseParam(text: string, params: Record<string, unknown> = {}): Record<string, unknown> {
  const at = text.indexOf('=');
  if (at <= 0) throw new UsageError(`--param ${text}: expected name=value`);
  const raw = text.slice(at + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // plain text
  }
  return { ...params, [text.slice(0, at)]: value };
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function asTable(keys: string[], rows: string[][]): string {
  const widths = keys.map((key, column) => Math.max(key.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ').trimEnd();
  const out = [line(keys), widths.map((width) => '-'.repeat(width)).join('-+-'), ...rows.map(line)];
  out.push(`(${rows.length} ${rows.length === 1 ? 'row' : 'rows'})`);
  return `${out.join('\n')}\n`;
}

function render(format: Format, keys: string[], records: Record<string, unknown>[]): string {
  if (format === 'json') {
    return `${JSON.stringify(records.map((record) => Object.fromEntries(keys.map((key) => [key, toPlainValue(record[key])]))), null, 2)}\n`;
  }
  const rows = records.map((record) => keys.map((key) => toReadableText(record[key])));
  if (format === 'csv') return [keys, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
  return asTable(keys, rows);
}

export function registerQuery(program: Command, ctx: CliContext): void {
  addNeo4jOptions(
    program
      .command('query')
      .description('run a Cypher query against Neo4j and print the rows')
      .argument('<cypher>', 'the Cypher query, e.g. "MATCH (p:Person)-[:SAID]->(s) RETURN p.name, s.text"')
      .option('--param <name=value>', 'query parameter $name (repeatable; JSON values allowed)', (text: string, all: string[]) => [...all, text], [] as string[])
      .option('--format <format>', `output: ${FORMATS.join(', ')}`, 'table'),
  ).action(async (cypher: string, options: QueryCliOptions) => {
    if (!(FORMATS as readonly string[]).includes(options.format)) throw new UsageError(`--format ${options.format}: expected one of ${FORMATS.join(', ')}`);
    const params = options.param.reduce<Record<string, unknown>>((all, text) => parseParam(text, all), {});
    const connection = await openNeo4j(connectionOptions(options));
    const session = connection.driver.session({ database: connection.target.database });
    try {
      // Auto-commit, as cypher-shell runs it: CALL { … } IN TRANSACTIONS works, nothing is retried behind the user's back.
      const running = session.run(cypher, params);
      const keys = (await running.keys()).map(String);
      const result = await running;
      ctx.stdout.write(render(options.format as Format, keys, result.records.map((record) => record.toObject())));
    } catch (error) {
      throw translateNeo4jFailure(error, connection.target);
    } finally {
      await session.close();
      await connection.close();
    }
  });
}
