import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, ExporterUnavailableError, exportGraph, isExportFormat } from '../../graph/export/index.ts';
import { toGraphJson } from '../../graph/export/json.ts';
import { toGexf } from '../../graph/export/gexf.ts';
import { toGraphml } from '../../graph/export/graphml.ts';
import { buildSampleGraph } from './sampleGraph.ts';

const exporterExists = (file: string) => existsSync(fileURLToPath(new URL(`../../graph/export/${file}`, import.meta.url)));

describe('exportGraph', () => {
  const graph = buildSampleGraph();

  it('maps json, gexf and graphml to their writers as single files', async () => {
    expect(await exportGraph(graph, 'json')).toEqual({ layout: 'file', content: toGraphJson(graph) });
    expect(await exportGraph(graph, 'gexf')).toEqual({ layout: 'file', content: toGexf(graph) });
    expect(await exportGraph(graph, 'graphml')).toEqual({ layout: 'file', content: toGraphml(graph) });
  });

  it('knows its formats and nothing else', () => {
    expect(EXPORT_FORMATS.every(isExportFormat)).toBe(true);
    expect(isExportFormat('dot')).toBe(false);
  });

  // csv.ts and cypher.ts belong to the Neo4j work: whichever state they are in, the answer must match it.
  it('loads the CSV writer when it exists and says plainly when it does not', async () => {
    if (exporterExists('csv.ts')) {
      const result = await exportGraph(graph, 'csv');
      expect(result.layout).toBe('folder');
      if (result.layout === 'folder') expect(result.files.length).toBeGreaterThan(0);
    } else {
      await expect(exportGraph(graph, 'csv')).rejects.toThrow(ExporterUnavailableError);
      await expect(exportGraph(graph, 'csv')).rejects.toThrow(/csv export is not available.*csv\.ts is missing/);
    }
  });

  it('loads the Cypher writer when it exists and says plainly when it does not', async () => {
    if (exporterExists('cypher.ts')) {
      const result = await exportGraph(graph, 'cypher');
      expect(result.layout).toBe('file');
      if (result.layout === 'file') expect(result.content).toMatch(/MERGE|CREATE/);
    } else {
      await expect(exportGraph(graph, 'cypher')).rejects.toThrow(/cypher export is not available.*cypher\.ts is missing/);
    }
  });
});
