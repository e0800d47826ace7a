// Sigma reducers: what each node and edge looks like given the filters, the focus and the hover.
// They read the state and never write the graph.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../../../graph/model.ts';
import { FADED_COLOR, HIGHLIGHT_EDGE_COLOR, RELATION_KIND_COLORS, UNKNOWN_RELATION_COLOR } from '../graph/palette.ts';
import type { ViewerState } from '../viewerState.ts';
import type { GraphScale } from './graphScale.ts';
import { EDGE_TYPE, NODE_TYPE } from './programs.ts';

export function relationColor(kind: string): string {
  return (RELATION_KIND_COLORS as Record<string, string>)[kind] ?? UNKNOWN_RELATION_COLOR;
}

/**
 * Whether the focused node fades everything outside its neighbourhood. Hovering on a big graph does not: fading
 * re-derives every node and edge (a large part of a second there), so a hover marks the neighbourhood alone and
 * only what it leaves and enters is redrawn (createRenderer.ts); a click still fades the rest.
 */
export function focusFades(state: ViewerState, scale: GraphScale): boolean {
  return !scale.large || state.selectedNode !== null;
}

export function createNodeReducer(state: ViewerState, scale: GraphScale) {
  return (node: string, data: NodeAttributes): Partial<NodeDisplayData> => {
    const display: Partial<NodeDisplayData> = {
      x: data.x,
      y: data.y,
      size: data.size,
      color: data.color,
      label: data.label ?? null,
      type: scale.large ? NODE_TYPE.point : NODE_TYPE.disc,
    };
    if (!state.visibility.nodes.has(node)) return { ...display, hidden: true };
    const selectedEdge = state.selectedEdge;
    if (selectedEdge) {
      const isEnd = state.graph.source(selectedEdge) === node || state.graph.target(selectedEdge) === node;
      return isEnd ? { ...display, highlighted: true, forceLabel: true, zIndex: 2 } : { ...display, color: FADED_COLOR, label: null, zIndex: 0 };
    }
    const focus = state.focusNode();
    if (!focus) return display;
    if (node === focus) return { ...display, highlighted: true, forceLabel: true, zIndex: 2 };
    // Statements' long labels would pile up around a speaker; the panel lists them instead.
    if (state.focusNeighbours.has(node)) return { ...display, forceLabel: data.kind !== 'Statement', zIndex: 1 };
    return focusFades(state, scale) ? { ...display, color: FADED_COLOR, label: null, zIndex: 0 } : display;
  };
}

export function createEdgeReducer(state: ViewerState, scale: GraphScale) {
  return (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    if (!state.visibility.edges.has(edge)) return { hidden: true, type: scale.large ? EDGE_TYPE.line : EDGE_TYPE.arrow };
    // Big graphs draw plain lines: curvature would not show, so it is not even computed for them.
    const curvature = scale.large ? undefined : state.curvatures.get(edge);
    const evidenceCount = Array.isArray(data.evidence) ? data.evidence.length : 0;
    const display = {
      label: data.kind,
      color: relationColor(data.kind),
      size: Math.min(4, 1 + 0.6 * Math.log2(1 + evidenceCount)),
      type: scale.large ? EDGE_TYPE.line : curvature === undefined ? EDGE_TYPE.arrow : EDGE_TYPE.curvedArrow,
      curvature: curvature ?? 0,
      zIndex: 0,
    } as Partial<EdgeDisplayData>;
    if (edge === state.selectedEdge || edge === state.hoveredEdge) {
      return { ...display, color: HIGHLIGHT_EDGE_COLOR, size: (display.size ?? 1) + 1.5, zIndex: 2 };
    }
    if (state.selectedEdge) return { ...display, color: FADED_COLOR };
    const focus = state.focusNode();
    if (!focus) return display;
    const incident = state.graph.source(edge) === focus || state.graph.target(edge) === focus;
    const fades = focusFades(state, scale);
    if (incident) return { ...display, color: fades ? display.color : HIGHLIGHT_EDGE_COLOR, size: (display.size ?? 1) + 0.8, zIndex: 1 };
    return fades ? { ...display, color: FADED_COLOR } : display;
  };
}
