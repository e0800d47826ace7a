import { describe, expect, it } from 'vitest';
import { matchNodesToGold } from '../../src/eval/matchNodes.ts';
import { scoreRelations } from '../../src/eval/scoreRelations.ts';
import { GraphBuilder, syntheticGold } from './syntheticGold.ts';

function score(build: (g: GraphBuilder) => void) {
  const gold = syntheticGold();
  const g = new GraphBuilder();
  build(g);
  return scoreRelations(g.graph, gold, matchNodesToGold(g.graph, gold));
}

describe('scoreRelations', () => {
  it('matches subject alternatives, symmetric kinds either way, and ignores statement and provenance kinds', () => {
    const scores = score((g) => {
      const norland = g.node('Government', 'Norland');
      const south = g.node('Government', 'Port Lira');
      const park = g.node('Person', 'Jaehun Park');
      const ministry = g.node('Government', 'the ministry');
      g.edge('CONDEMNS', norland, south); // the state stands in for its ministry
      g.edge('MEETS', south, norland); // stored the other way round
      g.edge('SPEAKS_FOR', park, ministry);
      g.edge('MENTIONS', park, south); // not scored
      g.statement('we will not sign', south);
    });
    expect(scores).toMatchObject({ gold: 5, predicted: 3, found: 3, correct: 3, precision: 1 });
    expect(scores.recall).toBeCloseTo(3 / 5);
    expect(scores.f1).toBeCloseTo((2 * 1 * 0.6) / 1.6);
    expect(scores.missed.map((relation) => relation.kind)).toEqual(['PART_OF', 'PARTY_TO']);
    expect(scores.byKind.CONDEMNS).toEqual({ gold: 1, found: 1, predicted: 1, correct: 1 });
    expect(scores.byKind.PART_OF).toEqual({ gold: 1, found: 0, predicted: 0, correct: 0 });
    expect(scores.byKind.MENTIONS).toBeUndefined();
  });

  it('does not turn an asymmetric kind round, and counts edges to unknown nodes as false', () => {
    const scores = score((g) => {
      const norland = g.node('Government', 'Norland');
      const ministry = g.node('Government', 'Ministry of Tides');
      const stray = g.node('Group', 'crowd');
      g.edge('PART_OF', norland, ministry);
      g.edge('CONDEMNS', stray, norland);
    });
    expect(scores.found).toBe(0);
    expect(scores.precision).toBe(0);
    expect(scores.nearMisses).toEqual([{ gold: 'Ministry of Tides -PART_OF-> Norland', predicted: ['Norland -PART_OF-> Ministry of Tides'] }]);
    expect(scores.falsePositives.map((edge) => edge.text)).toEqual([
      'Norland -PART_OF-> Ministry of Tides',
      'crowd -CONDEMNS-> Norland',
    ]);
  });

  it('a kind that differs is a miss and a false positive', () => {
    const scores = score((g) => g.edge('SUPPORTS', g.node('Government', 'Southmark'), g.node('Treaty', 'the 2020 pact')));
    expect(scores.correct).toBe(0);
    expect(scores.missed.some((relation) => relation.kind === 'PARTY_TO')).toBe(true);
    expect(scores.nearMisses).toEqual([{ gold: 'Southmark -PARTY_TO-> Tide Accord', predicted: ['Southmark -SUPPORTS-> the 2020 pact'] }]);
  });
});
