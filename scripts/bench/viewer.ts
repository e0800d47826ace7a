// Viewer benchmark: a generated graph of 20,000 nodes and 100,000 edges, served by `newsgraph serve` and opened in
// the headless chromium the browser tests use (same flags, 1400×860 window). Two versions of the graph: laid out
// (positions saved, as after running the layout in the viewer) and as built (no positions: the viewer spreads the
// nodes itself). For each, several runs of: when the page had the graph fetched, built, handed to sigma and drawn
// with input answered (interactive); then frames per second while a mouse drags the background in circles (pan) and
// while a wheel zooms in and out (zoom), with input sent the way chromium receives a real mouse's. A frame counts when
// what it shows follows the camera: sigma drew in it, or (big graphs) the last drawn frame was moved to where the
// camera now is (viewer/src/render/movingFrames.ts); panDrawnFps and zoomDrawnFps count sigma's drawn frames alone.
// Prints every run, the machine's load average around it, and returns the medians.
// Run alone with: node --import tsx scripts/bench/viewer.ts   (BENCH_VIEWER_RUNS=n, default 3)
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { writeGraphFile } from '../../graph/store/graphFile.ts';
import { runServe } from '../../src/cli/commands/serve.ts';
import { generateGraph } from '../../tests/viewer/support/generatedGraph.ts';
import { launchBrowser } from '../../tests/viewer/support/viewerSession.ts';

const NODES = 20_000;
const EDGES = 100_000;
const MOVE_SECONDS = 4;

type Figures = Record<string, number>;

/** What the page notes for the benchmark from the start (an init script): when it was drawn, when input was answered. */
const PAGE_PROBE = `
  globalThis.__name = (fn) => fn; // tsx's keepNames wraps page.evaluate functions in __name(), which only Node has
  window.newsgraphBench = { drawnMs: NaN, answeredMs: NaN };
  new MutationObserver((_changes, observer) => {
    if (document.body?.dataset.ready !== 'true') return;
    observer.disconnect();
    // Drawn: the frame after the one that put the graph on screen has begun.
    requestAnimationFrame(() => requestAnimationFrame(() => (window.newsgraphBench.drawnMs = performance.now())));
    // The benchmark presses a key the moment the page is ready (a binding, no polling in between).
    window.newsgraphBenchReady();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
  // Answered: that first input's next frame was presented (Event Timing: the event's time plus its duration).
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.newsgraphBench.answeredMs = entry.startTime + entry.duration;
  }).observe({ type: 'first-input', buffered: true });
`;

/** Loads the page and presses Shift once it is ready; milliseconds from navigation to each stage of loading. */
export async function measureLoad(page: Page, url: string): Promise<Figures> {
  const cdp = await page.context().newCDPSession(page);
  const shift = { key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16 };
  await page.exposeBinding('newsgraphBenchReady', () => {
    void cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...shift } as never).then(() => cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...shift } as never));
  });
  await page.addInitScript({ content: PAGE_PROBE });
  await page.goto(url);
  await page.waitForFunction(() => !Number.isNaN(window.newsgraphBench!.drawnMs) && !Number.isNaN(window.newsgraphBench!.answeredMs), undefined, {
    timeout: 120_000,
    polling: 100,
  });
  await cdp.detach();
  const { marks, drawnMs, answeredMs } = await page.evaluate(() => ({
    marks: Object.fromEntries(performance.getEntriesByType('mark').map((mark) => [mark.name.replace('newsgraph:', ''), mark.startTime])),
    drawnMs: window.newsgraphBench!.drawnMs,
    answeredMs: window.newsgraphBench!.answeredMs,
  }));
  const round = (value: number | undefined) => Math.round(value ?? NaN);
  return {
    scriptStartMs: round(marks.start),
    fetchedMs: round(marks['graph-fetched']),
    builtMs: round(marks['graph-loaded']),
    sigmaReadyMs: round(marks.ready),
    drawnMs: round(drawnMs),
    answeredMs: round(answeredMs),
    interactiveMs: round(Math.max(drawnMs, answeredMs)),
  };
}

/** Counts, in the page, frames in which sigma drew, and sigma's main-thread time per draw. */
async function countFrames(page: Page, during: () => Promise<void>): Promise<Figures> {
  await page.evaluate(() => {
    const { renderer } = window.newsgraph!;
    const counter = { frames: 0, drawnFrames: 0, drewThisFrame: false, sigmaDrewThisFrame: false, intervals: [] as number[], renderMs: [] as number[], stop: false, start: performance.now() };
    let renderStart = 0;
    let lastFrame = performance.now();
    const before = () => (renderStart = performance.now());
    const after = () => {
      counter.renderMs.push(performance.now() - renderStart);
      counter.drewThisFrame = true;
      counter.sigmaDrewThisFrame = true;
    };
    // A big graph's moving camera moves the last frame instead of drawing (viewer/src/render/movingFrames.ts): such a
    // frame counts too, since what is on screen follows the camera; sigma's time is counted for drawn frames only.
    const moved = () => (counter.drewThisFrame = true);
    const stage = document.getElementById('graph')!;
    renderer.on('beforeRender', before);
    renderer.on('afterRender', after);
    stage.addEventListener('newsgraph:moved-frame', moved);
    const tick = (now: number) => {
      if (counter.drewThisFrame) {
        counter.frames++;
        if (counter.sigmaDrewThisFrame) counter.drawnFrames++;
        counter.intervals.push(now - lastFrame);
        lastFrame = now;
      }
      counter.drewThisFrame = false;
      counter.sigmaDrewThisFrame = false;
      if (!counter.stop) requestAnimationFrame(tick);
      else {
        renderer.off('beforeRender', before);
        renderer.off('afterRender', after);
        stage.removeEventListener('newsgraph:moved-frame', moved);
      }
    };
    requestAnimationFrame(tick);
    window.newsgraphBench!.counter = counter;
  });
  await during();
  return page.evaluate(() => {
    const counter = window.newsgraphBench!.counter!;
    counter.stop = true;
    const seconds = (performance.now() - counter.start) / 1000;
    const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? NaN;
    const mean = counter.renderMs.reduce((sum, value) => sum + value, 0) / Math.max(1, counter.renderMs.length);
    return { fps: counter.frames / seconds, drawnFps: counter.drawnFrames / seconds, p95FrameMs: p95(counter.intervals), sigmaMs: mean };
  });
}

/** Sends input through chromium's input pipeline (as a real mouse does), one event per `everyMs`, without waiting. */
async function drive(page: Page, everyMs: number, event: (seconds: number, index: number) => Record<string, unknown>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const start = Date.now();
  for (let index = 0; Date.now() - start < MOVE_SECONDS * 1000; index++) {
    void cdp.send('Input.dispatchMouseEvent', event((Date.now() - start) / 1000, index) as never).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  await cdp.detach();
}

/** A point of the stage near its centre with no node under it, so a drag there pans rather than moves a node. */
export async function backgroundPoint(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('#graph').boundingBox())!;
  const point = await page.evaluate(({ width, height }) => {
    const { renderer, state } = window.newsgraph!;
    const nodes: { x: number; y: number; size: number }[] = [];
    state.graph.forEachNode((node) => {
      const data = renderer.getNodeDisplayData(node);
      if (data && !data.hidden) nodes.push({ ...renderer.framedGraphToViewport(data), size: data.size });
    });
    let best = { x: width / 2, y: height / 2 };
    let bestGap = -Infinity;
    for (let x = width * 0.35; x <= width * 0.65; x += 5) {
      for (let y = height * 0.35; y <= height * 0.65; y += 5) {
        let gap = Infinity;
        for (const node of nodes) gap = Math.min(gap, Math.hypot(node.x - x, node.y - y) - node.size);
        if (gap > bestGap) [best, bestGap] = [{ x, y }, gap];
      }
    }
    return best;
  }, box);
  return { x: box.x + point.x, y: box.y + point.y };
}

async function measurePanAndZoom(page: Page): Promise<Figures> {
  const start = await backgroundPoint(page);
  await page.mouse.move(start.x, start.y);
  await page.waitForTimeout(500);
  const pan = await countFrames(page, async () => {
    await page.mouse.down();
    // A circle of 200×150 pixels, twice a second or so, one move every 16 ms like a 60 Hz mouse.
    await drive(page, 16, (seconds) => ({
      type: 'mouseMoved',
      x: start.x + 200 * (Math.cos(seconds * 3) - 1),
      y: start.y + 150 * Math.sin(seconds * 3),
      button: 'left',
      buttons: 1,
    }));
  });
  await page.mouse.up();
  await page.waitForTimeout(1500);
  const box = (await page.locator('#graph').boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  await page.waitForTimeout(500);
  // Ten wheel notches a second, five in then five out: the camera never stops and never hits its zoom limits.
  const zoom = await countFrames(page, () =>
    drive(page, 100, (_seconds, index) => ({ type: 'mouseWheel', x: centre.x, y: centre.y, deltaX: 0, deltaY: Math.floor(index / 5) % 2 ? 100 : -100 })),
  );
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    panFps: round(pan.fps),
    panDrawnFps: round(pan.drawnFps),
    panP95FrameMs: Math.round(pan.p95FrameMs),
    zoomFps: round(zoom.fps),
    zoomDrawnFps: round(zoom.drawnFps),
    zoomP95FrameMs: Math.round(zoom.p95FrameMs),
    sigmaMsPerFrame: round((pan.sigmaMs + zoom.sigmaMs) / 2),
  };
}

export async function measureRun(url: string): Promise<Figures> {
  const loadBefore = loadavg()[0];
  const { context, userDataDir } = await launchBrowser();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const load = await measureLoad(page, url);
    await page.waitForTimeout(1500);
    const frames = await measurePanAndZoom(page);
    return { ...load, ...frames, loadAverageBefore: Math.round(loadBefore * 10) / 10, loadAverageAfter: Math.round(loadavg()[0] * 10) / 10 };
  } finally {
    await context.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true });
  }
}

/** The WebGL renderer and compositing mode chromium chose on this machine (chrome://gpu). */
async function describeGraphics(): Promise<string> {
  const { context, userDataDir } = await launchBrowser();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('chrome://gpu');
    await page.waitForTimeout(1500);
    // A string, not a function: init scripts (and so the __name shim) do not reach chrome:// pages.
    const text = (await page.evaluate(`(() => {
      const walk = (node) => (node.shadowRoot ? walk(node.shadowRoot) : '') +
        [...node.childNodes].map((child) => (child.nodeType === Node.TEXT_NODE ? child.textContent : walk(child))).join(' ');
      return walk(document.body).replace(/\\s+/g, ' ');
    })()`)) as string;
    const feature = (name: string) => text.match(new RegExp(`${name}: ([^*]+?) \\*`))?.[1] ?? '?';
    const renderer = text.match(/GL_RENDERER[\s:]*(.+?) GL_VERSION/)?.[1] ?? '?';
    return `WebGL: ${feature('WebGL')}; compositing: ${feature('Compositing')}; renderer: ${renderer}`;
  } finally {
    await context.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export async function benchViewer(runs = Number(process.env.BENCH_VIEWER_RUNS ?? 3)): Promise<Figures> {
  const folder = await mkdtemp(join(tmpdir(), 'newsgraph-bench-viewer-'));
  const out = (line: string) => process.stdout.write(`viewer ${line}\n`);
  const figures: Figures = { nodes: NODES, edges: EDGES, cpuCores: availableParallelism(), runs };
  try {
    out(`${NODES} nodes, ${EDGES} edges, ${availableParallelism()} cores, 1400×860 window; ${await describeGraphics()}`);
    for (const [name, laidOut] of [['laidOut', true], ['asBuilt', false]] as const) {
      const file = join(folder, `${name}.json`);
      await writeGraphFile(file, generateGraph({ nodes: NODES, edges: EDGES, laidOut }));
      figures[`${name}.graphFileMB`] = Math.round(((await stat(file)).size / 1e6) * 10) / 10;
      const sink = new PassThrough();
      sink.resume();
      const server = await runServe({ store: folder, graph: file, port: '0', host: '127.0.0.1' }, { stdout: sink, stderr: sink, exitCode: 0, interactive: false });
      try {
        const results: Figures[] = [];
        for (let run = 1; run <= runs; run++) {
          const result = await measureRun(server.url);
          results.push(result);
          out(`${name} run ${run}: ${Object.entries(result).map(([key, value]) => `${key} ${value}`).join(', ')}`);
        }
        for (const key of Object.keys(results[0])) {
          const values = results.map((result) => result[key]);
          figures[`${name}.${key}`] = median(values);
          if (runs > 1 && !key.startsWith('loadAverage')) figures[`${name}.${key}.spread`] = Math.round((Math.max(...values) - Math.min(...values)) * 10) / 10;
        }
      } finally {
        await server.close();
      }
    }
    for (const [name, value] of Object.entries(figures)) out(`${name}: ${value}`);
    return figures;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

declare global {
  interface Window {
    newsgraphBenchReady?: () => void;
    newsgraphBench?: {
      drawnMs: number;
      answeredMs: number;
      counter?: { frames: number; drawnFrames: number; drewThisFrame: boolean; sigmaDrewThisFrame: boolean; intervals: number[]; renderMs: number[]; stop: boolean; start: number };
    };
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchViewer();
}
