// ForceAtlas2 in a web worker: start, stop (and save the positions back to the server), reset to the loaded layout.
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { ViewerState } from '../viewerState.ts';

// CommonJS with `export default` typings: under NodeNext the default import is typed as the whole module.
const FA2Layout = FA2LayoutModule as unknown as (typeof FA2LayoutModule)['default'];
const forceAtlas2 = forceAtlas2Module as unknown as (typeof forceAtlas2Module)['default'];

export type SaveOutcome = { saved: number } | { skipped: string };

export class LayoutController {
  private layout: InstanceType<typeof FA2Layout> | null = null;
  private readonly listeners = new Set<(running: boolean) => void>();

  constructor(private readonly state: ViewerState) {
    // The worker holds its own copy of the graph: it must not outlive the graph it was made for.
    state.on('graph-replacing', () => this.kill());
  }

  onChange(listener: (running: boolean) => void): void {
    this.listeners.add(listener);
  }

  isRunning(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  start(): void {
    if (this.isRunning() || this.state.graph.order === 0) return;
    const graph = this.state.graph;
    this.layout ??= new FA2Layout(graph, {
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 800, slowDown: 2 + Math.log10(graph.order) },
    });
    this.layout.start();
    this.notify();
  }

  /** Stops and saves; resolves with what happened to the positions. */
  async stop(): Promise<SaveOutcome> {
    if (!this.isRunning()) return { skipped: 'layout not running' };
    this.layout!.stop();
    this.notify();
    return this.savePositions();
  }

  reset(): void {
    this.kill();
    const positions = this.state.initialPositions;
    this.state.graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, ...(positions.get(node) ?? {}) }), {
      attributes: ['x', 'y'],
    });
    this.notify();
  }

  /** Sends the positions of `nodes` (all nodes when omitted) to the server, which writes them into the graph file. */
  async savePositions(nodes?: string[]): Promise<SaveOutcome> {
    if (!this.state.origin.canSavePositions) return { skipped: `positions are not saved for ${this.state.origin.describe || 'this graph'}` };
    const positions: Record<string, { x: number; y: number }> = {};
    for (const node of nodes ?? this.state.graph.nodes()) {
      const { x, y } = this.state.graph.getNodeAttributes(node);
      if (typeof x === 'number' && typeof y === 'number') positions[node] = { x, y };
    }
    const response = await fetch('api/positions', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ positions }),
    });
    const answer = (await response.json().catch(() => ({}))) as { updated?: number; error?: string };
    if (!response.ok) throw new Error(answer.error ?? `saving positions failed (HTTP ${response.status})`);
    return { saved: answer.updated ?? 0 };
  }

  private kill(): void {
    this.layout?.kill();
    this.layout = null;
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this.isRunning());
  }
}
