// `newsgraph stats`: what the graph holds — nodes per kind, edges per relation kind, the most connected entities,
// articles read and inputs skipped — as an aligned table, or JSON with --json.
import type { Command } from 'commander';
import type { CliContext } from '../context.ts';
import { UsageError } from '../../../graph/errors.ts';
import { ENTITY_KINDS, NODE_KINDS, RELATION_KINDS, type KnowledgeGraph, type NodeKind } from '../../../graph/model.ts';
import { openGraphSource } from '../../../graph/store/workspace.ts';

export interface GraphStats {
  nodes: number;
  edges: number;
  nodesByKind: Record<string, number>;
  edgesByKind: Record<string, number>;
  /** Entities by degree, counting every edge but MENTIONS (an article naming something is not a relation). */
  topEntities: { id: string; name: string; kind: NodeKind; degree: number }[];
  articlesRead: number;
  skipped: { path: string; reason: string }[];
}

const ENTITY_KIND_SET: ReadonlySet<string> = new Set(ENTITY_KINDS);

/** Counts in model order first, then any kind the model does not know (a newer file), so nothing is hidden. */
function countBy(keys: readonly string[], values: Iterable<string>): Record<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const ordered: Record<string, number> = {};
  for (const key of keys) if (counts.has(key)) ordered[key] = counts.get(key)!;
  for (const [key, count] of counts) if (!(key in ordered)) ordered[key] = count;
  return ordered;
}

export function computeGraphStats(graph: KnowledgeGraph, top = 10): GraphStats {
  const degree = new Map<string, number>();
  graph.forEachEdge((_key, attributes, source, target) => {
    if (attributes.kind === 'MENTIONS') return;
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  });
  const entities: GraphStats['topEntities'] = [];
  graph.forEachNode((id, attributes) => {
    if (ENTITY_KIND_SET.has(attributes.kind)) entities.push({ id, name: attributes.name, kind: attributes.kind, degree: degree.get(id) ?? 0 });
  });
  entities.sort((a, b) => b.degree - a.degree || a.name.localeCompare(b.name));
  const nodesByKind = countBy(NODE_KINDS, graph.mapNodes((_key, attributes) => String(attributes.kind)));
  return {
    nodes: graph.order,
    edges: graph.size,
    nodesByKind,
    edgesByKind: countBy(RELATION_KINDS, graph.mapEdges((_key, attributes) => String(attributes.kind))),
    topEntities: entities.slice(0, top),
    articlesRead: nodesByKind.Article ?? 0,
    skipped: graph.getAttribute('skipped') ?? [],
  };
}

/** Rows as columns padded to their widest cell; columns listed in `right` are right-aligned (numbers). */
export function formatTable(rows: string[][], right: ReadonlySet<number> = new Set()): string[] {
  const widths = rows.reduce<number[]>((max, row) => row.map((cell, i) => Math.max(max[i] ?? 0, cell.length)), []);
  return rows.map((row) =>
    row
      .map((cell, i) => (right.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd(),
  );
}

export function formatGraphStats(stats: GraphStats): string {
  const numbers = new Set([1]);
  const section = (title: string, rows: string[][], right = numbers) => [title, ...formatTable(rows, right).map((line) => `  ${line}`), ''];
  const lines = [
    ...section('Graph', [
      ['nodes', String(stats.nodes)],
      ['edges', String(stats.edges)],
      ['articles read', String(stats.articlesRead)],
      ['inputs skipped', String(stats.skipped.length)],
    ]),
    ...section('Nodes by kind', Object.entries(stats.nodesByKind).map(([kind, count]) => [kind, String(count)])),
    ...section('Edges by relation kind', Object.entries(stats.edgesByKind).map(([kind, count]) => [kind, String(count)])),
    ...section(
      `Top ${stats.topEntities.length} entities by degree (MENTIONS not counted)`,
      [['#', 'degree', 'kind', 'name'], ...stats.topEntities.map((entity, i) => [String(i + 1), String(entity.degree), entity.kind, entity.name])],
      new Set([0, 1]),
    ),
  ];
  if (stats.skipped.length) lines.push(...section('Inputs skipped', stats.skipped.map((item) => [item.path, item.reason]), new Set()));
  return lines.join('\n');
}

interface StatsOptions {
  store?: string;
  graph?: string;
  json?: boolean;
  top: string;
}

export function registerStats(program: Command, ctx: CliContext): void {
  program
    .command('stats')
    .description('count nodes and edges by kind, list the most connected entities, articles read and inputs skipped')
    .option('--store <dir>', 'workspace store to read (default: ./.newsgraph)')
    .option('--graph <file>', 'graph JSON file to read instead of a store')
    .option('--json', 'print the figures as JSON')
    .option('--top <n>', 'how many entities to list by degree', '10')
    .action(async (options: StatsOptions) => {
      const top = Number(options.top);
      if (!Number.isInteger(top) || top < 0) throw new UsageError(`--top wants a whole number, not "${options.top}"`);
      const stats = computeGraphStats(await openGraphSource(options), top);
      ctx.stdout.write(options.json ? `${JSON.stringify(stats, null, 2)}\n` : `${formatGraphStats(stats)}\n`);
    });
}
