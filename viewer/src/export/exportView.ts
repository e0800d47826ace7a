// "Take away": the current view as PNG (what is on screen), and the filtered graph as GEXF or newsgraph JSON.
import { toBlob } from '@sigma/export-image';
import type { ViewerState } from '../viewerState.ts';
import type { Renderer } from '../render/createRenderer.ts';
import { downloadBlob } from './download.ts';
import { toGexf } from './toGexf.ts';
import { visibleSubgraph } from './visibleSubgraph.ts';

export type ExportFormat = 'png' | 'gexf' | 'json';

export async function exportView(state: ViewerState, renderer: Renderer, format: ExportFormat): Promise<string> {
  const name = `newsgraph-view-${new Date().toISOString().slice(0, 10)}`;
  if (format === 'png') {
    const blob = await toBlob(renderer as unknown as Parameters<typeof toBlob>[0], { format: 'png', backgroundColor: '#ffffff' });
    downloadBlob(blob, `${name}.png`);
    return `${name}.png`;
  }
  const subgraph = visibleSubgraph(state.graph, state.visibility);
  if (format === 'gexf') {
    downloadBlob(new Blob([toGexf(subgraph)], { type: 'application/gexf+xml' }), `${name}.gexf`);
    return `${name}.gexf`;
  }
  downloadBlob(new Blob([JSON.stringify(subgraph.export())], { type: 'application/json' }), `${name}.json`);
  return `${name}.json`;
}
