// The WebGL programs nodes and edges are drawn with, by the `type` the reducers give them.
// Sigma draws each program twice a frame: once on screen and once into a picking buffer that says what is under the
// pointer. The big-graph programs skip that second pass when nothing can be picked from it: while the camera moves
// (sigma then hides edges and draws everything again, picking included, once it stops) and, for edges, when edge
// hover is off. Without a GPU the picking pass of 20,000 nodes costs more than drawing them.
import type Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, NodeCircleProgram, NodePointProgram, type ProgramInfo } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../../graph/model.ts';

type GraphSigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Node and edge types, as the reducers set them. */
export const NODE_TYPE = { disc: 'circle', point: 'point' } as const;
export const EDGE_TYPE = { arrow: 'straight', curvedArrow: 'curved', line: 'line' } as const;

/**
 * The test sigma's own render uses to hide edges while the camera moves (`hideEdgesOnMove`). With `heldDrag` false,
 * a drag paused with the button down (sigma's drag timeout passed) counts as resting: the moved-frame renderer draws
 * then, though sigma still draws that frame as a moving one.
 */
export function cameraIsMoving(renderer: GraphSigma, heldDrag = true): boolean {
  const captor = renderer.getMouseCaptor();
  return renderer.getCamera().isAnimated() || captor.isMoving || (heldDrag && captor.draggedEvents > 0) || captor.currentWheelDirection !== 0;
}

/** Sigma redraws once the camera stops only when it hides edges on move; only then may a moving frame skip picking. */
function movingWithoutPicking(renderer: GraphSigma): boolean {
  return renderer.getSetting('hideEdgesOnMove') && cameraIsMoving(renderer);
}

/** Runs sigma's `render` of `program`, its picking pass left out unless `picking`. */
function renderPickingIf(picking: boolean, program: { pickProgram: ProgramInfo | null }, render: () => void): void {
  if (picking) return render();
  const pickProgram = program.pickProgram;
  program.pickProgram = null;
  try {
    render();
  } finally {
    program.pickProgram = pickProgram;
  }
}

class PointNodeProgram extends NodePointProgram<NodeAttributes, EdgeAttributes, GraphAttributes> {
  override render(params: RenderParams): void {
    renderPickingIf(!movingWithoutPicking(this.renderer), this, () => super.render(params));
  }
}

class LineEdgeProgram extends EdgeLineProgram<NodeAttributes, EdgeAttributes, GraphAttributes> {
  override render(params: RenderParams): void {
    const picking = this.renderer.getSetting('enableEdgeEvents') && !movingWithoutPicking(this.renderer);
    renderPickingIf(picking, this, () => super.render(params));
  }
}

/**
 * Discs are instanced triangles (smooth at any zoom); points are one vertex per node, which software WebGL draws
 * many times faster, at the price of a node vanishing whole when its centre leaves the screen.
 */
export const nodeProgramClasses = { [NODE_TYPE.disc]: NodeCircleProgram, [NODE_TYPE.point]: PointNodeProgram };

export const edgeProgramClasses = {
  [EDGE_TYPE.arrow]: EdgeArrowProgram,
  [EDGE_TYPE.curvedArrow]: EdgeCurvedArrowProgram,
  [EDGE_TYPE.line]: LineEdgeProgram,
};

/**
 * The programs a graph of this scale is drawn with (the reducers give big graphs points and lines only). Sigma
 * builds every registered program when the renderer is built or its programs change (each twice, on screen and
 * for picking, and node programs again for hovered nodes); software WebGL compiles them slowly, so a big graph's
 * first frame does not wait for the curved and straight arrows it never uses (sigma adds its own default disc and
 * arrow programs to whatever it is given).
 */
export function programClassesFor(large: boolean): { nodeProgramClasses: Partial<typeof nodeProgramClasses>; edgeProgramClasses: Partial<typeof edgeProgramClasses> } {
  if (!large) return { nodeProgramClasses, edgeProgramClasses };
  return { nodeProgramClasses: { [NODE_TYPE.point]: PointNodeProgram }, edgeProgramClasses: { [EDGE_TYPE.line]: LineEdgeProgram } };
}
