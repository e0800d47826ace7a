import { describe, expect, it } from 'vitest';
import { matchNodesToGold, namesOfNode } from '../../src/eval/matchNodes.ts';
import { parseGoldSet } from '../../src/eval/gold.ts';
import { GraphBuilder, syntheticGold } from './syntheticGold.ts';

describe('matchNodesToGold', () => {
  it('matches a node by any of its names against any gold alias, after normalising', () => {
    const gold = syntheticGold();
    const g = new GraphBuilder();
    const park = g.node('Person', 'Mr. Jaehun-Park');
    const vesk = g.node('Government', 'Vesk');
    const stray = g.node('Place', 'Nowhere');
    const matches = matchNodesToGold(g.graph, gold);
    expect(gold.entities[matches.get(park)!]!.name).toBe('Jae-hun Park');
    expect(gold.entities[matches.get(vesk)!]!.name).toBe('Norland');
    expect(matches.has(stray)).toBe(false);
  });

  it('never matches statements or articles', () => {
    const g = new GraphBuilder();
    const article = g.node('Article', 'Norland');
    expect(matchNodesToGold(g.graph, syntheticGold()).has(article)).toBe(false);
  });

  it('when a merged node hits two gold entities, its canonical name decides', () => {
    const gold = syntheticGold();
    const g = new GraphBuilder();
    const merged = g.node('Government', 'Southmark', ['Norland', 'Vesk']);
    expect(gold.entities[matchNodesToGold(g.graph, gold).get(merged)!]!.name).toBe('Southmark');
  });

  it('a capital that names a state and a place goes to the gold entity of the node kind', () => {
    const gold = parseGoldSet(
      {
        articles: [],
        entities: [
          { kind: 'Government', name: 'Norland', aliases: ['Vesk'] },
          { kind: 'Place', name: 'Vesk', aliases: [] },
        ],
      },
      '/virtual/capital.json',
    );
    const g = new GraphBuilder();
    const asState = g.node('Government', 'Vesk');
    const asPlace = g.node('Place', 'Vesk');
    const matches = matchNodesToGold(g.graph, gold);
    expect(matches.get(asState)).toBe(0);
    expect(matches.get(asPlace)).toBe(1);
  });

  it('weighs a name many nodes bear less than one only this node bears', () => {
    const gold = parseGoldSet(
      {
        articles: [],
        entities: [
          { kind: 'Government', name: 'Ministry of Foreign Affairs', aliases: ["Norland's Ministry of Foreign Affairs"] },
          { kind: 'Government', name: "Vesk's foreign ministry", aliases: [] },
        ],
      },
      '/virtual/ministries.json',
    );
    const g = new GraphBuilder();
    const norland = g.node('Government', "Norland's Ministry of Foreign Affairs", ['Ministry of Foreign Affairs']);
    const vesk = g.node('Government', 'Veskan Ministry of Foreign Affairs', ["Vesk's foreign ministry", 'Ministry of Foreign Affairs']);
    const matches = matchNodesToGold(g.graph, gold);
    expect(matches.get(norland)).toBe(0);
    expect(matches.get(vesk)).toBe(1);
  });

  it('reads names from name and aliases, ignoring non-strings', () => {
    expect(namesOfNode({ kind: 'Place', name: 'A', aliases: ['B', 3 as unknown as string], sources: [] })).toEqual(['A', 'B']);
  });
});
