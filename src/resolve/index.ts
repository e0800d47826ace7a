// Stage 4, resolve: maps each article's entities onto the graph's nodes (same actor, whatever the spelling),
// choosing stable ids for new ones, and drops what cannot be placed (a "supreme leader" no article names).
import { nodeId, type KnowledgeGraph } from '../../graph/model.ts';
import type { Extraction, LocalEntity, ResolvedExtraction } from '../types.ts';
import { countryByCode } from '../extract/gazetteer.ts';
import { entityIndexOf } from './entityIndex.ts';
import { outletsAsOrganisations } from './outletNames.ts';

export function resolveAcrossArticles(given: Extraction, graph: KnowledgeGraph): ResolvedExtraction {
  const extraction = { ...given, entities: outletsAsOrganisations(given.entities, given.article) };
  const index = entityIndexOf(graph);
  const ids = new Map<string, string>();
  const names = new Map<string, string>();
  const taken = new Set<string>();

  // States first, so that bodies and leaders can be placed against them.
  const ordered = [...extraction.entities].sort((a, b) => rank(a) - rank(b));
  const states = new Set(extraction.entities.filter((entity) => entity.key.startsWith('state:')).map((entity) => entity.key.slice('state:'.length)));
  for (const entity of ordered) {
    if (entity.key.startsWith('leader:')) {
      const country = entity.key.split(':')[1];
      const leader = index.leaderOf(country);
      if (leader) {
        ids.set(entity.key, leader);
        if (!names.has(leader)) names.set(leader, graph.hasNode(leader) ? graph.getNodeAttribute(leader, 'name') : entity.name);
      }
      continue;
    }
    const existing = index.find(entity, states);
    const id = existing ?? freshId(graph, entity, taken);
    taken.add(id);
    ids.set(entity.key, id);
    const known = existing ? (graph.hasNode(existing) ? graph.getNodeAttribute(existing, 'name') : names.get(existing)) : undefined;
    names.set(id, betterName(known, entity));
    index.register(id, entity);
  }
  for (const relation of extraction.relations) {
    if (relation.kind !== 'LEADS' || !relation.object.startsWith('state:')) continue;
    const person = ids.get(relation.subject);
    if (person) index.registerLeader(relation.object.slice('state:'.length), person);
  }
  return { ...extraction, ids, names };
}

/** Countries, then bodies and organisations, then the rest; descriptions last. */
function rank(entity: LocalEntity): number {
  if (entity.key.startsWith('state:')) return 0;
  if (entity.key.startsWith('leader:')) return 3;
  if (entity.kind === 'Person') return 2;
  return 1;
}

/** A new node's id from kind and name; a namesake of another state's body gets the state's name added. */
function freshId(graph: KnowledgeGraph, entity: LocalEntity, taken: Set<string>): string {
  const base = nodeId(entity.kind, entity.name);
  if (!graph.hasNode(base) && !taken.has(base)) return base;
  const country = entity.country ? countryByCode(entity.country)?.name : undefined;
  if (country) {
    const qualified = nodeId(entity.kind, `${entity.name} ${country}`);
    if (!graph.hasNode(qualified) && !taken.has(qualified)) return qualified;
  }
  for (let n = 2; ; n++) {
    const numbered = `${base}-${n}`;
    if (!graph.hasNode(numbered) && !taken.has(numbered)) return numbered;
  }
}

/** The fuller of two names of one entity ("Vladimir Putin" over "Putin"); a state keeps its gazetteer name. */
function betterName(current: string | undefined, entity: LocalEntity): string {
  if (!current) return entity.name;
  if (entity.key.startsWith('state:')) return current;
  return entity.name.split(/\s+/).length > current.split(/\s+/).length ? entity.name : current;
}
