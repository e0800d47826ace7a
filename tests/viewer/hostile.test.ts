// An article whose text carries <script> and <img onerror> goes through the real pipeline and into the viewer:
// every panel and the search show those characters as text, and no code runs.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../graph/model.ts';
import { writeGraphFile } from '../../graph/store/graphFile.ts';
import { buildGraph } from '../../src/pipeline.ts';
import { openViewer, type ViewerSession } from './support/viewerSession.ts';

const SCRIPT = "<script>window.__pwned = 'script'</script>";
const IMAGE = `<img src=x onerror="window.__pwned='img'">`;

let session: ViewerSession;
let graph: KnowledgeGraph;

beforeAll(async () => {
  const folder = await mkdtemp(join(tmpdir(), 'newsgraph-hostile-'));
  await writeFile(
    join(folder, 'hostile.txt'),
    [
      `Estmark condemns Norland over ${SCRIPT} harbour raid`,
      '',
      `Estmark condemned Norland on Monday after the raid ${IMAGE} on the harbour, officials said.`,
      '',
      `"We reject ${SCRIPT} every threat ${IMAGE}," said Odile Varga, the foreign minister of Estmark.`,
      '',
    ].join('\n'),
  );
  ({ graph } = await buildGraph([folder]));
  const file = join(folder, 'graph.json');
  await writeGraphFile(file, graph);
  session = await openViewer(file);
});

afterAll(async () => {
  await session?.close();
});

const hostile = (value: unknown) => /<script|<img/.test(JSON.stringify(value));

describe('viewer: hostile article text', () => {
  it('reaches the graph through the pipeline', () => {
    expect(graph.filterNodes((_node, attributes) => hostile(attributes)).length).toBeGreaterThan(0);
  });

  it('shows markup from articles as text in every panel, and runs none of it', async () => {
    await session.page.check('#filter-provenance');
    const nodes = graph.filterNodes((_node, attributes) => hostile(attributes));
    const edges = graph.filterEdges((_edge, attributes) => hostile(attributes));
    const targets = [...nodes.map((node) => ({ node })), ...edges.map((edge) => ({ edge })), ...graph.filterNodes((node) => graph.degree(node) > 0).map((node) => ({ node }))];
    let sawLiteralMarkup = false;
    for (const target of targets) {
      await session.page.evaluate((item) => {
        const { state } = window.newsgraph!;
        if ('node' in item) state.selectNode(item.node!);
        else state.selectEdge(item.edge!);
      }, target);
      const details = session.page.locator('#details');
      expect(await details.locator('img, script, iframe, object, embed').count()).toBe(0);
      const text = (await details.textContent()) ?? '';
      if (text.includes('<img src=x onerror=') || text.includes('<script>')) sawLiteralMarkup = true;
    }
    expect(sawLiteralMarkup).toBe(true);
    await session.page.waitForTimeout(300);
    expect(await session.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });

  it('shows markup as text in search results too', async () => {
    await session.page.fill('#search', 'script');
    await expect.poll(() => session.page.locator('#search-results .search-hit').count()).toBeGreaterThan(0);
    expect(await session.page.locator('#search-results img, #search-results script').count()).toBe(0);
    expect(await session.page.locator('#search-results').textContent()).toContain('<script>');
    expect(await session.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });

  it('runs without page errors', () => {
    expect(session.errors).toEqual([]);
  });
});
