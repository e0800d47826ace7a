// Drag a node to move it by hand; on release the new position is handed to `onMoved` (which saves it).
import type { Renderer } from '../render/createRenderer.ts';
import type { ViewerState } from '../viewerState.ts';

export function enableNodeDrag(renderer: Renderer, state: ViewerState, onMoved: (node: string) => void): void {
  let dragged: string | null = null;
  let moved = false;
  renderer.on('downNode', ({ node }) => {
    dragged = node;
    moved = false;
    // Freeze the frame while dragging, or sigma would rescale the graph under the pointer as the node moves.
    if (!renderer.getCustomBBox()) renderer.setCustomBBox(renderer.getBBox());
  });
  const captor = renderer.getMouseCaptor();
  captor.on('mousemovebody', (event) => {
    if (!dragged) return;
    const { x, y } = renderer.viewportToGraph(event);
    state.graph.mergeNodeAttributes(dragged, { x, y });
    moved = true;
    // Move the node, not the camera.
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  captor.on('mouseup', () => {
    if (dragged && moved) onMoved(dragged);
    dragged = null;
  });
}
