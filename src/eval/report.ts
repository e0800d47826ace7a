// Evaluations for people (a table, then what to fix) and for machines (JSON, and flat scores that floors compare).
import { relative } from 'node:path';
import type { Evaluation } from './evaluate.ts';

/** The headline numbers, by the names tests/gold/floors.json uses. */
export function headlineScores(evaluation: Evaluation): Record<string, number> {
  const { entities, relations, statements } = evaluation;
  return {
    'entities.recall': entities.recall,
    'entities.typedRecall': entities.typedRecall,
    'entities.precision': entities.precision,
    'relations.recall': relations.recall,
    'relations.precision': relations.precision,
    'relations.f1': relations.f1,
    'statements.textRecall': statements.textRecall,
    'statements.attributionRecall': statements.attributionRecall,
    'statements.precision': statements.precision,
    'statements.dateRecall': statements.dateRecall,
  };
}

export function toJson(evaluation: Evaluation): string {
  return JSON.stringify({ ...evaluation, scores: headlineScores(evaluation) }, null, 2);
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(6);

/** One row per gold set: the headline scores side by side. */
export function formatScoreTable(evaluations: { name: string; evaluation: Evaluation }[]): string {
  const header = ['gold set', 'ent R', 'ent R(kind)', 'ent P', 'wrong kind', 'frag', 'rel P', 'rel R', 'rel F1', 'quote R', 'attr R', 'stmt P', 'date R'];
  const rows = evaluations.map(({ name, evaluation: { entities, relations, statements } }) => [
    name,
    percent(entities.recall),
    percent(entities.typedRecall),
    percent(entities.precision),
    percent(wrongKindShare(entities)),
    String(entities.fragmentCount),
    percent(relations.precision),
    percent(relations.recall),
    percent(relations.f1),
    percent(statements.textRecall),
    percent(statements.attributionRecall),
    percent(statements.precision),
    percent(statements.dateRecall),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n') + '\n';
}

/**
 * Nodes matched to a gold entity but of another kind, per gold entity found (issue #3's "wrong kinds"): 0 when nothing
 * was found.
 */
export function wrongKindShare(entities: Evaluation['entities']): number {
  return entities.found === 0 ? 0 : entities.wrongKind.length / entities.found;
}

/** The table for one gold set, with counts, then up to `limit` items of each list of misses and false positives. */
export function formatEvaluation(evaluation: Evaluation, limit = 15): string {
  const { entities, relations, statements } = evaluation;
  const name = relative(process.cwd(), evaluation.goldFile) || evaluation.goldFile;
  const out: string[] = [formatScoreTable([{ name, evaluation }])];
  out.push(
    `entities:   ${entities.found}/${entities.gold} gold found (${entities.foundWithKind} with the right kind; ${entities.wrongKind.length} nodes of a wrong kind), ` +
      `${entities.predicted - entities.unmatched.length}/${entities.predicted} predicted nodes match, ${entities.fragmentCount} fragments`,
    `relations:  ${relations.found}/${relations.gold} gold found, ${relations.correct}/${relations.predicted} predicted edges correct`,
    `statements: ${statements.textFound}/${statements.gold} gold found, ${statements.attributed} attributed, ` +
      `${statements.predicted - statements.unmatched.length}/${statements.predicted} predicted match, ` +
      `${statements.datedRight}/${statements.dated} dated ones with the right date`,
  );
  const kinds = Object.entries(relations.byKind).sort(([a], [b]) => a.localeCompare(b));
  if (kinds.length > 0) {
    out.push('relations by kind (found/gold, correct/predicted):');
    out.push(`  ${kinds.map(([kind, tally]) => `${kind} ${tally.found}/${tally.gold} ${tally.correct}/${tally.predicted}`).join(', ')}`);
  }
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    out.push('', `${title} (${items.length}):`);
    out.push(...items.slice(0, limit).map((item) => `  - ${item}`));
    if (items.length > limit) out.push(`  … ${items.length - limit} more (use --json for all)`);
  };
  section('missed entities', entities.missed.map((entity) => `${entity.kind} ${entity.name}`));
  section('wrong kinds', entities.wrongKind.map((node) => `${node.name}: ${node.kind}, gold says ${node.goldKind} (${node.goldName})`));
  section('fragments', entities.fragments.map((fragment) => `${fragment.goldName}: ${fragment.nodes.join(', ')}`));
  section('unmatched nodes', entities.unmatched.map((node) => `${node.kind} ${node.name}`));
  section('missed relations', relations.missed.map((relation) => relation.text + (relation.article ? `  [${relation.article}]` : '')));
  section('near misses (right ends, wrong kind or direction)', relations.nearMisses.map((nearMiss) => `${nearMiss.gold}  ~  ${nearMiss.predicted.join('; ')}`));
  section('false relations', relations.falsePositives.map((edge) => edge.text));
  section('missed statements', statements.missed.map((statement) => `"${statement.key}" (${statement.speakers.join(' | ')})`));
  section(
    'misattributed statements',
    statements.misattributed.map(
      (statement) => `"${statement.key}": said by ${statement.predictedSpeakers.join(', ') || 'no one'}, gold allows ${statement.speakers.join(' | ')}`,
    ),
  );
  section('wrong dates', statements.wrongDates.map((wrong) => `"${wrong.key}": ${wrong.predictedDates.join(', ')}, gold says ${wrong.date}`));
  section('unmatched statements', statements.unmatched.map((statement) => `"${shorten(statement.text)}" (${statement.speakers.join(', ') || 'no speaker'})`));
  return out.join('\n') + '\n';
}

function shorten(text: string, length = 90): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
