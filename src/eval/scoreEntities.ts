// Entity scores: how many gold entities the graph found, how many of its nodes are real, and where kinds or merges went wrong.
import type { EntityKind, KnowledgeGraph } from '../../graph/model.ts';
import type { GoldSet } from './gold.ts';
import { isEntityNode } from './matchNodes.ts';
import { ratio } from './ratio.ts';

export interface EntityScores {
  gold: number;
  predicted: number;
  /** Gold entities matched by at least one node, whatever its kind. */
  found: number;
  /** Gold entities matched by at least one node of the right kind. */
  foundWithKind: number;
  recall: number;
  /** Recall counting only nodes of the right kind. */
  typedRecall: number;
  /** Predicted entity nodes that match a gold entity, over all predicted entity nodes. */
  precision: number;
  missed: { name: string; kind: EntityKind }[];
  /** Predicted nodes that match no gold entity. */
  unmatched: { id: string; name: string; kind: string }[];
  wrongKind: { id: string; name: string; kind: string; goldName: string; goldKind: EntityKind }[];
  /** Gold entities split over several nodes: each extra node is one fragment. */
  fragments: { goldName: string; nodes: string[] }[];
  fragmentCount: number;
}

export function scoreEntities(graph: KnowledgeGraph, gold: GoldSet, matches: Map<string, number>): EntityScores {
  const nodesByGold = new Map<number, string[]>();
  const unmatched: EntityScores['unmatched'] = [];
  const wrongKind: EntityScores['wrongKind'] = [];
  let predicted = 0;
  graph.forEachNode((node, attributes) => {
    if (!isEntityNode(attributes)) return;
    predicted++;
    const match = matches.get(node);
    if (match === undefined) {
      unmatched.push({ id: node, name: attributes.name, kind: attributes.kind });
      return;
    }
    nodesByGold.set(match, [...(nodesByGold.get(match) ?? []), node]);
    const goldEntity = gold.entities[match]!;
    if (goldEntity.kind !== attributes.kind) {
      wrongKind.push({ id: node, name: attributes.name, kind: attributes.kind, goldName: goldEntity.name, goldKind: goldEntity.kind });
    }
  });
  const missed = gold.entities.filter((_, index) => !nodesByGold.has(index)).map(({ name, kind }) => ({ name, kind }));
  const foundWithKind = gold.entities.filter((entity, index) =>
    (nodesByGold.get(index) ?? []).some((node) => graph.getNodeAttribute(node, 'kind') === entity.kind),
  ).length;
  const fragments = [...nodesByGold.entries()]
    .filter(([, nodes]) => nodes.length > 1)
    .map(([index, nodes]) => ({ goldName: gold.entities[index]!.name, nodes }));
  return {
    gold: gold.entities.length,
    predicted,
    found: nodesByGold.size,
    foundWithKind,
    recall: ratio(nodesByGold.size, gold.entities.length, 1),
    typedRecall: ratio(foundWithKind, gold.entities.length, 1),
    precision: ratio(predicted - unmatched.length, predicted, 0),
    missed,
    unmatched,
    wrongKind,
    fragments,
    fragmentCount: fragments.reduce((sum, fragment) => sum + fragment.nodes.length - 1, 0),
  };
}
