// What the user has narrowed the picture to. Plain data: the graph stays the single source of truth,
// and reducers derive what is drawn from it and these filters.
import { PROVENANCE_NODE_KINDS, PROVENANCE_RELATION_KINDS } from '../graph/provenance.ts';

export interface Filters {
  hiddenNodeKinds: Set<string>;
  hiddenRelationKinds: Set<string>;
  /** Article id, or '' for all. */
  article: string;
  /** Outlet name, or '' for all. */
  outlet: string;
  /** ISO dates (inclusive), or '' for open-ended. */
  dateFrom: string;
  dateTo: string;
  /** Nodes with fewer story relations (provenance not counted) are hidden. */
  minDegree: number;
}

export function defaultFilters(): Filters {
  return {
    hiddenNodeKinds: new Set(PROVENANCE_NODE_KINDS),
    hiddenRelationKinds: new Set(PROVENANCE_RELATION_KINDS),
    article: '',
    outlet: '',
    dateFrom: '',
    dateTo: '',
    minDegree: 0,
  };
}

export function showsProvenance(filters: Filters): boolean {
  return PROVENANCE_NODE_KINDS.every((kind) => !filters.hiddenNodeKinds.has(kind)) &&
    PROVENANCE_RELATION_KINDS.every((kind) => !filters.hiddenRelationKinds.has(kind));
}

export function setProvenanceShown(filters: Filters, shown: boolean): void {
  for (const kind of PROVENANCE_NODE_KINDS) shown ? filters.hiddenNodeKinds.delete(kind) : filters.hiddenNodeKinds.add(kind);
  for (const kind of PROVENANCE_RELATION_KINDS) shown ? filters.hiddenRelationKinds.delete(kind) : filters.hiddenRelationKinds.add(kind);
}
