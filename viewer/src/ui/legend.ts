// The legend: one row per node kind present, its colour and count; clicking a row shows or hides that kind.
import type { ViewerState } from '../viewerState.ts';
import { kindColor } from '../graph/displayAttributes.ts';
import { countBy } from '../graph/countBy.ts';
import { byId, element, swatch } from './element.ts';

export function mountLegend(state: ViewerState): void {
  const list = byId('legend');
  const draw = () => {
    const counts = countBy(state.graph.nodes(), (node) => state.graph.getNodeAttribute(node, 'kind'));
    const kinds = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
    list.replaceChildren(
      ...kinds.map((kind) => {
        const hidden = state.filters.hiddenNodeKinds.has(kind);
        return element(
          'button',
          {
            className: `legend-row${hidden ? ' is-off' : ''}`,
            title: hidden ? `Show ${kind} nodes` : `Hide ${kind} nodes`,
            attributes: { 'data-kind': kind, 'aria-pressed': String(!hidden), type: 'button' },
            onClick: () =>
              state.updateFilters((filters) => (hidden ? filters.hiddenNodeKinds.delete(kind) : filters.hiddenNodeKinds.add(kind))),
          },
          [swatch(kindColor(kind)), element('span', { className: 'legend-kind', text: kind }), element('span', { className: 'legend-count', text: String(counts.get(kind)) })],
        );
      }),
    );
  };
  state.on('graph', draw);
  state.on('filters', draw);
}
