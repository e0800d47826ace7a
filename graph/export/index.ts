// Export formats → writers. JSON, GEXF and GraphML are written here; CSV and Cypher come from
// csv.ts and cypher.ts (the Neo4j work), loaded on demand so the other formats work without them.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { KnowledgeGraph } from '../model.ts';
import { NewsgraphError } from '../errors.ts';
import { toGraphJson } from './json.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What an export produces: one file (json, gexf, graphml, cypher) or a folder of files (csv). */
export type ExportResult =
  | { layout: 'file'; content: string }
  /** `hint` says what to do with the files next (the neo4j-admin import command for CSV). */
  | { layout: 'folder'; files: { file: string; content: string }[]; hint?: string };

/** A format's writer is not part of this build (its module is missing or lacks the function). */
export class ExporterUnavailableError extends NewsgraphError {
  constructor(format: ExportFormat, detail: string) {
    super('EXPORT_UNAVAILABLE', `${format} export is not available in this build: ${detail}. Use --format json, gexf or graphml meanwhile.`);
  }
}

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** Loads a sibling exporter module by file URL; the specifier is not a literal, so typechecking does not need it to exist yet. */
async function loadOptionalExporter(format: ExportFormat, moduleFile: string, exportName: string): Promise<Record<string, unknown>> {
  const url = new URL(moduleFile, import.meta.url);
  if (!existsSync(fileURLToPath(url))) throw new ExporterUnavailableError(format, `graph/export/${moduleFile.slice(2)} is missing`);
  const module = (await import(url.href)) as Record<string, unknown>;
  if (typeof module[exportName] !== 'function') throw new ExporterUnavailableError(format, `graph/export/${moduleFile.slice(2)} has no ${exportName}()`);
  return module;
}

/** Runs the writer for a format. */
export async function exportGraph(graph: KnowledgeGraph, format: ExportFormat): Promise<ExportResult> {
  switch (format) {
    case 'json':
      return { layout: 'file', content: toGraphJson(graph) };
    case 'gexf':
      return { layout: 'file', content: toGexf(graph) };
    case 'graphml':
      return { layout: 'file', content: toGraphml(graph) };
    case 'cypher': {
      const cypher = await loadOptionalExporter(format, './cypher.ts', 'toCypherScript');
      return { layout: 'file', content: String((cypher.toCypherScript as (graph: KnowledgeGraph) => string)(graph)) };
    }
    case 'csv': {
      const csv = await loadOptionalExporter(format, './csv.ts', 'toCsvFiles');
      const files = (csv.toCsvFiles as (graph: KnowledgeGraph) => { file: string; content: string }[])(graph);
      const importCommand = csv.neo4jAdminImportCommand as ((files: { file: string }[]) => string) | undefined;
      return { layout: 'folder', files, ...(typeof importCommand === 'function' ? { hint: `import into Neo4j with: ${importCommand(files)}` } : {}) };
    }
  }
}
