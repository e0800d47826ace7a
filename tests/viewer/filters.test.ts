// Narrowing the picture in a real browser: the legend hides a kind, relation boxes hide edges, provenance shows on demand.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGraphFile } from '../../graph/store/graphFile.ts';
import { buildFixtureGraph } from './support/fixtureGraph.ts';
import { openViewer, type ViewerSession } from './support/viewerSession.ts';

let session: ViewerSession;
const graph = buildFixtureGraph();
const countOf = (kind: string) => graph.filterNodes((_node, attributes) => attributes.kind === kind).length;

const rendered = () => session.page.evaluate(() => window.newsgraph!.renderedNodeCount());
const renderedOfKind = (kind: string) =>
  session.page.evaluate((wanted) => {
    const { state, renderer } = window.newsgraph!;
    return state.graph.filterNodes((node, attributes) => attributes.kind === wanted && renderer.getNodeDisplayData(node)?.hidden === false).length;
  }, kind);

beforeAll(async () => {
  const file = join(await mkdtemp(join(tmpdir(), 'newsgraph-viewer-filters-')), 'graph.json');
  await writeGraphFile(file, graph);
  session = await openViewer(file);
});

afterAll(async () => {
  await session?.close();
});

describe('viewer: filters', () => {
  it('hides the nodes of a kind when its legend row is clicked, and shows them again', async () => {
    const before = await rendered();
    expect(await renderedOfKind('Government')).toBe(countOf('Government'));
    await session.page.click('.legend-row[data-kind="Government"]');
    await expect.poll(() => renderedOfKind('Government')).toBe(0);
    expect(await rendered()).toBe(before - countOf('Government'));
    await expect.poll(() => session.page.getAttribute('.legend-row[data-kind="Government"]', 'aria-pressed')).toBe('false');
    await session.page.click('.legend-row[data-kind="Government"]');
    await expect.poll(() => renderedOfKind('Government')).toBe(countOf('Government'));
  });

  it('shows provenance (articles) only when asked', async () => {
    expect(await renderedOfKind('Article')).toBe(0);
    await session.page.check('#filter-provenance');
    await expect.poll(() => renderedOfKind('Article')).toBe(countOf('Article'));
    await session.page.uncheck('#filter-provenance');
    await expect.poll(() => renderedOfKind('Article')).toBe(0);
  });

  it('hides the edges of an unticked relation kind', async () => {
    const visibleEdgesOfKind = () =>
      session.page.evaluate(() => {
        const { state, renderer } = window.newsgraph!;
        return state.graph.filterEdges((edge, attributes) => attributes.kind === 'CONDEMNS' && renderer.getEdgeDisplayData(edge)?.hidden === false).length;
      });
    expect(await visibleEdgesOfKind()).toBeGreaterThan(0);
    await session.page.uncheck('#relation-filters input[data-relation="CONDEMNS"]');
    await expect.poll(visibleEdgesOfKind).toBe(0);
    await session.page.check('#relation-filters input[data-relation="CONDEMNS"]');
  });

  it('keeps only what one article supports when an article is chosen', async () => {
    const onlyInSecond = 'group:norland-trawler-crews';
    const onlyInFirst = 'organization:tidewater-league';
    const isShown = (node: string) => session.page.evaluate((key) => window.newsgraph!.renderer.getNodeDisplayData(key)?.hidden === false, node);
    await session.page.selectOption('#filter-article', 'article:harbour-talks-2');
    await expect.poll(() => isShown(onlyInFirst)).toBe(false);
    expect(await isShown(onlyInSecond)).toBe(true);
    await session.page.selectOption('#filter-article', '');
    await expect.poll(() => isShown(onlyInFirst)).toBe(true);
  });

  it('runs without page errors', () => {
    expect(session.errors).toEqual([]);
  });
});
