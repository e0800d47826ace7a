import { describe, expect, it } from 'vitest';
import { actorDegrees } from '../../../viewer/src/graph/actorDegree.ts';
import { SearchIndex, foldForSearch } from '../../../viewer/src/search/searchIndex.ts';
import { buildFixtureGraph } from '../support/fixtureGraph.ts';

const graph = buildFixtureGraph();
const index = new SearchIndex(graph, actorDegrees(graph));

describe('SearchIndex', () => {
  it('folds case, accents and punctuation', () => {
    expect(foldForSearch('  Ódile-VARGA ')).toBe('odile varga');
  });

  it('finds a node by a word of its name', () => {
    expect(index.search('varga')[0]).toMatchObject({ node: 'person:odile-varga', name: 'Odile Varga' });
  });

  it('finds a node by an alias and says which alias matched', () => {
    const [hit] = index.search('the League');
    expect(hit).toMatchObject({ node: 'organization:tidewater-league', matchedAlias: 'the League' });
  });

  it('ranks whole-name matches above partial ones', () => {
    const hits = index.search('norland');
    expect(hits[0].node).toBe('government:norland');
    expect(hits.map((hit) => hit.node)).toContain('group:norland-trawler-crews');
  });

  it('returns nothing for an empty query or no match', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('zzzz')).toEqual([]);
  });
});
