// The real pipeline's graph of the seed articles, explored in a real browser: search finds Kim Jong Un, the camera
// flies to him, his neighbourhood is highlighted, and his panel lists his statements.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../graph/model.ts';
import { writeGraphFile } from '../../graph/store/graphFile.ts';
import { buildGraph } from '../../src/pipeline.ts';
import { openViewer, type ViewerSession } from './support/viewerSession.ts';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const seeds = resolve(repoRoot, '../shared/corpus/seeds');

let session: ViewerSession;
let graph: KnowledgeGraph;
let kim: string;

beforeAll(async () => {
  ({ graph } = await buildGraph([seeds]));
  kim = graph.findNode((_node, attributes) => attributes.kind === 'Person' && attributes.name === 'Kim Jong Un')!;
  const file = join(await mkdtemp(join(tmpdir(), 'newsgraph-viewer-seeds-')), 'graph.json');
  await writeGraphFile(file, graph);
  session = await openViewer(file);
});

afterAll(async () => {
  await session?.close();
});

describe('viewer: the seed articles', () => {
  it('has Kim Jong Un in the pipeline graph, with statements', () => {
    expect(kim).toBeDefined();
    expect(graph.outEdges(kim).some((edge) => graph.getEdgeAttribute(edge, 'kind') === 'SAID')).toBe(true);
  });

  it('finds Kim Jong Un by search, flies to him and highlights his neighbourhood', async () => {
    const cameraBefore = await session.page.evaluate(() => window.newsgraph!.renderer.getCamera().getState());
    await session.page.fill('#search', 'kim jong');
    const firstHit = session.page.locator('#search-results .search-hit').first();
    await expect.poll(() => firstHit.getAttribute('data-node')).toBe(kim);
    expect(await firstHit.locator('.search-name').textContent()).toBe('Kim Jong Un');
    await session.page.keyboard.press('Enter');
    await expect.poll(() => session.page.locator('#details .panel-title').textContent()).toBe('Kim Jong Un');
    await session.page.waitForTimeout(800);
    const view = await session.page.evaluate((node) => {
      const { renderer, state } = window.newsgraph!;
      const neighbour = state.graph.neighbors(node).find((other) => renderer.getNodeDisplayData(other)?.hidden === false)!;
      const stranger = state.graph.findNode(
        (other) => other !== node && !state.graph.areNeighbors(node, other) && renderer.getNodeDisplayData(other)?.hidden === false,
      );
      const own = renderer.getNodeDisplayData(node)!;
      return {
        camera: renderer.getCamera().getState(),
        nodeAt: { x: own.x, y: own.y },
        highlighted: own.highlighted,
        neighbourColor: renderer.getNodeDisplayData(neighbour)!.color,
        neighbourOwnColor: state.graph.getNodeAttribute(neighbour, 'color'),
        strangerLabel: stranger ? renderer.getNodeDisplayData(stranger)!.label : null,
      };
    }, kim);
    expect(view.camera).not.toEqual(cameraBefore);
    expect(view.highlighted).toBe(true);
    expect(view.neighbourColor).toBe(view.neighbourOwnColor);
    expect(view.strangerLabel).toBeNull();
  });

  it('lists his statements in the panel, with their words and articles', async () => {
    const statements = graph
      .outEdges(kim)
      .filter((edge) => graph.getEdgeAttribute(edge, 'kind') === 'SAID')
      .map((edge) => graph.getNodeAttributes(graph.target(edge)));
    const cards = session.page.locator('#details .said .statement');
    await expect.poll(() => cards.count()).toBe(statements.length);
    const quotes = await cards.locator('blockquote').allTextContents();
    for (const statement of statements) {
      expect(quotes.some((quote) => quote.includes(String(statement.text ?? statement.name)))).toBe(true);
    }
    const firstArticle = graph.getNodeAttribute(statements[0].sources[0], 'title');
    expect(await cards.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(String(firstArticle))]));
  });

  it('runs without page errors', () => {
    expect(session.errors).toEqual([]);
  });
});
