// Several gold sets' evaluations as one: counts added, lists joined, ratios taken again from the sums — so that twenty
// held-out articles weigh as twenty, not as two averages of ten.
import type { Evaluation } from './evaluate.ts';
import { f1, ratio } from './ratio.ts';

export function poolEvaluations(evaluations: Evaluation[], label: string): Evaluation {
  const sum = (count: (evaluation: Evaluation) => number) => evaluations.reduce((total, evaluation) => total + count(evaluation), 0);
  const join = <T>(list: (evaluation: Evaluation) => T[]) => evaluations.flatMap(list);

  const entityGold = sum((e) => e.entities.gold);
  const entityPredicted = sum((e) => e.entities.predicted);
  const found = sum((e) => e.entities.found);
  const foundWithKind = sum((e) => e.entities.foundWithKind);
  const unmatchedNodes = join((e) => e.entities.unmatched);

  const relationGold = sum((e) => e.relations.gold);
  const relationPredicted = sum((e) => e.relations.predicted);
  const relationsFound = sum((e) => e.relations.found);
  const correct = sum((e) => e.relations.correct);
  const recall = ratio(relationsFound, relationGold, 1);
  const precision = ratio(correct, relationPredicted, 0);
  const byKind: Evaluation['relations']['byKind'] = {};
  for (const evaluation of evaluations) {
    for (const [kind, tally] of Object.entries(evaluation.relations.byKind)) {
      const pooled = (byKind[kind] ??= { gold: 0, found: 0, predicted: 0, correct: 0 });
      pooled.gold += tally.gold;
      pooled.found += tally.found;
      pooled.predicted += tally.predicted;
      pooled.correct += tally.correct;
    }
  }

  const statementGold = sum((e) => e.statements.gold);
  const statementPredicted = sum((e) => e.statements.predicted);
  const textFound = sum((e) => e.statements.textFound);
  const attributed = sum((e) => e.statements.attributed);
  const dated = sum((e) => e.statements.dated);
  const datedRight = sum((e) => e.statements.datedRight);
  const unmatchedStatements = join((e) => e.statements.unmatched);

  return {
    goldFile: label,
    entities: {
      gold: entityGold,
      predicted: entityPredicted,
      found,
      foundWithKind,
      recall: ratio(found, entityGold, 1),
      typedRecall: ratio(foundWithKind, entityGold, 1),
      precision: ratio(entityPredicted - unmatchedNodes.length, entityPredicted, 0),
      missed: join((e) => e.entities.missed),
      unmatched: unmatchedNodes,
      wrongKind: join((e) => e.entities.wrongKind),
      fragments: join((e) => e.entities.fragments),
      fragmentCount: sum((e) => e.entities.fragmentCount),
    },
    relations: {
      gold: relationGold,
      predicted: relationPredicted,
      found: relationsFound,
      correct,
      recall,
      precision,
      f1: f1(precision, recall),
      missed: join((e) => e.relations.missed),
      byKind,
      nearMisses: join((e) => e.relations.nearMisses),
      falsePositives: join((e) => e.relations.falsePositives),
    },
    statements: {
      gold: statementGold,
      predicted: statementPredicted,
      textFound,
      attributed,
      textRecall: ratio(textFound, statementGold, 1),
      attributionRecall: ratio(attributed, statementGold, 1),
      precision: ratio(statementPredicted - unmatchedStatements.length, statementPredicted, 0),
      dated,
      datedRight,
      dateRecall: ratio(datedRight, dated, 1),
      wrongDates: join((e) => e.statements.wrongDates),
      missed: join((e) => e.statements.missed),
      misattributed: join((e) => e.statements.misattributed),
      unmatched: unmatchedStatements,
    },
  };
}
