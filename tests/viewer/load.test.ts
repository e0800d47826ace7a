// The page loads the served graph and sigma draws its nodes on the canvas.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGraphFile } from '../../graph/store/graphFile.ts';
import { buildFixtureGraph } from './support/fixtureGraph.ts';
import { openViewer, paintedPixelCount, type ViewerSession } from './support/viewerSession.ts';

let session: ViewerSession;
const graph = buildFixtureGraph();

beforeAll(async () => {
  const file = join(await mkdtemp(join(tmpdir(), 'newsgraph-viewer-load-')), 'graph.json');
  await writeGraphFile(file, graph);
  session = await openViewer(file);
});

afterAll(async () => {
  await session?.close();
});

describe('viewer: loading a graph', () => {
  it('renders every non-provenance node, and hides articles by default', async () => {
    const actors = graph.filterNodes((_node, attributes) => attributes.kind !== 'Article').length;
    await expect.poll(() => session.page.evaluate(() => window.newsgraph!.renderedNodeCount())).toBe(actors);
    const counts = await session.page.locator('#counts').textContent();
    expect(counts).toContain(`${actors} of ${graph.order} nodes`);
  });

  it('paints the nodes on the canvas', async () => {
    await session.page.waitForTimeout(300);
    expect(await paintedPixelCount(session.page)).toBeGreaterThan(500);
  });

  it('labels nodes with their names, never their kinds', async () => {
    const labels = await session.page.evaluate(() => {
      const { state, renderer } = window.newsgraph!;
      return state.graph.mapNodes((node) => renderer.getNodeDisplayData(node)?.label ?? null);
    });
    expect(labels).toContain('Odile Varga');
    expect(labels).not.toContain('Person');
  });

  it('loads without page errors', () => {
    expect(session.errors).toEqual([]);
  });
});
