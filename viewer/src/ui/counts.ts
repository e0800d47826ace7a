// "312 of 540 nodes · 800 of 1,200 relations": how much of the graph the filters let through.
import type { ViewerState } from '../viewerState.ts';
import { byId } from './element.ts';

const number = new Intl.NumberFormat('en');

export function mountCounts(state: ViewerState): void {
  const target = byId('counts');
  const draw = () => {
    target.textContent = `${number.format(state.visibility.nodes.size)} of ${number.format(state.graph.order)} nodes · ${number.format(
      state.visibility.edges.size,
    )} of ${number.format(state.graph.size)} relations`;
  };
  state.on('graph', draw);
  state.on('filters', draw);
}
