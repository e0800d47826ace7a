// The side panel for one relation: who → whom, its properties, and the sentences (with their articles) behind it.
import type { ViewerState } from '../viewerState.ts';
import { relationColor } from '../render/reducers.ts';
import type { Renderer } from '../render/createRenderer.ts';
import { element } from './element.ts';
import { nodeRef } from './nodeRefs.ts';

const PROPERTY_NAMES = ['role', 'demand', 'count', 'date', 'items', 'allegedBy'] as const;

export function edgePanel(state: ViewerState, renderer: Renderer, edge: string): HTMLElement {
  const attributes = state.graph.getEdgeAttributes(edge);
  const evidence = Array.isArray(attributes.evidence) ? attributes.evidence : [];
  const properties = PROPERTY_NAMES.filter((name) => attributes[name] !== undefined && attributes[name] !== '');
  return element('div', { className: 'panel-body', attributes: { 'data-edge': edge } }, [
    element('header', { className: 'panel-header' }, [
      element('span', { className: 'kind-badge', text: attributes.kind, attributes: { style: `--kind:${relationColor(attributes.kind)}` } }),
      element('div', { className: 'edge-ends' }, [
        nodeRef(state, renderer, state.graph.source(edge)),
        element('span', { className: 'edge-arrow', text: '→' }),
        nodeRef(state, renderer, state.graph.target(edge)),
      ]),
    ]),
    element('dl', { className: 'facts' }, [
      ...properties.flatMap((name) => {
        const value = attributes[name];
        return [element('dt', { text: name }), element('dd', { text: Array.isArray(value) ? value.join(', ') : String(value) })];
      }),
      typeof attributes.confidence === 'number' ? element('dt', { text: 'confidence' }) : null,
      typeof attributes.confidence === 'number' ? element('dd', { text: attributes.confidence.toFixed(2) }) : null,
    ]),
    element('section', { className: 'panel-section' }, [
      element('h3', {}, ['Evidence', element('span', { className: 'section-count', text: String(evidence.length) })]),
      evidence.length === 0
        ? element('p', { className: 'muted', text: 'No sentence recorded for this relation.' })
        : element(
            'ul',
            { className: 'evidence' },
            evidence.map((item) => {
              const info = state.articles.get(item.article);
              return element('li', {}, [
                element('blockquote', { text: String(item.sentence ?? '') }),
                element('div', { className: 'statement-meta' }, [
                  info?.date ? element('span', { className: 'meta-date', text: info.date }) : null,
                  info?.outlet ? element('span', { className: 'meta-outlet', text: info.outlet }) : null,
                  state.graph.hasNode(item.article) ? nodeRef(state, renderer, item.article) : element('span', { className: 'meta-article', text: item.article }),
                ]),
              ]);
            }),
          ),
    ]),
  ]);
}
