import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoreError, UsageError } from '../../graph/errors.ts';
import { createKnowledgeGraph } from '../../graph/model.ts';
import {
  lockWorkspace,
  openGraphSource,
  openWorkspace,
  recordSkipped,
  saveWorkspace,
  withWorkspace,
  workspacePaths,
} from '../../graph/store/workspace.ts';
import { buildSampleGraph } from '../export/sampleGraph.ts';

// Simulates a disk that fills up halfway through writing the temporary file.
const diskFull = vi.hoisted(() => ({ on: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    writeFile: async (...args: Parameters<typeof actual.writeFile>) => {
      const [file, data] = args;
      if (diskFull.on && String(file).endsWith('.tmp') && typeof data === 'string') {
        await actual.writeFile(file, data.slice(0, data.length / 2));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      }
      return actual.writeFile(...args);
    },
  };
});

const repoRoot = join(import.meta.dirname, '../..');
const child = (args: string[]): ChildProcess =>
  spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fixtures/saveLoop.ts'), ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
const untilLine = (proc: ChildProcess, line: string) =>
  new Promise<void>((done, fail) => {
    proc.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes(line) && done());
    proc.on('exit', (code) => fail(new Error(`child exited (${code}) before printing ${line}`)));
  });
const exited = (proc: ChildProcess) => new Promise<void>((done) => (proc.exitCode !== null || proc.signalCode ? done() : proc.on('exit', () => done())));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-workspace-'));
  diskFull.on = false;
});
afterEach(async () => {
  diskFull.on = false;
  await rm(dir, { recursive: true, force: true });
});

describe('openWorkspace / saveWorkspace', () => {
  it('opens an empty graph when there is no store yet', async () => {
    const graph = await openWorkspace(join(dir, 'not-yet'));
    expect(graph.order).toBe(0);
  });

  it('saves the graph and reads it back unchanged, keeping the previous file as graph.json.bak', async () => {
    const first = buildSampleGraph();
    await saveWorkspace(dir, first);
    const firstText = await readFile(workspacePaths(dir).graph, 'utf8');
    const second = await openWorkspace(dir);
    expect(second.export()).toEqual(first.export());

    second.setAttribute('name', 'second run');
    await saveWorkspace(dir, second);
    expect(await readFile(workspacePaths(dir).backup, 'utf8')).toBe(firstText);
    expect((await openWorkspace(dir)).getAttribute('name')).toBe('second run');
    expect((await readdir(dir)).sort()).toEqual(['graph.json', 'graph.json.bak']);
  });

  it('leaves the old file whole when a write fails halfway', async () => {
    await saveWorkspace(dir, buildSampleGraph());
    const before = await readFile(workspacePaths(dir).graph, 'utf8');
    const bigger = buildSampleGraph();
    for (let i = 0; i < 500; i++) bigger.addNode(`place:p${i}`, { kind: 'Place', name: `P${i}`, aliases: [], sources: [] });

    diskFull.on = true;
    await expect(saveWorkspace(dir, bigger)).rejects.toThrow(/ENOSPC/);
    diskFull.on = false;

    expect(await readFile(workspacePaths(dir).graph, 'utf8')).toBe(before);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp') || name === 'lock')).toEqual([]);
    expect((await openWorkspace(dir)).order).toBe(buildSampleGraph().order);
  });

  it('leaves a whole graph file when the writing process is killed mid-save', async () => {
    const saver = child(['save', dir, '30000']);
    await untilLine(saver, 'saved');
    // Let it get into a later save, then kill it without warning.
    await new Promise((done) => setTimeout(done, 150));
    saver.kill('SIGKILL');
    await exited(saver);

    const graph = await openWorkspace(dir);
    expect(graph.order).toBe(30000);
    // Its lock may be left behind; its owner is dead, so the next writer takes it.
    // The next save clears whatever temporary file the killed writer left.
    await saveWorkspace(dir, graph);
    expect((await readdir(dir)).sort()).toEqual(['graph.json', 'graph.json.bak']);
  }, 30_000);

  it('refuses to overwrite a corrupt graph.json and says how to restore it', async () => {
    const { graph: file } = workspacePaths(dir);
    await writeFile(file, '{"nodes": [ {"key": "person:trunc');
    await expect(saveWorkspace(dir, buildSampleGraph())).rejects.toThrow(StoreError);
    await expect(saveWorkspace(dir, buildSampleGraph())).rejects.toThrow(/corrupt.*graph\.json\.bak/);
    await expect(openWorkspace(dir)).rejects.toThrow(/corrupt.*cp .*graph\.json\.bak/);
    expect(await readFile(file, 'utf8')).toBe('{"nodes": [ {"key": "person:trunc');
  });
});

describe('lockWorkspace', () => {
  it('keeps a second writer out while another process holds the lock, naming that process', async () => {
    const holder = child(['hold', dir]);
    try {
      await untilLine(holder, 'locked');
      await expect(lockWorkspace(dir)).rejects.toThrow(new RegExp(`locked by process ${holder.pid} `));
      await expect(saveWorkspace(dir, buildSampleGraph())).rejects.toThrow(StoreError);
    } finally {
      holder.kill('SIGKILL');
      await exited(holder);
    }
    // The holder died without releasing: its lock is stale now.
    const lock = await lockWorkspace(dir);
    await lock.release();
  }, 30_000);

  it('respects a live lock and takes over a dead one', async () => {
    const { lock: file } = workspacePaths(dir);
    await writeFile(file, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
    await expect(lockWorkspace(dir)).rejects.toThrow(/locked by process/);

    const gone = spawn(process.execPath, ['-e', '0']);
    await exited(gone);
    await writeFile(file, JSON.stringify({ pid: gone.pid, host: hostname(), since: new Date().toISOString() }));
    const lock = await lockWorkspace(dir);
    expect(JSON.parse(await readFile(file, 'utf8')).pid).toBe(process.pid);
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes the lock whole (no empty lock while it is taken) and clears the draft a dead writer left', async () => {
    const lock = await lockWorkspace(dir);
    const { lock: file } = workspacePaths(dir);
    expect(JSON.parse(await readFile(file, 'utf8')).pid).toBe(process.pid);
    expect(await readdir(dir)).toEqual(['lock']);
    await lock.release();

    // A writer killed after writing its draft but before linking it as the lock leaves the draft behind.
    const gone = spawn(process.execPath, ['-e', '0']);
    await exited(gone);
    const draft = `lock.${gone.pid}.0a1b2c3d.tmp`;
    await writeFile(join(dir, draft), JSON.stringify({ pid: gone.pid, host: hostname(), since: new Date().toISOString() }));
    const live = `lock.${process.pid}.0a1b2c3d.tmp`;
    await writeFile(join(dir, live), '{}');
    await saveWorkspace(dir, buildSampleGraph());
    expect((await readdir(dir)).sort()).toEqual(['graph.json', live]);
  });

  it('holds the lock across read, change and save in withWorkspace', async () => {
    await saveWorkspace(dir, buildSampleGraph());
    const order = await withWorkspace(dir, async (graph) => {
      await expect(lockWorkspace(dir)).rejects.toThrow(StoreError);
      graph.addNode('place:new', { kind: 'Place', name: 'New', aliases: ['New'], sources: [] });
      return graph.order;
    });
    expect((await openWorkspace(dir)).order).toBe(order);
    expect(await readdir(dir)).not.toContain('lock');
  });
});

describe('recordSkipped', () => {
  it('adds skipped inputs to the graph attribute, one entry per input', () => {
    const graph = createKnowledgeGraph();
    recordSkipped(graph, [{ path: 'a.html', reason: 'empty' }, { path: 'b.jsonl', line: 3, reason: 'bad JSON' }]);
    recordSkipped(graph, [{ path: 'a.html', reason: 'still empty' }]);
    expect(graph.getAttribute('skipped')).toEqual([
      { path: 'a.html', reason: 'still empty' },
      { path: 'b.jsonl:3', reason: 'bad JSON' },
    ]);
  });
});

describe('openGraphSource', () => {
  it('reads --store, refuses both flags, and explains an empty store', async () => {
    await saveWorkspace(dir, buildSampleGraph());
    expect((await openGraphSource({ store: dir })).order).toBe(buildSampleGraph().order);
    await expect(openGraphSource({ store: dir, graph: 'x.json' })).rejects.toThrow(UsageError);
    await expect(openGraphSource({ store: join(dir, 'none') })).rejects.toThrow(/no graph here yet.*newsgraph ingest/);
  });
});
