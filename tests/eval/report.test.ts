import { describe, expect, it } from 'vitest';
import { evaluateGraph } from '../../src/eval/evaluate.ts';
import { formatEvaluation, formatScoreTable, headlineScores, toJson } from '../../src/eval/report.ts';
import { GraphBuilder, syntheticGold } from './syntheticGold.ts';

function sampleEvaluation() {
  const g = new GraphBuilder();
  const norland = g.node('Government', 'Norland');
  const south = g.node('Government', 'Southmark');
  g.node('Place', 'Vesk');
  g.node('Group', 'crowd');
  g.edge('CONDEMNS', norland, south);
  g.edge('THREATENS', south, norland);
  g.statement('We will not sign.', south);
  g.statement('Nothing to see here.', norland);
  return evaluateGraph(g.graph, syntheticGold());
}

describe('report', () => {
  it('gives the headline scores by the names floors.json uses', () => {
    const scores = headlineScores(sampleEvaluation());
    expect(Object.keys(scores)).toEqual([
      'entities.recall',
      'entities.typedRecall',
      'entities.precision',
      'relations.recall',
      'relations.precision',
      'relations.f1',
      'statements.textRecall',
      'statements.attributionRecall',
      'statements.precision',
      'statements.dateRecall',
    ]);
    expect(scores['entities.recall']).toBeCloseTo(2 / 6);
    expect(scores['relations.precision']).toBe(0.5);
    expect(scores['statements.attributionRecall']).toBe(0.5);
  });

  it('prints a table row per gold set with percentages', () => {
    const table = formatScoreTable([{ name: 'synthetic', evaluation: sampleEvaluation() }]);
    const lines = table.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\| gold set\s+\| ent R/);
    expect(lines[2]).toMatch(/^\| synthetic \|\s+33\.3% \|/);
    // One of the two gold entities found has a node of the wrong kind (Vesk, a Place where gold says Government).
    expect(lines[0]).toContain('| wrong kind |');
    expect(lines[2]).toMatch(/\|\s+50\.0%\s+\| \d+\s+\|/);
  });

  it('lists misses and false positives, and cuts long lists at the limit', () => {
    const text = formatEvaluation(sampleEvaluation(), 2);
    expect(text).toContain('missed entities (4):');
    expect(text).toContain('… 2 more (use --json for all)');
    expect(text).toContain('wrong kinds (1):\n  - Vesk: Place, gold says Government (Norland)');
    expect(text).toContain('relations by kind (found/gold, correct/predicted):\n  CONDEMNS 1/1 1/1, MEETS 0/1 0/0,');
    expect(text).toContain('THREATENS 0/0 0/1');
    expect(text).toContain('false relations (1):\n  - Southmark -THREATENS-> Norland');
    expect(text).toContain('unmatched statements (1):\n  - "Nothing to see here." (Norland)');
  });

  it('writes JSON with every list and the headline scores', () => {
    const data = JSON.parse(toJson(sampleEvaluation()));
    expect(data.scores['relations.f1']).toBeGreaterThan(0);
    expect(data.entities.unmatched).toEqual([expect.objectContaining({ name: 'crowd' })]);
    expect(data.relations.missed).toHaveLength(4);
  });
});
