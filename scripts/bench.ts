// `npm run bench`: the pipeline benchmark, then the viewer and Neo4j benchmarks when their modules are present,
// and one summary table of every figure they return.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchPipeline } from './bench/pipeline.ts';

type BenchResult = Record<string, number>;

/** Loads an optional benchmark by file URL: the other benchmarks are written by other people and may not exist yet. */
async function runOptional(file: string, exportName: string): Promise<BenchResult | string> {
  const url = new URL(file, import.meta.url);
  if (!existsSync(fileURLToPath(url))) return `skipped: scripts/${file.replace('./', '')} not present`;
  try {
    const module = (await import(url.href)) as Record<string, unknown>;
    const bench = module[exportName];
    if (typeof bench !== 'function') return `skipped: ${file} has no ${exportName}()`;
    return (await bench()) as BenchResult;
  } catch (error) {
    return `failed: ${(error as Error).message.split('\n')[0]}`;
  }
}

const results: [string, BenchResult | string][] = [];
try {
  results.push(['pipeline', await benchPipeline({ megabytes: Number(process.env.BENCH_MB ?? 20) })]);
} catch (error) {
  results.push(['pipeline', `failed: ${(error as Error).message.split('\n')[0]}`]);
}
console.log('\n== viewer ==');
results.push(['viewer', await runOptional('./bench/viewer.ts', 'benchViewer')]);
console.log('\n== neo4j ==');
results.push(['neo4j', await runOptional('./bench/neo4j.ts', 'benchNeo4j')]);

const rows: string[][] = [['bench', 'measure', 'value']];
for (const [bench, result] of results) {
  if (typeof result === 'string') rows.push([bench, result, '']);
  else for (const [measure, value] of Object.entries(result)) rows.push([bench, measure, value.toLocaleString('en')]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
console.log('\n== summary ==');
for (const row of rows) console.log(row.map((cell, i) => (i === 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd());
process.exitCode = results.some(([, result]) => typeof result === 'string' && result.startsWith('failed')) ? 1 : 0;
