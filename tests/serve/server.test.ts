// The real HTTP server on a free loopback port, against a real graph file and a small build folder.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKnowledgeGraph } from '../../graph/model.ts';
import { readGraphFile, writeGraphFile } from '../../graph/store/graphFile.ts';
import { graphFileSource } from '../../src/serve/graphSource.ts';
import { PortInUseError, startViewerServer, type RunningViewerServer } from '../../src/serve/server.ts';

let server: RunningViewerServer;
let graphFile: string;

/** Raw request, so that paths reach the server exactly as written (fetch would normalise `..`). */
function rawRequest(path: string, method = 'GET', body?: string): Promise<{ status: number; type: string; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port: server.port, path, method, headers: body ? { 'Content-Type': 'application/json' } : {} }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type'] ?? ''), text }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'newsgraph-server-'));
  const dist = join(base, 'dist');
  await mkdir(join(dist, 'assets'), { recursive: true });
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>viewer</title>');
  await writeFile(join(dist, 'assets', 'app.css'), 'body{}');
  await writeFile(join(base, 'private.txt'), 'do not serve');
  graphFile = join(base, 'store', 'graph.json');
  const graph = createKnowledgeGraph();
  graph.addNode('person:a', { kind: 'Person', name: 'A', aliases: ['A'], sources: [] });
  graph.addNode('government:b', { kind: 'Government', name: 'B', aliases: ['B'], sources: [] });
  graph.addEdgeWithKey('LEADS:person:a->government:b', 'person:a', 'government:b', { kind: 'LEADS', sources: [], evidence: [], confidence: 1 });
  await writeGraphFile(graphFile, graph);
  server = await startViewerServer({ source: graphFileSource(graphFile), distDir: dist, port: 0 });
});

afterAll(async () => {
  await server?.close();
});

describe('viewer server', () => {
  it('listens on loopback and serves the app with HTML and CSS content types', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await rawRequest('/');
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/^text\/html/);
    expect((await rawRequest('/assets/app.css')).type).toMatch(/^text\/css/);
  });

  it('serves the graph file at /api/graph', async () => {
    const response = await rawRequest('/api/graph');
    expect(response.type).toMatch(/^application\/json/);
    const data = JSON.parse(response.text) as { nodes: { key: string }[] };
    expect(data.nodes.map((node) => node.key).sort()).toEqual(['government:b', 'person:a']);
  });

  it.each(['/../private.txt', '/assets/../../private.txt', '/%2e%2e/private.txt', '/%2e%2e%2fprivate.txt', '/..%5cprivate.txt'])(
    'refuses path traversal: %s',
    async (path) => {
      const response = await rawRequest(path);
      expect(response.status).toBe(404);
      expect(response.text).not.toContain('do not serve');
    },
  );

  it('writes positions into the graph file and keeps every other attribute', async () => {
    const response = await rawRequest('/api/positions', 'PUT', JSON.stringify({ positions: { 'person:a': { x: 12, y: -7 } } }));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({ updated: 1 });
    const graph = await readGraphFile(graphFile);
    expect(graph.getNodeAttributes('person:a')).toMatchObject({ x: 12, y: -7, kind: 'Person', name: 'A' });
    expect(graph.size).toBe(1);
  });

  it('answers 400 with a reason for a malformed positions body', async () => {
    const response = await rawRequest('/api/positions', 'PUT', '{"positions": {"person:a": {"x": "left"}}}');
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text).error).toMatch(/person:a/);
  });

  it('rejects other methods on the API', async () => {
    expect((await rawRequest('/api/positions', 'GET')).status).toBe(405);
    expect((await rawRequest('/api/graph', 'POST', '{}')).status).toBe(405);
  });

  it('refuses a busy port with an error that says to pass --port', async () => {
    const error = await startViewerServer({ source: graphFileSource(graphFile), distDir: '/nonexistent', port: server.port }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PortInUseError);
    expect((error as Error).message).toMatch(/--port/);
  });
});
