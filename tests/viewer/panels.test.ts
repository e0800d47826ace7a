// Reading the graph in a real browser: clicking a node opens its panel, counterparts and evidence are one click away,
// the layout saves positions back into the graph file, and exports hold the filtered view.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraphFile, writeGraphFile } from '../../graph/store/graphFile.ts';
import { buildFixtureGraph } from './support/fixtureGraph.ts';
import { openViewer, type ViewerSession } from './support/viewerSession.ts';

let session: ViewerSession;
let graphFile: string;

async function clickNode(node: string): Promise<void> {
  const point = await session.page.evaluate((key) => {
    const { renderer } = window.newsgraph!;
    const data = renderer.getNodeDisplayData(key)!;
    return renderer.framedGraphToViewport({ x: data.x, y: data.y });
  }, node);
  const box = (await session.page.locator('#graph').boundingBox())!;
  await session.page.mouse.move(box.x + point.x, box.y + point.y);
  // Sigma picks what is under the pointer from its last drawn frame: wait until it sees the node.
  await expect.poll(() => session.page.evaluate(() => window.newsgraph!.state.hoveredNode)).toBe(node);
  await session.page.mouse.down();
  await session.page.mouse.up();
}

beforeAll(async () => {
  graphFile = join(await mkdtemp(join(tmpdir(), 'newsgraph-viewer-panels-')), 'graph.json');
  await writeGraphFile(graphFile, buildFixtureGraph());
  session = await openViewer(graphFile);
});

afterAll(async () => {
  await session?.close();
});

describe('viewer: panels', () => {
  it('opens a panel with name, kind, aliases, roles, grouped relations and statements when a node is clicked', async () => {
    await clickNode('person:odile-varga');
    const panel = session.page.locator('#details');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('.panel-title').textContent()).toBe('Odile Varga');
    expect(await panel.locator('.kind-badge').textContent()).toBe('Person');
    expect(await panel.locator('.chips li').allTextContents()).toEqual(['Ms Varga', 'the minister']);
    expect(await panel.textContent()).toContain('Fisheries Minister of Estmark');
    expect(await panel.locator('.relation-group[data-relation="LEADS"] .node-ref').textContent()).toContain('Estmark');
    expect(await panel.locator('.said .statement blockquote').textContent()).toContain('The accord binds every crew');
    expect(await panel.locator('.said .statement').textContent()).toContain('Harbour talks stall');
  });

  it('moves to a counterpart when its name is clicked', async () => {
    await session.page.click('#details .relation-group[data-relation="LEADS"] .node-ref');
    await expect.poll(() => session.page.locator('#details .panel-title').textContent()).toBe('Estmark');
    const groups = await session.page.locator('#details .relation-group').evaluateAll((items) => items.map((item) => item.getAttribute('data-relation')));
    expect(groups).toEqual(expect.arrayContaining(['CONDEMNS', 'URGES', 'ACCUSES', 'LEADS']));
  });

  it('shows the evidence sentences and their article for a relation', async () => {
    await session.page.click('#details .relation-group[data-relation="URGES"] .evidence-button');
    const panel = session.page.locator('#details');
    await expect.poll(() => panel.locator('.kind-badge').textContent()).toBe('URGES');
    expect(await panel.locator('.evidence blockquote').allTextContents()).toEqual(['Estmark urged Norland to withdraw its trawlers.']);
    expect(await panel.locator('.evidence').textContent()).toContain('Harbour talks stall');
    expect(await panel.locator('.facts').textContent()).toContain('withdraw its trawlers');
  });

  it('runs the layout in a worker and saves the positions into the graph file when stopped', async () => {
    const before = await readGraphFile(graphFile);
    await session.page.click('#layout-toggle');
    await expect.poll(() => session.page.textContent('#layout-toggle')).toContain('Stop');
    await session.page.waitForTimeout(700);
    await session.page.click('#layout-toggle');
    await expect.poll(() => session.page.textContent('#status')).toContain('Layout saved');
    const after = await readGraphFile(graphFile);
    const inBrowser = await session.page.evaluate(() => window.newsgraph!.state.graph.getNodeAttributes('government:estmark'));
    expect(after.getNodeAttributes('government:estmark')).toMatchObject({ x: inBrowser.x, y: inBrowser.y, name: 'Estmark' });
    expect(before.getNodeAttribute('government:estmark', 'x')).toBeUndefined();
    expect(after.size).toBe(before.size);
  });

  it('moves a dragged node and saves its new position', async () => {
    await session.page.click('#details-close');
    const node = 'person:tomas-reel';
    // Closing the panel widens the canvas and the layout moved everything: reset the camera and draw now
    // (not on a later frame, which a loaded machine may delay) before aiming at the node.
    const start = await session.page.evaluate((key) => {
      const { renderer } = window.newsgraph!;
      renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      renderer.refresh();
      const data = renderer.getNodeDisplayData(key)!;
      return renderer.framedGraphToViewport({ x: data.x, y: data.y });
    }, node);
    const box = (await session.page.locator('#graph').boundingBox())!;
    await session.page.mouse.move(box.x + start.x, box.y + start.y);
    await expect.poll(() => session.page.evaluate(() => window.newsgraph!.state.hoveredNode)).toBe(node);
    await session.page.mouse.down();
    await session.page.mouse.move(box.x + start.x + 60, box.y + start.y + 40, { steps: 6 });
    await session.page.mouse.up();
    await expect.poll(() => session.page.textContent('#status')).toContain('position saved');
    const inBrowser = await session.page.evaluate((key) => window.newsgraph!.state.graph.getNodeAttributes(key), node);
    const saved = (await readGraphFile(graphFile)).getNodeAttributes(node);
    expect({ x: saved.x, y: saved.y }).toEqual({ x: inBrowser.x, y: inBrowser.y });
    const after = await session.page.evaluate((key) => {
      const { renderer } = window.newsgraph!;
      const data = renderer.getNodeDisplayData(key)!;
      return renderer.framedGraphToViewport({ x: data.x, y: data.y });
    }, node);
    expect(Math.hypot(after.x - start.x - 60, after.y - start.y - 40)).toBeLessThan(5);
  });

  it('exports the filtered graph as JSON and GEXF', async () => {
    await session.page.click('.legend-row[data-kind="Statement"]');
    await session.page.click('.menu summary');
    const [json] = await Promise.all([session.page.waitForEvent('download'), session.page.click('[data-export="json"]')]);
    const exported = JSON.parse(await readFile((await json.path())!, 'utf8')) as { nodes: { attributes: { kind: string } }[] };
    const kinds = new Set(exported.nodes.map((node) => node.attributes.kind));
    expect(kinds.has('Statement')).toBe(false);
    expect(kinds.has('Article')).toBe(false);
    expect(kinds.has('Person')).toBe(true);
    await session.page.click('.menu summary');
    const [gexf] = await Promise.all([session.page.waitForEvent('download'), session.page.click('[data-export="gexf"]')]);
    const xml = await readFile((await gexf.path())!, 'utf8');
    expect(xml).toContain('<gexf');
    expect(xml).toContain('Odile Varga');
    expect(xml).not.toContain('The accord binds every crew');
  });

  it('exports the view as a PNG image', async () => {
    await session.page.click('.menu summary');
    const [png] = await Promise.all([session.page.waitForEvent('download'), session.page.click('[data-export="png"]')]);
    const bytes = await readFile((await png.path())!);
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(2000);
  });

  it('runs without page errors', () => {
    expect(session.errors).toEqual([]);
  });
});
