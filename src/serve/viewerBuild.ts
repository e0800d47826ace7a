// Builds the web app with Vite's API when its build is missing or older than its sources, so `npm ci && serve` just works.
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The viewer's folder in this checkout (viewer/index.html, viewer/src, viewer/vite.config.ts). */
export const VIEWER_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../viewer');

async function newestSourceTime(root: string): Promise<number> {
  const sources = [join(root, 'index.html'), join(root, 'vite.config.ts'), join(root, 'src')];
  let newest = 0;
  const visit = async (path: string): Promise<void> => {
    const info = await stat(path).catch(() => undefined);
    if (!info) return;
    if (info.isDirectory()) {
      for (const entry of await readdir(path)) await visit(join(path, entry));
    } else newest = Math.max(newest, info.mtimeMs);
  };
  for (const source of sources) await visit(source);
  return newest;
}

export async function viewerBuildIsFresh(root = VIEWER_ROOT): Promise<boolean> {
  const built = await stat(join(root, 'dist', 'index.html')).catch(() => undefined);
  return built !== undefined && built.mtimeMs >= (await newestSourceTime(root));
}

/** Returns the build folder, building it first if needed; `log` hears one line when a build happens. */
export async function ensureViewerBuilt(root = VIEWER_ROOT, log: (line: string) => void = () => {}): Promise<string> {
  const dist = join(root, 'dist');
  if (await viewerBuildIsFresh(root)) return dist;
  log('building the viewer (once, with Vite)…');
  // Vite is a dev dependency of the tool and heavy to load: import it only when a build is due.
  const { build } = await import('vite');
  // Build beside the old folder and swap, so a server already running never sees half a build.
  const staging = join(root, `.dist-${process.pid}-${Date.now()}`);
  await build({
    configFile: join(root, 'vite.config.ts'),
    root,
    logLevel: 'error',
    build: { outDir: staging, emptyOutDir: true },
  });
  await rm(dist, { recursive: true, force: true });
  try {
    await rename(staging, dist);
  } catch (error) {
    // Another serve (or test run) built at the same time and swapped its build in first: theirs will do.
    await rm(staging, { recursive: true, force: true });
    if (!(await viewerBuildIsFresh(root))) throw error;
  }
  return dist;
}
