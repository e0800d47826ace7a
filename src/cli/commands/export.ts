// `newsgraph export`: writes the graph of a store or graph file as JSON, GEXF, GraphML, CSV (a folder) or a Cypher script.
import { join, extname } from 'node:path';
import type { Command } from 'commander';
import type { CliContext } from '../context.ts';
import { UsageError } from '../../../graph/errors.ts';
import { EXPORT_FORMATS, exportGraph, isExportFormat, type ExportFormat } from '../../../graph/export/index.ts';
import { writeFileAtomic } from '../../../graph/store/graphFile.ts';
import { openGraphSource } from '../../../graph/store/workspace.ts';

interface ExportOptions {
  format?: string;
  out: string;
  store?: string;
  graph?: string;
}

const FORMAT_BY_EXTENSION: Record<string, ExportFormat> = {
  '.json': 'json',
  '.gexf': 'gexf',
  '.graphml': 'graphml',
  '.cypher': 'cypher',
  '.cql': 'cypher',
};

/** The format asked for, or the one the output's extension names. */
function chooseFormat(options: ExportOptions): ExportFormat {
  if (options.format !== undefined) {
    if (isExportFormat(options.format)) return options.format;
    throw new UsageError(`unknown export format "${options.format}"; choose one of ${EXPORT_FORMATS.join(', ')}`);
  }
  const byExtension = FORMAT_BY_EXTENSION[extname(options.out).toLowerCase()];
  if (byExtension) return byExtension;
  throw new UsageError(`cannot tell the format from "${options.out}"; add --format ${EXPORT_FORMATS.join('|')}`);
}

function kilobytes(text: string): string {
  return `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
}

export function registerExport(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('write the graph as json, gexf (Gephi), graphml, csv (neo4j-admin import, a folder) or a cypher script')
    .option('-f, --format <format>', `one of ${EXPORT_FORMATS.join(', ')} (default: from the --out extension)`)
    .requiredOption('-o, --out <path>', 'file to write (a folder for csv)')
    .option('--store <dir>', 'workspace store to read (default: ./.newsgraph)')
    .option('--graph <file>', 'graph JSON file to read instead of a store')
    .action(async (options: ExportOptions) => {
      const format = chooseFormat(options);
      const graph = await openGraphSource(options);
      const result = await exportGraph(graph, format);
      const summary = `${graph.order} nodes, ${graph.size} edges`;
      if (result.layout === 'file') {
        await writeFileAtomic(options.out, result.content);
        ctx.stdout.write(`wrote ${format} to ${options.out} (${summary}, ${kilobytes(result.content)})\n`);
        return;
      }
      for (const file of result.files) await writeFileAtomic(join(options.out, file.file), file.content);
      ctx.stdout.write(`wrote ${format} to ${options.out}/ (${summary}): ${result.files.map((file) => file.file).join(', ')}\n`);
      if (result.hint) ctx.stdout.write(`${result.hint} (run it in ${options.out})\n`);
    });
}
