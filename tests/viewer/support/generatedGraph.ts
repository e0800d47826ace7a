// Big graphs made in code, the same on every run: actors in communities with most relations inside their community
// and a few hubs, like a large news corpus. For the speed benchmark and the big-graph browser test.
import { createKnowledgeGraph, ENTITY_KINDS, edgeId, type KnowledgeGraph, type RelationKind } from '../../../graph/model.ts';

const RELATIONS: RelationKind[] = ['CONDEMNS', 'SUPPORTS', 'MEETS', 'URGES', 'COOPERATES_WITH', 'ACCUSES', 'SUPPLIES', 'PART_OF'];

export interface GeneratedGraphOptions {
  nodes: number;
  edges: number;
  communities?: number;
  /**
   * Give every node a position as a force-directed layout leaves them (each community a cluster, the clusters
   * spread over a disc), like a graph whose layout was run and saved in the viewer. Without it the graph is as
   * `newsgraph build` writes it, and the viewer places the nodes itself.
   */
  laidOut?: boolean;
}

/** A deterministic pseudo-random generator (mulberry32), so every run makes the same graph. */
function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateGraph({ nodes: nodeCount, edges: edgeCount, communities = 60, laidOut = false }: GeneratedGraphOptions): KnowledgeGraph {
  const random = seededRandom(42);
  const graph = createKnowledgeGraph();
  const ids: string[] = [];
  const communityOf: number[] = [];
  for (let index = 0; index < nodeCount; index++) {
    const kind = ENTITY_KINDS[Math.floor(random() * ENTITY_KINDS.length)];
    const name = `${kind} ${index}`;
    const id = `${kind.toLowerCase()}:n${index}`;
    graph.addNode(id, { kind, name, aliases: [name], sources: [`article:a${index % 500}`] });
    ids.push(id);
    communityOf.push(Math.floor(random() * communities));
  }
  const members: number[][] = Array.from({ length: communities }, () => []);
  communityOf.forEach((community, index) => members[community].push(index));
  let made = 0;
  while (made < edgeCount) {
    const source = Math.floor(random() * nodeCount);
    const pool = random() < 0.85 ? members[communityOf[source]] : null;
    // Squaring the draw favours low indices: a few nodes become hubs.
    const target = pool ? pool[Math.floor(random() ** 2 * pool.length)] : Math.floor(random() ** 2 * nodeCount);
    if (source === target) continue;
    const kind = RELATIONS[Math.floor(random() * RELATIONS.length)];
    const key = `${edgeId(kind, ids[source], ids[target])}#${made}`;
    graph.addEdgeWithKey(key, ids[source], ids[target], {
      kind,
      sources: [`article:a${made % 500}`],
      evidence: [{ article: `article:a${made % 500}`, sentence: `Sentence ${made}.` }],
      confidence: 0.8,
    });
    made++;
  }
  if (laidOut) placeByCommunity(graph, ids, communityOf, communities, random);
  return graph;
}

/** Community centres on a sunflower spiral over a disc of radius 100; members around their centre (Gaussian). */
function placeByCommunity(graph: KnowledgeGraph, ids: string[], communityOf: number[], communities: number, random: () => number): void {
  const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
  const centres = Array.from({ length: communities }, (_, index) => {
    const radius = 100 * Math.sqrt((index + 0.5) / communities);
    return { x: radius * Math.cos(index * GOLDEN_ANGLE), y: radius * Math.sin(index * GOLDEN_ANGLE) };
  });
  const spread = 100 / Math.sqrt(communities);
  ids.forEach((id, index) => {
    const centre = centres[communityOf[index]];
    // A two-dimensional normal draw: Rayleigh-distributed distance, uniform angle.
    const distance = spread * 0.5 * Math.sqrt(-2 * Math.log(1 - random()));
    const angle = random() * 2 * Math.PI;
    graph.mergeNodeAttributes(id, { x: centre.x + distance * Math.cos(angle), y: centre.y + distance * Math.sin(angle) });
  });
}
