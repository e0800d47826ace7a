import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGoldSet } from '../../src/eval/gold.ts';
import { buildAndEvaluate, evaluateGraph } from '../../src/eval/evaluate.ts';
import { GraphBuilder, syntheticGold } from './syntheticGold.ts';

describe('evaluateGraph', () => {
  it('scores entities, relations and statements through one node matching', () => {
    const g = new GraphBuilder();
    const park = g.node('Person', 'Park');
    g.edge('SPEAKS_FOR', park, g.node('Government', 'Ministry of Tides'));
    g.statement('The tide turns for no one.', park);
    const evaluation = evaluateGraph(g.graph, syntheticGold());
    expect(evaluation.goldFile).toBe('/virtual/gold.json');
    expect(evaluation.entities.found).toBe(2);
    expect(evaluation.relations.found).toBe(1);
    expect(evaluation.statements.attributed).toBe(1);
  });
});

describe('buildAndEvaluate', () => {
  it("builds from the gold set's own articles, or from the inputs given instead", async () => {
    const folder = await mkdtemp(join(tmpdir(), 'evaluate-'));
    await writeFile(
      join(folder, 'one.txt'),
      'date 2026-01-05\ntitle: Norland answers\n\nNorland said on Monday that it would not sign the accord, officials in Vesk told reporters.\n',
    );
    const gold = parseGoldSet({ root: '.', articles: ['one.txt'], entities: [{ kind: 'Government', name: 'Norland', aliases: ['Vesk'] }] }, join(folder, 'gold.json'));
    const own = await buildAndEvaluate(gold);
    expect(own.skipped).toEqual([]);
    expect(own.graph.order).toBeGreaterThan(0);
    expect(own.evaluation.entities.gold).toBe(1);
    const other = await buildAndEvaluate(gold, [join(folder, 'missing.txt')]);
    expect(other.skipped.map((item) => item.path)).toEqual([join(folder, 'missing.txt')]);
    expect(other.graph.order).toBe(0);
  });
});
