// A graph past the big-graph thresholds (render/graphScale.ts) is drawn the fast way, still answers the pointer,
// and a small graph dropped after it is drawn in full again.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGraphFile } from '../../graph/store/graphFile.ts';
import { buildFixtureGraph } from './support/fixtureGraph.ts';
import { generateGraph } from './support/generatedGraph.ts';
import { openViewer, paintedPixelCount, type ViewerSession } from './support/viewerSession.ts';

let session: ViewerSession;
const graph = generateGraph({ nodes: 6_000, edges: 24_000, laidOut: true });

beforeAll(async () => {
  const file = join(await mkdtemp(join(tmpdir(), 'newsgraph-viewer-big-')), 'graph.json');
  await writeGraphFile(file, graph);
  session = await openViewer(file);
});

afterAll(async () => {
  await session?.close();
});

/** The program types sigma draws the first node and edge with, and the settings that follow the graph's size. */
function drawing() {
  return session.page.evaluate(() => {
    const { renderer, state } = window.newsgraph!;
    return {
      nodeType: renderer.getNodeDisplayData(state.graph.nodes()[0])?.type,
      edgeType: renderer.getEdgeDisplayData(state.graph.edges()[0])?.type,
      edgeEvents: renderer.getSetting('enableEdgeEvents'),
      hideEdgesOnMove: renderer.getSetting('hideEdgesOnMove'),
    };
  });
}

describe('viewer: a big graph', () => {
  it('draws nodes as points and edges as lines, hides edges while moving, and turns edge hover off', async () => {
    expect(await drawing()).toEqual({ nodeType: 'point', edgeType: 'line', edgeEvents: false, hideEdgesOnMove: true });
    expect(await session.page.evaluate(() => window.newsgraph!.renderedNodeCount())).toBe(graph.order);
    await session.page.waitForTimeout(300);
    expect(await paintedPixelCount(session.page)).toBeGreaterThan(20_000);
  });

  it('moves the last frame while the camera moves, to where the camera is, and draws once it rests', async () => {
    const seen = await session.page.evaluate(async () => {
      const { renderer, state } = window.newsgraph!;
      const stage = document.getElementById('graph')!;
      const pictures = () => [...stage.querySelectorAll<HTMLCanvasElement>('canvas:not(.sigma-mouse)')];
      const camera = renderer.getCamera();
      const node = state.graph.nodes()[0];
      let draws = 0;
      const counted = () => draws++;
      renderer.on('afterRender', counted);
      // For each moved frame: where the node's pixel of the last drawn frame is put, against where the camera puts it.
      const misses: number[] = [];
      let moved = 0;
      const check = () => {
        moved++;
        const transform = new DOMMatrix(getComputedStyle(pictures()[0]).transform);
        const data = renderer.getNodeDisplayData(node)!;
        const shown = transform.transformPoint(renderer.framedGraphToViewport(data));
        const wanted = renderer.framedGraphToViewport(data, { cameraState: camera.getState() });
        misses.push(Math.hypot(shown.x - wanted.x, shown.y - wanted.y));
      };
      stage.addEventListener('newsgraph:moved-frame', check);
      const start = camera.getState();
      await camera.animate({ x: start.x + 0.1, y: start.y - 0.05, ratio: start.ratio / 3 }, { duration: 500 });
      const drawsWhileMoving = draws;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      stage.removeEventListener('newsgraph:moved-frame', check);
      renderer.off('afterRender', counted);
      const result = {
        moved,
        drawsWhileMoving,
        drawsAfter: draws - drawsWhileMoving,
        worstMiss: Math.max(...misses),
        transforms: pictures().map((canvas) => canvas.style.transform),
      };
      camera.setState(start);
      return result;
    });
    expect(seen.moved).toBeGreaterThan(3);
    expect(seen.drawsWhileMoving).toBe(0);
    expect(seen.drawsAfter).toBe(1);
    expect(seen.worstMiss).toBeLessThan(0.5);
    expect(new Set(seen.transforms)).toEqual(new Set(['']));
  });

  it('draws mid-move when the moved frame would miss much of the graph (a long pan zoomed in)', async () => {
    const seen = await session.page.evaluate(async () => {
      const { renderer } = window.newsgraph!;
      const camera = renderer.getCamera();
      const start = camera.getState();
      const nextFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      camera.setState({ ...start, ratio: 0.2 });
      await nextFrames();
      let draws = 0;
      const counted = () => draws++;
      renderer.on('afterRender', counted);
      await camera.animate({ x: start.x + 0.3 }, { duration: 500 });
      const drawsWhileMoving = draws;
      renderer.off('afterRender', counted);
      camera.setState(start);
      await nextFrames();
      return { drawsWhileMoving };
    });
    // A pan of 0.3 graph widths at 5× zoom crosses the stage several times: a few frames drawn, not every one.
    expect(seen.drawsWhileMoving).toBeGreaterThan(0);
    expect(seen.drawsWhileMoving).toBeLessThan(20);
  });

  it('marks the neighbourhood of the node the pointer rests on, without fading the rest; a click fades the rest', async () => {
    const hub = graph.nodes().reduce((best, node) => (graph.degree(node) > graph.degree(best) ? node : best));
    const point = await session.page.evaluate((key) => {
      const { renderer } = window.newsgraph!;
      return renderer.framedGraphToViewport(renderer.getNodeDisplayData(key)!);
    }, hub);
    const box = (await session.page.locator('#graph').boundingBox())!;
    await session.page.mouse.move(box.x + point.x, box.y + point.y);
    // Nodes overlap at this density: whichever is drawn on top at that spot is the one hovered.
    await expect.poll(() => session.page.evaluate(() => window.newsgraph!.state.hoveredNode)).not.toBeNull();
    const { hovered, neighbours } = await session.page.evaluate(() => {
      const { state } = window.newsgraph!;
      return { hovered: state.hoveredNode!, neighbours: state.focusNeighbours.size };
    });
    expect(neighbours).toBe(graph.neighbors(hovered).length);
    const looks = () =>
      session.page.evaluate((key) => {
        const { renderer, state } = window.newsgraph!;
        const stranger = state.graph.findNode((node) => node !== key && !state.graph.areNeighbors(node, key))!;
        const neighbour = state.graph.neighbors(key)[0];
        return {
          stranger: renderer.getNodeDisplayData(stranger)?.color === state.graph.getNodeAttribute(stranger, 'color'),
          neighbourLabelled: renderer.getNodeDisplayData(neighbour)?.forceLabel === true,
        };
      }, hovered);
    expect(await looks()).toEqual({ stranger: true, neighbourLabelled: true });
    await session.page.mouse.down();
    await session.page.mouse.up();
    await expect.poll(() => session.page.evaluate(() => window.newsgraph!.state.selectedNode)).toBe(hovered);
    expect(await looks()).toEqual({ stranger: false, neighbourLabelled: true });
    await session.page.keyboard.press('Escape');
  });

  it('draws a smaller graph dropped after it in full', async () => {
    const small = JSON.stringify(buildFixtureGraph().export());
    const transfer = await session.page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'small.json', { type: 'application/json' }));
      return data;
    }, small);
    await session.page.dispatchEvent('#graph', 'drop', { dataTransfer: transfer });
    await expect.poll(() => session.page.evaluate(() => window.newsgraph!.state.graph.order)).toBe(buildFixtureGraph().order);
    // Edge hover stays off: sigma makes its picking layer only when built with it (documented in docs/viewer.md).
    await expect.poll(drawing).toEqual({ nodeType: 'circle', edgeType: 'straight', edgeEvents: false, hideEdgesOnMove: false });
  });

  it('runs without page errors', () => {
    expect(session.errors).toEqual([]);
  });
});
