// Articles given as JSON: one object, an array of objects (.json), or one object per line (.jsonl).
import type { RawArticle, SkippedInput } from '../types.ts';
import { htmlToParagraphs, looksLikeHtml } from './htmlBlocks.ts';
import { toIsoDate } from './isoDate.ts';
import { metadataFieldOf, type ArticleMetadata } from './metadataKeys.ts';
import { skip } from './skipReasons.ts';

/** Field names that hold the article's text, first present wins; metadata fields are those of header lines. */
const TEXT_FIELDS = ['text', 'body', 'content'];

type Loaded = { articles: RawArticle[]; skipped: SkippedInput[] };

/** A .json file: one article object or an array of them; `line` of each is its 1-based position in the array. */
export function readJsonArticles(file: string, text: string): Loaded {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { articles: [], skipped: [skip(file, `not valid JSON (${(error as Error).message}); fix the file, or use .jsonl for one article per line`)] };
  }
  if (Array.isArray(value)) {
    const loaded: Loaded = { articles: [], skipped: [] };
    if (value.length === 0) loaded.skipped.push(skip(file, 'JSON array is empty; nothing to read'));
    value.forEach((record, index) => addRecord(loaded, file, 'json', record, index + 1));
    return loaded;
  }
  const loaded: Loaded = { articles: [], skipped: [] };
  addRecord(loaded, file, 'json', value, undefined);
  return loaded;
}

/** A .jsonl file: one article object per line; a bad line is skipped with its number and the others still load. */
export function readJsonLinesArticles(file: string, text: string): Loaded {
  const loaded: Loaded = { articles: [], skipped: [] };
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      loaded.skipped.push(skip(file, `line is not valid JSON (${(error as Error).message}); fix or remove that line`, index + 1));
      return;
    }
    addRecord(loaded, file, 'jsonl', record, index + 1);
  });
  return loaded;
}

function addRecord(loaded: Loaded, file: string, format: 'json' | 'jsonl', record: unknown, line: number | undefined): void {
  const where = line === undefined ? 'the JSON value' : format === 'json' ? `record ${line} of the array` : 'the record';
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    loaded.skipped.push(skip(file, `${where} is not an article object; give an object with a "text" (or "body"/"content") field`, line));
    return;
  }
  const fields = record as Record<string, unknown>;
  const text = firstString(fields, TEXT_FIELDS);
  if (text === undefined || text.trim() === '') {
    loaded.skipped.push(skip(file, `${where} has no article text; put it in a "text", "body" or "content" field`, line));
    return;
  }
  const article: RawArticle = { path: file, format, text: looksLikeHtml(text) ? htmlToParagraphs(text) : text };
  if (line !== undefined) article.line = line;
  loaded.articles.push({ ...article, ...recordMetadata(fields) });
}

/** Metadata from the record's keys in their order, the first usable value of each field winning, as in header lines. */
function recordMetadata(fields: Record<string, unknown>): ArticleMetadata {
  const metadata: ArticleMetadata = {};
  for (const [key, value] of Object.entries(fields)) {
    const field = metadataFieldOf(key);
    const text = field && stringIn(value);
    if (!field || !text) continue;
    if (field === 'date' || field === 'updated') {
      const iso = toIsoDate(text);
      if (iso) metadata[field] ??= iso;
    } else {
      metadata[field] ??= text;
    }
  }
  return metadata;
}

/** The first field that holds a string. */
function firstString(fields: Record<string, unknown>, names: string[]): string | undefined {
  for (const name of names) {
    const text = stringIn(fields[name]);
    if (text) return text;
  }
  return undefined;
}

/** A non-empty string value, trimmed; `{ "name": … }` objects count too (news APIs nest the outlet that way). */
function stringIn(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value : value && typeof value === 'object' ? (value as { name?: unknown }).name : undefined;
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
}
