// A real `newsgraph serve` on a free loopback port and a real headless chromium, for the viewer's end-to-end tests.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { runServe } from '../../../src/cli/commands/serve.ts';
import type { RunningViewerServer } from '../../../src/serve/server.ts';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu-sandbox',
  '--no-first-run',
  '--disable-dev-shm-usage',
  // Off the network: nothing in the background, and no host name resolves (the viewer is served on 127.0.0.1).
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  // Without a GPU, chromium's own choice: WebGL on SwiftShader (its software renderer, which needs this flag),
  // pages composited by the CPU. Forcing SwiftShader as the GPU for everything (--use-angle=swiftshader
  // --ignore-gpu-blocklist) composites sigma's seven stacked canvases through it too: five times slower.
  '--enable-unsafe-swiftshader',
];

export interface ViewerSession {
  server: RunningViewerServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Page errors and console errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

/** Fails (never skips) when chromium is missing, saying how to install it. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: the viewer tests need a real browser. Install it with: apt-get update && apt-get install -y chromium`);
  }
}

export async function launchBrowser(extraArgs: string[] = []): Promise<{ browser: Browser; context: BrowserContext; userDataDir: string }> {
  requireChromium();
  const userDataDir = await mkdtemp(join(tmpdir(), 'newsgraph-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    viewport: { width: 1400, height: 860 },
    acceptDownloads: true,
  });
  return { browser: context.browser()!, context, userDataDir };
}

/** Serves `graphFile` with the serve command's own code path and opens the viewer in a fresh browser profile. */
export async function openViewer(graphFile: string): Promise<ViewerSession> {
  requireChromium();
  const sink = new PassThrough();
  sink.resume();
  const server = await runServe({ store: '.newsgraph', graph: graphFile, port: '0', host: '127.0.0.1' }, { stdout: sink, stderr: sink, exitCode: 0, interactive: false });
  const { browser, context, userDataDir } = await launchBrowser();
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  return {
    server,
    browser,
    context,
    page,
    errors,
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** How many pixels of the graph area, as chromium put them on screen, are not the background: a drawn graph has many. */
export async function paintedPixelCount(page: Page): Promise<number> {
  const shot = (await page.locator('#graph').screenshot()).toString('base64');
  // Decode in the page itself (createImageBitmap), so the test needs no PNG library.
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let painted = 0;
    for (let index = 0; index < data.length; index += 4) {
      // Background is #fbfcfd; anything clearly darker or coloured is a node, an edge or a label.
      if (Math.abs(data[index] - 0xfb) + Math.abs(data[index + 1] - 0xfc) + Math.abs(data[index + 2] - 0xfd) > 40) painted++;
    }
    return painted;
  }, shot);
}
