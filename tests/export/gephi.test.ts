// Gephi opens our GEXF and GraphML: the files go through Gephi's own importer (Gephi toolkit 0.10.1 from Maven Central,
// driven by gephi/GephiOpen.java), not through a parser of ours.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGexf } from '../../graph/export/gexf.ts';
import { toGraphml } from '../../graph/export/graphml.ts';
import { buildSampleGraph } from './sampleGraph.ts';

const run = promisify(execFile);
const TOOLKIT = 'org.gephi:gephi-toolkit:0.10.1:jar:all';
const toolkitJar = join(homedir(), '.m2/repository/org/gephi/gephi-toolkit/0.10.1/gephi-toolkit-0.10.1-all.jar');

interface GephiView {
  file: string;
  opened: boolean;
  nodes: number;
  edges: number;
  edgeKinds: string[];
  nodeColumns: string[];
  edgeColumns: string[];
  labels: string[];
  issues: string[];
}

let dir: string;
let views: GephiView[];
const graph = buildSampleGraph();

beforeAll(async () => {
  if (!existsSync(toolkitJar)) await run('mvn', ['-q', 'dependency:get', `-Dartifact=${TOOLKIT}`, '-Dtransitive=false'], { maxBuffer: 1 << 24 });
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-gephi-'));
  await run('javac', ['-d', dir, '-cp', toolkitJar, join(import.meta.dirname, 'gephi/GephiOpen.java')]);
  await writeFile(join(dir, 'graph.gexf'), toGexf(graph));
  await writeFile(join(dir, 'graph.graphml'), toGraphml(graph));
  const { stdout } = await run(
    'java',
    ['-Djava.awt.headless=true', '-cp', `${toolkitJar}:${dir}`, 'GephiOpen', join(dir, 'graph.gexf'), join(dir, 'graph.graphml')],
    { maxBuffer: 1 << 24 },
  );
  views = stdout.trim().split('\n').map((line) => JSON.parse(line) as GephiView);
}, 600_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const names = () => graph.mapNodes((_key, attributes) => attributes.name).sort();
const serious = (issues: string[]) => issues.filter((issue) => /^(WARNING|SEVERE|CRITICAL)/.test(issue));

describe('Gephi', () => {
  it('opens the GEXF as GEXF 1.3 with every node and edge, relation kinds as edge kinds, and no warnings', () => {
    const gexf = views[0];
    expect(gexf.opened).toBe(true);
    expect(gexf.issues).toContain('INFO: GEXF version 1.3');
    expect(serious(gexf.issues)).toEqual([]);
    expect([gexf.nodes, gexf.edges]).toEqual([graph.order, graph.size]);
    expect(gexf.edgeKinds).toEqual([...new Set(graph.mapEdges((_key, attributes) => attributes.kind))].sort());
    expect([...gexf.labels].sort()).toEqual(names());
    for (const column of ['kind', 'name', 'aliases', 'sources', 'roles', 'text']) expect(gexf.nodeColumns).toContain(column);
    for (const column of ['evidence', 'sources', 'confidence', 'role', 'count']) expect(gexf.edgeColumns).toContain(column);
  });

  it('opens the GraphML with every node; parallel edges of different kinds merge, as Gephi does for GraphML', () => {
    const graphml = views[1];
    expect(graphml.opened).toBe(true);
    expect(graphml.issues.filter((issue) => /^(SEVERE|CRITICAL)/.test(issue))).toEqual([]);
    expect(graphml.nodes).toBe(graph.order);
    const pairs = new Set(graph.mapEdges((_key, _attributes, source, target) => `${source}\n${target}`));
    expect(graphml.edges).toBe(pairs.size);
    expect([...graphml.labels].sort()).toEqual(names());
    for (const column of ['kind', 'name', 'aliases']) expect(graphml.nodeColumns).toContain(column);
    expect(graphml.edgeColumns).toContain('kind');
  });
});
