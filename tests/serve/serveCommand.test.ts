// `newsgraph serve` as a user runs it: a child process that prints its URL, serves the graph, frees its port on
// SIGTERM, and refuses a busy port with one line saying to pass --port.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGraphFile } from '../../graph/store/graphFile.ts';
import { buildFixtureGraph } from '../viewer/support/fixtureGraph.ts';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const cli = join(repoRoot, 'bin', 'newsgraph.js');

let serving: ChildProcess;
let url: string;
let graphFile: string;

function runToEnd(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: repoRoot });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolveRun({ code, stderr }));
  });
}

beforeAll(async () => {
  graphFile = join(await mkdtemp(join(tmpdir(), 'newsgraph-serve-cli-')), 'graph.json');
  await writeGraphFile(graphFile, buildFixtureGraph());
  serving = spawn(process.execPath, [cli, 'serve', '--graph', graphFile, '--port', '0'], { cwd: repoRoot });
  url = await new Promise<string>((resolveUrl, reject) => {
    let stdout = '';
    serving.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout);
      if (found) resolveUrl(found[0]);
    });
    serving.on('close', (code) => reject(new Error(`serve exited with ${code} before printing its URL`)));
  });
});

afterAll(() => {
  if (serving.exitCode === null) serving.kill('SIGKILL');
});

describe('newsgraph serve', () => {
  it('prints a loopback URL and serves the viewer and the graph there', async () => {
    const page = await fetch(url);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('id="graph"');
    const graph = (await (await fetch(new URL('api/graph', url))).json()) as { nodes: unknown[] };
    expect(graph.nodes.length).toBe(buildFixtureGraph().order);
  });

  it('refuses a busy port with one line that says to pass --port', async () => {
    const port = new URL(url).port;
    const { code, stderr } = await runToEnd(['serve', '--graph', graphFile, '--port', port]);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/--port/);
  });

  it('says what is wrong with --cypher alone', async () => {
    const { code, stderr } = await runToEnd(['serve', '--cypher', 'MATCH (n) RETURN n']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/--cypher needs --neo4j/);
  });

  it('stops on SIGTERM and frees its port', async () => {
    const closed = new Promise((resolveClose) => serving.on('close', resolveClose));
    serving.kill('SIGTERM');
    await closed;
    await expect(fetch(url)).rejects.toThrow();
  });
});
