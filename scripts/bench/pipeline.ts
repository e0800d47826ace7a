// Pipeline benchmark: builds graphs from a generated corpus with buildGraph and prints words per second against a
// read-and-split-words baseline over the same files, peak heap, and memory against graph size: a 10 MB and a 20 MB
// corpus whose names keep growing and a 20 MB corpus that repeats a few worlds, on one thread; then the 20 MB corpus
// again with extraction on one thread per core (src/extractPool.ts), the default for a big input.
import { readFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildGraph } from '../../src/pipeline.ts';
import { MAX_THREADS } from '../../src/extractPool.ts';
import { generateCorpus, type Corpus } from './corpus.ts';

const MB = 1024 * 1024;
const repoRoot = resolve(import.meta.dirname, '../..');

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function heapUsed(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

interface WordCount {
  words: number;
  seconds: number;
}

/** The floor any pipeline pays: read every file and split it into words. */
async function readAndSplitWords(files: string[]): Promise<WordCount> {
  const start = performance.now();
  let words = 0;
  for (const file of files) words += (await readFile(file, 'utf8')).split(/\s+/).filter(Boolean).length;
  return { words, seconds: (performance.now() - start) / 1000 };
}

interface BuildRun {
  label: string;
  textMB: number;
  articles: number;
  words: number;
  seconds: number;
  nodes: number;
  edges: number;
  /** Heap held by the finished graph (after full GC, minus the heap before the build). */
  graphHeapMB: number;
  /** Highest heap seen after any file, GC not forced. */
  peakHeapMB: number;
}

async function timeBuild(label: string, files: string[], bytes: number, words: number, threads = 1): Promise<BuildRun> {
  const before = heapUsed();
  let peak = 0;
  const start = performance.now();
  const result = await buildGraph(files, {
    threads,
    onFile: () => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    },
  });
  const seconds = (performance.now() - start) / 1000;
  const retained = heapUsed() - before;
  const run: BuildRun = {
    label,
    textMB: bytes / MB,
    articles: result.articlesRead,
    words,
    seconds,
    nodes: result.graph.order,
    edges: result.graph.size,
    graphHeapMB: retained / MB,
    peakHeapMB: peak / MB,
  };
  if (result.skipped.length) console.log(`  (${label}: ${result.skipped.length} inputs skipped, first: ${result.skipped[0].reason})`);
  console.log(`  built ${label}: ${run.nodes} nodes, ${run.edges} edges in ${seconds.toFixed(1)} s`);
  return run;
}

function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
}

async function prefixOfBytes(corpus: Corpus, bytes: number): Promise<{ files: string[]; bytes: number }> {
  const files: string[] = [];
  let total = 0;
  for (const file of corpus.files) {
    if (total >= bytes) break;
    files.push(file);
    total += (await readFile(file)).byteLength;
  }
  return { files, bytes: total };
}

export interface PipelineBenchOptions {
  samples?: string;
  workDir?: string;
  /** Size of the large corpus in MB (default 20); the small build uses half of it. */
  megabytes?: number;
}

export async function benchPipeline(options: PipelineBenchOptions = {}): Promise<Record<string, number>> {
  const samples = options.samples ?? join(repoRoot, 'examples/articles');
  const workDir = options.workDir ?? join(tmpdir(), 'newsgraph-bench');
  const size = (options.megabytes ?? 20) * MB;

  console.log(`pipeline: generating ${size / MB} MB corpora from ${samples} …`);
  const growing = await generateCorpus({ samples, out: join(workDir, 'growing'), targetBytes: size });
  const repeating = await generateCorpus({ samples, out: join(workDir, 'repeating'), targetBytes: size, worlds: 20, seed: 2 });
  console.log(`  growing: ${growing.articles} articles, ${growing.worlds} name worlds; repeating: ${repeating.articles} articles, 20 worlds`);

  const half = await prefixOfBytes(growing, size / 2);
  const baselineFull = await readAndSplitWords(growing.files);
  const baselineHalf = await readAndSplitWords(half.files);
  const baselineRepeating = await readAndSplitWords(repeating.files);

  const cores = availableParallelism();
  // The threaded run uses every core up to the pool's cap, whatever the default would choose on this machine.
  const threads = Math.min(MAX_THREADS, cores);
  const runs = [
    await timeBuild('growing names, half', half.files, half.bytes, baselineHalf.words),
    await timeBuild('growing names, full', growing.files, growing.bytes, baselineFull.words),
    await timeBuild('repeating names, full', repeating.files, repeating.bytes, baselineRepeating.words),
    await timeBuild(`growing names, full, ${threads} threads`, growing.files, growing.bytes, baselineFull.words, threads),
  ];

  const baselineRate = baselineFull.words / baselineFull.seconds;
  console.log(`\npipeline: buildGraph on one thread (the last row: extraction on ${threads} threads, ${cores} cores), against read-and-split-words over the same files`);
  printTable([
    ['corpus', 'text MB', 'articles', 'words', 'seconds', 'words/s', 'nodes', 'edges', 'graph heap MB', 'peak heap MB', 'heap B/node+edge'],
    ...runs.map((run) => [
      run.label,
      run.textMB.toFixed(1),
      String(run.articles),
      String(run.words),
      run.seconds.toFixed(2),
      Math.round(run.words / run.seconds).toLocaleString('en'),
      String(run.nodes),
      String(run.edges),
      run.graphHeapMB.toFixed(1),
      run.peakHeapMB.toFixed(1),
      Math.round((run.graphHeapMB * MB) / Math.max(1, run.nodes + run.edges)).toString(),
    ]),
  ]);
  const full = runs[1];
  const pipelineRate = full.words / full.seconds;
  const threaded = runs[3];
  const threadedRate = threaded.words / threaded.seconds;
  console.log(`\nbaseline read+split: ${Math.round(baselineRate).toLocaleString('en')} words/s; pipeline is ${(baselineRate / pipelineRate).toFixed(1)}x slower than reading`);
  console.log(`on ${threads} threads: ${Math.round(threadedRate).toLocaleString('en')} words/s, ${(threadedRate / pipelineRate).toFixed(2)}x one thread; same graph: ${threaded.nodes === full.nodes && threaded.edges === full.edges ? 'yes' : 'NO'}`);
  console.log(`target 100,000 words/s: one thread ${pipelineRate >= 100_000 ? 'met' : 'NOT met'} (${Math.round(pipelineRate).toLocaleString('en')}), ${threads} threads ${threadedRate >= 100_000 ? 'met' : 'NOT met'} (${Math.round(threadedRate).toLocaleString('en')})`);
  console.log(`max RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

  return {
    'pipeline words/s': Math.round(pipelineRate),
    'pipeline words/s, threads': Math.round(threadedRate),
    'threads': threads,
    'baseline words/s': Math.round(baselineRate),
    'baseline / pipeline': Number((baselineRate / pipelineRate).toFixed(2)),
    'nodes (20 MB)': full.nodes,
    'edges (20 MB)': full.edges,
    'graph heap MB (10 MB text)': Number(runs[0].graphHeapMB.toFixed(1)),
    'graph heap MB (20 MB text)': Number(full.graphHeapMB.toFixed(1)),
    'graph heap MB (20 MB, repeating names)': Number(runs[2].graphHeapMB.toFixed(1)),
    'peak heap MB': Number(Math.max(...runs.map((run) => run.peakHeapMB)).toFixed(1)),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const megabytes = Number(process.env.BENCH_MB ?? 20);
  await benchPipeline({ megabytes });
}
