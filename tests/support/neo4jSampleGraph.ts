// A small knowledge graph built in code (fictional names) with every node kind, a symmetric relation, multi-article
// evidence and text that tries to break escaping: quotes, backslashes, semicolons, commas, newlines, non-Latin script.
import { createKnowledgeGraph, edgeId, nodeId, type EdgeAttributes, type KnowledgeGraph, type NodeKind, type RelationKind } from '../../graph/model.ts';

export const TRICKY_TEXT = `He said "no"; then: 'never\\ever', again,\nand again — 한국어 ✓ \t end`;

export function buildSampleGraph(): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  const articleA = 'article:harbour-talks-aaaa1111';
  const articleB = 'article:harbour-talks-bbbb2222';
  const add = (kind: NodeKind, name: string, extra: Record<string, unknown> = {}, sources = [articleA]) => {
    const id = nodeId(kind, name);
    graph.addNode(id, { kind, name, aliases: [name], sources, ...extra });
    return id;
  };
  const link = (kind: RelationKind, source: string, target: string, sentences: [string, string][], extra: Partial<EdgeAttributes> = {}) => {
    const key = edgeId(kind, source, target);
    const [from, to] = key.slice(kind.length + 1).split('->');
    graph.addEdgeWithKey(key, from, to, {
      kind,
      sources: [...new Set(sentences.map(([article]) => article))],
      evidence: sentences.map(([article, sentence]) => ({ article, sentence })),
      confidence: 0.75,
      ...extra,
    });
  };
  graph.addNode(articleA, { kind: 'Article', name: 'Harbour talks A', aliases: [], sources: [articleA], title: 'Harbour talks', date: '2031-05-02', outlet: 'Tidewater Post' });
  graph.addNode(articleB, { kind: 'Article', name: 'Harbour talks B', aliases: [], sources: [articleB], title: 'More harbour talks', date: '2031-05-03' });
  const merrow = add('Government', 'Merrow', { aliases: ['Merrow', 'Merrow City'] }, [articleA, articleB]);
  const calder = add('Government', 'Calder', {}, [articleA, articleB]);
  const ministry = add('Government', 'Merrow Fisheries Ministry');
  const ilse = add('Person', 'Ilse Varga', { roles: ['Fisheries Minister'], aliases: ['Ilse Varga', 'Ms Varga'] });
  const tomas = add('Person', 'Tomas Brel', { roles: [] }, [articleB]);
  const league = add('Organization', 'Coastal League');
  const crews = add('Group', 'Calder trawler crews');
  const bay = add('Place', 'Merrow Bay');
  const accord = add('Treaty', 'Merrow Bay Accord', { date: '2029-01-10' });
  const statement = 'statement:ilse-varga-1';
  graph.addNode(statement, { kind: 'Statement', name: 'Ilse Varga: the accord binds', aliases: [], sources: [articleA], text: TRICKY_TEXT, quoted: true, date: '2031-05-02', speaker: ilse });

  link('MEMBER_OF', ilse, ministry, [[articleA, 'Ilse Varga, the fisheries minister, spoke.']], { role: 'Fisheries Minister' });
  link('PART_OF', ministry, merrow, [[articleA, 'The ministry of Merrow said.']]);
  link('CONDEMNS', merrow, calder, [[articleA, TRICKY_TEXT], [articleB, 'Merrow condemned Calder again.']]);
  link('URGES', league, calder, [[articleA, 'The league urged Calder to withdraw.']], { demand: 'withdraw the trawlers' });
  link('DEPLOYS_TO', calder, bay, [[articleA, 'Calder sent 40 boats.']], { count: 40, date: '2031-05-01' });
  link('MEETS', tomas, ilse, [[articleB, 'Brel met Varga.']]);
  link('VIOLATES', calder, accord, [[articleA, 'Calder broke the accord, Merrow says.']], { allegedBy: [merrow] });
  link('PARTY_TO', merrow, accord, [[articleA, 'Both signed the accord.']]);
  link('LOCATED_IN', bay, merrow, [[articleA, 'Merrow Bay lies off Merrow.']]);
  link('FIGHTS_AGAINST', crews, bay, [[articleB, 'Crews clashed in the bay.']]);
  link('SAID', ilse, statement, [[articleA, TRICKY_TEXT]]);
  link('ABOUT', statement, accord, [[articleA, TRICKY_TEXT]]);
  link('FROM_ARTICLE', statement, articleA, [[articleA, TRICKY_TEXT]]);
  for (const id of [merrow, calder, ilse, bay, accord, league, crews]) link('MENTIONS', articleA, id, [[articleA, `${graph.getNodeAttribute(id, 'name')} is named.`]]);
  link('MENTIONS', articleB, tomas, [[articleB, 'Brel is named.']]);
  return graph;
}
