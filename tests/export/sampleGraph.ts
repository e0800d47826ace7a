// A small knowledge graph built in code for the exporter, store and CLI tests: every node kind, parallel edges,
// list and object attributes, display attributes, and text with XML-hostile characters. The names are invented.
import { createKnowledgeGraph, edgeId, nodeId, type EdgeAttributes, type KnowledgeGraph, type NodeKind, type RelationKind } from '../../graph/model.ts';

export function buildSampleGraph(): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  graph.setAttribute('name', 'sample');
  graph.setAttribute('skipped', [{ path: 'inbox/broken.html', reason: 'no article text found' }]);
  const article = 'article:harbour-talks-0001';
  const node = (kind: NodeKind, name: string, extra: Record<string, unknown> = {}) => {
    const id = nodeId(kind, name);
    graph.addNode(id, { kind, name, aliases: [name], sources: [article], ...extra });
    return id;
  };
  const articleNode = article;
  graph.addNode(articleNode, {
    kind: 'Article',
    name: 'Harbour talks collapse',
    aliases: ['Harbour talks collapse'],
    sources: [article],
    title: 'Harbour talks collapse',
    date: '2031-03-04',
    outlet: 'The Daily Tern',
    url: 'https://example.org/harbour?x=1&y=2',
    path: 'articles/harbour.txt',
  });
  const velmora = node('Government', 'Velmora', { aliases: ['Velmora', 'Velmoran government', 'the Republic'], color: '#1f77b4', x: 1.5, y: -2, size: 8 });
  const ostria = node('Government', 'Ostria', { color: '#f80', x: -3, y: 4.25, size: 6 });
  const ministry = node('Government', 'Velmoran Ministry of Tides');
  const council = node('Organization', 'Council of Straits & Shoals');
  const marin = node('Person', 'Ilse Marin', { aliases: ['Ilse Marin', 'Ms Marin', 'Marin'], roles: ['foreign minister of Velmora'] });
  const dockers = node('Group', 'Ostrian dockworkers');
  const bay = node('Place', 'Grey Bay', { aliases: ['Grey Bay', 'the bay'] });
  const accord = node('Treaty', 'Harbour Accord', { date: '2029-11-02' });
  const statement = node('Statement', 'The accord is "dead" <for now> & beyond', {
    text: 'The accord is "dead" <for now> & beyond,\nshe said\u0007.',
    quoted: true,
    date: '2031-03-03',
    speaker: marin,
  });

  const edge = (kind: RelationKind, source: string, target: string, extra: Partial<EdgeAttributes> = {}) => {
    const attributes: EdgeAttributes = {
      kind,
      sources: [article],
      evidence: [{ article, sentence: `Evidence for ${kind} with 'quotes', "doubles" & <angles>.` }],
      confidence: 0.75,
      ...extra,
    };
    graph.addEdgeWithKey(edgeId(kind, source, target), source, target, attributes);
  };
  edge('PART_OF', ministry, velmora, { confidence: 1 });
  edge('MEMBER_OF', marin, velmora, { role: 'Foreign Minister' });
  edge('CONDEMNS', velmora, ostria);
  edge('ACCUSES', velmora, ostria, { confidence: 0.5 });
  edge('MEETS', ostria, velmora);
  edge('URGES', council, ostria, { demand: 'reopen the harbour' });
  edge('DEPLOYS_TO', ostria, bay, { count: 1200, date: '2031-03-01' });
  edge('SUPPLIES', velmora, dockers, { items: ['rations', 'radios'] });
  edge('VIOLATES', ostria, accord, { allegedBy: [velmora] });
  edge('PARTY_TO', velmora, accord);
  edge('LOCATED_IN', bay, ostria);
  edge('SAID', marin, statement);
  edge('ABOUT', statement, accord);
  edge('FROM_ARTICLE', statement, articleNode);
  for (const mentioned of [velmora, ostria, ministry, council, marin, dockers, bay, accord]) edge('MENTIONS', articleNode, mentioned);
  return graph;
}
