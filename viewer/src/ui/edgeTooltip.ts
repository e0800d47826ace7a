// The tooltip under the pointer while it rests on an edge: "Source —KIND→ Target" and how much evidence backs it.
import type { ViewerState } from '../viewerState.ts';
import { nodeName } from './nodeRefs.ts';
import { byId, element } from './element.ts';

export function mountEdgeTooltip(state: ViewerState, container: HTMLElement): void {
  const tooltip = byId('edge-tooltip');
  container.addEventListener('mousemove', (event) => {
    const bounds = container.getBoundingClientRect();
    tooltip.style.transform = `translate(${event.clientX - bounds.left + 14}px, ${event.clientY - bounds.top + 14}px)`;
  });
  state.on('hover', () => {
    const edge = state.hoveredEdge;
    if (!edge || !state.graph.hasEdge(edge)) return void (tooltip.hidden = true);
    const attributes = state.graph.getEdgeAttributes(edge);
    const evidence = Array.isArray(attributes.evidence) ? attributes.evidence.length : 0;
    tooltip.replaceChildren(
      element('span', { className: 'tooltip-end', text: nodeName(state, state.graph.source(edge)) }),
      element('span', { className: 'tooltip-kind', text: ` ${attributes.kind} → ` }),
      element('span', { className: 'tooltip-end', text: nodeName(state, state.graph.target(edge)) }),
      element('div', { className: 'tooltip-meta', text: `${evidence} evidence sentence${evidence === 1 ? '' : 's'} · click for details` }),
    );
    tooltip.hidden = false;
  });
}
