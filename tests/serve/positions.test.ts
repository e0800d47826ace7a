import { describe, expect, it } from 'vitest';
import { createKnowledgeGraph } from '../../graph/model.ts';
import { UsageError } from '../../graph/errors.ts';
import { applyPositions, parsePositions } from '../../src/serve/positions.ts';

describe('parsePositions', () => {
  it('accepts a map of finite x/y', () => {
    expect(parsePositions({ positions: { a: { x: 1, y: -2.5 } } })).toEqual({ a: { x: 1, y: -2.5 } });
  });

  it.each([null, {}, { positions: [] }, { positions: { a: { x: 1 } } }, { positions: { a: { x: '1', y: 2 } } }, { positions: { a: { x: Infinity, y: 0 } } }])(
    'rejects %j with a UsageError',
    (body) => {
      expect(() => parsePositions(body)).toThrow(UsageError);
    },
  );
});

describe('applyPositions', () => {
  it('moves the nodes the graph has and ignores unknown ids', () => {
    const graph = createKnowledgeGraph();
    graph.addNode('person:a', { kind: 'Person', name: 'A', aliases: ['A'], sources: [] });
    const updated = applyPositions(graph, { 'person:a': { x: 3, y: 4 }, 'person:gone': { x: 0, y: 0 } });
    expect(updated).toBe(1);
    expect(graph.getNodeAttributes('person:a')).toMatchObject({ x: 3, y: 4, name: 'A' });
    expect(graph.hasNode('person:gone')).toBe(false);
  });
});
