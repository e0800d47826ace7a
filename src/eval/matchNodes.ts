// Which gold entity each predicted entity node stands for: the link every score is computed through.
import { ENTITY_KINDS, type KnowledgeGraph, type NodeAttributes } from '../../graph/model.ts';
import type { GoldSet } from './gold.ts';
import { goldAliasIndex } from './goldAliases.ts';
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
 * When a node's names hit several gold entities (a capital that names a state and a place, or a merge the resolver
 * should not have made), one hit by its canonical name wins, then one of the node's kind, then the one hit by most names,
 * each name counting less the more nodes bear it.
 */
export function matchNodesToGold(graph: KnowledgeGraph, gold: GoldSet): Map<string, number> {
  const index = goldAliasIndex(gold);
  // How many nodes bear each name: "Ministry of Foreign Affairs", an alias of every foreign ministry of the graph,
  // says less about which gold entity a node is than "Vesk's foreign ministry", which only one node bears.
  const bearers = new Map<string, number>();
  graph.forEachNode((_, attributes) => {
    if (!isEntityNode(attributes)) return;
    for (const key of new Set(namesOfNode(attributes).map(nameKey))) bearers.set(key, (bearers.get(key) ?? 0) + 1);
  });
  const matches = new Map<string, number>();
  graph.forEachNode((node, attributes) => {
    if (!isEntityNode(attributes)) return;
    const hits = new Map<number, number>();
    for (const key of new Set(namesOfNode(attributes).map(nameKey))) {
      for (const hit of index.get(key) ?? []) hits.set(hit, (hits.get(hit) ?? 0) + 1 / bearers.get(key)!);
    }
    if (hits.size === 0) return;
    const byName = new Set(index.get(nameKey(attributes.name ?? '')) ?? []);
    const sameKind = (position: number) => Number(gold.entities[position]!.kind === attributes.kind);
    const ranked = [...hits.entries()].sort(
      ([a, countA], [b, countB]) =>
        Number(byName.has(b)) - Number(byName.has(a)) || sameKind(b) - sameKind(a) || countB - countA || a - b,
    );
    matches.set(node, ranked[0]![0]);
  });
  return matches;
}
