// The article's own outlet, named in the text, is an organisation. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { createKnowledgeGraph } from '../../graph/model.ts';
import { ingestArticle } from '../../src/pipeline.ts';
import { article } from '../support/articles.ts';

describe('the outlet named in its own article', () => {
  it('is an organisation, not the person the text would make of it', () => {
    const graph = createKnowledgeGraph();
    ingestArticle(graph, { ...article(['“The crossing must reopen,” Orla Tennant told Harbour Ledger on Monday.']), outlet: 'Harbour Ledger' });
    const node = graph.filterNodes((_node, attributes) => attributes.name === 'Harbour Ledger').map((id) => graph.getNodeAttributes(id));
    expect(node.map((attributes) => attributes.kind)).toEqual(['Organization']);
    expect(graph.filterNodes((_node, attributes) => attributes.name === 'Orla Tennant')).toHaveLength(1);
  });
});
