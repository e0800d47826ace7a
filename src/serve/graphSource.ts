// Where the served graph comes from: a graph file (readable and writable) or a Neo4j database (read-only).
import { readFile } from 'node:fs/promises';
import type { KnowledgeGraph } from '../../graph/model.ts';
import { StoreError } from '../../graph/errors.ts';
import { readGraphFile, writeGraphFile } from '../../graph/store/graphFile.ts';
import { applyPositions, type Positions } from './positions.ts';

export interface GraphSource {
  /** Shown in the viewer's title bar. */
  describe: string;
  /** The graph as graphology's serialisation (the graph JSON of MODEL.md): text, or a file's UTF-8 bytes as they are. */
  readGraphJson(): Promise<string | Buffer>;
  /** Undefined when the source cannot store positions. */
  savePositions?: (positions: Positions) => Promise<number>;
}

/** Reads the file on every request, so a `newsgraph ingest` in another terminal shows on reload. */
export function graphFileSource(file: string): GraphSource {
  let writes: Promise<unknown> = Promise.resolve();
  return {
    describe: file,
    async readGraphJson() {
      try {
        // Bytes, not text: the server sends them on without decoding and encoding 30 MB again.
        return await readFile(file);
      } catch {
        // readGraphFile gives the actionable message (missing file → how to build one).
        await readGraphFile(file);
        throw new StoreError(`${file}: cannot read`);
      }
    },
    savePositions(positions) {
      // One write at a time: two layouts saved together must not lose each other's read-modify-write.
      const next = writes.then(async () => {
        const graph = await readGraphFile(file);
        const updated = applyPositions(graph, positions);
        await writeGraphFile(file, graph);
        return updated;
      });
      writes = next.catch(() => undefined);
      return next;
    },
  };
}

export interface Neo4jSourceOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
  cypher?: string;
}

type ReadGraphFromNeo4j = (options: Neo4jSourceOptions) => Promise<KnowledgeGraph>;

/** Loads the Neo4j store lazily, so `serve` works (for files) whether or not that store is installed. */
export function neo4jSource(options: Neo4jSourceOptions): GraphSource {
  return {
    describe: `${options.uri}${options.cypher ? ` (${options.cypher})` : ''}`,
    async readGraphJson() {
      const storeModule = '../../graph/store/neo4jStore.ts';
      let read: ReadGraphFromNeo4j | undefined;
      try {
        ({ readGraphFromNeo4j: read } = (await import(storeModule)) as { readGraphFromNeo4j?: ReadGraphFromNeo4j });
      } catch (error) {
        throw new StoreError(`the Neo4j store is not available in this build (${(error as Error).message})`, { cause: error });
      }
      if (typeof read !== 'function') throw new StoreError('the Neo4j store does not export readGraphFromNeo4j');
      const graph = await read(options);
      return JSON.stringify(graph.export());
    },
  };
}
