import { describe, expect, it } from 'vitest';
import { evaluateGraph } from '../../src/eval/evaluate.ts';
import { poolEvaluations } from '../../src/eval/pool.ts';
import { headlineScores, wrongKindShare } from '../../src/eval/report.ts';
import { GraphBuilder, syntheticGold } from './syntheticGold.ts';

/** A graph that finds much of the synthetic gold set: two states, the ministry (as a Place), a condemnation, a statement. */
function strongEvaluation() {
  const g = new GraphBuilder();
  const norland = g.node('Government', 'Norland');
  const south = g.node('Government', 'Southmark');
  const ministry = g.node('Place', 'Ministry of Tides');
  g.edge('CONDEMNS', norland, south);
  g.edge('PART_OF', ministry, norland);
  g.statement('We will not sign.', south);
  return evaluateGraph(g.graph, syntheticGold());
}

/** A graph that finds little: one state, an unmatched place, a false threat, a statement by no gold speaker. */
function weakEvaluation() {
  const g = new GraphBuilder();
  const norland = g.node('Government', 'Norland');
  const elsewhere = g.node('Place', 'Elsewhere');
  g.edge('THREATENS', norland, elsewhere);
  g.statement('Nothing to see here.', norland);
  return evaluateGraph(g.graph, syntheticGold());
}

describe('poolEvaluations', () => {
  it('gives back the scores of a single evaluation', () => {
    const one = strongEvaluation();
    const pooled = poolEvaluations([one], 'pooled');
    for (const [metric, value] of Object.entries(headlineScores(one))) expect(headlineScores(pooled)[metric]).toBeCloseTo(value, 10);
    expect(wrongKindShare(pooled.entities)).toBeCloseTo(wrongKindShare(one.entities), 10);
    expect(pooled.goldFile).toBe('pooled');
  });

  it('takes ratios from summed counts, not as an average of the sets’ ratios', () => {
    const strong = strongEvaluation();
    const weak = weakEvaluation();
    const pooled = poolEvaluations([strong, weak], 'both');
    expect(pooled.entities.gold).toBe(strong.entities.gold + weak.entities.gold);
    expect(pooled.entities.recall).toBeCloseTo((strong.entities.found + weak.entities.found) / (strong.entities.gold + weak.entities.gold), 10);
    const precision = (strong.relations.correct + weak.relations.correct) / (strong.relations.predicted + weak.relations.predicted);
    const recall = (strong.relations.found + weak.relations.found) / (strong.relations.gold + weak.relations.gold);
    expect(pooled.relations.precision).toBeCloseTo(precision, 10);
    expect(pooled.relations.f1).toBeCloseTo((2 * precision * recall) / (precision + recall), 10);
    expect(pooled.relations.precision).not.toBeCloseTo((strong.relations.precision + weak.relations.precision) / 2, 5);
    expect(pooled.statements.precision).toBeCloseTo(
      (strong.statements.predicted - strong.statements.unmatched.length + weak.statements.predicted - weak.statements.unmatched.length) / (strong.statements.predicted + weak.statements.predicted),
      10,
    );
  });

  it('joins the lists and adds the per-kind tallies', () => {
    const strong = strongEvaluation();
    const weak = weakEvaluation();
    const pooled = poolEvaluations([strong, weak], 'both');
    expect(pooled.entities.wrongKind).toEqual([...strong.entities.wrongKind, ...weak.entities.wrongKind]);
    expect(pooled.relations.falsePositives).toHaveLength(strong.relations.falsePositives.length + weak.relations.falsePositives.length);
    expect(pooled.relations.byKind.CONDEMNS.gold).toBe(strong.relations.byKind.CONDEMNS.gold + weak.relations.byKind.CONDEMNS.gold);
  });
});
