import { describe, expect, it } from 'vitest';
import { matchNodesToGold } from '../../src/eval/matchNodes.ts';
import { scoreEntities } from '../../src/eval/scoreEntities.ts';
import { GraphBuilder, syntheticGold } from './syntheticGold.ts';

function score(build: (g: GraphBuilder) => void) {
  const gold = syntheticGold();
  const g = new GraphBuilder();
  build(g);
  return scoreEntities(g.graph, gold, matchNodesToGold(g.graph, gold));
}

describe('scoreEntities', () => {
  it('scores a perfect graph 1 everywhere', () => {
    const scores = score((g) => {
      for (const entity of syntheticGold().entities) g.node(entity.kind, entity.name);
      g.statement('something said');
    });
    expect(scores).toMatchObject({ gold: 6, predicted: 6, found: 6, recall: 1, typedRecall: 1, precision: 1, fragmentCount: 0 });
    expect(scores.missed).toEqual([]);
  });

  it('counts misses, unmatched nodes, wrong kinds and fragments', () => {
    const scores = score((g) => {
      g.node('Government', 'Norland');
      g.node('Place', 'Vesk'); // the capital as metonym, wrongly a Place, and a second node for Norland
      g.node('Person', 'Park');
      g.node('Group', 'fishermen'); // not in gold
    });
    expect(scores.found).toBe(2);
    expect(scores.recall).toBeCloseTo(2 / 6);
    expect(scores.foundWithKind).toBe(2);
    expect(scores.precision).toBeCloseTo(3 / 4);
    expect(scores.unmatched.map((node) => node.name)).toEqual(['fishermen']);
    expect(scores.wrongKind).toEqual([expect.objectContaining({ name: 'Vesk', kind: 'Place', goldName: 'Norland', goldKind: 'Government' })]);
    expect(scores.fragments).toEqual([{ goldName: 'Norland', nodes: ['government:norland', 'place:vesk'] }]);
    expect(scores.fragmentCount).toBe(1);
    expect(scores.missed.map((entity) => entity.name)).toEqual(['Ministry of Tides', 'Southmark', 'Coastal Union', 'Tide Accord']);
  });

  it('typed recall counts only nodes of the gold kind', () => {
    const scores = score((g) => g.node('Place', 'Southmark'));
    expect(scores.recall).toBeCloseTo(1 / 6);
    expect(scores.typedRecall).toBe(0);
  });

  it('an empty graph has no precision and no recall', () => {
    const scores = score(() => {});
    expect(scores.precision).toBe(0);
    expect(scores.recall).toBe(0);
  });
});
