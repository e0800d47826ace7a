import { describe, expect, it } from 'vitest';
import { toGraphJson } from '../../graph/export/json.ts';
import { parseGraphJson } from '../../graph/store/graphFile.ts';
import { buildSampleGraph } from './sampleGraph.ts';

describe('toGraphJson', () => {
  it('round-trips exactly through the graph file reader', () => {
    const graph = buildSampleGraph();
    const text = toGraphJson(graph);
    const again = parseGraphJson(text);
    expect(again.export()).toEqual(graph.export());
    expect(toGraphJson(again)).toBe(text);
  });

  it('writes the same content pretty or compact', () => {
    const graph = buildSampleGraph();
    const pretty = toGraphJson(graph, { pretty: true });
    expect(pretty).toContain('\n  ');
    expect(JSON.parse(pretty)).toEqual(JSON.parse(toGraphJson(graph)));
  });
});
