import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { DOMParser } from '@xmldom/xmldom';
import { toGraphml } from '../../graph/export/graphml.ts';
import { createKnowledgeGraph } from '../../graph/model.ts';
import { buildSampleGraph } from './sampleGraph.ts';

describe('toGraphml', () => {
  const graph = buildSampleGraph();
  const graphml = toGraphml(graph);
  const again = parseGraphml(MultiDirectedGraph, graphml);

  it('is well-formed XML', () => {
    const errors: string[] = [];
    new DOMParser({ errorHandler: (level: string, message: unknown) => errors.push(`${level}: ${String(message)}`) }).parseFromString(graphml, 'application/xml');
    expect(errors).toEqual([]);
  });

  it('re-imports into graphology with the same nodes, edges, kinds and names', () => {
    expect(again.order).toBe(graph.order);
    expect(again.size).toBe(graph.size);
    graph.forEachNode((key, attributes) => {
      expect(again.getNodeAttribute(key, 'kind')).toBe(attributes.kind);
      expect(again.getNodeAttribute(key, 'name')).toBe(attributes.name);
    });
    graph.forEachEdge((key, attributes, source, target) => {
      expect([again.source(key), again.target(key)]).toEqual([source, target]);
      expect(again.getEdgeAttribute(key, 'kind')).toBe(attributes.kind);
    });
  });

  it('types numbers and booleans, and carries lists and objects as JSON strings', () => {
    expect(graphml).toMatch(/attr.name="confidence" attr.type="double"/);
    expect(graphml).toMatch(/attr.name="count" attr.type="int"/);
    expect(graphml).toMatch(/attr.name="quoted" attr.type="boolean"/);
    const deploys = again.findEdge((_key, attributes) => attributes.kind === 'DEPLOYS_TO')!;
    expect(again.getEdgeAttribute(deploys, 'count')).toBe(1200);
    graph.forEachEdge((key, attributes) => {
      expect(JSON.parse(again.getEdgeAttribute(key, 'evidence') as string)).toEqual(attributes.evidence);
      expect(again.getEdgeAttribute(key, 'confidence')).toBe(attributes.confidence);
    });
    const marin = 'person:ilse-marin';
    expect(JSON.parse(again.getNodeAttribute(marin, 'roles') as string)).toEqual(graph.getNodeAttribute(marin, 'roles'));
    expect(JSON.parse(again.getAttribute('skipped') as string)).toEqual(graph.getAttribute('skipped'));
  });

  it('gives Gephi labels, weights and r/g/b colours (which graphology reads back as one colour)', () => {
    expect(again.getNodeAttribute('government:velmora', 'label')).toBe('Velmora');
    expect(again.getNodeAttribute('government:velmora', 'color')).toBe('#1f77b4');
    expect(again.getNodeAttribute('government:velmora', 'x')).toBe(1.5);
    const condemns = again.findEdge((_key, attributes) => attributes.kind === 'CONDEMNS')!;
    expect(again.getEdgeAttribute(condemns, 'weight')).toBe(0.75);
  });

  it('writes an empty graph as a valid document', () => {
    const empty = parseGraphml(MultiDirectedGraph, toGraphml(createKnowledgeGraph()));
    expect([empty.order, empty.size]).toEqual([0, 0]);
  });
});
