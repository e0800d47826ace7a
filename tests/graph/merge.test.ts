// Merging into the graph: evidence accumulates, nothing is duplicated, and the same article twice changes nothing.
import { describe, expect, it } from 'vitest';
import { createKnowledgeGraph, PRESUMED_CONFIDENCE } from '../../graph/model.ts';
import { ingestArticle } from '../../src/pipeline.ts';
import { statementId } from '../../graph/merge.ts';
import { article } from '../support/articles.ts';

const FIRST = ['Sweden condemned Belarus on Monday.', '“This cannot stand,” Foreign Minister Eva Lund said.'];
const SECOND = ['Sweden again condemned Belarus.'];

describe('mergeExtraction', () => {
  it('writes the model of MODEL.md: kinds, names, aliases, sources, evidence, confidence', () => {
    const graph = createKnowledgeGraph();
    ingestArticle(graph, article(FIRST, { id: 'article:first', date: '2026-02-03' }));
    expect(graph.getEdgeAttributes('CONDEMNS:government:sweden->government:belarus')).toMatchObject({
      kind: 'CONDEMNS',
      sources: ['article:first'],
      evidence: [{ article: 'article:first', sentence: 'Sweden condemned Belarus on Monday.' }],
    });
    const statement = graph.getNodeAttributes(statementId('This cannot stand'));
    expect(statement).toMatchObject({ kind: 'Statement', text: 'This cannot stand', quoted: true, speaker: "person:eva-lund", date: "2026-02-02" });
    expect(graph.hasEdge('SAID:person:eva-lund->' + statementId('This cannot stand'))).toBe(true);
    expect(graph.hasEdge(`FROM_ARTICLE:${statementId('This cannot stand')}->article:first`)).toBe(true);
    graph.forEachNode((_node, attributes) => {
      expect(attributes.aliases).toContain(attributes.name);
      expect(attributes.sources.length).toBeGreaterThan(0);
    });
    graph.forEachEdge((_edge, attributes) => {
      expect(attributes.evidence.length).toBeGreaterThan(0);
      expect(attributes.confidence).toBeGreaterThan(0);
      expect(attributes.confidence).toBeLessThanOrEqual(1);
    });
  });

  it('adds the evidence of a second article to the same edge and raises its confidence', () => {
    const graph = createKnowledgeGraph();
    ingestArticle(graph, article(FIRST, { id: 'article:first' }));
    const before = graph.getEdgeAttributes('CONDEMNS:government:sweden->government:belarus').confidence;
    ingestArticle(graph, article(SECOND, { id: 'article:second' }));
    const after = graph.getEdgeAttributes('CONDEMNS:government:sweden->government:belarus');
    expect(after.sources).toEqual(['article:first', 'article:second']);
    expect(after.evidence).toHaveLength(2);
    expect(after.confidence).toBeGreaterThan(before);
  });

  it('changes nothing when the same article is merged again', () => {
    const graph = createKnowledgeGraph();
    ingestArticle(graph, article(FIRST, { id: 'article:first' }));
    const snapshot = JSON.stringify(graph.export());
    ingestArticle(graph, article(FIRST, { id: 'article:first' }));
    expect(JSON.stringify(graph.export())).toBe(snapshot);
  });

  it('lets a state named in a sentence win over one presumed from the story, in either order', () => {
    const presumed = ['Peru closed its ports to Chilean trawlers.', 'Prime Minister Ana Soto praised the decision.'];
    const named = ['Chile and Peru held talks.', 'Chilean Prime Minister Ana Soto attended.'];
    for (const order of [[presumed, named], [named, presumed]]) {
      const graph = createKnowledgeGraph();
      order.forEach((paragraphs, i) => ingestArticle(graph, article(paragraphs, { id: `article:${i}` })));
      expect(graph.hasEdge('LEADS:person:ana-soto->government:chile')).toBe(true);
      expect(graph.hasEdge('LEADS:person:ana-soto->government:peru')).toBe(false);
    }
    const alone = createKnowledgeGraph();
    ingestArticle(alone, article(presumed, { id: 'article:alone' }));
    expect(alone.getEdgeAttribute('LEADS:person:ana-soto->government:peru', 'confidence')).toBe(PRESUMED_CONFIDENCE);
  });

  it('keeps a presumption made in several articles a presumption, which a state named later still wins over', () => {
    const presumed = (id: string) => article(['Peru closed its ports to Chilean trawlers.', 'Prime Minister Ana Soto praised the decision.'], { id });
    const graph = createKnowledgeGraph();
    for (const id of ['article:a', 'article:b', 'article:c']) ingestArticle(graph, presumed(id));
    expect(graph.getEdgeAttribute('LEADS:person:ana-soto->government:peru', 'confidence')).toBe(PRESUMED_CONFIDENCE);
    ingestArticle(graph, article(['Chile and Peru held talks.', 'Chilean Prime Minister Ana Soto attended.'], { id: 'article:named' }));
    expect(graph.hasEdge('LEADS:person:ana-soto->government:chile')).toBe(true);
    expect(graph.hasEdge('LEADS:person:ana-soto->government:peru')).toBe(false);
  });

  it('lets a body a spokesperson is named with win over the body named last before them', () => {
    const named = ['Finland’s Ministry of Defence spokesman Ilkka Laine said the drills were over.'];
    const presumed = ['Finland’s Ministry of Finance said the drills cost too much. “They were needed,” spokesman Ilkka Laine told reporters.'];
    for (const order of [[presumed, named], [named, presumed]]) {
      const graph = createKnowledgeGraph();
      order.forEach((paragraphs, i) => ingestArticle(graph, article(paragraphs, { id: `article:${i}` })));
      const spokenFor = graph.outEdges('person:ilkka-laine').filter((edge) => graph.getEdgeAttribute(edge, 'kind') === 'SPEAKS_FOR').map((edge) => graph.target(edge));
      expect(spokenFor).toEqual(['government:finnish-ministry-of-defence']);
    }
  });

  it('dates a treaty by its signing', () => {
    const graph = createKnowledgeGraph();
    ingestArticle(graph, article(['Chile and Peru signed the Pacific Fisheries Accord on 3 May 2021.'], { id: 'article:accord' }));
    expect(graph.getNodeAttribute('treaty:pacific-fisheries-accord', 'date')).toBe('2021-05-03');
  });
});
