// The top bar's buttons: layout (start/stop, reset), camera fit, export (PNG, GEXF, JSON).
// Keyboard: L starts/stops the layout, F fits the camera.
import type { ViewerState } from '../viewerState.ts';
import type { Renderer } from '../render/createRenderer.ts';
import type { LayoutController, SaveOutcome } from '../layout/layoutController.ts';
import { exportView, type ExportFormat } from '../export/exportView.ts';
import { byId } from './element.ts';
import { showStatus } from './statusLine.ts';

function reportSave(outcome: SaveOutcome): void {
  if ('saved' in outcome) showStatus(`Layout saved: ${outcome.saved} positions written to the graph file`);
  else showStatus(`Layout stopped (${outcome.skipped})`);
}

export function mountToolbar(state: ViewerState, renderer: Renderer, layout: LayoutController): void {
  const toggle = byId<HTMLButtonElement>('layout-toggle');
  const toggleLayout = () => {
    if (layout.isRunning()) layout.stop().then(reportSave, (error: Error) => showStatus(error.message, 'error'));
    else {
      // A frame frozen by a drag would keep the layout's growth off screen.
      renderer.setCustomBBox(null);
      layout.start();
    }
  };
  toggle.addEventListener('click', toggleLayout);
  layout.onChange((running) => {
    toggle.textContent = running ? '■ Stop layout' : '▶ Run layout';
    toggle.classList.toggle('is-running', running);
  });
  byId('layout-reset').addEventListener('click', () => {
    layout.reset();
    renderer.setCustomBBox(null);
    renderer.getCamera().animatedReset({ duration: 400 });
    showStatus('Layout reset to the positions it was loaded with');
  });
  byId('camera-fit').addEventListener('click', () => renderer.getCamera().animatedReset({ duration: 400 }));
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-export]')) {
    button.addEventListener('click', () => {
      const format = button.dataset.export as ExportFormat;
      exportView(state, renderer, format).then(
        (file) => showStatus(`Exported ${file}`),
        (error: Error) => showStatus(`Export failed: ${error.message}`, 'error'),
      );
      (button.closest('details') as HTMLDetailsElement | null)?.removeAttribute('open');
    });
  }
  document.addEventListener('keydown', (event) => {
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement || event.ctrlKey || event.metaKey) return;
    if (event.key === 'l' || event.key === 'L') toggleLayout();
    if (event.key === 'f' || event.key === 'F') renderer.getCamera().animatedReset({ duration: 400 });
  });
}
