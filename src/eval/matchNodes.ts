// Which gold entity each predicted entity node stands for: the link every score is computed through.
import { ENTITY_KINDS, type KnowledgeGraph, type NodeAttributes } from '../../graph/model.ts';
import { goldAliasIndex, type GoldSet } from './gold.ts';
import { nameKey } from './normalise.ts';

const ENTITY_KIND_SET: ReadonlySet<string> = new Set(ENTITY_KINDS);

export function isEntityNode(attributes: NodeAttributes): boolean {
  return ENTITY_KIND_SET.has(attributes.kind);
}

/** Every name a node goes by: its canonical name and its aliases. */
export function namesOfNode(attributes: NodeAttributes): string[] {
  const aliases = Array.isArray(attributes.aliases) ? attributes.aliases.filter((alias) => typeof alias === 'string') : [];
  return typeof attributes.name === 'string' ? [attributes.name, ...aliases] : aliases;
}

/**
 * Maps each predicted entity node id to the index of the gold entity it matches, leaving out nodes that match none.
 * When a node's names hit several gold entities (a merge the resolver should not have made), the one its
 * canonical name hits wins, then one of the same kind, then the one hit by most of its names.
 */
export function matchNodesToGold(graph: KnowledgeGraph, gold: GoldSet): Map<string, number> {
  const index = goldAliasIndex(gold);
  const matches = new Map<string, number>();
  graph.forEachNode((node, attributes) => {
    if (!isEntityNode(attributes)) return;
    const hits = new Map<number, number>();
    for (const name of namesOfNode(attributes)) {
      const hit = index.get(nameKey(name));
      if (hit !== undefined) hits.set(hit, (hits.get(hit) ?? 0) + 1);
    }
    if (hits.size === 0) return;
    const byName = index.get(nameKey(attributes.name ?? ''));
    const ranked = [...hits.entries()].sort(
      ([a, countA], [b, countB]) =>
        Number(b === byName) - Number(a === byName) ||
        Number(gold.entities[b]!.kind === attributes.kind) - Number(gold.entities[a]!.kind === attributes.kind) ||
        countB - countA ||
        a - b,
    );
    matches.set(node, ranked[0]![0]);
  });
  return matches;
}
