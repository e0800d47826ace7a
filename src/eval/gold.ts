// Gold sets: hand annotations of what a set of articles says, loaded and checked before anything is scored.
// The format is documented in docs/gold-format.md.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ENTITY_KINDS, STRUCTURE_RELATIONS, ACTION_RELATIONS, type EntityKind, type RelationKind } from '../../graph/model.ts';
import { NewsgraphError } from '../../graph/errors.ts';
import { nameKey } from './normalise.ts';

/** Relation kinds a gold set may hold: MODEL.md's structure and action kinds (statements are scored apart). */
export const SCORED_RELATIONS: readonly RelationKind[] = [...STRUCTURE_RELATIONS, ...ACTION_RELATIONS];

export interface GoldEntity {
  kind: EntityKind;
  name: string;
  /** Every surface form the articles use, `name` included once loaded. */
  aliases: string[];
}

export interface GoldRelation {
  /** Names (any alias) of gold entities, any of which is an acceptable subject. */
  subject: string[];
  kind: RelationKind;
  object: string[];
  /** The article file it comes from, for the reader of a miss. */
  article?: string;
}

export interface GoldStatement {
  /** A few words of the quote or paraphrase that any extraction of it must contain. */
  key: string;
  /** Names (any alias) of gold entities, any of which is an acceptable speaker. */
  speakers: string[];
  article?: string;
  /** When it was said (ISO date), if the article lets a reader resolve it ("on Monday" in an article of known date). */
  date?: string;
}

export interface GoldSet {
  /** Path of the gold file, for messages. */
  file: string;
  /** Folder the article names are relative to (absolute once loaded). */
  root: string;
  articles: string[];
  entities: GoldEntity[];
  relations: GoldRelation[];
  statements: GoldStatement[];
}

/** A gold file that cannot be read or breaks the format; the message names the file and the faulty item. */
export class GoldFileError extends NewsgraphError {
  readonly file: string;
  constructor(file: string, reason: string) {
    super('GOLD', `${file}: ${reason}`);
    this.file = file;
  }
}

export async function loadGoldSet(file: string): Promise<GoldSet> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new GoldFileError(file, `cannot read (${(error as Error).message}); pass a gold file such as tests/gold/samples.json`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GoldFileError(file, `not valid JSON (${(error as Error).message})`);
  }
  return parseGoldSet(data, file);
}

/** Checks a parsed gold file and returns it with `root` made absolute and every name in `aliases`. */
export function parseGoldSet(data: unknown, file: string): GoldSet {
  const fail = (reason: string): never => {
    throw new GoldFileError(file, reason);
  };
  if (!isRecord(data)) return fail('expected an object { root, articles, entities, relations, statements }');
  const root = data.root ?? '.';
  if (typeof root !== 'string') return fail('"root" must be a folder path relative to the gold file');
  const articles = stringList(data.articles, '"articles"', fail);
  const entities = list(data.entities, '"entities"', fail).map((item, index) => parseEntity(item, `entities[${index}]`, fail));
  const index = indexAliases(entities, fail);
  const known = (names: string[], where: string) => {
    for (const name of names) findEntity(entities, index, name, (reason) => fail(`${where}: ${reason}`));
    return names;
  };
  const relations = list(data.relations ?? [], '"relations"', fail).map((item, i): GoldRelation => {
    const where = `relations[${i}]`;
    if (!isRecord(item)) return fail(`${where}: expected { subject, kind, object }`);
    const kind = item.kind;
    if (typeof kind !== 'string' || !SCORED_RELATIONS.includes(kind as RelationKind)) {
      return fail(`${where}: kind "${String(kind)}" is not one of ${SCORED_RELATIONS.join(', ')}`);
    }
    return {
      subject: known(alternatives(item.subject, `${where}.subject`, fail), `${where}.subject`),
      kind: kind as RelationKind,
      object: known(alternatives(item.object, `${where}.object`, fail), `${where}.object`),
      ...optionalArticle(item, where, fail),
    };
  });
  const statements = list(data.statements ?? [], '"statements"', fail).map((item, i): GoldStatement => {
    const where = `statements[${i}]`;
    if (!isRecord(item) || typeof item.key !== 'string' || item.key.trim() === '') return fail(`${where}: expected { key: "phrase", speakers: [...] }`);
    return {
      key: item.key,
      speakers: known(alternatives(item.speakers, `${where}.speakers`, fail), `${where}.speakers`),
      ...optionalArticle(item, where, fail),
      ...optionalDate(item, where, fail),
    };
  });
  return { file, root: resolve(dirname(file), root), articles, entities, relations, statements };
}

/** Absolute paths of the gold set's articles. */
export function goldArticlePaths(gold: GoldSet): string[] {
  return gold.articles.map((article) => resolve(gold.root, article));
}

/** Map from normalised alias to the indices of the gold entities that use it (a capital may name a state and a place). */
export function goldAliasIndex(gold: GoldSet): Map<string, number[]> {
  return indexAliases(gold.entities, (reason) => {
    throw new GoldFileError(gold.file, reason);
  });
}

/** The index of the gold entity a relation or statement names: by canonical name first, else by its only alias owner. */
export function goldEntityNamed(gold: GoldSet, name: string, index = goldAliasIndex(gold)): number {
  return findEntity(gold.entities, index, name, (reason) => {
    throw new GoldFileError(gold.file, reason);
  });
}

function findEntity(entities: GoldEntity[], index: Map<string, number[]>, name: string, fail: (reason: string) => never): number {
  const key = nameKey(name);
  const owners = index.get(key) ?? [];
  if (owners.length === 0) return fail(`"${name}" names no gold entity (add it to "entities" or fix the spelling)`);
  if (owners.length === 1) return owners[0]!;
  const byName = owners.find((owner) => nameKey(entities[owner]!.name) === key);
  if (byName !== undefined) return byName;
  return fail(`"${name}" is an alias of ${owners.map((owner) => `"${entities[owner]!.name}"`).join(' and ')}; name one of them`);
}

/** Indexes aliases; one surface form may name entities of different kinds (Government and Place), never two of one kind. */
function indexAliases(entities: GoldEntity[], fail: (reason: string) => never): Map<string, number[]> {
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

function parseEntity(item: unknown, where: string, fail: (reason: string) => never): GoldEntity {
  if (!isRecord(item)) return fail(`${where}: expected { kind, name, aliases }`);
  const { kind, name } = item;
  if (typeof kind !== 'string' || !(ENTITY_KINDS as readonly string[]).includes(kind)) {
    return fail(`${where}: kind "${String(kind)}" is not one of ${ENTITY_KINDS.join(', ')}`);
  }
  if (typeof name !== 'string' || nameKey(name) === '') return fail(`${where}: "name" must be a non-empty string`);
  const aliases = stringList(item.aliases ?? [], `${where}.aliases`, fail);
  for (const alias of aliases) if (nameKey(alias) === '') fail(`${where}.aliases: "${alias}" has no letters or digits to match on`);
  return { kind: kind as EntityKind, name, aliases: [...new Set([name, ...aliases])] };
}

function alternatives(value: unknown, where: string, fail: (reason: string) => never): string[] {
  if (typeof value === 'string') return [value];
  const names = stringList(value, where, fail);
  if (names.length === 0) fail(`${where}: give at least one entity name`);
  return names;
}

function optionalArticle(item: Record<string, unknown>, where: string, fail: (reason: string) => never): { article?: string } {
  if (item.article === undefined) return {};
  if (typeof item.article !== 'string') return fail(`${where}.article: expected a file name`);
  return { article: item.article };
}

function optionalDate(item: Record<string, unknown>, where: string, fail: (reason: string) => never): { date?: string } {
  if (item.date === undefined) return {};
  if (typeof item.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(item.date)) return fail(`${where}.date: expected an ISO date such as 2026-03-02`);
  return { date: item.date };
}

function list(value: unknown, where: string, fail: (reason: string) => never): unknown[] {
  if (!Array.isArray(value)) return fail(`${where} must be an array`);
  return value;
}

function stringList(value: unknown, where: string, fail: (reason: string) => never): string[] {
  const items = list(value, where, fail);
  items.forEach((item, index) => {
    if (typeof item !== 'string' || item.trim() === '') fail(`${where}[${index}] must be a non-empty string`);
  });
  return items as string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
