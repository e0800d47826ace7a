// While the camera moves over a big graph, the last drawn frame is moved instead of drawing new ones (the way map
// viewers pan and zoom a picture of the map): each of sigma's drawing canvases gets the CSS transform that takes the
// camera the frame was drawn with to the camera now, and the browser's compositor moves the pictures. Once the
// camera rests, sigma draws one real frame and the transforms are removed in the same frame.
//
// Why: without a GPU, drawing 20,000 nodes in software WebGL takes 35–45 ms of CPU a frame, and reading the canvas
// back for the compositor more; moving a picture costs the compositor alone. What the picture loses while it moves:
// what was outside the last frame (the stage shows background there until the camera rests), and sharpness when
// zooming in (the picture is scaled). Only big graphs (graphScale.ts) move this way; small ones are drawn every frame.
import type { CameraState } from 'sigma/types';
import type { Renderer } from './createRenderer.ts';
import { cameraIsMoving } from './programs.ts';

/**
 * The event the graph's container receives for every frame moved rather than drawn (the benchmark counts them with
 * sigma's drawn frames: either way what is on screen follows the camera).
 */
export const MOVED_FRAME_EVENT = 'newsgraph:moved-frame';

/**
 * Sigma's private parts used here: `render` (what every redraw, scheduled or not, goes through) and the handle on its
 * scheduled render (`scheduleRender` schedules nothing while it is set; `render` clears it).
 */
interface SigmaInternals {
  render(): Renderer;
  renderFrame: number | null;
}

/** Sigma's layers that hold pictures: all but the mouse layer, which takes the pointer's events. */
function pictureLayers(renderer: Renderer): HTMLCanvasElement[] {
  return Object.entries(renderer.getCanvases())
    .filter(([id]) => id !== 'mouse')
    .map(([, canvas]) => canvas);
}

/**
 * The CSS matrix taking a point of the viewport as drawn with camera `from` to where it is with camera `to`: the
 * affine map through three points of the graph.
 */
function cameraTransform(renderer: Renderer, from: CameraState, to: CameraState): string {
  const corners = [
    { x: 0, y: 0 },
    { x: 1, y: 0 },
    { x: 0, y: 1 },
  ];
  const [a0, a1, a2] = corners.map((point) => renderer.framedGraphToViewport(point, { cameraState: from }));
  const [b0, b1, b2] = corners.map((point) => renderer.framedGraphToViewport(point, { cameraState: to }));
  // Columns of each map from the graph: A = [a1-a0, a2-a0], B = [b1-b0, b2-b0]; the move is B·A⁻¹, plus translation.
  const [ax, ay, cx, cy] = [a1.x - a0.x, a1.y - a0.y, a2.x - a0.x, a2.y - a0.y];
  const [bx, by, dx, dy] = [b1.x - b0.x, b1.y - b0.y, b2.x - b0.x, b2.y - b0.y];
  const det = ax * cy - cx * ay;
  if (!det) return 'none';
  const inv = [cy / det, -ay / det, -cx / det, ax / det]; // A⁻¹ as [m11, m21, m12, m22]
  const m11 = bx * inv[0] + dx * inv[1];
  const m21 = by * inv[0] + dy * inv[1];
  const m12 = bx * inv[2] + dx * inv[3];
  const m22 = by * inv[2] + dy * inv[3];
  const tx = b0.x - (m11 * a0.x + m12 * a0.y);
  const ty = b0.y - (m21 * a0.x + m22 * a0.y);
  return `matrix(${m11}, ${m21}, ${m12}, ${m22}, ${tx}, ${ty})`;
}

/** Makes `renderer` move its last frame while the camera moves, when `active()` (a big graph). */
export function moveFramesWhileMoving(renderer: Renderer, container: HTMLElement, active: () => boolean): void {
  const sigma = renderer as unknown as SigmaInternals;
  const draw = sigma.render.bind(renderer);
  const camera = renderer.getCamera();
  /** The camera and the stage's size the pictures on screen were drawn with (sigma drew when it was built). */
  let drawn: { camera: CameraState; width: number; height: number } | null = {
    camera: camera.getState(),
    width: container.offsetWidth,
    height: container.offsetHeight,
  };
  let moved = false;
  let watching = false;

  const setTransforms = (transform: string) => {
    for (const canvas of pictureLayers(renderer)) {
      canvas.style.transformOrigin = '0 0';
      canvas.style.transform = transform;
    }
  };

  /** The camera may come to rest without asking for a frame (an animation that ends where it is): draw then. */
  const watchForRest = () => {
    if (watching) return;
    watching = true;
    const check = () => {
      if (!moved) return void (watching = false);
      if (cameraIsMoving(renderer)) return void requestAnimationFrame(check);
      watching = false;
      sigma.render();
    };
    requestAnimationFrame(check);
  };

  sigma.render = () => {
    const sameStage = drawn !== null && drawn.width === container.offsetWidth && drawn.height === container.offsetHeight;
    if (drawn && sameStage && active() && cameraIsMoving(renderer)) {
      if (sigma.renderFrame !== null) cancelAnimationFrame(sigma.renderFrame);
      sigma.renderFrame = null;
      setTransforms(cameraTransform(renderer, drawn.camera, camera.getState()));
      moved = true;
      container.dispatchEvent(new Event(MOVED_FRAME_EVENT));
      watchForRest();
      return renderer;
    }
    draw();
    if (moved) setTransforms('');
    moved = false;
    drawn = { camera: camera.getState(), width: container.offsetWidth, height: container.offsetHeight };
    return renderer;
  };
}
