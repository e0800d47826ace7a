// Test support: a fresh temporary folder per test file, with a writer for fixture files.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TempFolder {
  root: string;
  write(relative: string, content: string | Uint8Array): string;
  remove(): void;
}

export function createTempFolder(prefix = 'newsgraph-load-'): TempFolder {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    root,
    write(relative, content) {
      const file = path.join(root, relative);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
      return file;
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
