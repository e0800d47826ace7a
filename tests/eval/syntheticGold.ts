// A small synthetic gold set and a graph builder for the eval unit tests (invented names, no corpus text).
import { createKnowledgeGraph, edgeId, nodeId, type KnowledgeGraph, type NodeKind, type RelationKind } from '../../graph/model.ts';
import { parseGoldSet, type GoldSet } from '../../src/eval/gold.ts';

export function syntheticGold(): GoldSet {
  return parseGoldSet(
    {
      root: '.',
      articles: ['a.txt'],
      entities: [
        { kind: 'Government', name: 'Norland', aliases: ['Vesk', 'the North'] },
        { kind: 'Government', name: 'Ministry of Tides', aliases: ['Norland Ministry of Tides', 'the ministry'] },
        { kind: 'Government', name: 'Southmark', aliases: ['Port Lira'] },
        { kind: 'Person', name: 'Jae-hun Park', aliases: ['Jaehun Park', 'Park'] },
        { kind: 'Organization', name: 'Coastal Union', aliases: ['CU'] },
        { kind: 'Treaty', name: 'Tide Accord', aliases: ['the 2020 pact'] },
      ],
      relations: [
        { subject: ['Ministry of Tides'], kind: 'PART_OF', object: ['Norland'] },
        { subject: ['Jae-hun Park'], kind: 'SPEAKS_FOR', object: ['Ministry of Tides'] },
        { subject: ['Ministry of Tides', 'Norland'], kind: 'CONDEMNS', object: ['Southmark'] },
        { subject: ['Norland'], kind: 'MEETS', object: ['Southmark'] },
        { subject: ['Southmark'], kind: 'PARTY_TO', object: ['Tide Accord'] },
      ],
      statements: [
        { key: 'the tide turns for no one', speakers: ['Park', 'Ministry of Tides'] },
        { key: 'we will not sign', speakers: ['Southmark'], date: '2026-01-05' },
      ],
    },
    '/virtual/gold.json',
  );
}

/** A graph builder that keeps the tests short: nodes by kind and name, edges by names. */
export class GraphBuilder {
  readonly graph: KnowledgeGraph = createKnowledgeGraph();

  node(kind: NodeKind, name: string, aliases: string[] = [], extra: Record<string, unknown> = {}): string {
    const id = nodeId(kind, name);
    this.graph.mergeNode(id, { kind, name, aliases: [name, ...aliases], sources: ['article:a'], ...extra });
    return id;
  }

  edge(kind: RelationKind, source: string, target: string): string {
    const key = edgeId(kind, source, target);
    this.graph.addEdgeWithKey(key, source, target, { kind, sources: ['article:a'], evidence: [], confidence: 1 });
    return key;
  }

  statement(text: string, speaker?: string): string {
    const id = this.node('Statement', text.slice(0, 20), [], { text, quoted: true, ...(speaker ? { speaker } : {}) });
    if (speaker) this.edge('SAID', speaker, id);
    return id;
  }
}
