// Which node labels are drawn. Sigma's label grid keeps the biggest node of each cell, but a long name ("Foreign,
// Commonwealth and Development Office") runs across the cells beside it and over their labels. Sigma hands the labels
// it picked to `collect` one at a time; they are drawn when the frame ends, forced labels (selection, search) first and
// then the biggest nodes, each one left out when its box would cross a label drawn already. Hovering a node still shows
// its name, on sigma's hover layer.
import { drawDiscNodeLabel, type NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../../graph/model.ts';

type LabelSettings = Settings<NodeAttributes, EdgeAttributes, GraphAttributes>;
type LabelData = Parameters<NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes, GraphAttributes>>[1] & { key?: string };

/** A drawn label's box on the labels canvas, in CSS pixels. */
export interface LabelBox {
  node: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Space kept free around a label, so that two labels never touch. */
const MARGIN = 2;

export class LabelPlacement {
  private pending: { context: CanvasRenderingContext2D; data: LabelData; settings: LabelSettings }[] = [];
  /** The labels drawn in the last frame. */
  drawn: LabelBox[] = [];
  /** How many labels sigma proposed in the last frame. */
  proposed = 0;

  /** Sigma's `defaultDrawNodeLabel`: keeps the label for the end of the frame. */
  readonly collect: NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes, GraphAttributes> = (context, data, settings) => {
    this.pending.push({ context, data, settings });
  };

  /** A frame starts: nothing is kept from the last one. */
  reset(): void {
    this.pending = [];
    this.drawn = [];
    this.proposed = 0;
  }

  /** The frame's nodes are drawn: draws the labels that fit. */
  draw(): void {
    this.proposed = this.pending.length;
    const order = this.pending.sort((a, b) => Number(Boolean(b.data.forceLabel)) - Number(Boolean(a.data.forceLabel)) || b.data.size - a.data.size);
    for (const { context, data, settings } of order) {
      if (!data.label) continue;
      const box = labelBox(context, data, settings);
      if (this.drawn.some((other) => overlaps(box, other))) continue;
      drawDiscNodeLabel(context, data, settings);
      this.drawn.push(box);
    }
    this.pending = [];
  }
}

/** Where sigma's disc label goes: after the node, its baseline a third of the font size below the centre. */
function labelBox(context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): LabelBox {
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const left = data.x + data.size + 3;
  const width = context.measureText(data.label ?? '').width;
  const height = settings.labelSize;
  return { node: data.key ?? '', left: left - MARGIN, top: data.y - height / 2 - MARGIN, right: left + width + MARGIN, bottom: data.y + height / 2 + MARGIN };
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
