// Provenance (which article said what) is bookkeeping, not the story: hidden unless the user asks for it.
import type { NodeKind, RelationKind } from '../../../graph/model.ts';

export const PROVENANCE_NODE_KINDS: readonly NodeKind[] = ['Article'];
export const PROVENANCE_RELATION_KINDS: readonly RelationKind[] = ['MENTIONS', 'FROM_ARTICLE'];
