// A small graph built in code with the model's own constructor: a made-up story with every kind of node,
// parallel relations, a statement with its speaker and article, and provenance edges.
import { createKnowledgeGraph, edgeId, nodeId, type EdgeAttributes, type KnowledgeGraph, type NodeKind, type RelationKind } from '../../../graph/model.ts';

export function buildFixtureGraph(): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  const articleA = 'article:harbour-talks-1';
  const articleB = 'article:harbour-talks-2';
  graph.addNode(articleA, { kind: 'Article', name: 'Harbour talks stall', aliases: [], sources: [articleA], title: 'Harbour talks stall', date: '2031-03-02', outlet: 'Coastal Ledger' });
  graph.addNode(articleB, { kind: 'Article', name: 'Fleet returns to port', aliases: [], sources: [articleB], title: 'Fleet returns to port', date: '2031-04-10', outlet: 'Valley Post' });
  const add = (kind: NodeKind, name: string, aliases: string[] = [], sources = [articleA], extra: Record<string, unknown> = {}) => {
    const id = nodeId(kind, name);
    graph.addNode(id, { kind, name, aliases: [name, ...aliases], sources, ...extra });
    for (const source of sources) graph.addEdgeWithKey(edgeId('MENTIONS', source, id), source, id, { kind: 'MENTIONS', sources: [source], evidence: [], confidence: 1 });
    return id;
  };
  const relate = (kind: RelationKind, source: string, target: string, sentence: string, article = articleA, extra: Partial<EdgeAttributes> = {}) =>
    graph.addEdgeWithKey(edgeId(kind, source, target), source, target, { kind, sources: [article], evidence: [{ article, sentence }], confidence: 0.9, ...extra });

  const minister = add('Person', 'Odile Varga', ['Ms Varga', 'the minister'], [articleA, articleB], { roles: ['Fisheries Minister of Estmark'] });
  const envoy = add('Person', 'Tomas Reel', ['Mr Reel']);
  const estmark = add('Government', 'Estmark', ['the Estmark government'], [articleA, articleB]);
  const norland = add('Government', 'Norland', [], [articleA, articleB]);
  const league = add('Organization', 'Tidewater League', ['the League']);
  const crews = add('Group', 'Norland trawler crews', [], [articleB]);
  const bay = add('Place', 'Merrow Shelf', ['the Shelf']);
  const accord = add('Treaty', 'Shelf Fisheries Accord', ['the accord'], [articleA], { date: '2029-06-01' });
  relate('LEADS', minister, estmark, 'Odile Varga leads the delegation of Estmark.', articleA, { role: 'Fisheries Minister' });
  relate('CONDEMNS', estmark, norland, 'Estmark condemned Norland over the incursion.');
  relate('URGES', estmark, norland, 'Estmark urged Norland to withdraw its trawlers.', articleA, { demand: 'withdraw its trawlers' });
  relate('ACCUSES', norland, estmark, 'Norland accused Estmark of bad faith.', articleB);
  relate('PARTY_TO', estmark, accord, 'Both states are bound by the accord.');
  relate('PARTY_TO', norland, accord, 'Both states are bound by the accord.');
  relate('VIOLATES', crews, accord, 'The crews breached the accord, Estmark said.', articleB, { allegedBy: [estmark] });
  relate('DEPLOYS_TO', norland, bay, 'Norland sent patrol boats to the Shelf.', articleB);
  relate('MEMBER_OF', envoy, league, 'Tomas Reel is the envoy of the Tidewater League.');
  relate('PROPOSES', league, estmark, 'The League proposed new talks.');
  const statement = add('Statement', 'Odile Varga: The accord binds every crew', [], [articleA], {
    text: 'The accord binds every crew on the Shelf.',
    quoted: true,
    date: '2031-03-01',
    speaker: minister,
  });
  relate('SAID', minister, statement, 'The accord binds every crew on the Shelf, Varga said.');
  relate('ABOUT', statement, accord, 'The accord binds every crew on the Shelf, Varga said.');
  graph.addEdgeWithKey(edgeId('FROM_ARTICLE', statement, articleA), statement, articleA, { kind: 'FROM_ARTICLE', sources: [articleA], evidence: [], confidence: 1 });
  return graph;
}
