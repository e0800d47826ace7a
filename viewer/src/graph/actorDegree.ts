// Degree without provenance edges: how connected a node is in the story, not how often it was mentioned.
import type { KnowledgeGraph } from '../../../graph/model.ts';
import { PROVENANCE_RELATION_KINDS } from './provenance.ts';

export function actorDegrees(graph: KnowledgeGraph): Map<string, number> {
  const degrees = new Map<string, number>();
  graph.forEachNode((node) => degrees.set(node, 0));
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (PROVENANCE_RELATION_KINDS.includes(attributes.kind)) return;
    degrees.set(source, (degrees.get(source) ?? 0) + 1);
    degrees.set(target, (degrees.get(target) ?? 0) + 1);
  });
  return degrees;
}
