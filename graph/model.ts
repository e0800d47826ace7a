// The knowledge model of MODEL.md as code: node kinds, relation kinds, attributes and stable ids.
// Every other module (pipeline, stores, exporters, viewer) takes its names from here.
import { MultiDirectedGraph } from 'graphology';

export const NODE_KINDS = [
  'Person',
  'Government',
  'Organization',
  'Group',
  'Place',
  'Treaty',
  'Statement',
  'Article',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Kinds that stand for something in the world (everything but Statement and Article). */
export const ENTITY_KINDS = ['Person', 'Government', 'Organization', 'Group', 'Place', 'Treaty'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const STRUCTURE_RELATIONS = ['LEADS', 'SPEAKS_FOR', 'MEMBER_OF', 'PART_OF', 'LOCATED_IN', 'PARTY_TO'] as const;
export const ACTION_RELATIONS = [
  'CONDEMNS',
  'URGES',
  'DEPLOYS_TO',
  'FIGHTS_ALONGSIDE',
  'FIGHTS_AGAINST',
  'SUPPLIES',
  'SUPPORTS',
  'COOPERATES_WITH',
  'THANKS',
  'VIOLATES',
  'INVOKES',
  'SIGNS',
  'PROPOSES',
  'ACCUSES',
  'SANCTIONS',
  'THREATENS',
  'MEETS',
  'VISITS',
  'WITHDRAWS_FROM',
] as const;
export const STATEMENT_RELATIONS = ['SAID', 'ABOUT', 'REPORTED_BY'] as const;
export const PROVENANCE_RELATIONS = ['MENTIONS', 'FROM_ARTICLE'] as const;

export const RELATION_KINDS = [
  ...STRUCTURE_RELATIONS,
  ...ACTION_RELATIONS,
  ...STATEMENT_RELATIONS,
  ...PROVENANCE_RELATIONS,
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** Symmetric kinds are stored once, with their ends in a canonical (sorted) order. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationKind> = new Set(['FIGHTS_ALONGSIDE', 'COOPERATES_WITH', 'MEETS']);

/**
 * The confidence of an office's state presumed from what the story is about ("Prime Minister X" in a story about
 * Chile), not read in its sentence: an edge still at this value has no other evidence, and gives way when another
 * article or sentence names the person's state.
 */
export const PRESUMED_CONFIDENCE = 0.5;

export interface Evidence {
  article: string;
  sentence: string;
}

export interface NodeAttributes {
  kind: NodeKind;
  name: string;
  aliases: string[];
  sources: string[];
  /** Person */
  roles?: string[];
  /** Statement */
  text?: string;
  quoted?: boolean;
  speaker?: string;
  /** Statement, Article, Treaty */
  date?: string;
  /** Article */
  title?: string;
  outlet?: string;
  url?: string;
  path?: string;
  /** Display attributes that sigma reads; never the kind. */
  label?: string;
  x?: number;
  y?: number;
  size?: number;
  color?: string;
  [extra: string]: unknown;
}

export interface EdgeAttributes {
  kind: RelationKind;
  sources: string[];
  evidence: Evidence[];
  confidence: number;
  /** Kind-specific properties: role, demand, count, date, items, allegedBy. */
  role?: string;
  demand?: string;
  count?: number;
  date?: string;
  items?: string[];
  allegedBy?: string[];
  label?: string;
  [extra: string]: unknown;
}

export interface GraphAttributes {
  name?: string;
  /** Paths of the inputs skipped by ingestion runs, with the reason. */
  skipped?: { path: string; reason: string }[];
  [extra: string]: unknown;
}

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createKnowledgeGraph(): KnowledgeGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
}

/** Lower-case ASCII slug: accents folded, anything not a letter or digit becomes one hyphen. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Stable node id from kind and canonical name: `person:kim-jong-un`. */
export function nodeId(kind: NodeKind, canonicalName: string): string {
  return `${kind.toLowerCase()}:${slugify(canonicalName)}`;
}

/** Stable edge key; symmetric kinds put their ends in sorted order so that A-B and B-A are one edge. */
export function edgeId(kind: RelationKind, source: string, target: string): string {
  const [from, to] = edgeEnds(kind, source, target);
  return `${kind}:${from}->${to}`;
}

/** The source and target an edge is stored with: a symmetric kind's ends in sorted order, as in its key. */
export function edgeEnds(kind: RelationKind, source: string, target: string): [string, string] {
  return SYMMETRIC_RELATIONS.has(kind) && target < source ? [target, source] : [source, target];
}

export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && (NODE_KINDS as readonly string[]).includes(value);
}

export function isRelationKind(value: unknown): value is RelationKind {
  return typeof value === 'string' && (RELATION_KINDS as readonly string[]).includes(value);
}
