import { describe, expect, it } from 'vitest';
import { parallelEdgeCurvatures } from '../../../viewer/src/graph/parallelEdges.ts';
import { buildFixtureGraph } from '../support/fixtureGraph.ts';

describe('parallelEdgeCurvatures', () => {
  const graph = buildFixtureGraph();
  const curvatures = parallelEdgeCurvatures(graph);
  const between = (a: string, b: string) => [...graph.outEdges(a, b), ...graph.outEdges(b, a)];

  it('curves every edge between two nodes that share several, with distinct curvatures one way', () => {
    const edges = between('government:estmark', 'government:norland');
    expect(edges.length).toBe(3);
    for (const edge of edges) expect(curvatures.get(edge)).toBeGreaterThan(0);
    const sameWay = graph.outEdges('government:estmark', 'government:norland').map((edge) => curvatures.get(edge));
    expect(new Set(sameWay).size).toBe(sameWay.length);
  });

  it('leaves a lone edge straight', () => {
    const [edge] = graph.outEdges('person:tomas-reel', 'organization:tidewater-league');
    expect(curvatures.has(edge)).toBe(false);
  });
});
