// Gold sets: hand annotations of what a set of articles says, loaded and checked before anything is scored.
// The format is documented in docs/gold-format.md.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ENTITY_KINDS, STRUCTURE_RELATIONS, ACTION_RELATIONS, type EntityKind, type RelationKind } from '../../graph/model.ts';
import { GoldFileError } from './goldFileError.ts';
import { findGoldEntity, indexGoldAliases } from './goldAliases.ts';
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

export { GoldFileError } from './goldFileError.ts';

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
  const index = indexGoldAliases(entities, fail);
  const known = (names: string[], where: string) => {
    for (const name of names) findGoldEntity(entities, index, name, (reason) => fail(`${where}: ${reason}`));
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
