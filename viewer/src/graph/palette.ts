// Colours of the picture, as data: one per node kind (Tableau-like, distinguishable for most colour-blind readers),
// and one per family of relations so that hostility, cooperation and speech read at a glance.
import type { NodeKind, RelationKind } from '../../../graph/model.ts';

export const NODE_KIND_COLORS: Readonly<Record<NodeKind, string>> = {
  Person: '#4e79a7',
  Government: '#e15759',
  Organization: '#f28e2b',
  Group: '#b07aa1',
  Place: '#59a14f',
  Treaty: '#edc948',
  Statement: '#9c755f',
  Article: '#bab0ac',
};

export const UNKNOWN_KIND_COLOR = '#8a94a6';

const HOSTILE = '#e07b7b';
const FRIENDLY = '#6fb98f';
const OTHER_ACTION = '#c9a56a';
const STRUCTURE = '#98a6b8';
const SPEECH = '#b9a3d6';
const PROVENANCE = '#d5d9df';

export const RELATION_KIND_COLORS: Readonly<Record<RelationKind, string>> = {
  LEADS: STRUCTURE,
  SPEAKS_FOR: STRUCTURE,
  MEMBER_OF: STRUCTURE,
  PART_OF: STRUCTURE,
  LOCATED_IN: STRUCTURE,
  PARTY_TO: STRUCTURE,
  CONDEMNS: HOSTILE,
  ACCUSES: HOSTILE,
  FIGHTS_AGAINST: HOSTILE,
  THREATENS: HOSTILE,
  SANCTIONS: HOSTILE,
  VIOLATES: HOSTILE,
  WITHDRAWS_FROM: HOSTILE,
  SUPPORTS: FRIENDLY,
  SUPPLIES: FRIENDLY,
  COOPERATES_WITH: FRIENDLY,
  FIGHTS_ALONGSIDE: FRIENDLY,
  THANKS: FRIENDLY,
  MEETS: FRIENDLY,
  URGES: OTHER_ACTION,
  DEPLOYS_TO: OTHER_ACTION,
  INVOKES: OTHER_ACTION,
  SIGNS: OTHER_ACTION,
  PROPOSES: OTHER_ACTION,
  VISITS: OTHER_ACTION,
  SAID: SPEECH,
  ABOUT: SPEECH,
  REPORTED_BY: SPEECH,
  MENTIONS: PROVENANCE,
  FROM_ARTICLE: PROVENANCE,
};

export const UNKNOWN_RELATION_COLOR = '#c3c9d2';
/** What nodes and edges outside the highlighted neighbourhood fade to. */
export const FADED_COLOR = '#e6e9ee';
export const HIGHLIGHT_EDGE_COLOR = '#1f2933';
