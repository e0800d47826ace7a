// The sigma renderer: programs, label settings, reducers, how drawing adapts to the graph's size, and the events
// that feed hover and selection back into the state.
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../../graph/model.ts';
import type { ViewerState } from '../viewerState.ts';
import { graphScale, type GraphScale } from './graphScale.ts';
import { EDGE_TYPE, NODE_TYPE, programClassesFor } from './programs.ts';
import { createEdgeReducer, createNodeReducer } from './reducers.ts';
import { moveFramesWhileMoving } from './movingFrames.ts';
import { LabelPlacement, type LabelBox } from './labelPlacement.ts';

export type Renderer = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * How long the pointer must rest on a node before its neighbourhood is highlighted: each highlight redraws the
 * graph, and a pointer crossing a dense picture would otherwise redraw it for every node it passes.
 */
const HOVER_REST_MS = 60;

/**
 * The settings that follow the graph's size (graphScale.ts). Edge hover needs a picking pass over every edge on
 * every frame, and sigma makes the layer for it only when built with edge events: a renderer built for a big graph
 * has no edge hover for the rest of the page's life, even if a smaller graph is dropped on it.
 */
function scaleSettings(scale: GraphScale, edgePicking: boolean): Partial<Settings<NodeAttributes, EdgeAttributes, GraphAttributes>> {
  return {
    enableEdgeEvents: edgePicking && !scale.large,
    hideEdgesOnMove: scale.large,
    hideLabelsOnMove: scale.large,
    defaultNodeType: scale.large ? NODE_TYPE.point : NODE_TYPE.disc,
    defaultEdgeType: scale.large ? EDGE_TYPE.line : EDGE_TYPE.arrow,
    ...programClassesFor(scale.large),
  };
}

/** Each renderer's label placement, for `drawnLabels`. */
const placements = new WeakMap<Renderer, LabelPlacement>();

/** The node labels drawn in the renderer's last frame, with their boxes, and how many sigma proposed (for tests and the console). */
export function drawnLabels(renderer: Renderer): { drawn: LabelBox[]; proposed: number } {
  const placement = placements.get(renderer);
  return { drawn: placement?.drawn ?? [], proposed: placement?.proposed ?? 0 };
}

export function createRenderer(container: HTMLElement, state: ViewerState): Renderer {
  const scale = graphScale(state.graph);
  const edgePicking = !scale.large;
  const labels = new LabelPlacement();
  const renderer: Renderer = new Sigma(state.graph, container, {
    allowInvalidContainer: true,
    ...scaleSettings(scale, edgePicking),
    nodeReducer: createNodeReducer(state, scale),
    edgeReducer: createEdgeReducer(state, scale),
    zIndex: true,
    // Labels: a grid proposes the biggest node of each cell, and labelPlacement.ts leaves out those that would overlap.
    labelDensity: 0.9,
    labelGridCellSize: 90,
    defaultDrawNodeLabel: labels.collect,
    labelRenderedSizeThreshold: 6.5,
    labelFont: 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    labelColor: { color: '#1f2933' },
    minCameraRatio: 0.01,
    maxCameraRatio: 20,
    stagePadding: 40,
  });
  placements.set(renderer, labels);
  renderer.on('beforeRender', () => labels.reset());
  renderer.on('afterRender', () => labels.draw());
  // Sigma drew its first frame while it was built, before these listeners: its labels wait in `labels`.
  labels.draw();
  // Big graphs: while the camera moves, the last frame is moved rather than new ones drawn (movingFrames.ts).
  moveFramesWhileMoving(renderer, container, () => scale.large);
  followHover(renderer, state);
  renderer.on('enterEdge', ({ edge }) => state.hoverEdge(edge));
  renderer.on('leaveEdge', () => state.hoverEdge(null));
  renderer.on('clickNode', ({ node }) => state.selectNode(node));
  renderer.on('clickEdge', ({ edge }) => state.selectEdge(edge));
  renderer.on('clickStage', () => state.selectNode(null));
  state.on('filters', () => renderer.refresh());
  // A new graph: the reducers read `scale`, and setting the settings refreshes everything.
  state.on('graph', () => {
    Object.assign(scale, graphScale(state.graph));
    renderer.setSettings(scaleSettings(scale, edgePicking));
  });
  state.on('selection', () => renderer.refresh({ skipIndexation: true }));
  followFocus(renderer, state, scale);
  return renderer;
}

/** A node, its neighbours and the edges between them and it. */
function neighbourhood(state: ViewerState, node: string | null): { nodes: string[]; edges: string[] } {
  if (!node || !state.graph.hasNode(node)) return { nodes: [], edges: [] };
  return { nodes: [node, ...state.graph.neighbors(node)], edges: state.graph.edges(node) };
}

/**
 * Redraws what the hover changes: everything, unless a hover on a big graph (which fades nothing, see focusFades)
 * changes only the neighbourhoods it leaves and enters; with a selection, the selection is the focus and a hover
 * changes nothing.
 */
function followFocus(renderer: Renderer, state: ViewerState, scale: GraphScale): void {
  let marked = neighbourhood(state, null);
  state.on('graph', () => (marked = neighbourhood(state, null)));
  state.on('selection', () => (marked = neighbourhood(state, state.selectedNode || state.selectedEdge ? null : state.hoveredNode)));
  state.on('hover', () => {
    if (!scale.large) return void renderer.refresh({ skipIndexation: true });
    if (state.selectedNode || state.selectedEdge) return;
    const now = neighbourhood(state, state.hoveredNode);
    renderer.refresh({ partialGraph: { nodes: [...marked.nodes, ...now.nodes], edges: [...marked.edges, ...now.edges] }, skipIndexation: true });
    marked = now;
  });
}

/** Hands node hover to the state once the pointer rests, and not at all while the camera is being dragged. */
function followHover(renderer: Renderer, state: ViewerState): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = (node: string | null) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (state.hoveredNode !== node) state.hoverNode(node);
    }, HOVER_REST_MS);
  };
  renderer.on('enterNode', ({ node }) => {
    if (!renderer.getMouseCaptor().isMouseDown) settle(node);
  });
  renderer.on('leaveNode', () => settle(null));
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
