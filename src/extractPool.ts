// Threads that read files (load → clean → extract, readFile.ts) side by side. Extraction is about four fifths of the
// pipeline's time and needs nothing but its own article; the pool hands each file's result back in the order of the
// files, so the graph the main thread builds from them (resolve → graph) is the one a single thread would build.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileItem } from './readFile.ts';

/** Below this many files, threads cost more to start (each loads the lexicons) than they save. */
export const MIN_FILES_FOR_THREADS = 24;

/** At most this many threads, whatever the machine: past it the main thread, which builds the graph, is the limit. */
export const MAX_THREADS = 8;

/**
 * Fewer cores than this, and one thread: on two cores a single thread already keeps about one and a half busy (V8
 * collects garbage and compiles on the other), and two extraction threads measured no faster (1.01× on 20 MB).
 */
export const MIN_CORES_FOR_THREADS = 4;

/** Files handed over or waiting to be handed over, per thread: enough to keep every thread busy, few enough for memory. */
const IN_FLIGHT_PER_THREAD = 4;

/** How many threads extract for `files` files: `requested` when given, else one per core for a big input on a machine of 4 cores or more. */
export function extractionThreads(files: number, requested?: number, cores = availableParallelism()): number {
  if (requested !== undefined) return Math.max(1, Math.floor(requested));
  return files < MIN_FILES_FOR_THREADS || cores < MIN_CORES_FOR_THREADS ? 1 : Math.min(MAX_THREADS, cores);
}

/** The thread's entry: it runs TypeScript through tsx, whatever loader (if any) the main thread was started with. */
const THREAD_FILE = new URL('./extractThread.mjs', import.meta.url);

type WorkerAnswer = { index: number; items: FileItem[] } | { index: number; error: string };

/**
 * Reads `files` on `threads` threads and calls `onResult` with each file's items in the order of `files`.
 * Articles whose id is in `known` are not extracted (the graph already holds them). Rejects on the first file that
 * fails, after stopping the threads.
 */
export async function readFilesInParallel(files: string[], threads: number, known: string[], onResult: (index: number, items: FileItem[]) => void): Promise<void> {
  if (!files.length) return;
  const workers = Array.from({ length: Math.min(threads, files.length) }, () => new Worker(THREAD_FILE, { workerData: { known } }));
  try {
    await new Promise<void>((resolve, reject) => {
      const ready = new Map<number, FileItem[]>();
      const idle: Worker[] = [];
      let sent = 0;
      let handed = 0;
      const send = (worker: Worker) => {
        if (sent < files.length && sent - handed < workers.length * IN_FLIGHT_PER_THREAD) {
          worker.postMessage({ index: sent, file: files[sent] });
          sent++;
        } else idle.push(worker);
      };
      const fail = (error: Error) => reject(error);
      for (const worker of workers) {
        worker.on('message', (answer: WorkerAnswer) => {
          if ('error' in answer) return fail(new Error(answer.error));
          ready.set(answer.index, answer.items);
          // The thread's next file goes out before the main thread merges what came back, so the two work at once.
          send(worker);
          try {
            // In order: a file that comes back early waits for the ones before it.
            while (ready.has(handed)) {
              const result = ready.get(handed)!;
              ready.delete(handed);
              onResult(handed, result);
              handed++;
            }
          } catch (error) {
            return fail(error as Error);
          }
          if (handed === files.length) return resolve();
          // Room freed by what was handed over: wake the threads that had to wait.
          while (idle.length && sent < files.length && sent - handed < workers.length * IN_FLIGHT_PER_THREAD) send(idle.pop()!);
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (handed < files.length) fail(new Error(`an extraction thread stopped (exit code ${code})`));
        });
        send(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
