// Gold entities by surface form: the index every score resolves names through, and the rules that keep it unambiguous.
import type { GoldEntity, GoldSet } from './gold.ts';
import { GoldFileError } from './goldFileError.ts';
import { nameKey } from './normalise.ts';

/** Map from normalised alias to the indices of the gold entities that use it (a capital may name a state and a place). */
export function goldAliasIndex(gold: GoldSet): Map<string, number[]> {
  return indexGoldAliases(gold.entities, (reason) => {
    throw new GoldFileError(gold.file, reason);
  });
}

/** The index of the gold entity a relation or statement names: by canonical name first, else by its only alias owner. */
export function goldEntityNamed(gold: GoldSet, name: string, index = goldAliasIndex(gold)): number {
  return findGoldEntity(gold.entities, index, name, (reason) => {
    throw new GoldFileError(gold.file, reason);
  });
}

export function findGoldEntity(entities: GoldEntity[], index: Map<string, number[]>, name: string, fail: (reason: string) => never): number {
  const key = nameKey(name);
  const owners = index.get(key) ?? [];
  if (owners.length === 0) return fail(`"${name}" names no gold entity (add it to "entities" or fix the spelling)`);
  if (owners.length === 1) return owners[0]!;
  const byName = owners.find((owner) => nameKey(entities[owner]!.name) === key);
  if (byName !== undefined) return byName;
  return fail(`"${name}" is an alias of ${owners.map((owner) => `"${entities[owner]!.name}"`).join(' and ')}; name one of them`);
}

/** Indexes aliases; one surface form may name entities of different kinds (Government and Place), never two of one kind. */
export function indexGoldAliases(entities: GoldEntity[], fail: (reason: string) => never): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const canonical = new Map<string, number>();
  entities.forEach((entity, position) => {
    const nameOwner = canonical.get(nameKey(entity.name));
    if (nameOwner !== undefined) fail(`two entities are named "${entity.name}"; merge them or tell them apart`);
    canonical.set(nameKey(entity.name), position);
    for (const alias of entity.aliases) {
      const key = nameKey(alias);
      const owners = index.get(key) ?? [];
      if (owners.includes(position)) continue;
      const sameKind = owners.find((owner) => entities[owner]!.kind === entity.kind);
      if (sameKind !== undefined) {
        fail(`alias "${alias}" of "${entity.name}" also belongs to "${entities[sameKind]!.name}"; one surface form may name one ${entity.kind} only`);
      }
      index.set(key, [...owners, position]);
    }
  });
  return index;
}
