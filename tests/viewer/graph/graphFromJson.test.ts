import { describe, expect, it } from 'vitest';
import { GraphFormatError, graphFromJson } from '../../../viewer/src/graph/graphFromJson.ts';
import { buildFixtureGraph } from '../support/fixtureGraph.ts';

describe('graphFromJson', () => {
  it('reads what graph.export() wrote', () => {
    const original = buildFixtureGraph();
    const graph = graphFromJson(JSON.parse(JSON.stringify(original.export())));
    expect(graph.order).toBe(original.order);
    expect(graph.size).toBe(original.size);
    expect(graph.getNodeAttributes('person:odile-varga')).toEqual(original.getNodeAttributes('person:odile-varga'));
  });

  it('fills the model attributes other tools may leave out', () => {
    const graph = graphFromJson({ nodes: [{ key: 'a', attributes: { label: 'Alpha' } }, { key: 'b' }], edges: [{ source: 'a', target: 'b' }] });
    expect(graph.getNodeAttributes('a')).toMatchObject({ name: 'Alpha', aliases: [], sources: [] });
    expect(graph.getEdgeAttributes(graph.edges()[0])).toMatchObject({ sources: [], evidence: [] });
  });

  it.each([null, 'text', { hello: 1 }, { nodes: 'x' }, { nodes: [], edges: {} }, { nodes: [{ key: 'a' }], edges: [{ source: 'a', target: 'missing' }] }])(
    'refuses %j with a GraphFormatError',
    (data) => {
      expect(() => graphFromJson(data)).toThrow(GraphFormatError);
    },
  );
});
