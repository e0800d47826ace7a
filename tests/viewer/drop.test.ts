// Dropping a graph JSON file on the page replaces the served graph with the dropped one.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKnowledgeGraph } from '../../graph/model.ts';
import { writeGraphFile } from '../../graph/store/graphFile.ts';
import { buildFixtureGraph } from './support/fixtureGraph.ts';
import { openViewer, type ViewerSession } from './support/viewerSession.ts';

let session: ViewerSession;

beforeAll(async () => {
  const file = join(await mkdtemp(join(tmpdir(), 'newsgraph-viewer-drop-')), 'graph.json');
  await writeGraphFile(file, buildFixtureGraph());
  session = await openViewer(file);
});

afterAll(async () => {
  await session?.close();
});

async function dropFile(name: string, text: string): Promise<void> {
  const transfer = await session.page.evaluateHandle(
    ([fileName, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content], fileName, { type: 'application/json' }));
      return data;
    },
    [name, text] as const,
  );
  await session.page.dispatchEvent('#graph', 'dragenter', { dataTransfer: transfer });
  await session.page.dispatchEvent('#graph', 'drop', { dataTransfer: transfer });
}

describe('viewer: dropping a graph file', () => {
  it('replaces the graph with the dropped one', async () => {
    const dropped = createKnowledgeGraph();
    dropped.addNode('person:ada-quill', { kind: 'Person', name: 'Ada Quill', aliases: ['Ada Quill'], sources: [] });
    dropped.addNode('place:lantern-coast', { kind: 'Place', name: 'Lantern Coast', aliases: ['Lantern Coast'], sources: [] });
    dropped.addEdgeWithKey('VISITS:person:ada-quill->place:lantern-coast', 'person:ada-quill', 'place:lantern-coast', {
      kind: 'VISITS',
      sources: [],
      evidence: [],
      confidence: 1,
    });
    await dropFile('dropped.json', JSON.stringify(dropped.export()));
    await expect.poll(() => session.page.evaluate(() => window.newsgraph!.state.graph.nodes().sort())).toEqual(['person:ada-quill', 'place:lantern-coast']);
    await expect.poll(() => session.page.evaluate(() => window.newsgraph!.renderedNodeCount())).toBe(2);
    expect(await session.page.textContent('#source')).toContain('dropped.json');
    expect(await session.page.textContent('#counts')).toContain('2 of 2 nodes');
  });

  it('keeps the current graph and says why when the dropped file is not a graph', async () => {
    await dropFile('notes.json', '{"hello": "world"}');
    await expect.poll(() => session.page.textContent('#status')).toContain('Cannot open notes.json');
    expect(await session.page.evaluate(() => window.newsgraph!.state.graph.order)).toBe(2);
  });

  it('runs without page errors', () => {
    expect(session.errors).toEqual([]);
  });
});
