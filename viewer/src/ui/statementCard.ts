// One statement as the panels show it: the words, then who said them, when, and in which article.
import type { ViewerState } from '../viewerState.ts';
import { articleTitle } from '../graph/articleIndex.ts';
import type { Renderer } from '../render/createRenderer.ts';
import { element } from './element.ts';
import { nodeRef } from './nodeRefs.ts';

/** The speaker: the `speaker` attribute, else whoever has a SAID edge to it. */
export function speakerOf(state: ViewerState, statement: string): string | undefined {
  const speaker = state.graph.getNodeAttribute(statement, 'speaker');
  if (typeof speaker === 'string' && speaker) return speaker;
  const said = state.graph.findInEdge(statement, (_edge, attributes) => attributes.kind === 'SAID');
  return said === undefined ? undefined : state.graph.source(said);
}

function articlesOf(state: ViewerState, statement: string): string[] {
  const fromEdges = state.graph
    .outEdges(statement)
    .filter((edge) => state.graph.getEdgeAttribute(edge, 'kind') === 'FROM_ARTICLE')
    .map((edge) => state.graph.target(edge));
  return [...new Set([...fromEdges, ...(state.graph.getNodeAttribute(statement, 'sources') ?? [])])];
}

export function statementCard(state: ViewerState, renderer: Renderer, statement: string, options: { showSpeaker: boolean }): HTMLElement {
  const attributes = state.graph.getNodeAttributes(statement);
  const text = attributes.text || attributes.name;
  const speaker = speakerOf(state, statement);
  const articles = articlesOf(state, statement);
  return element('li', { className: 'statement', attributes: { 'data-node': statement } }, [
    element('blockquote', { className: attributes.quoted === false ? 'is-paraphrase' : '', text: attributes.quoted === false ? text : `“${text}”` }),
    element('div', { className: 'statement-meta' }, [
      options.showSpeaker && speaker ? nodeRef(state, renderer, speaker) : null,
      attributes.date ? element('span', { className: 'meta-date', text: attributes.date }) : null,
      ...articles.map((article) => element('span', { className: 'meta-article', text: articleTitle(state.articles, article), title: article })),
      element(
        'button',
        { className: 'link-button', text: 'open', attributes: { type: 'button' }, onClick: () => state.selectNode(statement) },
      ),
    ]),
  ]);
}
