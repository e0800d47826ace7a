// The one place the viewer's state lives: the graph (source of truth), what is derived from it, the filters and
// the selection. Views subscribe to the changes they draw; nothing else holds a copy.
import { createKnowledgeGraph, type KnowledgeGraph } from '../../graph/model.ts';
import { indexArticles, type ArticleIndex } from './graph/articleIndex.ts';
import { actorDegrees } from './graph/actorDegree.ts';
import { deriveDisplayAttributes } from './graph/displayAttributes.ts';
import { graphFromJson } from './graph/graphFromJson.ts';
import { parallelEdgeCurvatures } from './graph/parallelEdges.ts';
import { defaultFilters, type Filters } from './filters/filters.ts';
import { computeVisibility, type Visibility } from './filters/visibility.ts';
import { layoutIfSmall } from './layout/initialLayout.ts';
import { SearchIndex } from './search/searchIndex.ts';

export interface GraphOrigin {
  /** Shown in the title bar: a file path, a Neo4j URI, or a dropped file's name. */
  describe: string;
  canSavePositions: boolean;
}

type Change = 'graph-replacing' | 'graph' | 'filters' | 'selection' | 'hover';

export class ViewerState {
  readonly graph: KnowledgeGraph = createKnowledgeGraph();
  origin: GraphOrigin = { describe: '', canSavePositions: false };
  filters: Filters = defaultFilters();
  degrees = new Map<string, number>();
  articles: ArticleIndex = new Map();
  visibility: Visibility = { nodes: new Set(), edges: new Set() };
  /** Positions as loaded, for "reset layout". */
  initialPositions = new Map<string, { x: number; y: number }>();
  selectedNode: string | null = null;
  selectedEdge: string | null = null;
  hoveredNode: string | null = null;
  hoveredEdge: string | null = null;
  /** Neighbours of the focused node (selected, else hovered). */
  focusNeighbours = new Set<string>();
  private readonly listeners = new Map<Change, Set<() => void>>();
  // Derived on first use, not on load: big graphs draw no curves, and nobody searches before the first frame.
  private curvatureCache: Map<string, number> | null = null;
  private searchCache: SearchIndex | null = null;

  /** Curvature of each edge that shares its two ends with another (parallelEdges.ts). */
  get curvatures(): Map<string, number> {
    return (this.curvatureCache ??= parallelEdgeCurvatures(this.graph));
  }

  get search(): SearchIndex {
    return (this.searchCache ??= new SearchIndex(this.graph, this.degrees));
  }

  on(change: Change, listener: () => void): void {
    if (!this.listeners.has(change)) this.listeners.set(change, new Set());
    this.listeners.get(change)!.add(listener);
  }

  private emit(change: Change): void {
    for (const listener of this.listeners.get(change) ?? []) listener();
  }

  /**
   * Replaces the graph's contents (the graph object stays, so the renderer keeps it); throws GraphFormatError.
   * The performance marks split load time for scripts/bench/viewer.ts.
   */
  loadGraph(data: unknown, origin: GraphOrigin): void {
    this.emit('graph-replacing');
    graphFromJson(data, this.graph);
    performance.mark('newsgraph:imported');
    this.origin = origin;
    this.degrees = actorDegrees(this.graph);
    this.articles = indexArticles(this.graph);
    const { positioned } = deriveDisplayAttributes(this.graph, this.degrees);
    if (!positioned) layoutIfSmall(this.graph);
    performance.mark('newsgraph:display-derived');
    this.curvatureCache = this.searchCache = null;
    this.initialPositions = new Map(this.graph.mapNodes((node, { x, y }) => [node, { x: x ?? 0, y: y ?? 0 }] as const));
    this.selectedNode = this.selectedEdge = this.hoveredNode = this.hoveredEdge = null;
    this.focusNeighbours.clear();
    this.filters = { ...defaultFilters(), hiddenNodeKinds: this.filters.hiddenNodeKinds, hiddenRelationKinds: this.filters.hiddenRelationKinds };
    performance.mark('newsgraph:indexed');
    this.visibility = computeVisibility(this.graph, this.filters, this.degrees, this.articles);
    this.emit('graph');
  }

  updateFilters(change: (filters: Filters) => void): void {
    change(this.filters);
    this.visibility = computeVisibility(this.graph, this.filters, this.degrees, this.articles);
    this.emit('filters');
  }

  resetFilters(): void {
    this.updateFilters((filters) => Object.assign(filters, defaultFilters()));
  }

  focusNode(): string | null {
    return this.selectedNode ?? this.hoveredNode;
  }

  private refreshFocus(): void {
    const focus = this.focusNode();
    this.focusNeighbours = new Set(focus && this.graph.hasNode(focus) ? this.graph.neighbors(focus) : []);
  }

  selectNode(node: string | null): void {
    this.selectedNode = node && this.graph.hasNode(node) ? node : null;
    this.selectedEdge = null;
    this.refreshFocus();
    this.emit('selection');
  }

  selectEdge(edge: string | null): void {
    this.selectedEdge = edge && this.graph.hasEdge(edge) ? edge : null;
    this.selectedNode = null;
    this.refreshFocus();
    this.emit('selection');
  }

  hoverNode(node: string | null): void {
    this.hoveredNode = node;
    this.refreshFocus();
    this.emit('hover');
  }

  hoverEdge(edge: string | null): void {
    this.hoveredEdge = edge;
    this.emit('hover');
  }
}
