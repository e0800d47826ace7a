import { describe, expect, it } from 'vitest';
import { graphScale, LARGE_GRAPH_EDGES, LARGE_GRAPH_NODES } from '../../../viewer/src/render/graphScale.ts';

describe('graphScale', () => {
  it('draws a graph up to the thresholds in full', () => {
    expect(graphScale({ order: LARGE_GRAPH_NODES, size: LARGE_GRAPH_EDGES }).large).toBe(false);
  });

  it('draws a graph the big-graph way past either threshold', () => {
    expect(graphScale({ order: LARGE_GRAPH_NODES + 1, size: 10 }).large).toBe(true);
    expect(graphScale({ order: 10, size: LARGE_GRAPH_EDGES + 1 }).large).toBe(true);
  });
});
