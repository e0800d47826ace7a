// Builds each gold set's graph through the real pipeline and holds every headline score at or above its floor.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGoldSet } from '../../src/eval/gold.ts';
import { buildAndEvaluate } from '../../src/eval/evaluate.ts';
import { headlineScores } from '../../src/eval/report.ts';

const goldFolder = resolve(import.meta.dirname, '../gold');
const floors = JSON.parse(readFileSync(resolve(goldFolder, 'floors.json'), 'utf8')) as Record<string, Record<string, number> | string>;
const goldSets = Object.keys(floors).filter((name) => !name.startsWith('_'));

describe('score floors', () => {
  it('has floors for every gold set', () => {
    expect(goldSets.sort()).toEqual(['dev-real3', 'heldout', 'heldout-real', 'heldout-real10', 'heldout-real11', 'heldout-real12', 'heldout-real13', 'heldout-real14', 'heldout-real15', 'heldout-real16', 'heldout-real17', 'heldout-real18', 'heldout-real19', 'heldout-real2', 'heldout-real20', 'heldout-real21', 'heldout-real22', 'heldout-real23', 'heldout-real24', 'heldout-real25', 'heldout-real3', 'heldout-real4', 'heldout-real5', 'heldout-real6', 'heldout-real7', 'heldout-real8', 'heldout-real9', 'samples', 'seeds']);
  });

  it.each(goldSets)('%s scores at or above every floor', async (name) => {
    const gold = await loadGoldSet(resolve(goldFolder, `${name}.json`));
    const { evaluation, skipped } = await buildAndEvaluate(gold);
    expect(skipped).toEqual([]);
    const scores = headlineScores(evaluation);
    const floor = floors[name] as Record<string, number>;
    expect(Object.keys(floor).sort()).toEqual(Object.keys(scores).sort());
    const below = Object.entries(floor)
      .filter(([metric, minimum]) => scores[metric]! < minimum)
      .map(([metric, minimum]) => `${metric} ${scores[metric]!.toFixed(3)} < floor ${minimum}`);
    expect(below).toEqual([]);
  });
});
