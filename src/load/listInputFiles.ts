// Files and folders in, the sorted list of article files to read out; paths that lead nowhere become skips.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SkippedInput } from '../types.ts';
import { formatOfFile, SUPPORTED_EXTENSIONS } from './inputFormats.ts';
import { skip } from './skipReasons.ts';

/** Folders never walked: hidden ones (.git, .newsgraph) and installed packages. */
const isWalked = (name: string): boolean => !name.startsWith('.') && name !== 'node_modules';

export async function listArticleFiles(inputs: string[]): Promise<{ files: string[]; skipped: SkippedInput[] }> {
  const found = new Set<string>();
  const skipped: SkippedInput[] = [];
  for (const input of inputs) {
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(input)).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      skipped.push(skip(input, code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file or folder; check the path' : `cannot open (${code ?? String(error)}); check its permissions`));
      continue;
    }
    if (!isDirectory) {
      if (formatOfFile(input)) found.add(input);
      else skipped.push(skip(input, `unsupported file type "${path.extname(input) || '(no extension)'}"; newsgraph reads ${SUPPORTED_EXTENSIONS.join(', ')}: convert it to one of those`));
      continue;
    }
    const inFolder = await walkFolder(input, skipped);
    if (inFolder.length === 0) {
      skipped.push(skip(input, `folder holds no article files (${SUPPORTED_EXTENSIONS.join(', ')}); check the path or add articles`));
    }
    inFolder.forEach((file) => found.add(file));
  }
  // Code-unit order, not locale order, so that every machine reads the files in the same sequence.
  const files = [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, skipped };
}

async function walkFolder(folder: string, skipped: SkippedInput[]): Promise<string[]> {
  const files: string[] = [];
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    skipped.push(skip(folder, `cannot list the folder (${(error as NodeJS.ErrnoException).code ?? String(error)}); check its permissions`));
    return files;
  }
  for (const entry of entries) {
    if (!isWalked(entry.name)) continue;
    const full = path.join(folder, entry.name);
    // Symlinked folders are not followed, so a link cycle cannot trap the walk; symlinked files are read.
    if (entry.isDirectory()) files.push(...(await walkFolder(full, skipped)));
    else if ((entry.isFile() || (entry.isSymbolicLink() && (await isFile(full)))) && formatOfFile(full)) files.push(full);
  }
  return files;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
