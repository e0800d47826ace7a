// A clickable reference to a node (its colour and name), used wherever a panel names another node.
import type { ViewerState } from '../viewerState.ts';
import { kindColor } from '../graph/displayAttributes.ts';
import { flyToNode, type Renderer } from '../render/createRenderer.ts';
import { element, swatch } from './element.ts';

export function nodeName(state: ViewerState, node: string): string {
  if (!state.graph.hasNode(node)) return node;
  const attributes = state.graph.getNodeAttributes(node);
  return String(attributes.label || attributes.name || node);
}

export function nodeRef(state: ViewerState, renderer: Renderer, node: string): HTMLElement {
  if (!state.graph.hasNode(node)) return element('span', { className: 'node-ref is-missing', text: node });
  const kind = state.graph.getNodeAttribute(node, 'kind');
  return element(
    'button',
    {
      className: 'node-ref',
      title: `${kind} — open`,
      attributes: { type: 'button', 'data-node': node },
      onClick: () => {
        state.selectNode(node);
        flyToNode(renderer, node);
      },
    },
    [swatch(kindColor(kind)), element('span', { text: nodeName(state, node) })],
  );
}
