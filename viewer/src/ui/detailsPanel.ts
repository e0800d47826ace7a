// The right-hand panel: shows the selected node or relation; Esc or ✕ closes it.
import type { ViewerState } from '../viewerState.ts';
import type { Renderer } from '../render/createRenderer.ts';
import { byId } from './element.ts';
import { nodePanel } from './nodePanel.ts';
import { edgePanel } from './edgePanel.ts';

export function mountDetailsPanel(state: ViewerState, renderer: Renderer): void {
  const panel = byId('details');
  const content = byId('details-content');
  const draw = () => {
    const body = state.selectedNode
      ? nodePanel(state, renderer, state.selectedNode)
      : state.selectedEdge
        ? edgePanel(state, renderer, state.selectedEdge)
        : null;
    panel.hidden = body === null;
    content.replaceChildren(...(body ? [body] : []));
    content.scrollTop = 0;
  };
  byId('details-close').addEventListener('click', () => state.selectNode(null));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !(event.target instanceof HTMLInputElement)) state.selectNode(null);
  });
  state.on('selection', draw);
  state.on('graph', draw);
}
