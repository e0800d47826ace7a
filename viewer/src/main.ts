// The viewer's entry point: fetch the served graph, then wire the state to the renderer and the panels.
import './styles.css';
import { ViewerState } from './viewerState.ts';
import { createRenderer, drawnLabels, type Renderer } from './render/createRenderer.ts';
import type { LabelBox } from './render/labelPlacement.ts';
import { LayoutController } from './layout/layoutController.ts';
import { enableNodeDrag } from './layout/nodeDrag.ts';
import { byId } from './ui/element.ts';
import { mountLegend } from './ui/legend.ts';
import { mountFilterPanel } from './ui/filterPanel.ts';
import { mountCounts } from './ui/counts.ts';
import { mountSearchBox } from './ui/searchBox.ts';
import { mountDetailsPanel } from './ui/detailsPanel.ts';
import { mountEdgeTooltip } from './ui/edgeTooltip.ts';
import { mountDropZone } from './ui/dropZone.ts';
import { mountToolbar } from './ui/toolbar.ts';
import { showStatus } from './ui/statusLine.ts';

/** What the page exposes for the console and for end-to-end tests. */
export interface ViewerHandle {
  state: ViewerState;
  renderer: Renderer;
  layout: LayoutController;
  /** Nodes sigma draws now (not hidden by the reducers). */
  renderedNodeCount(): number;
  /** The node labels drawn in the last frame, with their boxes, and how many sigma proposed. */
  drawnLabels(): { drawn: LabelBox[]; proposed: number };
}

declare global {
  interface Window {
    newsgraph?: ViewerHandle;
  }
}

/** The server marks its answers `no-store`; the default cache mode lets the graph's fetch take index.html's preload. */
async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  const body = await response.text();
  if (!response.ok) {
    let message = body;
    try {
      message = (JSON.parse(body) as { error?: string }).error ?? body;
    } catch {
      // not JSON: keep the text
    }
    throw new Error(message || `HTTP ${response.status}`);
  }
  return JSON.parse(body);
}

async function start(): Promise<void> {
  performance.mark('newsgraph:start');
  const state = new ViewerState();
  const container = byId('graph');
  const title = byId('source');
  state.on('graph', () => {
    title.textContent = state.origin.describe;
    title.title = state.origin.describe;
  });
  mountLegend(state);
  mountFilterPanel(state);
  mountCounts(state);
  mountDropZone(state);

  let info: { source: string; canSavePositions: boolean } = { source: 'no server', canSavePositions: false };
  let data: unknown = { nodes: [], edges: [] };
  try {
    // Both at once: the graph is most of the load time, and it does not depend on the info.
    const [infoBody, graphBody] = await Promise.all([fetchJson('api/info'), fetchJson('api/graph')]);
    info = infoBody as typeof info;
    data = graphBody;
    performance.mark('newsgraph:graph-fetched');
  } catch (error) {
    showStatus(`Cannot load the graph: ${(error as Error).message}. Drop a graph JSON file here to view one.`, 'error');
  }
  state.loadGraph(data, { describe: info.source, canSavePositions: info.canSavePositions });
  performance.mark('newsgraph:graph-loaded');

  const renderer = createRenderer(container, state);
  performance.mark('newsgraph:first-render');
  const layout = new LayoutController(state);
  mountSearchBox(state, renderer);
  mountDetailsPanel(state, renderer);
  mountEdgeTooltip(state, container);
  mountToolbar(state, renderer, layout);
  enableNodeDrag(renderer, state, (node) => {
    if (!state.origin.canSavePositions) return;
    layout.savePositions([node]).then(
      () => showStatus(`Moved ${state.graph.getNodeAttribute(node, 'name')}; position saved`),
      (error: Error) => showStatus(error.message, 'error'),
    );
  });
  byId('empty-hint').hidden = state.graph.order > 0;
  state.on('graph', () => {
    byId('empty-hint').hidden = state.graph.order > 0;
    renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  });

  window.newsgraph = {
    state,
    renderer,
    layout,
    renderedNodeCount: () => state.graph.filterNodes((node) => renderer.getNodeDisplayData(node)?.hidden === false).length,
    drawnLabels: () => drawnLabels(renderer),
  };
  // Marks let the benchmark split load time into fetch, graph building and first render.
  performance.mark('newsgraph:ready');
  document.body.dataset.ready = 'true';
}

void start();
