// Node labels never overlap: a crowd of long names around one hub, drawn in a real browser.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGraphFile } from '../../graph/store/graphFile.ts';
import { createKnowledgeGraph, edgeId, nodeId } from '../../graph/model.ts';
import { openViewer, type ViewerSession } from './support/viewerSession.ts';

let session: ViewerSession;

/** A hub state and thirty bodies with long names, each tied to the hub and to its neighbour in the ring. */
function crowdedGraph() {
  const graph = createKnowledgeGraph();
  const article = 'article:crowd';
  graph.addNode(article, { kind: 'Article', name: 'Crowd', aliases: [], sources: [article], title: 'Crowd', date: '2031-01-01', outlet: 'Test Ledger' });
  const hub = nodeId('Government', 'Estmark');
  graph.addNode(hub, { kind: 'Government', name: 'Estmark', aliases: ['Estmark'], sources: [article] });
  const bodies: string[] = [];
  for (let i = 0; i < 30; i++) {
    const name = `Standing Commission on Coastal Fisheries and Harbour Safety No. ${i + 1}`;
    const id = nodeId('Organization', name);
    graph.addNode(id, { kind: 'Organization', name, aliases: [name], sources: [article] });
    graph.addEdgeWithKey(edgeId('PART_OF', id, hub), id, hub, { kind: 'PART_OF', sources: [article], evidence: [{ article, sentence: `${name} belongs to Estmark.` }], confidence: 0.9 });
    bodies.push(id);
  }
  bodies.forEach((id, i) => {
    const next = bodies[(i + 1) % bodies.length];
    graph.addEdgeWithKey(edgeId('COOPERATES_WITH', id, next), id, next, { kind: 'COOPERATES_WITH', sources: [article], evidence: [{ article, sentence: 'They work together.' }], confidence: 0.9 });
  });
  return graph;
}

beforeAll(async () => {
  const file = join(await mkdtemp(join(tmpdir(), 'newsgraph-viewer-labels-')), 'graph.json');
  await writeGraphFile(file, crowdedGraph());
  session = await openViewer(file);
});

afterAll(async () => {
  await session?.close();
});

describe('viewer: node labels', () => {
  it('draws labels, the biggest node\'s among them, and no two of them overlap', async () => {
    await expect.poll(() => session.page.evaluate(() => window.newsgraph!.drawnLabels().drawn.length)).toBeGreaterThan(0);
    const labels = await session.page.evaluate(() => window.newsgraph!.drawnLabels().drawn);
    expect(labels.map((label) => label.node)).toContain('government:estmark');
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) {
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `${a.node} and ${b.node}`).toBe(false);
      }
    }
  });

  it('leaves out labels that would overlap rather than draw them on top of each other', async () => {
    // Thirty long names around one hub: sigma's grid proposes each, and not all of them fit.
    const { drawn, proposed } = await session.page.evaluate(() => window.newsgraph!.drawnLabels());
    expect(proposed).toBeGreaterThan(drawn.length);
    expect(drawn.length).toBeGreaterThan(proposed / 3);
  });
});
