// Viewer benchmark: a generated graph of 20,000 nodes and 100,000 edges, served by `newsgraph serve` and opened
// in headless chromium. Measures time to interactive and frames per second while the camera pans and zooms,
// once with chromium's default frame pacing and once unthrottled (see PACING), and prints the machine's load.
// Run alone with: node --import tsx scripts/bench/viewer.ts
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createKnowledgeGraph, ENTITY_KINDS, edgeId, type KnowledgeGraph, type RelationKind } from '../../graph/model.ts';
import { writeGraphFile } from '../../graph/store/graphFile.ts';
import { runServe } from '../../src/cli/commands/serve.ts';
import { launchBrowser } from '../../tests/viewer/support/viewerSession.ts';

const NODES = 20_000;
const EDGES = 100_000;
const COMMUNITIES = 60;
const RELATIONS: RelationKind[] = ['CONDEMNS', 'SUPPORTS', 'MEETS', 'URGES', 'COOPERATES_WITH', 'ACCUSES', 'SUPPLIES', 'PART_OF'];

/** A deterministic pseudo-random generator (mulberry32), so every run measures the same graph. */
function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Communities of actors with most relations inside a community and a few hubs, like a large news corpus. */
export function generateBenchGraph(nodeCount = NODES, edgeCount = EDGES): KnowledgeGraph {
  const random = seededRandom(42);
  const graph = createKnowledgeGraph();
  const ids: string[] = [];
  const communityOf: number[] = [];
  for (let index = 0; index < nodeCount; index++) {
    const kind = ENTITY_KINDS[Math.floor(random() * ENTITY_KINDS.length)];
    const name = `${kind} ${index}`;
    const id = `${kind.toLowerCase()}:n${index}`;
    graph.addNode(id, { kind, name, aliases: [name], sources: [`article:a${index % 500}`] });
    ids.push(id);
    communityOf.push(Math.floor(random() * COMMUNITIES));
  }
  const members: number[][] = Array.from({ length: COMMUNITIES }, () => []);
  communityOf.forEach((community, index) => members[community].push(index));
  let made = 0;
  while (made < edgeCount) {
    const source = Math.floor(random() * nodeCount);
    const pool = random() < 0.85 ? members[communityOf[source]] : null;
    // Squaring the draw favours low indices: a few nodes become hubs.
    const target = pool ? pool[Math.floor(random() ** 2 * pool.length)] : Math.floor(random() ** 2 * nodeCount);
    if (source === target) continue;
    const kind = RELATIONS[Math.floor(random() * RELATIONS.length)];
    const key = `${edgeId(kind, ids[source], ids[target])}#${made}`;
    graph.addEdgeWithKey(key, ids[source], ids[target], {
      kind,
      sources: [`article:a${made % 500}`],
      evidence: [{ article: `article:a${made % 500}`, sentence: `Sentence ${made}.` }],
      confidence: 0.8,
    });
    made++;
  }
  return graph;
}

interface FrameStats {
  /** Frames sigma rendered per second, counted with requestAnimationFrame and sigma's afterRender. */
  fps: number;
  p95FrameMs: number;
  /** Main-thread time sigma spends per render (JavaScript and GL command submission), mean and 95th percentile. */
  renderMs: number;
  p95RenderMs: number;
}

/** Chromium's frame pacing: `vsync` is the default; `unthrottled` lifts the vsync and frame-rate limit, so the
 * count shows what the page itself can do rather than how fast the software compositor presents frames. */
const PACING: Record<'vsync' | 'unthrottled', string[]> = {
  vsync: [],
  unthrottled: ['--disable-gpu-vsync', '--disable-frame-rate-limit'],
};

async function measureInBrowser(url: string, pacing: keyof typeof PACING): Promise<Record<string, number>> {
  const { context, userDataDir } = await launchBrowser(PACING[pacing]);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    // tsx compiles this file with esbuild's keepNames, which wraps the functions passed to page.evaluate in a
    // __name() helper that only exists in Node: give the page a no-op one.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
    // Interactive: the page answers the next two frames after setting up (the main thread is free again).
    const load = await page.evaluate(async () => {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const mark = (name: string) => performance.getEntriesByName(`newsgraph:${name}`)[0]?.startTime ?? NaN;
      return {
        interactiveMs: performance.now(),
        fetchedMs: mark('graph-fetched'),
        graphLoadedMs: mark('graph-loaded'),
        readyMs: mark('ready'),
        renderedNodes: window.newsgraph!.renderedNodeCount(),
      };
    });
    // Let the first frames (buffer uploads) settle, then pan and zoom for 4 s with camera.animate, as a user's
    // drag or wheel does (on a graph this big, edges and labels are hidden while the camera moves).
    await page.waitForTimeout(1500);
    const frames = await page.evaluate(async (): Promise<FrameStats> => {
      const { renderer } = window.newsgraph!;
      const camera = renderer.getCamera();
      camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      const renderTimes: number[] = [];
      let renderStart = 0;
      const before = () => (renderStart = performance.now());
      const after = () => renderTimes.push(performance.now() - renderStart);
      renderer.on('beforeRender', before);
      renderer.on('afterRender', after);
      const frameTimes: number[] = [];
      const duration = 4000;
      const start = performance.now();
      let last = start;
      await new Promise<void>((resolve) => {
        const step = (now: number) => {
          frameTimes.push(now - last);
          last = now;
          const t = (now - start) / 1000;
          camera.animate(
            { x: 0.5 + 0.25 * Math.cos(t * 2), y: 0.5 + 0.25 * Math.sin(t * 2), ratio: 0.35 + 0.3 * (1 + Math.sin(t * 3)), angle: 0 },
            { duration: 100 },
          );
          if (now - start < duration) requestAnimationFrame(step);
          else resolve();
        };
        requestAnimationFrame(step);
      });
      renderer.off('beforeRender', before);
      renderer.off('afterRender', after);
      const elapsed = (performance.now() - start) / 1000;
      const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? NaN;
      return {
        fps: renderTimes.length / elapsed,
        p95FrameMs: p95(frameTimes),
        renderMs: renderTimes.reduce((sum, value) => sum + value, 0) / Math.max(1, renderTimes.length),
        p95RenderMs: p95(renderTimes),
      };
    });
    const round = (value: number) => Math.round(value * 10) / 10;
    return {
      [`${pacing}.fetchMs`]: Math.round(load.fetchedMs),
      [`${pacing}.graphBuiltMs`]: Math.round(load.graphLoadedMs),
      [`${pacing}.readyMs`]: Math.round(load.readyMs),
      [`${pacing}.interactiveMs`]: Math.round(load.interactiveMs),
      [`${pacing}.renderedNodes`]: load.renderedNodes,
      [`${pacing}.panZoomFps`]: round(frames.fps),
      [`${pacing}.panZoomP95FrameMs`]: round(frames.p95FrameMs),
      [`${pacing}.sigmaRenderMs`]: round(frames.renderMs),
      [`${pacing}.sigmaP95RenderMs`]: round(frames.p95RenderMs),
    };
  } finally {
    await context.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true });
  }
}

export async function benchViewer(): Promise<Record<string, number>> {
  const folder = await mkdtemp(join(tmpdir(), 'newsgraph-bench-viewer-'));
  const file = join(folder, 'graph.json');
  await writeGraphFile(file, generateBenchGraph());
  const sink = new PassThrough();
  sink.resume();
  const server = await runServe({ store: folder, graph: file, port: '0', host: '127.0.0.1' }, { stdout: sink, stderr: sink, exitCode: 0, interactive: false });
  try {
    const figures: Record<string, number> = {
      nodes: NODES,
      edges: EDGES,
      graphFileMB: Math.round(((await stat(file)).size / 1e6) * 10) / 10,
      ...(await measureInBrowser(server.url, 'vsync')),
      ...(await measureInBrowser(server.url, 'unthrottled')),
      cpuCores: availableParallelism(),
      loadAverage1m: Math.round(loadavg()[0] * 10) / 10,
    };
    for (const [name, value] of Object.entries(figures)) process.stdout.write(`viewer ${name}: ${value}\n`);
    return figures;
  } finally {
    await server.close();
    await rm(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchViewer();
}
