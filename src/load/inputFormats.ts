// Which file names newsgraph reads as articles, and in which format.
import path from 'node:path';
import type { RawArticle } from '../types.ts';

export type InputFormat = RawArticle['format'];

const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMAT_BY_EXTENSION);

/** The format of a file from its extension, or undefined when newsgraph does not read it. */
export function formatOfFile(file: string): InputFormat | undefined {
  return FORMAT_BY_EXTENSION[path.extname(file).toLowerCase()];
}
