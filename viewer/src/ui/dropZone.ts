// Drop a graph JSON file anywhere on the page (or pick one with "Open") to view it instead of the served graph.
import type { ViewerState } from '../viewerState.ts';
import { byId } from './element.ts';
import { showStatus } from './statusLine.ts';

async function openFile(state: ViewerState, file: File): Promise<void> {
  try {
    const data: unknown = JSON.parse(await file.text());
    state.loadGraph(data, { describe: `${file.name} (dropped; positions not saved)`, canSavePositions: false });
    showStatus(`Opened ${file.name}: ${state.graph.order} nodes, ${state.graph.size} relations`);
  } catch (error) {
    showStatus(`Cannot open ${file.name}: ${(error as Error).message}`, 'error');
  }
}

export function mountDropZone(state: ViewerState): void {
  const overlay = byId('drop-overlay');
  let depth = 0;
  const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
  document.addEventListener('dragenter', (event) => {
    if (!carriesFiles(event)) return;
    depth++;
    overlay.hidden = false;
  });
  document.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  document.addEventListener('dragover', (event) => {
    if (carriesFiles(event)) event.preventDefault();
  });
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const file = event.dataTransfer?.files[0];
    if (file) void openFile(state, file);
  });
  const picker = byId<HTMLInputElement>('open-file');
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    if (file) void openFile(state, file);
    picker.value = '';
  });
}
