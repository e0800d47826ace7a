// While the camera moves over a big graph, the last drawn frame is moved instead of drawing new ones (the way map
// viewers pan and zoom a picture of the map): each of sigma's drawing canvases gets the CSS transform that takes the
// camera the frame was drawn with to the camera now, and the browser's compositor moves the pictures. Once the
// camera rests (or a drag pauses with the button down), sigma draws a real frame and the transforms are removed in
// the same frame.
//
// Why: without a GPU, drawing 20,000 nodes in software WebGL takes 35–45 ms of CPU a frame, and reading the canvas
// back for the compositor more; moving a picture costs the compositor alone. What the picture loses while it moves:
// sharpness when zooming in (the picture is scaled), and what was outside the frame when it was drawn. When more
// than a fifth of the stage should show graph the picture does not have (a long pan, a zoom out of a zoomed-in
// view), sigma draws a moving frame (nodes only, as before) and the moves go on from that one. Only big graphs
// (graphScale.ts) move this way; small ones are drawn every frame.
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

/** A 2D affine map, as CSS's matrix(a, b, c, d, e, f): (x, y) → (a·x + c·y + e, b·x + d·y + f). */
type Affine = [number, number, number, number, number, number];

function apply([a, b, c, d, e, f]: Affine, point: { x: number; y: number }): { x: number; y: number } {
  return { x: a * point.x + c * point.y + e, y: b * point.x + d * point.y + f };
}

/**
 * The map taking a point of the viewport as drawn with camera `from` to where it is with camera `to`: the affine
 * map through three points of the graph.
 */
function cameraTransform(renderer: Renderer, from: CameraState, to: CameraState): Affine | null {
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
  if (!det) return null;
  const inv = [cy / det, -ay / det, -cx / det, ax / det]; // A⁻¹ as [m11, m21, m12, m22]
  const m11 = bx * inv[0] + dx * inv[1];
  const m21 = by * inv[0] + dy * inv[1];
  const m12 = bx * inv[2] + dx * inv[3];
  const m22 = by * inv[2] + dy * inv[3];
  return [m11, m21, m12, m22, b0.x - (m11 * a0.x + m12 * a0.y), b0.y - (m21 * a0.x + m22 * a0.y)];
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function boxAround(points: { x: number; y: number }[]): Box {
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}

function overlap(a: Box, b: Box): Box {
  return { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
}

function area(box: Box): number {
  return Math.max(0, box.right - box.left) * Math.max(0, box.bottom - box.top);
}

/**
 * How much of the stage should show part of the graph that the moved picture does not have (it was outside the
 * frame when drawn): the graph's bounding box on screen, less what the moved picture covers, as a share of the stage.
 */
function missingShare(renderer: Renderer, move: Affine, width: number, height: number): number {
  const stage: Box = { left: 0, top: 0, right: width, bottom: height };
  const { x, y } = renderer.getBBox();
  const graph = boxAround([
    renderer.graphToViewport({ x: x[0], y: y[0] }, { cameraState: renderer.getCamera().getState() }),
    renderer.graphToViewport({ x: x[1], y: y[1] }, { cameraState: renderer.getCamera().getState() }),
  ]);
  const picture = boxAround([apply(move, { x: 0, y: 0 }), apply(move, { x: width, y: 0 }), apply(move, { x: 0, y: height }), apply(move, { x: width, y: height })]);
  const shown = overlap(graph, stage);
  return (area(shown) - area(overlap(shown, picture))) / (width * height);
}

/**
 * Above this share of the stage missing from the moved picture, a frame is drawn instead (sigma's own moving frame:
 * nodes only), and the moves go on from it.
 */
const MAX_MISSING_SHARE = 0.2;

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

  /**
   * The camera may come to rest without asking for a frame (an animation that ends where it is, or a drag that
   * stops with the button still down): draw then.
   */
  const watchForRest = () => {
    if (watching) return;
    watching = true;
    const check = () => {
      if (!moved) return void (watching = false);
      if (cameraIsMoving(renderer, false)) return void requestAnimationFrame(check);
      watching = false;
      sigma.render();
    };
    requestAnimationFrame(check);
  };

  /** Moves the pictures to the camera now; false when too much of the graph would be missing from them. */
  const movePictures = (): boolean => {
    const [width, height] = [container.offsetWidth, container.offsetHeight];
    if (!drawn || drawn.width !== width || drawn.height !== height) return false;
    const move = cameraTransform(renderer, drawn.camera, camera.getState());
    if (!move || missingShare(renderer, move, width, height) > MAX_MISSING_SHARE) return false;
    setTransforms(`matrix(${move.join(', ')})`);
    return true;
  };

  sigma.render = () => {
    if (active() && cameraIsMoving(renderer, false) && movePictures()) {
      if (sigma.renderFrame !== null) cancelAnimationFrame(sigma.renderFrame);
      sigma.renderFrame = null;
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
