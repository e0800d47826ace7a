// Maps a request path onto a file inside the viewer's build folder, and refuses anything that would leave it.
import { realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { contentTypeFor } from './contentTypes.ts';

export interface StaticFile {
  file: string;
  contentType: string;
  size: number;
}

/**
 * The file under `root` that `requestPath` names, or `undefined` when there is none or the path tries to escape
 * (`..` segments, encoded or not, backslashes, NUL bytes, or a symlink pointing outside).
 */
export async function resolveStaticFile(root: string, requestPath: string): Promise<StaticFile | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..')) return undefined;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const rootReal = await realpath(root).catch(() => undefined);
  if (!rootReal) return undefined;
  const candidate = resolve(rootReal, relative);
  const real = await realpath(candidate).catch(() => undefined);
  if (!real || (real !== rootReal && !real.startsWith(rootReal + sep))) return undefined;
  const info = await stat(real).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  return { file: real, contentType: contentTypeFor(extname(real)), size: info.size };
}
