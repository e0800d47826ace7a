// The workspace store that `newsgraph ingest` grows run after run: a folder holding graph.json (MODEL.md's graph file),
// the previous version as graph.json.bak, and a lock file while a writer is at work.
import { access, copyFile, link, mkdir, readdir, readFile, rm, rename, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createKnowledgeGraph, type KnowledgeGraph } from '../model.ts';
import { StoreError, UsageError } from '../errors.ts';
import { parseGraphJson, readGraphFile, writeFileAtomic } from './graphFile.ts';
import type { SkippedInput } from '../../src/types.ts';

export const DEFAULT_WORKSPACE_DIR = '.newsgraph';

export interface WorkspacePaths {
  dir: string;
  graph: string;
  backup: string;
  lock: string;
}

export function workspacePaths(dir: string = DEFAULT_WORKSPACE_DIR): WorkspacePaths {
  return { dir, graph: join(dir, 'graph.json'), backup: join(dir, 'graph.json.bak'), lock: join(dir, 'lock') };
}

/** What a lock file holds, so that another process can tell whether its writer is still alive. */
interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export interface WorkspaceLock {
  readonly paths: WorkspacePaths;
  release(): Promise<void>;
}

// Locks this process holds, by absolute folder: saveWorkspace inside withWorkspace must not lock against itself.
const heldLocks = new Set<string>();

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readLockOwner(file: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(file, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' ? (owner as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

// A lock file without a readable owner may be one being written this instant; only an old one is debris.
const UNREADABLE_LOCK_GRACE_MS = 5_000;

/** A lock is stale when its writer is gone: same host and the pid is dead. A lock from another host is trusted. */
async function isStale(file: string, owner: LockOwner | undefined): Promise<boolean> {
  if (owner) return owner.host === hostname() && !isProcessAlive(owner.pid);
  const age = await stat(file).then((info) => Date.now() - info.mtimeMs, () => Infinity);
  return age > UNREADABLE_LOCK_GRACE_MS;
}

/**
 * Takes the workspace's lock (`DIR/lock`, holding pid, host and time, created whole by a hard link that fails if it
 * exists). A lock left by a process that has died is removed and taken; a live one is a StoreError naming its pid.
 */
export async function lockWorkspace(dir: string = DEFAULT_WORKSPACE_DIR): Promise<WorkspaceLock> {
  const paths = workspacePaths(dir);
  const absolute = resolve(dir);
  if (heldLocks.has(absolute)) throw new StoreError(`${paths.lock}: this process already holds the workspace lock`);
  await mkdir(dir, { recursive: true });
  const owner: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    // The owner is written to a file of our own first and then linked as the lock (link fails if the lock exists), so
    // the lock never exists without its owner: a writer killed at any moment leaves a lock whose pid says it is dead.
    const draft = join(paths.dir, `lock.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      await writeFile(draft, JSON.stringify(owner), { flag: 'wx' });
      await link(draft, paths.lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new StoreError(`${paths.lock}: cannot create the lock file (${(error as Error).message})`, { cause: error });
      }
      const holder = await readLockOwner(paths.lock);
      if (attempt < 2 && (await isStale(paths.lock, holder))) {
        // Rename before removing, so that two processes clearing the same stale lock cannot remove a fresh one.
        const aside = `${paths.lock}.${process.pid}.${randomBytes(4).toString('hex')}.stale`;
        await rename(paths.lock, aside).then(() => rm(aside, { force: true }), () => undefined);
        continue;
      }
      const who = holder ? `process ${holder.pid} on ${holder.host} since ${holder.since}` : 'another process';
      throw new StoreError(
        `${paths.dir}: the workspace is locked by ${who}; wait for it to finish, or if no newsgraph is running, delete ${paths.lock}`,
      );
    } finally {
      await rm(draft, { force: true });
    }
  }
  heldLocks.add(absolute);
  let released = false;
  return {
    paths,
    async release() {
      if (released) return;
      released = true;
      heldLocks.delete(absolute);
      await rm(paths.lock, { force: true });
    },
  };
}

function corruptStoreError(paths: WorkspacePaths, reason: string): StoreError {
  return new StoreError(
    `${paths.graph} is corrupt (${reason}) and was left as it is; restore the last good version with ` +
      `"cp ${paths.backup} ${paths.graph}", or move it aside to start a new store`,
  );
}

/** The workspace's graph, or an empty graph when the folder or its graph.json does not exist yet. */
export async function openWorkspace(dir: string = DEFAULT_WORKSPACE_DIR): Promise<KnowledgeGraph> {
  const paths = workspacePaths(dir);
  let text: string;
  try {
    text = await readFile(paths.graph, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return createKnowledgeGraph();
    throw new StoreError(`${paths.graph}: cannot read (${(error as Error).message})`, { cause: error });
  }
  try {
    return parseGraphJson(text, paths.graph);
  } catch (error) {
    throw corruptStoreError(paths, (error as Error).message.replace(`${paths.graph}: `, ''));
  }
}

/** Checks that the current graph.json (if any) reads as a graph; a corrupt one must never be overwritten or backed up. */
async function assertCurrentFileIsSound(paths: WorkspacePaths): Promise<boolean> {
  let text: string;
  try {
    text = await readFile(paths.graph, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw new StoreError(`${paths.graph}: cannot read (${(error as Error).message})`, { cause: error });
  }
  try {
    parseGraphJson(text, paths.graph);
  } catch (error) {
    throw corruptStoreError(paths, (error as Error).message.replace(`${paths.graph}: `, ''));
  }
  return true;
}

/** The name of a lock's draft (`lock.<pid>.<random>.tmp`, written by lockWorkspace), with its writer's pid. */
const LOCK_DRAFT = /^lock\.(\d+)\.[0-9a-f]+\.tmp$/;

/** Temporary files a killed writer left behind; under the lock no one else can be writing them. */
async function removeDebris(paths: WorkspacePaths): Promise<void> {
  const names = await readdir(paths.dir).catch(() => [] as string[]);
  // (A lock's draft is debris only once its writer is dead: a live one may be trying for the lock this instant.)
  const deadDraft = (name: string) => {
    const pid = LOCK_DRAFT.exec(name)?.[1];
    return pid !== undefined && !isProcessAlive(Number(pid));
  };
  const debris = names.filter((name) => /^\.graph\.json\..*\.tmp$|^graph\.json\.bak\..*\.tmp$/.test(name) || deadDraft(name));
  await Promise.all(debris.map((name) => rm(join(paths.dir, name), { force: true })));
}

/**
 * Saves the graph as DIR/graph.json: the current file is first copied to graph.json.bak, then the new one is written
 * beside it and renamed over, so a crash at any point leaves a whole file. Takes the lock unless this process holds it.
 */
export async function saveWorkspace(dir: string, graph: KnowledgeGraph): Promise<void> {
  const paths = workspacePaths(dir);
  const lock = heldLocks.has(resolve(dir)) ? undefined : await lockWorkspace(dir);
  try {
    await removeDebris(paths);
    if (await assertCurrentFileIsSound(paths)) {
      const temp = `${paths.backup}.${process.pid}.tmp`;
      await copyFile(paths.graph, temp);
      await rename(temp, paths.backup);
    }
    await writeFileAtomic(paths.graph, JSON.stringify(graph.export()));
  } finally {
    await lock?.release();
  }
}

/** Read, change, save under one lock: the way `ingest` should use the store, so two writers never interleave. */
export async function withWorkspace<T>(dir: string, update: (graph: KnowledgeGraph) => Promise<T> | T): Promise<T> {
  const lock = await lockWorkspace(dir);
  try {
    const graph = await openWorkspace(dir);
    const result = await update(graph);
    await saveWorkspace(dir, graph);
    return result;
  } finally {
    await lock.release();
  }
}

/** Adds skipped inputs to the graph's `skipped` attribute (one entry per path and line; a later reason replaces an earlier one). */
export function recordSkipped(graph: KnowledgeGraph, skipped: SkippedInput[]): void {
  if (!skipped.length) return;
  const byInput = new Map<string, { path: string; reason: string }>();
  for (const item of graph.getAttribute('skipped') ?? []) byInput.set(item.path, item);
  for (const item of skipped) {
    const path = item.line === undefined ? item.path : `${item.path}:${item.line}`;
    byInput.set(path, { path, reason: item.reason });
  }
  graph.setAttribute('skipped', [...byInput.values()]);
}

/** The graph named by a command's `--graph FILE` or `--store DIR` (default ./.newsgraph); a store without a graph is an error. */
export async function openGraphSource(options: { graph?: string; store?: string }): Promise<KnowledgeGraph> {
  if (options.graph && options.store) throw new UsageError('give either --graph FILE or --store DIR, not both');
  if (options.graph) return readGraphFile(options.graph);
  const paths = workspacePaths(options.store);
  await access(paths.graph).catch(() => {
    throw new StoreError(`${paths.graph}: no graph here yet; run "newsgraph ingest <articles>" first, or pass --graph FILE or --store DIR`);
  });
  return openWorkspace(paths.dir);
}
