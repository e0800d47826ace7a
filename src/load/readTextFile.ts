// Reads one file as UTF-8 text, refusing what is too big, binary, empty or not UTF-8, with a reason the user can act on.
import { readFileSync, statSync } from 'node:fs';
import type { SkippedInput } from '../types.ts';
import { findInvalidUtf8, lineAndColumnOf } from './findInvalidUtf8.ts';
import { MAX_INPUT_BYTES } from './inputLimits.ts';
import { skip } from './skipReasons.ts';

// Rounded up, so that a file just over the limit never reads as equal to it.
const megabytes = (bytes: number): string => `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1).replace(/\.0$/, '')} MB`;

/**
 * The file's text (BOM removed), or why it cannot be read. The size is checked before anything is read. The reads are
 * synchronous: articles are small and read one after another, and a synchronous read costs a fraction of the
 * promise and thread-pool round trips of an asynchronous one (see scripts/bench/pipeline.ts).
 */
export async function readTextFile(file: string): Promise<{ text: string } | SkippedInput> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    return skip(file, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}); check that it exists and is readable`);
  }
  if (size > MAX_INPUT_BYTES) {
    const advice = /\.jsonl?$/i.test(file)
      ? 'split it into several files under the limit (e.g. `split -l 1000` for .jsonl) and ingest the folder'
      : 'one article is never this big: check that it is an article, or split it into one file per article';
    return skip(file, `file is ${megabytes(size)}, over the ${megabytes(MAX_INPUT_BYTES)} limit for one input; ${advice}`);
  }
  const bytes = readFileSync(file);
  return decodeArticleBytes(file, bytes);
}

/** Decodes bytes already in memory with the same checks (used for files and tests alike). */
export function decodeArticleBytes(file: string, bytes: Uint8Array): { text: string } | SkippedInput {
  if (bytes.length === 0) return skip(file, 'file is empty; nothing to read');
  if (hasUtf16Bom(bytes)) {
    return skip(file, 'file is UTF-16 text; re-save it as UTF-8 (e.g. `iconv -f UTF-16 -t UTF-8`) and ingest it again');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return skip(file, `binary file (NUL byte at offset ${nul}); newsgraph reads text articles only, convert it to .txt, .md, .html or .json first`);
  }
  const invalid = findInvalidUtf8(bytes);
  if (invalid !== -1) {
    const { line, column } = lineAndColumnOf(bytes, invalid);
    return skip(file, `invalid UTF-8 at byte ${invalid} (column ${column}); re-save the file as UTF-8 and ingest it again`, line);
  }
  // fatal: a second guard in case the scan above and the platform's decoder ever disagree.
  let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return skip(file, 'file holds only whitespace; nothing to read');
  return { text };
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}
