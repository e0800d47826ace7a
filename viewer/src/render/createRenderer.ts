// The sigma renderer: programs (straight and curved arrows), label settings, reducers, and the events that
// feed hover and selection back into the state.
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../../graph/model.ts';
import type { ViewerState } from '../viewerState.ts';
import { createEdgeReducer, createNodeReducer } from './reducers.ts';

export type Renderer = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * Above this many edges the picture is a texture more than a set of readable arrows: edges are drawn as plain
 * lines (curves and arrowheads cost fill rate that software GL lacks) and hidden while the camera moves.
 */
const LARGE_GRAPH_EDGES = 20_000;

export function createRenderer(container: HTMLElement, state: ViewerState): Renderer {
  const large = state.graph.size > LARGE_GRAPH_EDGES;
  const renderer: Renderer = new Sigma(state.graph, container, {
    allowInvalidContainer: true,
    enableEdgeEvents: !large,
    defaultEdgeType: 'straight',
    edgeProgramClasses: large ? { straight: EdgeLineProgram, curved: EdgeLineProgram } : { straight: EdgeArrowProgram, curved: EdgeCurvedArrowProgram },
    nodeReducer: createNodeReducer(state),
    edgeReducer: createEdgeReducer(state),
    zIndex: true,
    // Labels: a coarse grid keeps them from overlapping; within a cell the biggest node wins.
    labelDensity: 0.9,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 6.5,
    labelFont: 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    labelColor: { color: '#1f2933' },
    minCameraRatio: 0.01,
    maxCameraRatio: 20,
    stagePadding: 40,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
  });
  renderer.on('enterNode', ({ node }) => state.hoverNode(node));
  renderer.on('leaveNode', () => state.hoverNode(null));
  renderer.on('enterEdge', ({ edge }) => state.hoverEdge(edge));
  renderer.on('leaveEdge', () => state.hoverEdge(null));
  renderer.on('clickNode', ({ node }) => state.selectNode(node));
  renderer.on('clickEdge', ({ edge }) => state.selectEdge(edge));
  renderer.on('clickStage', () => state.selectNode(null));
  state.on('filters', () => renderer.refresh());
  state.on('graph', () => renderer.refresh());
  state.on('selection', () => renderer.refresh({ skipIndexation: true }));
  state.on('hover', () => renderer.refresh({ skipIndexation: true }));
  return renderer;
}

/** Moves the camera onto a node and its visible neighbours, framing them all (camera space spans about 1 unit). */
export function flyToNode(renderer: Renderer, node: string): void {
  const position = renderer.getNodeDisplayData(node);
  if (!position) return;
  let [minX, maxX, minY, maxY] = [position.x, position.x, position.y, position.y];
  for (const neighbour of renderer.getGraph().neighbors(node)) {
    const other = renderer.getNodeDisplayData(neighbour);
    if (!other || other.hidden) continue;
    [minX, maxX, minY, maxY] = [Math.min(minX, other.x), Math.max(maxX, other.x), Math.min(minY, other.y), Math.max(maxY, other.y)];
  }
  const ratio = Math.min(1.1, Math.max(0.06, Math.max(maxX - minX, maxY - minY) * 1.4));
  renderer.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 600 });
}
