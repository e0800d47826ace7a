import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { DOMParser } from '@xmldom/xmldom';
import { toGexf, toRgbColor, toScalarAttribute } from '../../graph/export/gexf.ts';
import { buildSampleGraph } from './sampleGraph.ts';

describe('toGexf', () => {
  const graph = buildSampleGraph();
  const gexf = toGexf(graph);
  const again = parseGexf(MultiDirectedGraph, gexf);

  it('declares GEXF 1.3 with its namespaces', () => {
    expect(gexf).toMatch(/<gexf version="1.3" xmlns="http:\/\/gexf.net\/1.3" xmlns:viz="http:\/\/gexf.net\/1.3\/viz"/);
    // Pedantic meta: nothing outside creator/description/keywords, which the schema would reject.
    expect(gexf).not.toMatch(/<meta>[\s\S]*<name>/);
  });

  it('is well-formed XML with no characters XML 1.0 forbids', () => {
    const errors: string[] = [];
    new DOMParser({ errorHandler: (level: string, message: unknown) => errors.push(`${level}: ${String(message)}`) }).parseFromString(gexf, 'application/xml');
    expect(errors).toEqual([]);
    expect(gexf).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('re-imports into graphology with the same nodes, edges, kinds and names', () => {
    expect(again.order).toBe(graph.order);
    expect(again.size).toBe(graph.size);
    graph.forEachNode((key, attributes) => {
      expect(again.getNodeAttribute(key, 'kind')).toBe(attributes.kind);
      expect(again.getNodeAttribute(key, 'name')).toBe(attributes.name);
    });
    graph.forEachEdge((key, attributes, source, target) => {
      expect(again.source(key)).toBe(source);
      expect(again.target(key)).toBe(target);
      expect(again.getEdgeAttribute(key, 'kind')).toBe(attributes.kind);
    });
  });

  it('carries lists and objects as JSON strings that parse back to the originals', () => {
    const velmora = 'government:velmora';
    expect(JSON.parse(again.getNodeAttribute(velmora, 'aliases') as string)).toEqual(graph.getNodeAttribute(velmora, 'aliases'));
    graph.forEachEdge((key, attributes) => {
      expect(JSON.parse(again.getEdgeAttribute(key, 'evidence') as string)).toEqual(attributes.evidence);
      expect(JSON.parse(again.getEdgeAttribute(key, 'sources') as string)).toEqual(attributes.sources);
    });
    const statement = graph.findNode((_key, attributes) => attributes.kind === 'Statement')!;
    expect(again.getNodeAttribute(statement, 'text')).toBe(graph.getNodeAttribute(statement, 'text')!.replace('\u0007', ''));
    expect(again.getNodeAttribute(statement, 'quoted')).toBe(true);
  });

  it('puts colours, sizes and positions in viz elements', () => {
    const velmora = graph.getNodeAttributes('government:velmora');
    const back = again.getNodeAttributes('government:velmora');
    expect([back.x, back.y, back.size]).toEqual([velmora.x, velmora.y, velmora.size]);
    expect(back.color).toBe('rgb(31,119,180)');
    expect(again.getNodeAttribute('government:ostria', 'color')).toBe('rgb(255,136,0)');
    expect(back.label).toBe('Velmora');
  });
});

describe('toScalarAttribute / toRgbColor', () => {
  it('keeps scalars and turns structures into JSON', () => {
    expect(toScalarAttribute(3)).toBe(3);
    expect(toScalarAttribute(false)).toBe(false);
    expect(toScalarAttribute(['a|b', 'c'])).toBe('["a|b","c"]');
    expect(toScalarAttribute(undefined)).toBeUndefined();
    expect(toScalarAttribute(Number.NaN)).toBeUndefined();
  });

  it('reads hex colours and drops names it cannot place', () => {
    expect(toRgbColor('#0a0B0c')).toBe('rgb(10,11,12)');
    expect(toRgbColor('#fff')).toBe('rgb(255,255,255)');
    expect(toRgbColor('teal')).toBeUndefined();
  });
});
