// Statement scores: is each gold quote in the graph at all (text), and is it said by an allowed speaker (attribution).
import type { KnowledgeGraph } from '../../graph/model.ts';
import type { GoldSet, GoldStatement } from './gold.ts';
import { goldAliasIndex, goldEntityNamed } from './goldAliases.ts';
import { keyContainsKey, phraseKey } from './normalise.ts';
import { ratio } from './ratio.ts';

export interface StatementScores {
  gold: number;
  predicted: number;
  /** Gold statements whose key phrase some predicted statement contains. */
  textFound: number;
  /** Gold statements found with a speaker the gold set allows. */
  attributed: number;
  textRecall: number;
  attributionRecall: number;
  /** Predicted statements that contain some gold key phrase, over all predicted statements. */
  precision: number;
  /** Gold statements with a date. */
  dated: number;
  /** Of those, found in a statement carrying that date. */
  datedRight: number;
  dateRecall: number;
  /** Found, but with another date (or none). */
  wrongDates: { key: string; date: string; predictedDates: string[] }[];
  missed: GoldStatement[];
  /** Found, but said by someone else (or no one): who the graph says spoke. */
  misattributed: (GoldStatement & { predictedSpeakers: string[] })[];
  /** Predicted statements that contain no gold key phrase. */
  unmatched: { id: string; text: string; speakers: string[] }[];
}

interface PredictedStatement {
  id: string;
  text: string;
  date?: string;
  /** `text` normalised once, for phrase search. */
  textKey: string;
  /** Speaker node ids: sources of SAID edges, and the `speaker` attribute. */
  speakers: string[];
}

export function scoreStatements(graph: KnowledgeGraph, gold: GoldSet, matches: Map<string, number>): StatementScores {
  const index = goldAliasIndex(gold);
  const statements = predictedStatements(graph);
  const nameOf = (node: string) => (graph.hasNode(node) ? graph.getNodeAttribute(node, 'name') : node);
  const matchedPredicted = new Set<string>();
  const missed: GoldStatement[] = [];
  const misattributed: StatementScores['misattributed'] = [];
  let textFound = 0;
  let attributed = 0;
  let dated = 0;
  let datedRight = 0;
  const wrongDates: StatementScores['wrongDates'] = [];
  for (const statement of gold.statements) {
    const allowed = new Set(statement.speakers.map((name) => goldEntityNamed(gold, name, index)));
    const key = phraseKey(statement.key);
    const withText = statements.filter((predicted) => keyContainsKey(predicted.textKey, key));
    withText.forEach((predicted) => matchedPredicted.add(predicted.id));
    if (statement.date) {
      dated++;
      if (withText.some((predicted) => predicted.date === statement.date)) {
        datedRight++;
      } else if (withText.length > 0) {
        wrongDates.push({ key: statement.key, date: statement.date, predictedDates: [...new Set(withText.map((predicted) => predicted.date ?? 'none'))] });
      }
    }
    if (withText.length === 0) {
      missed.push(statement);
      continue;
    }
    textFound++;
    const rightSpeaker = withText.some((predicted) =>
      predicted.speakers.some((speaker) => {
        const match = matches.get(speaker);
        return match !== undefined && allowed.has(match);
      }),
    );
    if (rightSpeaker) attributed++;
    else misattributed.push({ ...statement, predictedSpeakers: [...new Set(withText.flatMap((predicted) => predicted.speakers.map(nameOf)))] });
  }
  return {
    gold: gold.statements.length,
    predicted: statements.length,
    textFound,
    attributed,
    textRecall: ratio(textFound, gold.statements.length, 1),
    attributionRecall: ratio(attributed, gold.statements.length, 1),
    precision: ratio(matchedPredicted.size, statements.length, 0),
    dated,
    datedRight,
    dateRecall: ratio(datedRight, dated, 1),
    wrongDates,
    missed,
    misattributed,
    unmatched: statements
      .filter((predicted) => !matchedPredicted.has(predicted.id))
      .map(({ id, text, speakers }) => ({ id, text, speakers: speakers.map(nameOf) })),
  };
}

function predictedStatements(graph: KnowledgeGraph): PredictedStatement[] {
  const statements: PredictedStatement[] = [];
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== 'Statement') return;
    const speakers = new Set<string>();
    if (typeof attributes.speaker === 'string') speakers.add(attributes.speaker);
    graph.forEachInEdge(node, (_edge, edgeAttributes, source) => {
      if (edgeAttributes.kind === 'SAID') speakers.add(source);
    });
    const text = typeof attributes.text === 'string' ? attributes.text : attributes.name;
    statements.push({
      id: node,
      text: text ?? '',
      textKey: phraseKey(text ?? ''),
      speakers: [...speakers],
      ...(typeof attributes.date === 'string' ? { date: attributes.date } : {}),
    });
  });
  return statements;
}
