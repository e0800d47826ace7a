// The graph JSON file of MODEL.md (graphology's `graph.export()`), read and written atomically.
import { mkdir, readFile, rename, writeFile, rm } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createKnowledgeGraph, type KnowledgeGraph } from '../model.ts';
import { StoreError } from '../errors.ts';

/** Parses graph JSON text (graphology serialisation) into a knowledge graph. */
export function parseGraphJson(text: string, file = '<graph>'): KnowledgeGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new StoreError(`${file}: not valid JSON (${(error as Error).message}); is this a newsgraph graph file?`);
  }
  if (!data || typeof data !== 'object' || !Array.isArray((data as { nodes?: unknown }).nodes)) {
    throw new StoreError(`${file}: not a graph file (expected { nodes: [...], edges: [...] } as written by newsgraph build)`);
  }
  const graph = createKnowledgeGraph();
  graph.import(data as Parameters<KnowledgeGraph['import']>[0]);
  return graph;
}

export async function readGraphFile(file: string): Promise<KnowledgeGraph> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new StoreError(`${file}: no such graph file (build one with: newsgraph build <articles> --out ${file})`);
    throw new StoreError(`${file}: cannot read (${(error as Error).message})`, { cause: error });
  }
  return parseGraphJson(text, file);
}

/** Writes text to a temporary file beside the target, then renames it over: a crash never leaves half a file. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw new StoreError(`${file}: cannot write (${(error as Error).message})`, { cause: error });
  }
}

export async function writeGraphFile(file: string, graph: KnowledgeGraph): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(graph.export()));
}
