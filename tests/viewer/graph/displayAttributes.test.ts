import { describe, expect, it } from 'vitest';
import { actorDegrees } from '../../../viewer/src/graph/actorDegree.ts';
import { deriveDisplayAttributes, displayLabel, kindColor, sizeForDegree } from '../../../viewer/src/graph/displayAttributes.ts';
import { NODE_KIND_COLORS } from '../../../viewer/src/graph/palette.ts';
import { buildFixtureGraph } from '../support/fixtureGraph.ts';

describe('deriveDisplayAttributes', () => {
  it('labels nodes with names (statements with their words), colours them by kind, sizes them by degree', () => {
    const graph = buildFixtureGraph();
    const degrees = actorDegrees(graph);
    const { positioned } = deriveDisplayAttributes(graph, degrees);
    expect(positioned).toBe(false);
    expect(graph.getNodeAttribute('person:odile-varga', 'label')).toBe('Odile Varga');
    expect(graph.getNodeAttribute('government:estmark', 'color')).toBe(NODE_KIND_COLORS.Government);
    const statement = graph.findNode((_node, attributes) => attributes.kind === 'Statement')!;
    expect(graph.getNodeAttribute(statement, 'label')).toBe(graph.getNodeAttribute(statement, 'text'));
    expect(graph.getNodeAttribute('government:estmark', 'size')!).toBeGreaterThan(graph.getNodeAttribute('person:tomas-reel', 'size')!);
    graph.forEachNode((_node, attributes) => {
      expect(Number.isFinite(attributes.x) && Number.isFinite(attributes.y)).toBe(true);
      expect(attributes.label).not.toBe(attributes.kind);
    });
  });

  it('keeps display attributes the file already has', () => {
    const graph = buildFixtureGraph();
    graph.mergeNodeAttributes('person:odile-varga', { x: 5, y: 6, color: '#000000', label: 'O. Varga', size: 9 });
    deriveDisplayAttributes(graph, actorDegrees(graph));
    expect(graph.getNodeAttributes('person:odile-varga')).toMatchObject({ x: 5, y: 6, color: '#000000', label: 'O. Varga', size: 9 });
  });

  it('cuts long labels and knows unknown kinds', () => {
    expect(displayLabel({ kind: 'Person', name: 'x'.repeat(200), aliases: [], sources: [] }, 'n').length).toBeLessThanOrEqual(60);
    expect(kindColor('Spaceship')).toMatch(/^#/);
    expect(sizeForDegree(100, 'Person')).toBeGreaterThan(sizeForDegree(1, 'Person'));
  });
});
