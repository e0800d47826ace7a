// A first layout for graphs that arrive without positions: ForceAtlas2 run synchronously when the graph is small
// enough to finish in a blink; bigger graphs keep their seeded positions until the user starts the layout.
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { KnowledgeGraph } from '../../../graph/model.ts';

// CommonJS with `export default` typings: under NodeNext the default import is typed as the whole module.
const forceAtlas2 = forceAtlas2Module as unknown as (typeof forceAtlas2Module)['default'];

const SYNC_LAYOUT_MAX_NODES = 3000;

export function layoutIfSmall(graph: KnowledgeGraph): boolean {
  if (graph.order === 0 || graph.order > SYNC_LAYOUT_MAX_NODES) return false;
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 };
  forceAtlas2.assign(graph, { iterations: graph.order > 1000 ? 150 : 300, settings: { ...settings, gravity: 1.5 } });
  return true;
}
