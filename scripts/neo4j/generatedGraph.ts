// A synthetic knowledge graph of any size (made-up names, deterministic), for the push bench and the restart test.
import { ACTION_RELATIONS, createKnowledgeGraph, edgeId, nodeId, type KnowledgeGraph, type NodeKind } from '../../graph/model.ts';

const KINDS: NodeKind[] = ['Person', 'Government', 'Organization', 'Group', 'Place', 'Treaty'];

/** Park–Miller generator: the same seed gives the same graph on every machine. */
function random(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

export function generateGraph(relationships: number, options: { nodes?: number; seed?: number } = {}): KnowledgeGraph {
  const nodeCount = options.nodes ?? Math.max(10, Math.round(relationships / 5));
  const next = random(options.seed ?? 42);
  const graph = createKnowledgeGraph();
  const articles = Array.from({ length: Math.max(1, Math.round(nodeCount / 50)) }, (_, index) => `article:generated-${index}`);
  const ids: string[] = [];
  for (let index = 0; index < nodeCount; index++) {
    const kind = KINDS[index % KINDS.length];
    const name = `${kind} ${index}`;
    const id = nodeId(kind, name);
    graph.addNode(id, { kind, name, aliases: [name, `${kind[0]}${index}`], sources: [articles[index % articles.length]] });
    ids.push(id);
  }
  while (graph.size < relationships) {
    const source = ids[Math.floor(next() * ids.length)];
    const target = ids[Math.floor(next() * ids.length)];
    const kind = ACTION_RELATIONS[Math.floor(next() * ACTION_RELATIONS.length)];
    const key = edgeId(kind, source, target);
    if (source === target || graph.hasEdge(key)) continue;
    const [from, to] = key.slice(kind.length + 1).split('->');
    const article = articles[Math.floor(next() * articles.length)];
    graph.addEdgeWithKey(key, from, to, {
      kind,
      sources: [article],
      evidence: [{ article, sentence: `${graph.getNodeAttribute(from, 'name')} acted (${kind.toLowerCase()}) on ${graph.getNodeAttribute(to, 'name')}, it was reported; "quoted", said one.` }],
      confidence: Math.round(next() * 100) / 100,
    });
  }
  return graph;
}
