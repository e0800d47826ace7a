// A thread of extractPool.ts: reads each file it is sent (load → clean → extract, readFile.ts) and posts back what the
// file gives, or why it failed.
import { parentPort, workerData } from 'node:worker_threads';
import { readArticleFile } from './readFile.ts';

const known = new Set<string>((workerData as { known: string[] }).known);
const port = parentPort!;

port.on('message', async ({ index, file }: { index: number; file: string }) => {
  try {
    port.postMessage({ index, items: await readArticleFile(file, (id) => known.has(id)) });
  } catch (error) {
    port.postMessage({ index, error: `${file}: ${(error as Error).message}` });
  }
});
