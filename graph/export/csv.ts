// The graph as CSV files in neo4j-admin import's format: one nodes file per label and one relationships file per
// type, with typed headers (id:ID, :LABEL, :START_ID, :END_ID, :TYPE, aliases:string[], confidence:double).
// Property names and values follow the layout of `newsgraph push` (graph/store/neo4jProperties.ts).
// An empty cell means no property, so an empty list (roles: []) is not written; readers treat it as absent.
import type { KnowledgeGraph } from '../model.ts';
import { groupNodes, groupRelationships } from '../store/neo4jWritePlan.ts';
import type { PropertyMap, PropertyValue } from '../store/neo4jProperties.ts';

/**
 * Separates the items of list columns. News sentences are full of `;` (neo4j-admin's default), so lists use the
 * ASCII unit separator, which text never contains: pass `--array-delimiter=U+001F` to neo4j-admin import.
 */
export const CSV_ARRAY_DELIMITER = '\u001f';

type ColumnType = 'string' | 'double' | 'boolean' | 'string[]' | 'double[]' | 'boolean[]';

function typeOf(value: PropertyValue): ColumnType {
  if (Array.isArray(value)) {
    const first = value[0];
    return typeof first === 'number' ? 'double[]' : typeof first === 'boolean' ? 'boolean[]' : 'string[]';
  }
  return typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string';
}

/** Columns for a set of property maps, in first-seen order; a property whose type varies between rows becomes text. */
function columnsOf(rows: PropertyMap[], reserved: ReadonlySet<string>): [string, ColumnType][] {
  const seen = new Map<string, Set<ColumnType>>();
  for (const props of rows) {
    for (const [name, value] of Object.entries(props)) {
      if (reserved.has(name)) continue;
      const types = seen.get(name) ?? new Set<ColumnType>();
      seen.set(name, types);
      // An empty list says nothing of its items' type.
      if (!(Array.isArray(value) && value.length === 0)) types.add(typeOf(value));
    }
  }
  return [...seen].map(([name, types]): [string, ColumnType] => {
    if (types.size === 1) return [name, [...types][0]];
    if (types.size === 0) return [name, 'string[]'];
    return [name, [...types].some((type) => type.endsWith('[]')) ? 'string[]' : 'string'];
  });
}

function cellText(value: PropertyValue | undefined, type: ColumnType): string {
  if (value === undefined) return '';
  const items = Array.isArray(value) ? value : [value];
  const text = items.map((item) => String(item).replaceAll(CSV_ARRAY_DELIMITER, ' ')).join(type.endsWith('[]') ? CSV_ARRAY_DELIMITER : ',');
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function header(name: string, type: ColumnType): string {
  return type === 'string' ? name : `${name}:${type}`;
}

function csvFile(fixedHeaders: string[], fixedCells: (row: number) => string[], maps: PropertyMap[], reserved: ReadonlySet<string>): string {
  const columns = columnsOf(maps, reserved);
  const lines = [[...fixedHeaders, ...columns.map(([name, type]) => header(name, type))].join(',')];
  maps.forEach((props, row) => {
    lines.push([...fixedCells(row), ...columns.map(([name, type]) => cellText(props[name], type))].join(','));
  });
  return `${lines.join('\n')}\n`;
}

const NODE_RESERVED = new Set(['id']);
const RELATIONSHIP_RESERVED = new Set<string>();

export function toCsvFiles(graph: KnowledgeGraph): { file: string; content: string }[] {
  const files: { file: string; content: string }[] = [];
  for (const group of groupNodes(graph)) {
    const maps = group.rows.map((row) => row.props);
    const content = csvFile(['id:ID', ':LABEL'], (row) => [cellText(group.rows[row].id, 'string'), group.kind], maps, NODE_RESERVED);
    files.push({ file: `nodes-${group.kind}.csv`, content });
  }
  // neo4j-admin wants one header per file: relationships of a type share a file whatever their end labels.
  const byType = new Map<string, { source: string; target: string; props: PropertyMap }[]>();
  for (const group of groupRelationships(graph)) {
    const rows = byType.get(group.kind) ?? [];
    rows.push(...group.rows);
    byType.set(group.kind, rows);
  }
  for (const [type, rows] of byType) {
    const maps = rows.map((row) => row.props);
    const content = csvFile(
      [':START_ID', ':END_ID', ':TYPE'],
      (row) => [cellText(rows[row].source, 'string'), cellText(rows[row].target, 'string'), type],
      maps,
      RELATIONSHIP_RESERVED,
    );
    files.push({ file: `relationships-${type}.csv`, content });
  }
  return files;
}

/** The neo4j-admin command that imports these files into an empty database. */
export function neo4jAdminImportCommand(files: { file: string }[], database = 'neo4j'): string {
  const args = files.map(({ file }) => (file.startsWith('nodes-') ? `--nodes=${file}` : `--relationships=${file}`));
  return ['neo4j-admin database import full', database, '--array-delimiter=U+001F', '--multiline-fields=true', ...args].join(' ');
}
